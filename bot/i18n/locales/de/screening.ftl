# Neulinge prüfen (SPEC Abschnitt 13): Risikosignale, Mindestalter des Kontos, zurückkehrende Mitglieder.

## /gate policy und /gate settings
screening-cmd-policy-min-account-age-days = Mindestalter eines Kontos in Tagen; jüngere muss ein Moderator annehmen (0 bis 3650, 0: aus)
screening-cmd-policy-returning = Was /redeem ohne Code bewirkt, wenn jemand schon einmal aufgenommen war und gegangen ist
screening-returning-approve = Das Moderationsteam entscheiden lassen (mit Hinweis auf die frühere Aufnahme)
screening-returning-readmit = Sofort wieder hereinlassen
screening-returning-code = Einen neuen Code verlangen
screening-settings-min-account-age = Mindestalter des Kontos: { $days ->
        [0] keines
        [one] { $days } Tag
       *[other] { $days } Tage
    }
screening-settings-returning = Zurückkehrende Mitglieder: { $returning ->
        [readmit] kommen sofort wieder herein
        [code] brauchen einen neuen Code
       *[approve] das Moderationsteam entscheidet
    }

## Die Beitrittsanfrage: Risikosignale (eine Zeile je Signal) und warum ein Moderator entscheiden muss,
## obwohl die Freigabe durch Moderatoren aus ist (ganze Sätze, einer pro Zeile)
screening-request-signals = Risikosignale
# $days: Alter des Kontos beim Einlösen.
screening-signal-account-age = Alter des Kontos: { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
screening-signal-avatar = Hat einen eigenen Avatar
screening-signal-no-avatar = ⚠️ Kein eigener Avatar
screening-signal-first-time = Keine früheren Anfragen auf diesem Server
screening-signal-earlier = { $count ->
        [one] { $count } frühere Anfrage
       *[other] { $count } frühere Anfragen
    } auf diesem Server, davon { $denied } abgelehnt
screening-signal-came-back = Ohne Code zurückgekehrt: Code und einladende Person stammen von der früheren Aufnahme
screening-log-readmitted = 🔁 { $member } ist ohne Code zurückgekehrt, über die frühere Aufnahme (Code { $code } von { $inviter }).
screening-log-readmitted-approved = 🔁 { $member } ist ohne Code zurückgekehrt, über die frühere Aufnahme (Code { $code } von { $inviter }), angenommen von { $moderator }.
screening-request-holds = Warum ein Moderator entscheiden muss
screening-hold-young-account = ⚠️ Das Konto ist jünger als das Mindestalter, das dieser Server verlangt.
# $when: Datum („1. Januar 2026“).
screening-hold-returning = 🔁 Die Person wurde hier schon einmal aufgenommen (Anfrage #{ $number }, { $when }) und hat den Server verlassen.
screening-hold-denied-before = ⛔ Eine frühere Anfrage der Person auf diesem Server wurde abgelehnt.
screening-hold-banned-before = ⛔ Die Person wurde auf diesem Server schon einmal gebannt.
screening-hold-suspended = ⛔ Die Person hat auf diesem Server eine Einladungssperre.
screening-hold-suspended-before = ⛔ Die Person hatte auf diesem Server schon einmal eine Einladungssperre (inzwischen aufgehoben).
screening-hold-inviter-suspended = ⛔ Das Mitglied, mit dessen Code die Person damals aufgenommen wurde, hat eine Einladungssperre.

## /redeem ohne Code
screening-refusal-code-needed = Du brauchst einen Einladungscode: Gib bei `/redeem` den Code an, den dir ein Mitglied gegeben hat.
screening-refusal-code-returning = Willkommen zurück! Dieser Server verlangt von zurückkehrenden Mitgliedern einen neuen Einladungscode: Gib bei `/redeem` den Code an, den dir ein Mitglied gegeben hat.
screening-refusal-code-flagged = Um zurückzukommen, brauchst du einen neuen Einladungscode, und ein Moderator prüft deine Anfrage: Gib bei `/redeem` den Code an, den dir ein Mitglied gegeben hat.
screening-back-received = Willkommen zurück! Ein Moderator prüft deine erneute Beitrittsanfrage für **{ $server }**; du bekommst eine DM, sobald darüber entschieden ist.
screening-welcome-back = Willkommen zurück auf **{ $server }**! Der Rest des Servers steht dir wieder offen.
