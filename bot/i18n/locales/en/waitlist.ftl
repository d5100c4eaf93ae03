# The waitlist (SPEC section 10): /waitlist join, leave and status for people without a code; each entry's
# message in the moderator channel with its Invite and Decline buttons, the decline form, the DMs, the log lines,
# /gate waitlist, the waitlist's lines in /gate whois, /gate policy's two options and their /gate settings lines.
# $person, $by, $moderator, $inviter and $user are Discord mentions (shown as names); $server a server's name;
# $code an invitation code (in a code span where it is shown, plain inside `/redeem …`); $when, $since, $expires
# and $again Discord timestamps (shown as dates or "in 3 days"); $channel a channel mention.

## Command descriptions (at most 100 characters)

waitlist-cmd-group = The waitlist, for people who have no invitation code
waitlist-cmd-join = Join the waitlist: ask the moderators to let you in without a code
waitlist-cmd-join-about = A few words about yourself for the moderators (up to 300 characters)
waitlist-cmd-leave = Leave the waitlist
waitlist-cmd-status = Your place on the waitlist, or the code you were sent
waitlist-cmd-gate = The waitlist: who is waiting, in order, and for how long
waitlist-cmd-policy-waitlist = Whether people without a code may join the waitlist
waitlist-cmd-policy-cooldown-days = Days after a decline before someone may join the waitlist again (0 to 365)

## Replies to the person on the waitlist

# $position: their place among the people waiting (1 is next).
waitlist-joined = You are on the waitlist of **{ $server }**, at position **{ $position }**. The moderators will look at it; you will get a DM when they decide.
waitlist-left = You left the waitlist.
waitlist-status-waiting = You are on the waitlist at position **{ $position }**. You joined { $since }.
waitlist-status-invited = You were sent an invitation code by { $inviter }: **{ $code }**
# $when: the date and time the code expires; $relative: the same as "in 3 days".
waitlist-status-expires = It is valid until { $when } ({ $relative }).
# $status: the code's status (code-status: expired, revoked, used).
waitlist-status-code-ended = That code is { $status } now. To be invited again, join the waitlist once more with `/waitlist join`.
# $when: when they were declined ("2 days ago"); $again: when they may join again.
waitlist-status-declined = Your request on the waitlist was declined { $when }. You can join it again from { $again }.
waitlist-status-none = You are not on the waitlist. To join it, type `/waitlist join` in the welcome channel.
# What to do with the code, in a DM and in /waitlist status. $link: the invite link to the server.
waitlist-how-to-redeem-link = To get in: if you are no longer on the server, join with { $link }; then type `/redeem { $code }` in { $channel }.
waitlist-how-to-redeem = To get in: type `/redeem { $code }` in { $channel }.
# Instead of a channel mention, when the server has no welcome channel set.
waitlist-the-welcome-channel = the welcome channel

## Refusals of /waitlist

waitlist-refusal-wrong-channel = The waitlist is joined in { $channel }. Run `/waitlist join` there.
waitlist-refusal-member = You are already a member here; the waitlist is for people without a way in.
waitlist-refusal-closed = This server's waitlist is closed. Ask a member for an invitation code.
waitlist-refusal-admission-open = You already redeemed a code and your admission is still open; you do not need the waitlist.
waitlist-refusal-already-waiting = You are already on the waitlist, at position **{ $position }**.
waitlist-refusal-already-invited = You are already on the waitlist and were sent a code: see `/waitlist status`.
# $when: the date and time they may join again; $relative: the same as "in 12 days".
waitlist-refusal-declined = Your last request on the waitlist was declined. You can join it again from { $when } ({ $relative }).
# Someone joined and left the waitlist too often in a day. $count: how many joins a day allow (an integer);
# $relative: when they may join again, as a relative time ("in 5 hours").
waitlist-refusal-too-often = You have joined the waitlist { $count ->
        [one] once
       *[other] { $count } times
    } in the last day. You can join it again { $relative }.
waitlist-refusal-not-on-it = You are not on the waitlist.
waitlist-refusal-entry-not-found = This waitlist entry no longer exists.
# A click or form on an entry decided already. $decision: "invited" or "declined"; $when: "5 minutes ago".
waitlist-refusal-already-decided = This person was already { $decision ->
        [invited] invited
       *[declined] declined
    } by { $moderator } { $when }.
# An entry closed by the person: $status "redeemed" (they redeemed a code), "lapsed" (their code ended unused and
# they joined again) or "left"; $when: "5 minutes ago".
waitlist-refusal-closed-entry = { $status ->
        [redeemed] This person already redeemed a code { $when }; their entry is closed.
        [lapsed] This person's code ended unused and they joined the waitlist again { $when }; this entry is closed.
       *[left] This person left the waitlist { $when }; their entry is closed.
    }

## The entry, an embed in the moderator channel (in the server's language)

waitlist-entry-title = Waitlist entry #{ $number }
# Field names.
waitlist-entry-person = Person
waitlist-entry-joined = Joined
waitlist-entry-about = About them
waitlist-entry-status = Status
waitlist-entry-reason = Reason
# The Person field: $id is their user ID in a code span, $created when their account was made ("3 years ago").
waitlist-entry-person-value =
    { $person } ({ $id })
    Account created { $created }
