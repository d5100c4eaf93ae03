# Neulinge prüfen (SPEC Abschnitt 13): Warnzeichen, Mindestalter des Kontos, zurückkehrende Mitglieder.

## /gate policy und /gate settings
screening-cmd-policy-min-account-age-days = Jüngere Konten (in Tagen) brauchen die Zustimmung eines Moderators (0 bis 3650, 0: aus)
screening-cmd-policy-returning = Was /redeem ohne Code für jemanden tut, der schon aufgenommen war und gegangen ist
screening-returning-approve = Das Moderationsteam fragen (mit Hinweis auf die frühere Aufnahme)
screening-returning-readmit = Sofort wieder hereinlassen
screening-returning-code = Einen neuen Code verlangen
screening-settings-min-account-age = Mindestalter des Kontos: { $days ->
        [0] keins
        [one] { $days } Tag
       *[other] { $days } Tage
    }
screening-settings-returning = Zurückkehrende Mitglieder: { $returning ->
        [readmit] sofort wieder herein
        [code] neuer Code nötig
       *[approve] das Moderationsteam entscheidet
    }

## Die Beitrittsanfrage
screening-request-signals = Warnzeichen
screening-signal-account-age = Alter des Kontos: { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
screening-signal-avatar = Hat einen eigenen Avatar
screening-signal-no-avatar = ⚠️ Kein eigener Avatar
screening-signal-first-time = Keine früheren Anfragen auf diesem Server
screening-signal-earlier = ⚠️ { $count ->
        [one] { $count } frühere Anfrage
       *[other] { $count } frühere Anfragen
    } auf diesem Server, davon { $denied } abgelehnt
screening-signal-came-back = Ohne Code zurückgekehrt: Code und einladende Person sind die der früheren Aufnahme
screening-request-holds = Braucht einen Moderator, weil
screening-hold-young-account = ⚠️ Das Konto ist jünger als das Mindestalter dieses Servers.
screening-hold-returning = 🔁 Wurde hier schon einmal aufgenommen (Anfrage #{ $number }, { $when }) und ist gegangen.
screening-hold-returning-unknown = 🔁 Wurde hier schon einmal aufgenommen und ist gegangen.
screening-hold-denied-before = ⛔ Eine frühere Anfrage auf diesem Server wurde abgelehnt.
screening-hold-banned-before = ⛔ Wurde auf diesem Server schon einmal gebannt.
screening-hold-suspended = ⛔ Hat auf diesem Server eine Einladungssperre.

## /redeem ohne Code
screening-refusal-code-needed = Du brauchst einen Einladungscode: Nutze `/redeem` mit dem Code, den dir ein Mitglied gegeben hat.
screening-refusal-code-returning = Willkommen zurück! Dieser Server verlangt von zurückkehrenden Mitgliedern einen neuen Einladungscode: Nutze `/redeem` mit dem Code, den dir ein Mitglied gegeben hat.
screening-refusal-code-flagged = Um zurückzukommen, brauchst du einen neuen Einladungscode, und ein Moderator prüft deine Anfrage: Nutze `/redeem` mit dem Code, den dir ein Mitglied gegeben hat.
screening-back-received = Willkommen zurück! Ein Moderator prüft deine Anfrage, wieder **{ $server }** beizutreten; du bekommst eine DM, sobald darüber entschieden ist.
screening-welcome-back = Willkommen zurück auf **{ $server }**! Der Rest des Servers steht dir wieder offen.
