# Refus : pourquoi les règles disent non, et quoi faire ensuite. Réponse à la personne qui a demandé.

refusal-not-admin = Seuls les admins (permission « Gérer le serveur ») peuvent utiliser les commandes `/gate`.
refusal-not-moderator = Seuls les modérateurs peuvent faire ça (permission « Gérer les rôles » ou rôle de modérateur).
refusal-not-member = Seuls les membres peuvent créer des codes d'invitation. Si tu viens d'arriver, utilise d'abord ton propre code dans le salon de bienvenue.
refusal-not-set-up = Doorman n'est pas encore configuré sur ce serveur. Un admin doit d'abord lancer `/gate setup`.

refusal-setup = Rien n'a été enregistré. Corrige d'abord ces points, puis relance `/gate setup` :
    { $problems }
refusal-setup-manage-roles = Il me manque la permission **Gérer les rôles**, je ne peux donc pas attribuer de rôles.
refusal-setup-role-everyone = `{ $option }` ne peut pas être @everyone.
refusal-setup-role-managed = `{ $option }` { $role } est géré par une intégration et ne peut pas être attribué.
refusal-setup-role-not-below = `{ $option }` { $role } n'est pas en dessous de mon rôle le plus élevé, { $bot_role } : place mon rôle au-dessus dans Paramètres du serveur → Rôles.
refusal-setup-same-roles = `member_role` et `newcomer_role` doivent être deux rôles différents.
refusal-setup-not-text = `{ $option }` { $channel } doit être un salon textuel.
refusal-setup-channel-permissions = Dans `{ $option }` { $channel }, il me manque : { $permissions }.
permission-view-channel = Voir le salon
permission-send-messages = Envoyer des messages
permission-embed-links = Intégrer des liens

refusal-policy = Rien n'a été enregistré.
    { $problems }
refusal-policy-out-of-range = `{ $key }` doit être un nombre entier entre { $low } et { $high } ; tu as indiqué { $given }.
refusal-nothing-to-change = Indique au moins une option à modifier. `/gate settings` affiche les règles actuelles.

refusal-duration-format = `expires_in` doit être un nombre suivi de m, h ou d, par exemple `30m`, `12h` ou `7d`.
refusal-duration-too-short = `expires_in` doit être d'au moins `1m`.
refusal-duration-too-long = `expires_in` ne peut pas dépasser { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } (`30d`).
refusal-for-user-format = `for_user` doit être un nom d'utilisateur Discord (2 à 32 lettres, chiffres, `_` ou `.`, comme `alice_99` : son nom d'utilisateur exact, pas son nom d'affichage), un ID d'utilisateur (un nombre comme `123456789012345678`) ou une mention.
refusal-for-user-unknown = `for_user` : aucun compte Discord n'a l'ID { $id }. Vérifie-le, ou indique plutôt son nom d'utilisateur.
refusal-for-user-bot = `for_user` : { $user } (ID { $id }) est un bot, et les bots ne peuvent pas utiliser de codes. Indique le nom d'utilisateur ou l'ID de la personne que tu invites.
refusal-for-user-unchecked = `for_user` : je n'ai pas pu vérifier l'ID { $id } auprès de Discord pour le moment, donc aucun code n'a été créé. Réessaie dans un instant.
refusal-code-invalid = Ce code n'est pas valide (format incorrect) : un code ressemble à `7KQ2-M9XD-4HBT`, soit 12 lettres et chiffres.
refusal-text-too-long = `{ $option }` ne peut pas dépasser { $limit ->
        [one] { $limit } caractère
       *[other] { $limit } caractères
    } ; le tien en fait { $length }.
refusal-not-a-number = `{ $option }` doit être un nombre entier.
refusal-number-out-of-range = `{ $option }` doit être entre { $low } et { $high } ; tu as indiqué { $given }.
refusal-uses-out-of-range = Sur ce serveur, `uses` doit être entre 1 et { $maximum } ; tu as demandé { $uses }.

