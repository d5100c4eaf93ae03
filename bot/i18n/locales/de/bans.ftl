## Bans (SPEC section 12): die Meldung an die Moderation, wenn jemand gebannt wird, der über Doorman kam.

bans-alert-banned = 🔨 { $member } wurde gebannt.
bans-alert-came = Aufgenommen { $when } mit dem Code { $code } von { $inviter }.
bans-alert-came-approved = Aufgenommen { $when } mit dem Code { $code } von { $inviter }, genehmigt von { $moderator }.
bans-alert-came-through-link = Aufgenommen { $when } über den geteilten Link { $code } von { $admin }.
bans-alert-came-from-waitlist = Aufgenommen { $when } von der Warteliste: { $moderator } hat die Einladung mit dem Code { $code } geschickt.
bans-alert-record = Bilanz der einladenden Person: { $record }
bans-alert-vouched-for = Hat für { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } gebürgt: { $people }
bans-alert-vouched-for-nobody = Hat für niemanden gebürgt.
bans-alert-codes-revoked = Aktive Codes dieser Person widerrufen: { $count }.
bans-alert-inviter-suspended = 🚫 { $inviter } wurde { $when } von { $moderator } gesperrt.
bans-button-suspend-inviter = Einladende Person sperren
bans-suspend-reason = Jemand, den du eingeladen hast, wurde gebannt.
bans-describe-alert = eine Meldung über einen Bann
bans-log-banned = 🔨 { $member } wurde gebannt (aufgenommen mit dem Code { $code } von { $inviter }). { $count ->
        [0] Keine aktiven Codes.
        [one] { $count } aktiver Code widerrufen.
       *[other] { $count } aktive Codes widerrufen.
    }
