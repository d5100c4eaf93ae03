## Die Bilanz der einladenden Person (SPEC Abschnitt 12)

vouching-request-record = Bilanz der einladenden Person
vouching-record-line = { $inviter }: { $admitted } aufgenommen, { $denied } abgelehnt, { $left } gegangen, { $banned } gebannt
vouching-whois-heading = Bilanz als einladende Person
vouching-whois-record = Erstellte Codes: { $codes } · Aufgenommen: { $admitted } · Abgelehnt: { $denied } · Innerhalb von 30 Tagen gegangen: { $left } · Gebannt: { $banned }

## /gate tree

vouching-cmd-tree = Wer ein Mitglied eingeladen hat, bis zum Anfang, und alle, die es eingeladen hat
vouching-cmd-tree-member = Das Mitglied, dessen Einladungsbaum du sehen willst
vouching-cmd-tree-depth = Wie viele Ebenen unter dem Mitglied (1 bis 5, Standard 3)
vouching-tree-title = Einladungsbaum von { $name }
vouching-tree-above = **Eingeladen von, ab dem Anfang**
vouching-tree-below = **Von diesem Mitglied eingeladen ({ $count })**
vouching-tree-line = { $person }: { $standing }
vouching-tree-line-top = { $person }: { $standing }, von niemandem eingeladen
vouching-standing-member = Mitglied
vouching-standing-awaiting = wartet auf Annahme
vouching-standing-denied = abgelehnt
vouching-standing-left = gegangen
vouching-standing-banned = gebannt
vouching-standing-suspended = gesperrt
