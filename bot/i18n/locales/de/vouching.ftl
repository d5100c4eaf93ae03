## Die Bilanz der einladenden Person (SPEC Abschnitt 12)

vouching-request-record = Bilanz der einladenden Person
vouching-record-line = { $inviter }: { $admitted } aufgenommen, { $denied } abgelehnt, { $left } gegangen, { $banned } gebannt
vouching-whois-heading = Bilanz als einladende Person
vouching-whois-record = Erstellte Codes: { $codes } · Aufgenommen: { $admitted } · Abgelehnt: { $denied } · Innerhalb von 30 Tagen gegangen: { $left } · Gebannt: { $banned }
