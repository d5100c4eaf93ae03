# Die Warteliste im Dashboard (SPEC 16): die offenen Einträge der Reihe nach, jeder so, wie seine Nachricht im
# Moderationskanal ihn zeigt (diese Texte sind waitlist-entry-*), mit Einladen und Ablehnen wie in Discord.

# Über der Liste. $waiting: Personen, die auf eine Entscheidung warten; $invited: Personen, denen ein Code geschickt
# wurde, den sie noch nicht eingelöst haben.
web-waitlist-count = Wartend: { $waiting } · Eingeladen, Code noch nicht eingelöst: { $invited }
# Neben dem Titel eines wartenden Eintrags. $position: sein Platz in der Reihe.
web-waitlist-position = Platz { $position }
# Neben dem Titel eines Eintrags, dem ein Code geschickt wurde, der noch nicht eingelöst ist.
web-waitlist-invited = Eingeladen
# Benennt für Screenreader die Links zwischen den Seiten der Warteliste.
web-waitlist-pages = Seiten der Warteliste
