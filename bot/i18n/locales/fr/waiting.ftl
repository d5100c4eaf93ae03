## La salle d'attente (SPEC section 13) : qui a rejoint le serveur sans être admis reçoit un MP de rappel, puis
## est expulsé (kick : la personne peut revenir ; ni bannissement ni suspension). Il faut le Server Members Intent.

# Options de /gate policy (100 caractères au plus).
waiting-cmd-policy-remind-after-hours = Heures après l'arrivée avant le MP de rappel à une personne non admise (0 à 720, 0 : désactivé)
waiting-cmd-policy-kick-after-hours = Heures après l'arrivée avant d'expulser une personne non admise (0 à 720, 0 : désactivé)
# Lignes de /gate settings. $count : heures (0 : désactivé).
waiting-settings-remind = MP de rappel : { $count ->
        [0] désactivé
        [one] { $count } heure après l'arrivée
       *[other] { $count } heures après l'arrivée
    }
waiting-settings-kick = Expulsion faute d'admission : { $count ->
        [0] désactivée
        [one] { $count } heure après l'arrivée
       *[other] { $count } heures après l'arrivée
    }
# $options : les noms d'options entre backticks, séparés par des virgules.
waiting-refusal-needs-intent = Je ne peux pas régler { $options } : la salle d'attente a besoin du **Server Members Intent** de Discord, et je fonctionne sans. La personne qui m'héberge doit l'activer pour le bot dans le Discord Developer Portal, mettre `members_intent = true` sous `[bot]` dans mon fichier de configuration, puis me redémarrer. Rien n'a été enregistré.
# $count : kick_after_hours.
waiting-warning-no-kick-permission = ⚠️ Il me manque la permission « Expulser des membres » : tant que je ne l'aurai pas, personne ne sera expulsé { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    } après son arrivée, et chaque expulsion impossible déclenchera une alerte pour l'équipe de modération.
# Le MP de rappel, une ligne par message. $channel : le salon de bienvenue.
waiting-reminder = 👋 Tu as rejoint **{ $server }**, mais tu n'as pas encore été admis·e. Si tu as un code d'invitation, utilise-le avec `/redeem` dans { $channel }.
waiting-reminder-waitlist = Pas de code ? Utilise `/waitlist join` là-bas pour en demander un à l'équipe de modération.
waiting-reminder-returning = Tu as déjà été membre ici : utilise `/redeem` là-bas, sans code, pour revenir.
# $when : date relative (« dans 20 heures »).
waiting-reminder-kick = Si tu es toujours en attente { $when }, tu seras expulsé·e du serveur. Tu pourras revenir plus tard.
# Motif dans le journal d'audit du serveur. $count : kick_after_hours (au moins 1).
waiting-kick-reason = Non admis { $count ->
        [one] dans l'heure
       *[other] dans les { $count } heures
    } suivant son arrivée (salle d'attente)
# Ligne des logs (masculin générique, comme bans-log-banned).
waiting-log-kicked = 👢 { $member } expulsé : non admis { $count ->
        [one] dans l'heure
       *[other] dans les { $count } heures
    } suivant son arrivée.
# Complète « Je n'ai pas pu … ».
waiting-describe-remind = envoyer à { $user } le MP de rappel expliquant comment entrer
waiting-describe-kick = expulser { $user }, non admis·e à temps
# Pourquoi un délai n'a rien fait à son échéance (sur l'alerte qu'il clôt, ou au modérateur qui a cliqué Réessayer).
waiting-gone = Cette personne n'est plus sur le serveur.
waiting-rejoined = Cette personne est partie puis revenue entre-temps : ce sont les délais de sa nouvelle arrivée qui comptent.
waiting-let-in = Cette personne a été admise depuis son arrivée.
waiting-asked = Cette personne a demandé à entrer (une demande ou la liste d'attente) et attend la réponse.
waiting-staff = Cette personne est admin ou modérateur ici.
waiting-timer-off = Ce délai de la salle d'attente a été désactivé entre-temps avec `/gate policy`.
waiting-postponed = Ce délai a été allongé entre-temps avec `/gate policy` : il attend la nouvelle échéance.
