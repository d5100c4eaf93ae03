## Bans (SPEC section 12): the moderators' alert when someone admitted through Doorman is banned, in the
## moderator channel, in the server's language. Each message is one line of the alert.

# $member: the banned person (a mention).
bans-alert-banned = 🔨 { $member } was banned.
# How they came in. $when: a relative Discord timestamp ("3 days ago"); $code: the code they used; $inviter,
# $moderator, $admin: mentions.
bans-alert-came = They came in { $when } with code { $code } from { $inviter }.
bans-alert-came-approved = They came in { $when } with code { $code } from { $inviter }, approved by { $moderator }.
# An admin's shared link (/gate link) vouches for nobody in particular.
bans-alert-came-through-link = They came in { $when } through { $admin }'s shared link { $code }.
# A moderator invited them from the waitlist (/waitlist), with a code made for them.
bans-alert-came-from-waitlist = They came in { $when } from the waitlist: { $moderator } invited them with code { $code }.
# $record: the inviter's record, as in every admission request ("@alice: 12 admitted, 1 denied, 0 left, 1 banned").
bans-alert-record = Inviter's record: { $record }
# $people: mentions, joined (and "and N more" if they are many).
bans-alert-vouched-for = They vouched for { $count ->
        [one] { $count } person
       *[other] { $count } people
    }: { $people }
bans-alert-vouched-for-nobody = They vouched for nobody.
# Their own codes, still unused, stop working with the ban.
bans-alert-codes-revoked = Their active codes were revoked: { $count }.
# Under the alert once the inviter is suspended (from its button, or with /gate suspend). $when: relative time.
bans-alert-inviter-suspended = 🚫 { $inviter } was suspended { $when } by { $moderator }.
# The button under the alert.
bans-button-suspend-inviter = Suspend inviter
# What the bot was doing, to fit "I could not …" (as deliveries-alert-describe-notice).
bans-describe-alert = tell you about a ban
# The log channel's line. $count: their active codes revoked.
bans-log-banned = 🔨 { $member } was banned (came in with code { $code } from { $inviter }). { $count ->
        [0] They had no active codes.
        [one] { $count } active code revoked.
       *[other] { $count } active codes revoked.
    }
# The log's line for someone banned who did not come in through Doorman but had active codes; $count ≥ 1.
bans-log-banned-unvouched = 🔨 { $member } was banned (they did not come in through Doorman). { $count ->
        [one] { $count } active code revoked.
       *[other] { $count } active codes revoked.
    }
