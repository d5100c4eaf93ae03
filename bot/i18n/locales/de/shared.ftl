# Was alle Teile von Doorman sagen: Prüfungen, Entschuldigungen, Status, Listenzeilen, Seiten.

check-server-only = Dieser Befehl funktioniert nur auf einem Server.
check-failed = Diesen Befehl kannst du hier nicht verwenden.

shared-list-more = und { $count } weitere

sentences = { $first } { $second }

code-status = { $status ->
        [active] aktiv
        [used] aufgebraucht
        [expired] abgelaufen
       *[revoked] widerrufen
    }
code-status-icon = { $status ->
        [active] 🟢 aktiv
        [used] ⚪ aufgebraucht
        [expired] ⌛ abgelaufen
       *[revoked] ⛔ widerrufen
    }
admission-status = { $status ->
        [awaiting_approval] wartet auf Entscheidung
        [roles_pending] Rollen ausstehend
        [admitted] aufgenommen
        [denied] abgelehnt
       *[left] hat den Server verlassen
    }

line-reserved-for-id = { $user } (ID { $id })
# Nach „für“: „für den Benutzernamen `alice`“.
line-reserved-for-username = den Benutzernamen { $username }
line-code-uses = { $uses }/{ $max } { $max ->
        [one] Nutzung
       *[other] Nutzungen
    }
line-code-by = von { $inviter }
# $when: relativ („in 3 Tagen“); nur bei aktiven Codes.
line-code-expires = läuft { $when } ab
line-code-for = für { $reserved }
line-code-kind = { $kind ->
        [link] 🔗 geteilter Link
       *[waitlist] von der Warteliste
    }
line-code-replaced-by = ersetzt durch { $code }
line-code-replaces = ersetzt { $code }
line-admission-from-inviter = { $inviter } mit Code { $code }
line-admission = { $user } · Code { $code } von { $inviter }
# $when: Datum und Uhrzeit („1. Januar 2026 12:00“).
line-admission-redeemed = eingelöst am { $when }
line-admission-decided = { $decision ->
        [denied] abgelehnt
       *[approved] angenommen
    } von { $moderator } { $when }

apology = Tut mir leid, bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.

pages-previous = Zurück
pages-next = Weiter
pages-footer = Seite { $number } von { $count } · { $total } insgesamt
pages-expired = Diese Seiten sind abgelaufen: Führe den Befehl erneut aus, um die aktuelle Liste zu sehen.

list-separator = {", "}
clause-separator = {"; "}

# A code's invite link in lists, shown while the code is active. $link: the link's address.
line-code-link = Link: { $link }
