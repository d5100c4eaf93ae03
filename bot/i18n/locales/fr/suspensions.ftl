# Tenure and suspensions (SPEC section 12).
suspension-refusal-too-new = Tu pourras créer des codes d'invitation quand tu seras là depuis { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } : { $when }.
suspension-cmd-policy-invite-after-days = Jours qu'un membre doit passer ici avant de pouvoir créer des codes (0 à 365)
suspension-settings-invite-after = Création de codes : après { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur le serveur

# Suspensions.
suspension-refusal-suspended = Tu es suspendu·e sur ce serveur : tu ne peux pas créer ni régénérer de codes d'invitation.
suspension-refusal-suspended-reason = Tu es suspendu·e sur ce serveur : tu ne peux pas créer ni régénérer de codes d'invitation. Raison : { $reason }
suspension-refusal-already = { $member } est déjà suspendu·e.
suspension-refusal-not-suspended = { $member } n'est pas suspendu·e.
suspension-no-reason = aucune raison donnée
suspension-cmd-suspend = Suspendre un membre : plus de nouveaux codes, ses codes actifs sont révoqués
suspension-cmd-suspend-member = Le membre à suspendre
suspension-cmd-suspend-reason = Pourquoi (affiché quand on lui refuse un code, et dans les logs)
suspension-cmd-suspend-branch = Suspendre aussi les personnes qu'il a invitées, celles qu'elles ont invitées, etc.
suspension-cmd-unsuspend = Lever la suspension d'un membre
suspension-cmd-unsuspend-member = Le membre dont la suspension est levée
suspension-done = 🚫 { $member } est suspendu·e. Codes révoqués : { $codes }. Demandes en attente signalées : { $requests }.
suspension-done-branch = 🚫 { $member } est suspendu·e, avec { $vouched ->
        [one] { $vouched } membre
       *[other] { $vouched } membres
    } entré·es grâce à son invitation. Codes révoqués : { $codes }. Demandes en attente signalées : { $requests }.
suspension-lifted = ✅ { $member } n'est plus suspendu·e. Les membres qu'il ou elle a invités restent tels quels.
suspension-log-suspended = 🚫 { $actor } a suspendu { $member } ({ $count ->
        [one] { $count } code révoqué
       *[other] { $count } codes révoqués
    }). Raison : { $reason }
suspension-log-suspended-branch = 🚫 { $actor } a suspendu { $member } et { $vouched ->
        [one] { $vouched } membre invité
       *[other] { $vouched } membres invités
    } : { $others } ({ $count ->
        [one] { $count } code révoqué
       *[other] { $count } codes révoqués
    }). Raison : { $reason }
suspension-log-unsuspended = ✅ { $actor } a levé la suspension de { $member }.
suspension-whois = 🚫 **Suspendu·e** { $when } par { $by }. Raison : { $reason }
suspension-whois-branch = 🚫 **Suspendu·e** { $when } par { $by }, avec toutes les personnes invitées par { $via }. Raison : { $reason }
suspension-request-flag = ⚠️ Personne qui a invité suspendue
suspension-request-flag-value = La personne qui l'a invité·e a été suspendue { $when }.
suspension-pending-flag = ⚠️ personne qui a invité suspendue
