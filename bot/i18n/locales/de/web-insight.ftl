# Die Admin-Seiten des Dashboards mit Überblick (SPEC Abschnitt 16): der Einladungsbaum als Grafik, und die Diagramme.
# Wo jemand im Baum steht, sagen dieselben Wörter wie bei /gate tree (vouching-standing-*).

## Der Einladungsbaum
web-tree-find-heading = Jemanden nachschlagen
web-tree-field-member = Benutzer-ID
web-tree-field-depth = Ebenen darunter
web-tree-show = Anzeigen
web-tree-not-a-user-id = Das ist keine Benutzer-ID. Eine Benutzer-ID ist eine Zahl wie 123456789012345678: Schalte in Discord den Entwicklermodus ein, dann kannst du sie per Rechtsklick auf eine Person kopieren.
# $person: ein Anzeigename, oder eine Benutzer-ID, wenn der Name unbekannt ist.
web-tree-of = Einladungsbaum von { $person }
web-tree-graph-label = Einladungsbaum von { $person } als Grafik
# $count: die Personen darüber, von wer für sie gebürgt hat bis zu jemandem, für den niemand gebürgt hat.
web-tree-count-above = { $count ->
        [0] Niemand hat für dieses Mitglied gebürgt.
        [one] Eine Person steht darüber in der Kette der Bürgschaften.
       *[other] { $count } Personen stehen darüber in der Kette der Bürgschaften.
    }
# $count: die Personen darunter, bis zu $depth Ebenen tief.
web-tree-count-below = { $count ->
        [0] Niemand darunter
        [one] Eine Person darunter
       *[other] { $count } Personen darunter
    } (bis { $depth ->
        [one] eine Ebene
       *[other] { $depth } Ebenen
    } tief).
web-tree-alone = Doorman weiß auf diesem Server von niemandem, der für diese Person gebürgt hat, und von niemandem, für den sie gebürgt hat.
web-tree-graph-caption = Jedes Kästchen ist eine Person, mit ihrem jetzigen Stand; eine Linie führt von der Person, die gebürgt hat, hinunter zu der, für die sie gebürgt hat. Wähle jemanden aus, um den Baum von dieser Person aus zu zeigen.
web-tree-list-heading = Derselbe Baum als Liste
# $shown: die hier gezeigten Personen darunter; $count: alle bis zur gewählten Tiefe.
web-tree-cut = Hier stehen nur die nächsten { $shown } der { $count } Personen darunter: Wähle jemanden aus, um den Baum unter dieser Person zu sehen.
web-tree-skip-graph = Grafik überspringen, weiter zur Liste

## Die Diagramme
web-charts-field-days = Zeitraum
# $days: 7, 30 oder 90.
web-charts-last-days = { $days ->
        [one] Letzter Tag
       *[other] Letzte { $days } Tage
    }
web-charts-show = Anzeigen
web-charts-bad-days = Die Diagramme zeigen die letzten 7, 30 oder 90 Tage: Wähle einen dieser Zeiträume.
web-charts-empty = Noch nichts zu zeigen.
web-charts-total = Summe

web-charts-per-day-heading = Einlösungen, Aufnahmen und Ablehnungen pro Tag
web-charts-redemptions = Einlösungen
web-charts-admissions = Aufnahmen
web-charts-denials = Ablehnungen
web-charts-day = Tag (UTC)
web-charts-per-day-table = Die Zahlen, Tag für Tag
# $days: die gezeigten Tage; die übrigen Variablen sind Summen über sie.
web-charts-per-day-caption = Die letzten { $days } Tage, nach UTC gezählt, heute bis jetzt eingeschlossen. Insgesamt: Einlösungen { $redemptions }, Aufnahmen { $admissions }, Ablehnungen { $denials }. Eine Einlösung zählt am Tag, an dem der Code genutzt wurde, eine Aufnahme am Tag, an dem die neue Person ihre Rollen bekam, eine Ablehnung am Tag der Entscheidung.

web-charts-quota-heading = Kontingentnutzung
web-charts-member = Mitglied
web-charts-spent = Verbraucht
web-charts-default-limit = Standardkontingent
# $top: wie viele Mitglieder höchstens gezeigt werden; $limit: die Standardnutzungen des Servers pro Zeitraum; $period: dessen Tage.
web-charts-quota-caption = Bis zu { $top } Mitglieder, die in { $period ->
        [one] dem letzten Tag
       *[other] den letzten { $period } Tagen
    } (dem Kontingentzeitraum des Servers) am meisten von ihrem Kontingent verbraucht haben, verglichen mit dem Standardkontingent des Servers von { $limit } { $limit ->
        [one] Nutzung
       *[other] Nutzungen
    }. Das Limit eines Mitglieds kann abweichen: Eine Rolle mit eigenem Kontingent, eine Anpassung durch einen Admin oder „Server verwalten“ (kein Limit) ändern es. Welches gilt, hängt von den Rollen des Mitglieds in Discord ab, die diese Seite nicht liest; die genauen Limits stehen deshalb nicht hier.
web-charts-quota-none = In diesem Zeitraum hat niemand etwas von seinem Kontingent verbraucht.

web-charts-retention-heading = Wer geblieben ist
web-charts-inviter = Einladende Person
web-charts-admitted = Aufgenommen
web-charts-stayed = Geblieben
# $top: wie viele einladende Personen höchstens gezeigt werden.
web-charts-retention-caption = Bis zu { $top } Personen, die seit Doormans Start die meisten Leute hereingebracht haben: wie viele mit ihren Codes aufgenommen wurden und wie viele davon nach Doormans Wissen noch da sind (seither nicht gebannt und bei einer späteren Rückkehr weder abgewiesen noch gegangen). Wer von sich aus geht, sieht Doorman nicht; solche Personen zählen weiter als geblieben.
web-charts-retention-none = Bisher wurde niemand mit einem Code aufgenommen.
