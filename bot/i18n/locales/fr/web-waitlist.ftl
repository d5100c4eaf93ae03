# La liste d'attente dans le tableau de bord (SPEC 16) : les entrées ouvertes dans l'ordre, chacune telle que son
# message dans le salon de modération la montre (ces textes sont waitlist-entry-*), avec Inviter et Refuser comme
# dans Discord.

# Au-dessus de la liste. $waiting : les personnes qui attendent une décision ; $invited : celles qui ont reçu un code
# sans l'avoir encore utilisé.
web-waitlist-count = En attente : { $waiting } · Invitées, code pas encore utilisé : { $invited }
# À côté du titre d'une entrée en attente. $position : sa place dans la file.
web-waitlist-position = Position { $position }
# À côté du titre d'une entrée invitée : un code a été envoyé et n'a pas encore été utilisé.
web-waitlist-invited = Invitation envoyée
# Nomme, pour les lecteurs d'écran, les liens entre les pages de la liste d'attente.
web-waitlist-pages = Pages de la liste d'attente
