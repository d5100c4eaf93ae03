## Einstellungen
web-settings-change-heading = Regeln ändern
web-settings-change-about = Dieselben Einstellungen wie bei `/gate policy`. Gespeichert wird nur, was du änderst, und jede Änderung wird im Log-Kanal gepostet.
web-settings-save = Speichern
web-settings-saved = Gespeichert: { $changes }
web-settings-nothing-changed = Es wurde nichts gespeichert: Das Formular enthält bereits die geltenden Einstellungen.
web-settings-not-a-choice = `{ $key }` muss eine der Auswahlmöglichkeiten des Formulars sein. Es wurde nichts gespeichert.
web-settings-changed-meanwhile = Ein anderer Admin hat die Regeln geändert, nachdem du diese Seite geöffnet hast. Es wurde nichts gespeichert: Die Seite zeigt jetzt die geltenden Einstellungen, nimm deine Änderung von dort aus erneut vor.
