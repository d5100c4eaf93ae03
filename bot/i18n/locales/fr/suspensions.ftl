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
