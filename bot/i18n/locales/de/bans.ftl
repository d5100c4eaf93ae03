## Banns (SPEC section 12): die Warnung an das Moderationsteam, wenn jemand gebannt wird, der über Doorman
## aufgenommen wurde; jede Nachricht ist eine Zeile. „Die Person“ ist die gebannte Person. Ein Bann (Discord)
## ist keine Einladungssperre (Doorman, siehe suspensions.ftl).

bans-alert-banned = 🔨 { $member } wurde gebannt.
# $when: relative Zeit („vor 3 Tagen“), wann der Code eingelöst wurde.
bans-alert-came = Die Person kam { $when } mit dem Code { $code } von { $inviter } herein.
bans-alert-came-approved = Die Person kam { $when } mit dem Code { $code } von { $inviter } herein, angenommen von { $moderator }.
bans-alert-came-through-link = Die Person kam { $when } über den geteilten Link von { $admin } herein (Code { $code }).
bans-alert-came-from-waitlist = Die Person kam { $when } über die Warteliste herein: { $moderator } hatte sie mit dem Code { $code } eingeladen.
bans-alert-record = Bilanz der einladenden Person: { $record }
bans-alert-vouched-for = Die Person hat selbst für { $count ->
        [one] { $count } Person
       *[other] { $count } Personen
    } gebürgt: { $people }
bans-alert-vouched-for-nobody = Die Person hat selbst für niemanden gebürgt.
bans-alert-codes-revoked = Widerrufene aktive Codes der Person: { $count }.
bans-alert-inviter-suspended = 🚫 { $inviter } hat { $when } von { $moderator } eine Einladungssperre bekommen.
bans-button-suspend-inviter = Einladungssperre für die einladende Person
# Infinitiv mit „zu“: ergänzt „Es ist mir nicht gelungen, …“ (wie deliveries-alert-describe-notice).
bans-describe-alert = einen Bann zu melden
bans-log-banned = 🔨 { $member } wurde gebannt (aufgenommen mit dem Code { $code } von { $inviter }). { $count ->
        [0] Die Person hatte keine aktiven Codes.
        [one] { $count } aktiver Code widerrufen.
       *[other] { $count } aktive Codes widerrufen.
    }
bans-log-banned-unvouched = 🔨 { $member } wurde gebannt (nicht über Doorman aufgenommen). { $count ->
        [one] { $count } aktiver Code widerrufen.
       *[other] { $count } aktive Codes widerrufen.
    }
