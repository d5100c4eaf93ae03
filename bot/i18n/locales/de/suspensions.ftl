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

# Suspensions.
suspension-refusal-suspended = Du bist auf diesem Server gesperrt und kannst keine Einladungscodes erstellen oder neu erzeugen.
suspension-refusal-suspended-reason = Du bist auf diesem Server gesperrt und kannst keine Einladungscodes erstellen oder neu erzeugen. Grund: { $reason }
suspension-refusal-already = { $member } ist bereits gesperrt.
suspension-refusal-not-suspended = { $member } ist nicht gesperrt.
suspension-no-reason = kein Grund angegeben
suspension-cmd-suspend = Ein Mitglied sperren: keine neuen Codes, aktive Codes werden widerrufen
suspension-cmd-suspend-member = Das Mitglied, das gesperrt wird
suspension-cmd-suspend-reason = Warum (sie sehen es, wenn sie abgewiesen werden, und es steht im Log)
suspension-cmd-suspend-branch = Auch alle sperren, die es eingeladen hat, und alle, die diese eingeladen haben, usw.
suspension-cmd-unsuspend = Die Sperre eines Mitglieds aufheben
suspension-cmd-unsuspend-member = Das Mitglied, dessen Sperre aufgehoben wird
suspension-done = 🚫 { $member } ist gesperrt. Widerrufene Codes: { $codes }. Markierte offene Anfragen: { $requests }.
suspension-done-branch = 🚫 { $member } ist gesperrt, zusammen mit { $vouched ->
        [one] { $vouched } Mitglied
       *[other] { $vouched } Mitgliedern
    }, die über diese Person eingeladen wurden. Widerrufene Codes: { $codes }. Markierte offene Anfragen: { $requests }.
suspension-lifted = ✅ { $member } ist nicht mehr gesperrt. Die Mitglieder, die über diese Person kamen, bleiben, wie sie sind.
suspension-log-suspended = 🚫 { $actor } hat { $member } gesperrt ({ $count ->
        [one] { $count } Code widerrufen
       *[other] { $count } Codes widerrufen
    }). Grund: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } hat { $member } gesperrt, zusammen mit { $vouched ->
        [one] { $vouched } eingeladenen Mitglied
       *[other] { $vouched } eingeladenen Mitgliedern
    }: { $others } ({ $count ->
        [one] { $count } Code widerrufen
       *[other] { $count } Codes widerrufen
    }). Grund: { $reason }
suspension-log-unsuspended = ✅ { $actor } hat die Sperre von { $member } aufgehoben.
suspension-whois = 🚫 **Gesperrt** { $when } von { $by }. Grund: { $reason }
suspension-whois-branch = 🚫 **Gesperrt** { $when } von { $by }, zusammen mit allen, die { $via } eingeladen hat. Grund: { $reason }
suspension-request-flag = ⚠️ Einladende Person gesperrt
suspension-request-flag-value = Wer diese Person eingeladen hat, wurde { $when } gesperrt.
suspension-pending-flag = ⚠️ einladende Person gesperrt
