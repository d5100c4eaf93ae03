# Beitrittsfragen (SPEC Abschnitt 13).
questions-cmd-questions = Lege die Fragen fest, die Neulinge beim Einlösen eines Codes beantworten (bis zu 5)
questions-admin-form-title = Beitrittsfragen
questions-admin-form-label = Frage { $number }
questions-admin-form-placeholder = Wie hast du von uns erfahren? (optional)
questions-saved = { $count ->
        [one] Gespeichert: Neulinge beantworten jetzt diese Frage, wenn sie einen Code einlösen.
       *[other] Gespeichert: Neulinge beantworten jetzt diese { $count } Fragen, wenn sie einen Code einlösen.
    }
questions-cleared = Gespeichert: Neulingen werden keine Fragen mehr gestellt; `/redeem` löst ihren Code sofort ein.
questions-settings-title = Beitrittsfragen
questions-settings-none = Keine: `/redeem` löst den Code sofort ein.
questions-form-title = Ein paar Fragen vor deinem Beitritt
questions-too-slow = Das Anzeigen der Fragen hat zu lange gedauert. Bitte nutze `/redeem` noch einmal; dein Code wurde nicht verbraucht.
questions-request-no-answer = (keine Antwort)
questions-whois-answer = ↳ { $question }: { $answer }
questions-refusal-changed = Die Fragen des Servers haben sich geändert, während du geantwortet hast. Nichts wurde gespeichert und dein Code wurde nicht verbraucht: Bitte nutze `/redeem` noch einmal.
questions-refusal-missing = Bitte beantworte „{ $question }“: Diese Frage ist Pflicht. Dein Code wurde nicht verbraucht.
questions-refusal-too-long = Frage { $number } ist länger als 45 Zeichen, mehr kann ein Discord-Formular nicht anzeigen. Nichts wurde gespeichert.
questions-refusal-code-gone = Deine Antworten wurden nicht gespeichert und nichts wurde verbraucht: Der Code hat sich geändert, während du geantwortet hast. Das zählt nicht als Fehlversuch.
