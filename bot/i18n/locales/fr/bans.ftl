## Bannissements (SPEC section 12) : l'alerte à l'équipe de modération quand quelqu'un entré par Doorman est
## banni (par Discord), dans le salon de modération. Chaque message est une ligne de l'alerte.
## Un bannissement (Discord : la personne est exclue du serveur) n'est pas une suspension (Doorman : le membre
## reste mais ne peut plus créer de codes). Tournures neutres : « Cette personne … », « La personne bannie … ».

bans-alert-banned = 🔨 { $member } a été banni·e.
# $when : date relative (« il y a 3 jours »).
bans-alert-came = Cette personne est arrivée { $when } avec le code { $code } de { $inviter }.
bans-alert-came-approved = Cette personne est arrivée { $when } avec le code { $code } de { $inviter }, et { $moderator } a approuvé sa demande.
bans-alert-came-through-link = Cette personne est arrivée { $when } via le lien partagé de { $admin } (code { $code }).
bans-alert-came-from-waitlist = Cette personne est arrivée { $when } depuis la liste d'attente : { $moderator } l'a invitée avec le code { $code }.
bans-alert-record = Bilan de la personne qui a invité : { $record }
bans-alert-vouched-for = La personne bannie s'est portée garante de { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    } : { $people }
bans-alert-vouched-for-nobody = La personne bannie ne s'est portée garante de personne.
bans-alert-codes-revoked = Ses codes actifs ont été révoqués : { $count }.
bans-alert-inviter-suspended = 🚫 { $moderator } a suspendu { $inviter } { $when }.
bans-button-suspend-inviter = Suspendre la personne qui a invité
# Complète « Je n'ai pas pu … » (infinitif).
bans-describe-alert = prévenir l'équipe de modération d'un bannissement
# Ligne des logs (masculin générique, comme « admis »).
bans-log-banned = 🔨 { $member } banni (admis avec le code { $code } de { $inviter }). { $count ->
        [0] Aucun code actif.
        [one] { $count } code actif révoqué.
       *[other] { $count } codes actifs révoqués.
    }
bans-log-banned-unvouched = 🔨 { $member } banni (pas entré par Doorman). { $count ->
        [one] { $count } code actif révoqué.
       *[other] { $count } codes actifs révoqués.
    }
