## Bannissements (SPEC section 12) : l'alerte aux modérateurs quand quelqu'un entré par Doorman est banni.

bans-alert-banned = 🔨 { $member } a été banni·e.
bans-alert-came = Entré·e { $when } avec le code { $code } de { $inviter }.
bans-alert-came-approved = Entré·e { $when } avec le code { $code } de { $inviter }, approuvé par { $moderator }.
bans-alert-came-through-link = Entré·e { $when } par le lien partagé { $code } de { $admin }.
bans-alert-came-from-waitlist = Entré·e { $when } depuis la liste d'attente : { $moderator } a envoyé une invitation avec le code { $code }.
bans-alert-record = Bilan de la personne qui a invité : { $record }
bans-alert-vouched-for = S'est porté·e garant·e de { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } : { $people }
bans-alert-vouched-for-nobody = Ne s'est porté·e garant·e de personne.
bans-alert-codes-revoked = Codes actifs révoqués : { $count }.
bans-alert-inviter-suspended = 🚫 { $inviter } a été suspendu·e { $when } par { $moderator }.
bans-button-suspend-inviter = Suspendre qui a invité
bans-suspend-reason = Une personne que tu as invitée a été bannie.
bans-describe-alert = une alerte de bannissement
bans-log-banned = 🔨 { $member } a été banni·e (entré·e avec le code { $code } de { $inviter }). { $count ->
        [0] Aucun code actif.
        [one] { $count } code actif révoqué.
       *[other] { $count } codes actifs révoqués.
    }
