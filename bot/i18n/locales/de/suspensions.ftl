# Tenure and suspensions (SPEC section 12).
suspension-refusal-too-new = Du kannst Einladungscodes erstellen, sobald du { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } hier bist: { $when }.
suspension-cmd-policy-invite-after-days = Tage, die ein Mitglied hier sein muss, bevor es Codes erstellen darf (0 bis 365)
suspension-settings-invite-after = Codes erstellen: nach { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } auf dem Server
