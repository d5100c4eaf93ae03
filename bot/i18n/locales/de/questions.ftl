# Beitrittsfragen (SPEC Abschnitt 13): /gate questions, das Formular, das ein Neuling nach /redeem ausfüllt,
# und die Antworten. Eine Frage ist freiwillig, wenn sie auf „(optional)“ oder „(freiwillig)“ endet.
questions-cmd-questions = Die Fragen festlegen, die Neulinge beim Einlösen eines Codes beantworten (bis zu 5)
# Das Formular des Admins (Titel und Feldnamen höchstens 45 Zeichen, Platzhalter höchstens 100).
questions-admin-form-title = Beitrittsfragen
questions-admin-form-label = Frage { $number }
questions-admin-form-placeholder = Wie hast du von uns erfahren? (optional)
# Darunter folgen die Fragen, eine pro Zeile.
questions-saved = { $count ->
        [one] Gespeichert: Neulinge beantworten jetzt diese Frage, wenn sie einen Code einlösen.
       *[other] Gespeichert: Neulinge beantworten jetzt diese { $count } Fragen, wenn sie einen Code einlösen.
    }
questions-cleared = Gespeichert: Neulinge bekommen keine Fragen mehr; `/redeem` löst ihren Code sofort ein.
questions-settings-title = Beitrittsfragen
questions-settings-none = Keine: `/redeem` löst den Code sofort ein.
# Das Formular des Neulings (höchstens 45 Zeichen).
questions-form-title = Ein paar Fragen vor deinem Beitritt
questions-too-slow = Die Fragen konnten nicht rechtzeitig angezeigt werden. Bitte führe `/redeem` noch einmal aus; dein Code wurde nicht verbraucht.
# In der Anfrage und in /gate whois, wenn eine freiwillige Frage leer blieb.
questions-request-no-answer = (keine Antwort)
questions-whois-answer = ↳ **{ $question }** { $answer }
questions-refusal-changed = Die Fragen dieses Servers wurden geändert, während du sie beantwortet hast. Es wurde nichts gespeichert und dein Code nicht verbraucht: Bitte führe `/redeem` noch einmal aus.
questions-refusal-edited-meanwhile = Ein anderer Admin hat andere Beitrittsfragen gespeichert, nachdem du dieses Formular geöffnet hast. Es wurde nichts gespeichert: Führe `/gate questions` erneut aus, um von dessen Fassung auszugehen.
questions-refusal-missing = Die Frage „{ $question }“ ist eine Pflichtfrage; bitte beantworte sie. Dein Code wurde nicht verbraucht.
questions-refusal-too-long = Frage { $number } ist länger als 45 Zeichen; mehr zeigt ein Discord-Formular nicht an. Es wurde nichts gespeichert.
# Darauf folgt einer der Sätze refusal-code-* („Dieser Code ist abgelaufen. …“).
questions-refusal-code-gone = Während du geantwortet hast, hat sich am Code etwas geändert: Deine Antworten wurden nicht gespeichert, und es wurde nichts verbraucht. Das zählt nicht als Fehlversuch.
