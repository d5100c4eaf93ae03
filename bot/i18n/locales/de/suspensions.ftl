# Wartezeit und Einladungssperren (SPEC section 12). Eine Einladungssperre (engl. suspension) ist kein Bann:
# Das Mitglied bleibt auf dem Server, darf aber keine Einladungscodes erstellen. „gesperrt“/„Sperre“ allein
# heißt hier die Sperre von /redeem nach Fehlversuchen (lockout); „gebannt“ ist Discords Bann.
# $days: invite_after_days des Servers; $when: relative Zeit („in 3 Tagen“).
suspension-refusal-too-new = Du kannst Einladungscodes erstellen, sobald du { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } hier bist: { $when }.
suspension-cmd-policy-invite-after-days = Tage, die ein Mitglied hier sein muss, bevor es Codes erstellen darf (0 bis 365)
suspension-settings-invite-after = Codes erstellen: { $days ->
        [0] ab dem ersten Tag auf dem Server
        [one] nach { $days } Tag auf dem Server
       *[other] nach { $days } Tagen auf dem Server
    }

# Einladungssperren. $reason: die Worte des Admins oder suspension-no-reason.
suspension-refusal-suspended = Du hast auf diesem Server eine Einladungssperre: Du kannst keine Einladungscodes erstellen oder ersetzen.
suspension-refusal-suspended-reason = Du hast auf diesem Server eine Einladungssperre: Du kannst keine Einladungscodes erstellen oder ersetzen. Grund: { $reason }
suspension-refusal-already = { $member } hat bereits eine Einladungssperre.
suspension-refusal-not-suspended = { $member } hat keine Einladungssperre.
suspension-no-reason = kein Grund angegeben
suspension-cmd-suspend = Einladungssperre für ein Mitglied: keine neuen Codes, aktive Codes werden widerrufen
suspension-cmd-suspend-member = Das Mitglied, das die Einladungssperre bekommt
suspension-cmd-suspend-reason = Der Grund (das Mitglied sieht ihn, wenn es abgewiesen wird, und er steht im Log)
suspension-cmd-suspend-branch = Auch für alle, die es eingeladen hat, für deren Eingeladene und so weiter
suspension-cmd-unsuspend = Die Einladungssperre eines Mitglieds aufheben
suspension-cmd-unsuspend-member = Das Mitglied, dessen Einladungssperre aufgehoben wird
suspension-done = 🚫 { $member } hat jetzt eine Einladungssperre. Widerrufene Codes: { $codes }. Markierte offene Anfragen: { $requests }.
suspension-done-branch = 🚫 { $member } hat jetzt eine Einladungssperre, ebenso { $vouched ->
        [one] { $vouched } von dieser Person (direkt oder indirekt) eingeladenes Mitglied
       *[other] { $vouched } von dieser Person (direkt oder indirekt) eingeladene Mitglieder
    }. Widerrufene Codes: { $codes }. Markierte offene Anfragen: { $requests }.
suspension-lifted = ✅ { $member } hat keine Einladungssperre mehr. Für die Mitglieder, die diese Person eingeladen hat, ändert sich nichts.
suspension-log-suspended = 🚫 { $actor } hat gegen { $member } eine Einladungssperre verhängt ({ $count ->
        [one] { $count } Code widerrufen
       *[other] { $count } Codes widerrufen
    }). Grund: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } hat gegen { $member } und { $vouched ->
        [one] { $vouched } von dieser Person eingeladenes Mitglied
       *[other] { $vouched } von dieser Person eingeladene Mitglieder
    } eine Einladungssperre verhängt: { $others } ({ $count ->
        [one] { $count } Code widerrufen
       *[other] { $count } Codes widerrufen
    }). Grund: { $reason }
suspension-log-unsuspended = ✅ { $actor } hat die Einladungssperre von { $member } aufgehoben.
# $when: relative Zeit („vor 3 Tagen“).
suspension-whois = 🚫 **Einladungssperre**, { $when } von { $by } verhängt. Grund: { $reason }
suspension-whois-branch = 🚫 **Einladungssperre**, { $when } von { $by } verhängt, zusammen mit allen, die { $via } eingeladen hat. Grund: { $reason }
suspension-request-flag = ⚠️ Einladungssperre für die einladende Person
suspension-request-flag-value = Wer diesen Neuling eingeladen hat, hat { $when } eine Einladungssperre bekommen.
# In einer Zeile von /gate pending, nach „ · “: Die Anfrage kam mit dem Code eines Mitglieds mit Einladungssperre.
suspension-pending-flag = ⚠️ Einladungssperre für die einladende Person
# Nach „Einladungssperre für die einladende Person“ unter der Warnung zu einem Bann: $member bzw. $banned ist
# die gebannte Person, die von der gesperrten eingeladen wurde (eine Erwähnung).
suspension-refusal-suspended-ban = Du hast auf diesem Server eine Einladungssperre: Du kannst keine Einladungscodes erstellen oder ersetzen. Grund: Du hast { $member } eingeladen, und die Person wurde gebannt.
suspension-log-suspended-ban = 🚫 { $actor } hat gegen { $member } eine Einladungssperre verhängt ({ $count ->
        [one] { $count } Code widerrufen
       *[other] { $count } Codes widerrufen
    }). Grund: { $banned }, von { $member } eingeladen, wurde gebannt.
suspension-whois-ban = 🚫 **Einladungssperre**, { $when } von { $by } verhängt. Grund: { $banned }, von diesem Mitglied eingeladen, wurde gebannt.
