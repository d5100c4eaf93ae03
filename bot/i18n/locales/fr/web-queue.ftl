# Les demandes en attente dans le tableau de bord (SPEC 16) : les demandes d'admission ouvertes, chacune
# telle que son message dans le salon de modération la montre (ces textes sont admissions-*), avec Approuver et
# Refuser comme dans Discord.

# Au-dessus de la liste. $count : les demandes ouvertes (en attente d'une décision, ou approuvées avec les rôles en
# attente).
web-queue-count = { $count ->
        [one] { $count } demande en attente.
       *[other] { $count } demandes en attente.
    }
web-queue-empty = Aucune demande n'attend de modérateur.
# Sous une demande approuvée dont Discord n'a pas encore attribué les rôles : pas de boutons, rien à décider.
web-queue-roles-pending = Approuvée. Les rôles sont en cours d'attribution sur Discord ; il n'y a plus rien à décider ici.
# Nomme, pour les lecteurs d'écran, les liens entre les pages des demandes en attente.
web-queue-pages = Pages des demandes en attente
