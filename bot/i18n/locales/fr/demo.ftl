# `python -m bot demo`: the offline walkthrough printed in a terminal (not Discord). Its reader is
# someone trying Doorman out. Plain text: no Discord markup. $who is a username such as "@alice" or
# "alice"; $channel a channel name with its "#", e.g. "#welcome".

## The simulated server: its name, roles, channels, and what people type in it.
demo-guild-name = Club d'escalade
demo-role-member = Membre
demo-role-newcomer = Nouvel arrivant
demo-role-moderators = Modérateurs
demo-role-admins = Admins
# Channel names: lowercase, no spaces (Discord's rule for text channels); hyphens between words.
demo-channel-welcome = bienvenue
demo-channel-general = général
demo-channel-mod-queue = demandes-admission
demo-channel-log = logs-doorman
# The note a member attaches to the code they create for their friend Bob.
demo-invite-note = Bob, du groupe de bloc du mardi
# The reason a moderator types when denying a request.
demo-deny-reason = Personne au club ne connaît ce compte
# What a newcomer types instead of a code: must not look like a code (12 letters or digits).
demo-bad-code = laisse-moi entrer

## Narration lines.
# The heading of each step: $number is 1, 2, 3...; $title one of the step titles below.
demo-step = ━━ Étape { $number } : { $title }
# Someone does something: $action is a slash command as typed, or one of the actions below.
demo-does = { $who } dans { $channel } : { $action }
# What someone sees, followed by the text on the next lines.
demo-sees = { $who } voit :
# The same, for an answer Discord shows only to the person who used the command.
demo-sees-ephemeral = { $who } voit (visible uniquement par cette personne) :
# Who sees: a person's direct messages; $who is a username.
demo-who-dm = { $who } (MP)
# Who sees: the moderators' channel after the bot edited the request in it.
demo-who-request-edited = { $channel } (la demande, modifiée)
# The same, after the bot edited an alert (a ban's, once its inviter was suspended).
demo-who-alert-edited = { $channel } (l'alerte, modifiée)
# An action: clicking a button; $label is the button's label as the bot wrote it.
demo-clicks = clique sur [ { $label } ]
# An action: typing the reason into the deny form; $reason is demo-deny-reason.
demo-types-reason = saisit le motif : { $reason }
# A member's roles, listed; $roles is a comma-separated list of role names.
demo-roles-before = Rôles de { $who } avant : { $roles }
demo-roles-after = Rôles de { $who } après : { $roles }   (code saisi en minuscules avec des espaces : Doorman le tolère)
demo-roles = Rôles de { $who } : { $roles }
# In place of the list of roles, for a member who has none.
demo-no-roles = aucun rôle

## Step titles and notes, in the order of the story.
demo-step-setup = Un admin configure Doorman
# $everyone is "@everyone"; $member "@Member" (demo-role-member); $welcome and $modqueue channel names with "#".
demo-note-setup = { $everyone } ne voit que { $welcome } ; { $member } voit le reste ; { $modqueue } est réservé à l'équipe de modération.
demo-step-invite = Un membre crée un code d'invitation pour un ami
demo-step-redeem = Le nouvel arrivant l'utilise dans { $welcome } et est admis
demo-step-approval-on = L'admin active l'approbation des demandes
demo-step-request = Un deuxième nouvel arrivant utilise un code : la demande part à l'équipe de modération
# $label is the Approve button's label as the bot wrote it.
demo-step-refused = Quelqu'un qui n'est pas modérateur clique sur { $label } : refusé
# $who is "eve"; $modqueue the moderators' channel with its "#".
demo-note-refused = { $who } est un simple membre qui voit { $modqueue } à cause d'une permission mal réglée.
demo-step-approved = Un modérateur approuve la demande
demo-step-denied = Un troisième nouvel arrivant est refusé, avec un motif
demo-step-lockout = Un code invalide, puis un blocage
demo-step-whois = Qui a invité qui
# Introduces the lines of the log channel; $log is its name with "#".
demo-note-log = { $log }, une ligne par événement :

## Times shown relative to now (Discord shows <t:...:R> this way).
demo-time-now = à l'instant
# $unit is day, hour or minute; $count how many.
demo-time-future = dans { $unit ->
    [day] { $count ->
        [one] 1 jour
       *[other] { $count } jours
    }
    [hour] { $count ->
        [one] 1 heure
       *[other] { $count } heures
    }
   *[minute] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
}
demo-time-past = il y a { $unit ->
    [day] { $count ->
        [one] 1 jour
       *[other] { $count } jours
    }
    [hour] { $count ->
        [one] 1 heure
       *[other] { $count } heures
    }
   *[minute] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
}

## The invitation lifecycle around the gate (SPEC sections 10 and 11)
demo-step-shared-link = Un admin partage un lien pour une journée portes ouvertes : un modérateur approuve chaque arrivée
demo-note-shared-link = L'approbation est toujours désactivée, mais avec un lien partagé, personne ne se porte garant personnellement : un modérateur vérifie chaque nouvel arrivant.
demo-shared-link-note = Journée portes ouvertes de samedi
demo-step-waitlist = Quelqu'un qui ne connaît personne sur le serveur rejoint la liste d'attente dans { $welcome }
demo-waitlist-about = Je grimpe en salle le vendredi et j'aimerais beaucoup participer aux sorties du club
demo-step-regenerate = Un membre remplace un code qui a fuité
demo-note-regenerate = { $who } a publié un code par erreur dans un salon public : un nouveau code prend sa place, avec les mêmes utilisations et la même date d'expiration, sans consommer de quota supplémentaire.

## Garants et responsabilité (SPEC section 12)
demo-step-ban = Une personne invitée par un membre est bannie : l'équipe de modération voit qui s'en était porté garant, et suspend ce membre
# $inviter and $banned: names.
demo-note-ban = { $inviter } invite { $banned }, qui se révèle être un compte de spam.
# What the admin does in Discord's own menu (not a Doorman command); $who: a name.
demo-bans = bannit { $who } du serveur
demo-step-tree = L'arbre des invitations : qui a invité qui, et où en est chacun
demo-step-tenure = Ancienneté : un membre peut inviter après une semaine sur le serveur

## Filtrer les nouveaux arrivants (SPEC section 13)
# An action: typing into a form; $label is the input's label (a question), $text what is typed.
demo-types-into = saisit dans « { $label } » : { $text }
# Actions in Discord itself, not Doorman commands.
demo-leaves = quitte le serveur
demo-joins-again = rejoint à nouveau le serveur
demo-joins = rejoint le serveur grâce à un lien d'invitation posté quelque part, et n'utilise jamais de code
# The simulated clock jumps ahead; $count: how many hours.
demo-hours-later = ⏳ { $count ->
    [one] { $count } heure plus tard
   *[other] { $count } heures plus tard
}
demo-gone = { $who } n'est plus sur le serveur.
demo-step-returning = Un membre parti revient sans code : l'équipe de modération voit qu'il a déjà été admis
demo-note-returning = { $who } a quitté le serveur il y a quelque temps et aimerait revenir ; son code est épuisé depuis longtemps.
demo-step-young-account = Approbation désactivée, mais avec un âge minimum de compte : un compte tout neuf attend quand même un modérateur
demo-note-young-account = Les comptes de spam sont en général tout neufs, comme tous les comptes de cette démo.
demo-step-questions = Questions d'admission : un nouvel arrivant y répond, et l'équipe de modération lit ses réponses
# At most 45 characters each; the second ends in "(facultatif)" as questions-admin-form-placeholder writes it.
demo-question-climbing = Depuis combien de temps grimpes-tu ?
demo-question-where = Où grimpes-tu le plus souvent ? (facultatif)
demo-answer-climbing = Depuis deux ans environ, surtout en bloc
demo-answer-where = À la salle près de la gare, et à Fontainebleau chaque printemps
demo-step-waiting-room = La salle d'attente : qui rejoint le serveur sans jamais utiliser de code reçoit un rappel, puis est expulsé
demo-note-waiting-room = Le bot a besoin pour cela du Server Members Intent de Discord (members_intent = true dans sa configuration) ; celui de la démo l'a.
# With --web: the dashboard served on the demo's data until Ctrl+C, after /dashboard gave ada and mo a sign-in link each.
demo-step-dashboard = Le tableau de bord : le même contrôle d'accès, dans un navigateur
demo-note-dashboard = Chaque lien ci-dessus ne sert qu'une fois, dans les 10 minutes. Avec celui de { $admin } (admin), tu vois les paramètres, tous les codes, l'arbre des invitations, le journal d'audit et les graphiques ; avec celui de { $moderator } (modération), les demandes en attente, dont celle de { $who } : approuve-la là-bas, et le bot donne ses rôles à { $who } sur le serveur simulé. Ctrl+C pour arrêter.
demo-dashboard-not-served = Le tableau de bord n'a pas pu démarrer : le port { $port } est déjà pris. Relance la démo avec `--port` et un autre numéro.
