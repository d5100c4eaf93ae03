## Die Bilanz der einladenden Person (SPEC Abschnitt 12)

vouching-request-record = Bilanz der einladenden Person
vouching-record-line = { $inviter }: { $admitted } aufgenommen, { $denied } abgelehnt, { $left } gegangen, { $banned } gebannt
vouching-whois-heading = Bilanz als einladende Person
vouching-whois-record = Erstellte Codes: { $codes } · Aufgenommen: { $admitted } · Abgelehnt: { $denied } · Innerhalb von 30 Tagen gegangen: { $left } · Gebannt: { $banned }

## /gate tree

vouching-cmd-tree = Wer für ein Mitglied gebürgt hat, zurück bis zum Anfang, und für wen es selbst gebürgt hat
vouching-cmd-tree-member = Das Mitglied, dessen Einladungsbaum du sehen willst
vouching-cmd-tree-depth = Wie viele Ebenen unter dem Mitglied angezeigt werden (1 bis 5, Standard: 3)
vouching-tree-title = Einladungsbaum von { $name }
# Überschriften in der Liste; $count: wie viele Personen unter dem Mitglied stehen (alle Ebenen).
vouching-tree-above = **Wer gebürgt hat, vom Anfang an**
vouching-tree-below = **Von diesem Mitglied eingeladen ({ $count })**
# Eine Person: $standing ist eines der Wörter unten und steht nach „@name: “.
vouching-tree-line = { $person }: { $standing }
vouching-tree-line-top = { $person }: { $standing }, von niemandem eingeladen
vouching-standing-member = Mitglied
vouching-standing-awaiting = wartet auf Annahme
vouching-standing-denied = abgelehnt
vouching-standing-left = gegangen
vouching-standing-banned = gebannt
vouching-standing-suspended = Einladungssperre
