# Ancienneté et suspensions (SPEC section 12). Une suspension (Doorman : le membre reste sur le serveur mais ne
# peut plus créer de codes) n'est pas un bannissement (Discord). « Motif » pour la raison, comme pour un refus.

## Ancienneté. $days : invite_after_days ; $when : date relative (« dans 3 jours »).
suspension-refusal-too-new = Tu pourras créer des codes d'invitation après { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur le serveur, soit { $when }.
suspension-cmd-policy-invite-after-days = Jours de présence sur le serveur exigés avant de pouvoir créer des codes (0 à 365)
suspension-settings-invite-after = Création de codes : { $days ->
        [0] sans délai
        [one] après { $days } jour sur le serveur
       *[other] après { $days } jours sur le serveur
    }

## Suspensions. $reason : les mots de l'admin, ou suspension-no-reason.
suspension-refusal-suspended = Tu es suspendu·e sur ce serveur : tu ne peux ni créer ni remplacer de codes d'invitation.
suspension-refusal-suspended-reason = Tu es suspendu·e sur ce serveur : tu ne peux ni créer ni remplacer de codes d'invitation. Motif : { $reason }
suspension-refusal-already = { $member } est déjà suspendu·e.
suspension-refusal-not-suspended = { $member } n'est pas suspendu·e.
suspension-no-reason = aucun motif indiqué
suspension-cmd-suspend = Suspendre un membre : il ne peut plus créer de codes et ses codes actifs sont révoqués
suspension-cmd-suspend-member = Le membre à suspendre
suspension-cmd-suspend-reason = Le motif (montré au membre quand un code lui est refusé, et inscrit dans les logs)
suspension-cmd-suspend-branch = Suspendre aussi tous ceux qu'il a invités, directement ou non
suspension-cmd-unsuspend = Lever la suspension d'un membre
suspension-cmd-unsuspend-member = Le membre dont tu lèves la suspension
suspension-done = 🚫 { $member } est suspendu·e. Codes révoqués : { $codes }. Demandes en attente signalées : { $requests }.
# $vouched : combien de personnes invitées (directement ou non) ont été suspendues en même temps.
suspension-done-branch = 🚫 { $member } est suspendu·e, ainsi que { $vouched ->
        [one] { $vouched } membre de sa branche (invité directement ou non)
       *[other] { $vouched } membres de sa branche (invités directement ou non)
    }. Codes révoqués : { $codes }. Demandes en attente signalées : { $requests }.
suspension-lifted = ✅ { $member } n'est plus suspendu·e. Rien ne change pour les membres invités par cette personne.
suspension-log-suspended = 🚫 { $actor } a suspendu { $member } ({ $count ->
        [0] aucun code révoqué
        [one] { $count } code révoqué
       *[other] { $count } codes révoqués
    }). Motif : { $reason }
suspension-log-suspended-branch = 🚫 { $actor } a suspendu { $member } et { $vouched ->
        [one] { $vouched } membre de sa branche
       *[other] { $vouched } membres de sa branche
    } : { $others } ({ $count ->
        [0] aucun code révoqué
        [one] { $count } code révoqué
       *[other] { $count } codes révoqués
    }). Motif : { $reason }
suspension-log-unsuspended = ✅ { $actor } a levé la suspension de { $member }.
# $via : la personne dont la suspension de toute la branche a atteint ce membre.
suspension-whois = 🚫 **Suspendu·e** { $when } par { $by }. Motif : { $reason }
suspension-whois-branch = 🚫 **Suspendu·e** { $when } par { $by }, avec toute la branche de { $via }. Motif : { $reason }
suspension-request-flag = ⚠️ La personne qui a invité est suspendue
suspension-request-flag-value = Elle a été suspendue { $when }.
# Dans une ligne de /gate pending, après « · » : la demande a été faite avec le code d'un membre suspendu.
suspension-pending-flag = ⚠️ code d'un membre suspendu
suspension-refusal-suspended-ban = Tu es suspendu·e sur ce serveur : tu ne peux ni créer ni remplacer de codes d'invitation. { $member }, que tu avais invité·e, a été banni·e.
suspension-log-suspended-ban = 🚫 { $actor } a suspendu { $member } après le bannissement de { $banned }, qui était entré avec son invitation ({ $count ->
        [0] aucun code révoqué
        [one] { $count } code révoqué
       *[other] { $count } codes révoqués
    }).
suspension-whois-ban = 🚫 **Suspendu·e** { $when } par { $by } : { $banned }, entré·e avec son invitation, a été banni·e.
