# /invite: members create, list and revoke their invitation codes. Every text here is a reply only the
# member who ran the command reads.

## Command descriptions, shown in Discord's command picker (at most 100 characters each).
## Command and option names stay English: uses, expires_in, for_user, note, code.

invites-cmd-group = Vouch for newcomers with invitation codes
invites-cmd-create = Create an invitation code for someone you vouch for
invites-cmd-create-uses = How many people may use it (default 1)
# 30m, 12h and 7d are what the member types: keep them as they are.
invites-cmd-create-expires-in = How long it stays valid, like 30m, 12h or 7d (default: the server's code lifetime)
invites-cmd-create-for-user = Only this account may redeem it: their exact username, or their user ID or @mention
invites-cmd-create-note = A note for the moderators who review the request (up to 200 characters)
invites-cmd-list = Your codes, who used them, and your quota
invites-cmd-revoke = Revoke one of your codes; unused uses come back
invites-cmd-revoke-code = The code to revoke
# A suggestion in the code option of /invite revoke, as the member types: the code, then how many of its
# uses are used ($uses) of how many it has ($max). Plain text: no formatting shows here.
invites-revoke-choice = { $code } ({ $uses }/{ $max } used)
invites-cmd-regenerate = Replace one of your codes that was lost or leaked: same uses, expiry and quota
invites-cmd-regenerate-code = The code to replace

## The member's quota: how many uses of codes they may hand out per period.

# "Manage Server" is the Discord permission, as Discord names it in this language.
invites-quota-unlimited = Quota: unlimited (you have Manage Server).
# $used uses spent of $limit allowed within the last $days days; $remaining still free. All numbers.
invites-quota = Quota: { $used } of { $limit ->
        [one] { $limit } use
       *[other] { $limit } uses
    } spent in the last { $days ->
        [one] day
       *[other] { $days } days
    }, { $remaining } left.
# The quota sentence above ($quota), then when one more use becomes free again. $when is a relative
# time Discord shows in the reader's language ("in 3 days").
invites-quota-next-free = { $quota } The next use frees up { $when }.

## The reply to /invite create.

# $code is the code, already formatted: keep the ** around it.
invites-created-code = Your invitation code: **{ $code }**
# $expires is a date and time, $relative the same as "in 7 days", both shown by Discord in the reader's language.
invites-created-uses = Uses: { $uses } · Expires { $expires } ({ $relative })
# $who is the account the code is reserved for: a mention and its ID.
invites-created-reserved-id = Reserved for { $who }: only that account can redeem it.
# $who is the username the code is reserved for. People pass on the name they see, and Discord shows
# display names and server nicknames first: the member must give the exact username.
invites-created-reserved-username = Reserved for { $who }: it must be their exact username (the one under their name in their profile), not a display name or server nickname.
# $note is what the member wrote, shown as they wrote it.
invites-created-note = Note for moderators: { $note }
# The line the member forwards to the person they invite, in their own words. /redeem is the command
# name and stays English; $code is the code, $channel the welcome channel.
invites-created-tell = Tell the person you invite: join the server, then type `/redeem { $code }` in { $channel }.

## /invite list: the member's codes, one line each, in pages.

invites-list-title = Your invitation codes
invites-list-empty = You have no codes yet. Create one with `/invite create`.
# The name of the field under the list that holds the quota sentence.
invites-list-quota = Quota

## The reply to /invite revoke.

# $code is the revoked code, already formatted; $count how many of its uses were never used and count
# again towards the member's quota.
invites-revoked = Revoked { $code }. Nobody can redeem it any more; { $count ->
        [one] { $count } unused use
       *[other] { $count } unused uses
    } went back to your quota.

## The reply to /invite regenerate: this line, then the new code as the reply to /invite create shows it.

# $old: the replaced code, already formatted. It is revoked now; $link: "yes" if it had an invite link, which is
# being deleted, else "no".
invites-regenerated-old = Replaced { $old }: { $link ->
        [yes] it no longer works, and neither does its invite link.
       *[no] it no longer works.
    }

## Invite links (SPEC section 11): a Discord invite to the welcome channel, made with each code when the
## server's policy allows it, and deleted when the code is revoked, used up or expires.

# Beside the code in the reply to /invite create. $link is the link's address (https://discord.gg/…).
invites-created-link = Invite link: { $link }
# The line to forward, when the code has an invite link: it replaces invites-created-tell. /redeem is the
# command name and stays English; $link the link's address, $code the code, $channel the welcome channel.
invites-created-tell-link = Tell the person you invite: join with { $link }, then type `/redeem { $code }` in { $channel }.
# Why a new code has no invite link. "Create Invite" is the Discord permission, as Discord's client names it in
# this language; $channel the welcome channel.
invites-no-link-permission = No invite link: I lack the Create Invite permission in { $channel }. The code works all the same; an admin can give me that permission.
invites-no-link-channel = No invite link: the welcome channel no longer exists. The code works all the same; an admin can choose another with `/gate setup`.
invites-no-link-failed = No invite link yet: Discord did not make one just now. The code works all the same; I will try again, and `/invite list` will show the link once it is made.
# The reason shown in the server's audit log for the link. $code: the code; $inviter: the inviter's user ID.
invites-link-audit-reason = Doorman invite link for code { $code } from user { $inviter }
# Completes "I could not …" in the moderators' alerts. $link: the link's address.
invites-describe-delete-link = delete the invite link { $link } of a code that ended
# Why nothing was deleted: the link had been deleted already (by hand, or by Discord when it expired).
invites-link-gone = The invite link was gone already; there is nothing more to try.
# Completes "I could not …" in the moderators' notice about a delivery that stopped. $code: the code.
invites-describe-make-link = make the invite link for code { $code }
# Why no link was made, for a moderator who clicked Retry (or on a closed alert). $code: the code.
invites-link-note-not-needed = Code { $code } needs no link any more: it has one, or it ended.
invites-link-note-policy-off = Invite links are turned off on this server.
invites-link-note-no-channel = The welcome channel no longer exists.
invites-link-note-no-permission = I lack the Create Invite permission in the welcome channel.
