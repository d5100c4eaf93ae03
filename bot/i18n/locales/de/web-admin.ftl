## Einstellungen
web-settings-change-heading = Regeln ändern
web-settings-change-about = Dieselben Einstellungen wie bei `/gate policy`. Gespeichert wird nur, was du änderst, und jede Änderung wird im Log-Kanal gepostet.
web-settings-save = Speichern
web-settings-saved = Gespeichert: { $changes }
web-settings-nothing-changed = Es wurde nichts gespeichert: Das Formular enthält bereits die geltenden Einstellungen.
web-settings-not-a-choice = `{ $key }` muss eine der Auswahlmöglichkeiten des Formulars sein. Es wurde nichts gespeichert.
web-settings-changed-meanwhile = Ein anderer Admin hat die Regeln geändert, nachdem du diese Seite geöffnet hast. Es wurde nichts gespeichert: Die Seite zeigt jetzt die geltenden Einstellungen, nimm deine Änderung von dort aus erneut vor.

## Suchen in langen Listen, seitenweise
web-filter-heading = Suche
web-filter-any = Alle
web-filter-search = Suchen
web-filter-not-a-choice = `{ $field }`: Wähle einen der Werte, die das Formular anbietet.
web-filter-bad-date = `{ $field }` muss ein Datum in der Form 2026-11-24 sein.
web-filter-bad-page = Diese Adresse stammt nicht vom Dashboard. Fang wieder auf der ersten Seite an.
web-pager-label = Seiten
web-pager-newer = Neuere
web-pager-older = Ältere

## Audit-Log
web-filter-person = Person (Benutzer-ID)
web-filter-since = Von
web-filter-until = Bis (einschließlich)
web-audit-entries-heading = Einträge, die neuesten zuerst
web-audit-csv = Diese Einträge als CSV herunterladen
web-audit-none = Keine Einträge gefunden.
web-col-time = Zeit
web-col-kind = Art
web-col-entry = Eintrag
web-audit-kind-admitted = Aufgenommen
web-audit-kind-left = Vor der Aufnahme gegangen
web-audit-kind-denied = Abgelehnt
web-audit-kind-settings = Einstellungen geändert
web-audit-kind-role-quota = Rollenkontingent festgelegt
web-audit-kind-grant = Kontingent angepasst
web-audit-kind-revoked = Code widerrufen
web-audit-kind-revoked-all = Alle Codes eines Mitglieds widerrufen
web-audit-kind-link-code = Geteilten Einladungscode erstellt
web-audit-kind-regenerated = Code ersetzt
web-audit-kind-waitlist-joined = Auf die Warteliste gesetzt
web-audit-kind-waitlist-invited = Von der Warteliste eingeladen
web-audit-kind-waitlist-declined = Auf der Warteliste abgelehnt
web-audit-kind-suspended = Einladungssperre verhängt
web-audit-kind-unsuspended = Einladungssperre aufgehoben
web-audit-kind-banned = Gebannt
web-audit-kind-waiting-kicked = Aus dem Warteraum gekickt

## Alle Codes
web-filter-inviter = Einladende Person (Benutzer-ID)
web-all-codes-list-heading = Codes, die neuesten zuerst
web-all-codes-none = Keine Codes gefunden.
web-col-inviter = Einladende Person
web-col-for = Für
web-all-codes-kind-member = Code eines Mitglieds
web-all-codes-kind-link = Geteilter Link
web-all-codes-kind-waitlist = Von der Warteliste