refusal-quota-zero = Ton quota d'invitations sur ce serveur est de 0 : tu ne peux donc pas créer de codes. Demande à un admin si c'est une erreur.
refusal-quota-exhausted = Ce code coûterait { $cost ->
        [one] { $cost } utilisation
       *[other] { $cost } utilisations
    } et il te reste { $remaining } sur { $limit } dans ta période de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
refusal-quota-next-free = La prochaine utilisation se libérera { $when }.
refusal-quota-revoke-hint = Révoquer un code inutilisé avec `/invite revoke` te rend ses utilisations.
refusal-everyone-role-quota = Définis le quota de tout le monde avec `/gate policy invites_per_member`.

refusal-code-not-found = Il n'y a pas de code { $code } sur ce serveur. Vérifie avec `/invite list`.
refusal-not-your-code = Ce code appartient à quelqu'un d'autre ; tu ne peux révoquer que tes propres codes.
refusal-not-revocable = Le code { $code } est déjà { $status } ; il n'y a rien à révoquer.
refusal-not-your-code-regenerate = Ce code appartient à quelqu'un d'autre ; tu ne peux remplacer que tes propres codes.
refusal-not-regenerable = Le code { $code } est { $status } : il n'y a rien à remplacer, car seul un code actif peut l'être. Crée-en un nouveau avec `/invite create`.
refusal-regenerating-too-often = Tu as remplacé { $count ->
        [one] un code
       *[other] { $count } codes
    } ces dernières 24 heures, le maximum par jour. Tu pourras en remplacer un autre { $relative } ; d'ici là, `/invite revoke` puis `/invite create` font la même chose.

refusal-wrong-channel = Les codes s'utilisent dans { $channel }. Lance `/redeem` là-bas.
refusal-already-member = Tu es déjà membre ici ; tu n'as pas de code à utiliser.
refusal-locked-out = Trop de tentatives échouées. Tu pourras réessayer `/redeem` { $when }.
refusal-still-awaiting-approval = Ta demande attend encore un modérateur ; tu recevras un MP dès qu'une décision sera prise. Aucun code n'a été utilisé.
refusal-still-roles-pending = Ton admission est validée et tes rôles sont encore en cours d'attribution ; l'équipe de modération a été prévenue. Aucun code n'a été utilisé.

refusal-code-malformed = Ce code n'a pas le bon format : un code ressemble à `7KQ2-M9XD-4HBT`, soit 12 lettres et chiffres.
refusal-code-unknown = Ce code est inconnu ici. Vérifie-le auprès de la personne qui te l'a donné.
refusal-code-expired = Ce code a expiré. Demandes-en un nouveau à la personne qui te l'a donné.
refusal-code-used-up = Ce code est épuisé. Demandes-en un nouveau à la personne qui te l'a donné.
refusal-code-revoked = Ce code a été révoqué. Demandes-en un nouveau à la personne qui te l'a donné.
refusal-code-reserved = Ce code est réservé à quelqu'un d'autre. Demande un code à ton nom à la personne qui te l'a donné.
refusal-code-locked-out = Trop de tentatives échouées : tu pourras réessayer { $when }.
refusal-code-attempts-left = Il te reste { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    } avant le blocage.

refusal-request-not-found = Cette demande d'admission n'existe pas sur ce serveur.
refusal-request-closed = Cette demande est close : le nouvel arrivant a quitté le serveur.
refusal-request-needs-no-decision = Cette demande ne nécessite aucune décision.
refusal-request-already-decided = Cette demande a déjà été { $decision ->
        [denied] refusée
       *[approved] approuvée
    } par { $moderator } { $when }.
refusal-nothing-to-retry = Rien à réessayer (statut de l'admission n° { $number } : { $status }).
refusal-nothing-to-redeliver = Rien à réessayer : c'est déjà passé.
