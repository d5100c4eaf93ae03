# Die offenen Anfragen für das Moderationsteam im Dashboard (SPEC 16): die offenen Beitrittsanfragen, jede so, wie ihre
# Nachricht im Moderationskanal sie zeigt (diese Texte sind admissions-*), mit Annehmen und Ablehnen wie in Discord.

# Über der Liste. $count: die offenen Anfragen (wartend auf eine Entscheidung oder angenommen, Rollen ausstehend).
web-queue-count = { $count ->
        [one] Eine Anfrage ist offen.
       *[other] { $count } Anfragen sind offen.
    }
web-queue-empty = Keine Anfrage wartet auf das Moderationsteam.
# Unter einer angenommenen Anfrage, deren Rollen Discord noch nicht vergeben hat: keine Knöpfe, nichts zu entscheiden.
web-queue-roles-pending = Angenommen. Die Rollen werden gerade in Discord vergeben; hier ist nichts mehr zu entscheiden.
# Benennt für Screenreader die Links zwischen den Seiten der offenen Anfragen.
web-queue-pages = Seiten der offenen Anfragen
