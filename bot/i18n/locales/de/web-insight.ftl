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
        [0] Selbst hat es für niemanden gebürgt
        [one] Eine Person darunter
       *[other] { $count } Personen darunter
    } (bis { $depth ->
        [one] eine Ebene
       *[other] { $depth } Ebenen
    } tief).
web-tree-alone = Doorman weiß auf diesem Server von niemandem, der für diese Person gebürgt hat, und von niemandem, für den sie gebürgt hat.
web-tree-graph-caption = Jedes Kästchen ist eine Person, mit ihrem jetzigen Stand; eine Linie führt von der Person, die gebürgt hat, hinunter zu der, für die sie gebürgt hat. Wähle jemanden aus, um den Baum um diese Person zu zeigen.
web-tree-list-heading = Derselbe Baum als Liste