waitlist-entry-waiting = ⏳ Waiting for a moderator
waitlist-entry-invited-by = 📨 Invited by { $by } { $when } with code { $code }
waitlist-entry-declined-by = ❌ Declined by { $by } { $when }
waitlist-entry-redeemed = ✅ Redeemed a code { $when }
waitlist-entry-left = 👋 Left { $when }
waitlist-entry-lapsed = ⌛ Their code ended unused; they joined the waitlist again { $when }
# Buttons (at most 80 characters).
waitlist-button-invite = Invite
waitlist-button-decline = Decline

## The decline form (a Discord modal: title and label at most 45 characters)

waitlist-decline-form-title = Decline waitlist entry
waitlist-decline-form-reason = Reason (sent to them)

## Answers to the moderator who clicked

waitlist-invited = Invited { $person }: code { $code } was sent to them.
waitlist-invited-no-link = I could not make an invite link for the code; they got the code alone.
waitlist-declined = Declined { $person }.
waitlist-dm-refused = I could not DM { $person }: their DMs are closed. They can read it with `/waitlist status`.
waitlist-dm-delayed = I could not DM { $person } yet; I will keep trying. They can read it with `/waitlist status`.
waitlist-person-gone = { $person } has left the server: their entry is closed, and no code was made.

## To a member whose new code was reserved for someone on the waitlist (under /invite create's reply)

waitlist-vouched = { $person } was on the waitlist: I sent them this code by DM.
waitlist-vouched-dm-refused = { $person } was on the waitlist, but I could not DM them this code (their DMs are closed); they can read it with `/waitlist status`.
waitlist-vouched-dm-delayed = { $person } was on the waitlist; I could not DM them this code yet and will keep trying. They can read it with `/waitlist status`.

## DMs to the person (in their language)

# $inviter: the moderator or member who sent it.
waitlist-invited-dm = 🎉 You were invited to **{ $server }** from its waitlist by { $inviter }. Your invitation code: { $code }, valid until { $expires }.
waitlist-declined-dm = Your request on the waitlist of **{ $server }** was declined.
waitlist-declined-dm-reason = Reason: { $reason }
waitlist-declined-dm-again = You can join the waitlist again from { $when }.

## Log lines (in the server's language)

# $number: the entry's number.
waitlist-log-joined = 📝 { $person } joined the waitlist (entry #{ $number }).
waitlist-log-invited = 📨 { $person } was invited from the waitlist by { $by } with code { $code }.
waitlist-log-vouched = 📨 { $person } on the waitlist was sent code { $code } by { $by }, who vouches for them.
waitlist-log-declined = ❌ { $person } was declined from the waitlist by { $by }.
waitlist-log-declined-reason = ❌ { $person } was declined from the waitlist by { $by }: { $reason }

## Deliveries: what failed, as in "I could not …" (see deliveries-alert-failing), and why nothing was sent

waitlist-describe-entry = show waitlist entry #{ $number } in the moderator channel
waitlist-describe-dm = DM { $user } about waitlist entry #{ $number }
waitlist-nothing-to-send = The entry was closed, or its code ended, before the DM went out.

## /gate waitlist

waitlist-gate-title = Waitlist
waitlist-gate-empty = Nobody is on the waitlist.
# $position: their place; $since: when they joined ("3 days ago").
waitlist-gate-waiting = **{ $position }.** { $person } · joined { $since }
waitlist-gate-invited = 📨 { $person } · joined { $since } · invited by { $by } { $when }

## /gate whois: the person's waitlist history

# A heading inside the list; $count: how many entries follow.
waitlist-whois-heading = **Waitlist ({ $count })**
waitlist-whois-joined = Joined { $when }
waitlist-whois-invited = invited by { $by } { $when } with code { $code }
waitlist-whois-waiting = waiting
waitlist-whois-declined = declined by { $by } { $when }
waitlist-whois-redeemed = redeemed a code { $when }
waitlist-whois-left = left { $when }
waitlist-whois-lapsed = code ended unused, joined again { $when }

## /gate settings: the policy's lines. $state: "on" or "off"; $days: a number of days.

waitlist-settings-waitlist = Waitlist: { $state ->
    [on] open
   *[off] closed
}
waitlist-settings-cooldown = Rejoining the waitlist after a decline: after { $days ->
    [one] { $days } day
   *[other] { $days } days
}

# In the moderator channel, when a waitlist DM could not be delivered and nobody who acted was there to hear it
# (it was retried, or sent after a restart). $person: a mention; $channel: the welcome channel.
waitlist-undelivered-invited = ⚠️ I could not DM { $person } the code they were sent from the waitlist: their DMs are closed. They can read it with `/waitlist status` in { $channel }.
waitlist-undelivered-declined = ⚠️ I could not tell { $person } that their waitlist entry was declined: their DMs are closed. `/waitlist status` tells them.
# Completes "I could not …" in the moderators' alerts.
waitlist-describe-undelivered = tell you that a waitlist DM could not be delivered
