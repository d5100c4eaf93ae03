# What Doorman says about carrying what it owes Discord: the moderators' alerts (with a Retry button),
# the answer to a click on Retry, and the lines of the log channel.
# Alerts and log lines are read by the moderators together, in the server's language.

## Alerts in the moderator channel

# An alert: a delivery failed, and the bot keeps trying.
# $what: what it tried to do, a verb phrase written by another message of this language
#   (e.g. deliveries-log-describe: "post a line in the log channel #logs"), to fit "I could not …".
# $detail: what went wrong (another message, or Discord's own error text in English).
deliveries-alert-failing = ⚠️ I could not { $what }: { $detail }. Fix it, then click **Retry**; I keep trying meanwhile.
# The same alert when the bot stopped trying. $what and $detail as in deliveries-alert-failing.
deliveries-alert-stopped = ⛔ I gave up trying to { $what } after 7 days of failures (last: { $detail }). Fix it, then click **Retry**.
# The button under an alert.
deliveries-alert-retry-button = Retry
# $detail of an alert when the reason of the last failure was not recorded.
deliveries-alert-unknown-error = unknown
# A failure's detail: there is no moderator channel to post in.
deliveries-alert-no-mod-channel = the moderator channel is not set, or I cannot see it; run `/gate setup`
# An alert, edited when its delivery is over without being delivered. $reason: why (one of the messages
# below marked "why nothing was delivered", or another part's).
deliveries-alert-closed = ☑️ Closed: { $reason }
# An alert, edited when its delivery went through.
deliveries-alert-resolved = ✅ Resolved: it went through after all.
# An alert about a newcomer's roles, edited when they got them. $member: a mention; $admission: its number.
deliveries-alert-resolved-roles = ✅ Resolved: { $member } has their roles (admission #{ $admission }).
# An alert about a newcomer's roles, edited when the newcomer left. $member: a mention; $admission: its number.
deliveries-alert-closed-left = 🚪 Closed: { $member } left the server (admission #{ $admission }).
# Why nothing was delivered: the channel of the alert to edit was deleted.
deliveries-alert-channel-gone = The alert's channel is gone.
# Why nothing was delivered: the delivery a "gave up" notice was about works again.
deliveries-alert-revived = It was revived or went through meanwhile.
# $what of an alert (see deliveries-alert-failing): editing an earlier alert.
deliveries-alert-describe-close = close an earlier alert
# $what of an alert (see deliveries-alert-failing): telling the moderators that a delivery was given up.
deliveries-alert-describe-notice = tell you that a delivery gave up

## The answer to a moderator who clicked Retry (in their own language)

deliveries-retry-trying-now = I am trying that right now; check again in a moment.
# $detail: what went wrong (in the server's language, or Discord's own error text).
deliveries-retry-still-failing = Still failing: { $detail }.
deliveries-retry-done = Done.

## Why a delivery failed or was dropped ($detail of an alert, in the server's language)

# $status: Discord's HTTP status (403); $error: Discord's own error text, in English.
deliveries-failed-refused = Discord refused ({ $status }, { $error })
# The same when Discord gave no text. $status: Discord's HTTP status (403).
deliveries-failed-refused-permissions = Discord refused ({ $status }, missing permissions)
# $status: Discord's HTTP status (500, 429, …).
deliveries-failed-discord = Discord failed ({ $status }); it may work on a retry
# $error: the name of the network error (TimeoutError, …).
deliveries-failed-unreachable = I could not reach Discord ({ $error })
deliveries-failed-unexpected = something went wrong on my side
deliveries-failed-no-carrier = I cannot reach that server, or nothing here carries this
# Why nothing was delivered: the person's DMs are closed.
deliveries-done-dm-closed = Their DMs are closed; there is nothing more to try.
# Why nothing was delivered: what it was about (a message, a member, a channel) was deleted.
deliveries-done-gone = What it was for no longer exists; there is nothing more to try.
# Why nothing was delivered: a later attempt of the same thing replaced it.
deliveries-dropped-superseded = A later attempt in the same batch does it.

## The log channel, one line per event

# Why nothing was delivered: there is no log channel.
deliveries-log-channel-gone = The log channel is gone or unset; the line is dropped.
# $what of an alert (see deliveries-alert-failing). $channel: a channel mention.
deliveries-log-describe = post a line in the log channel { $channel }
# A newcomer was admitted. $member, $inviter: mentions; $code: the invitation code, formatted.
deliveries-log-admitted = ✅ { $member } admitted with code { $code } from { $inviter }.
# The same after a moderator's approval. $moderator: who approved, a mention.
deliveries-log-admitted-approved = ✅ { $member } admitted with code { $code } from { $inviter }, approved by { $moderator }.
# Someone admitted through an admin's shared link (/gate link), after a moderator's approval: nobody vouched for
# them personally. $admin: the admin who made the link, a mention.
deliveries-log-admitted-shared-link = ✅ { $member } admitted through { $admin }'s shared link (code { $code }), approved by { $moderator }.
# $member: a mention.
deliveries-log-left = 🚪 { $member } left before being admitted.
# A request was denied. $member, $moderator (who denied), $inviter: mentions; $code: the invitation code.
deliveries-log-denied = ❌ { $member } denied by { $moderator } (code { $code } from { $inviter }).
# The same with the moderator's reason, as they wrote it.
deliveries-log-denied-reason = ❌ { $member } denied by { $moderator } (code { $code } from { $inviter }): { $reason }
# $actor: who changed them, a mention; $command: the /gate subcommand (setup, policy), not translated;
# $changes: the changes, made of deliveries-log-change joined by "; ", or deliveries-log-no-change.
deliveries-log-settings = ⚙️ { $actor } changed settings with /gate { $command }: { $changes }
# The same, for a change made on the web dashboard rather than with a /gate command.
deliveries-log-settings-dashboard = ⚙️ { $actor } changed settings on the dashboard: { $changes }
# One changed setting. $setting: its option name, not translated (welcome_channel, approval, language, …);
# $old, $new: its values (mentions, numbers, or the deliveries-log-value-… messages).
deliveries-log-change = { $setting }: { $old } → { $new }
deliveries-log-no-change = no change
# A channel or role setting that has none.
deliveries-log-value-none = none
deliveries-log-value-on = on
deliveries-log-value-off = off
# The language setting when none is chosen: the server's preferred locale (Discord's server settings).
deliveries-log-value-server-language = the server's preferred locale
# This language's name in its own words, shown in the log when the language setting changes.
deliveries-language-name = English
# $actor: who set it, a mention; $role: a role mention; $amount: how many uses of codes its holders may
# hand out; $days: the quota period in days.
deliveries-log-role-quota = ⚙️ { $actor }: holders of { $role } may now hand out { $amount ->
    [one] { $amount } use
   *[other] { $amount } uses
} per { $days ->
    [one] day
   *[other] { $days } days
}.
# A member's own quota adjustment. $actor, $member: mentions; $amount: signed ("+2", "-1");
# $limit: their resulting limit of uses; $days: the quota period in days.
deliveries-log-grant = ⚙️ { $actor }: { $member }'s adjustment is now { $amount }: their limit is { $limit ->
    [one] { $limit } use
   *[other] { $limit } uses
} per { $days ->
    [one] day
   *[other] { $days } days
}.
# The same for a member who has Manage Server (the Discord permission, as Discord names it in this
# language), whose limit does not apply: they may hand out any number of uses. $days as above.
deliveries-log-grant-unlimited = ⚙️ { $actor }: { $member }'s adjustment is now { $amount }, but they have Manage Server, so they have no limit on uses per { $days ->
    [one] day
   *[other] { $days } days
}.
# $actor revoked their own code. $code: the invitation code.
deliveries-log-revoked-own = ⛔ { $actor } revoked their code { $code }.
# $actor revoked a code of $inviter (mentions).
deliveries-log-revoked = ⛔ { $actor } revoked code { $code } of { $inviter }.
# $count: how many codes; $codes: the codes, listed ("`A`, `B` and 3 more").
deliveries-log-revoked-all = ⛔ { $actor } revoked all active codes of { $inviter } ({ $count }): { $codes }.
# $actor made a code to share with many people (/gate link); $code: the code; $count: its uses.
deliveries-log-link-code = 🔗 { $actor } created the shared link code { $code } for { $count ->
        [one] { $count } use
       *[other] { $count } uses
    }.
# $actor replaced their code $old (now revoked) with $new (/invite regenerate).
deliveries-log-regenerated = 🔁 { $actor } replaced their code { $old } with { $new }.
