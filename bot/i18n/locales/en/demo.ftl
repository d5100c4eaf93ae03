# `python -m bot demo`: the offline walkthrough printed in a terminal (not Discord). Its reader is
# someone trying Doorman out. Plain text: no Discord markup. $who is a username such as "@alice" or
# "alice"; $channel a channel name with its "#", e.g. "#welcome".

## The simulated server: its name, roles, channels, and what people type in it.
demo-guild-name = Climbing Club
demo-role-member = Member
demo-role-newcomer = Newcomer
demo-role-moderators = Moderators
demo-role-admins = Admins
# Channel names: lowercase, no spaces (Discord's rule for text channels); hyphens between words.
demo-channel-welcome = welcome
demo-channel-general = general
demo-channel-mod-queue = mod-queue
demo-channel-log = doorman-log
# The note a member attaches to the code they create for their friend Bob.
demo-invite-note = Bob, from the Tuesday bouldering group
# The reason a moderator types when denying a request.
demo-deny-reason = Nobody in the club knows this account
# What a newcomer types instead of a code: must not look like a code (12 letters or digits).
demo-bad-code = let me in

## Narration lines.
# The heading of each step: $number is 1, 2, 3...; $title one of the step titles below.
demo-step = ━━ Step { $number }: { $title }
# Someone does something: $action is a slash command as typed, or one of the actions below.
demo-does = { $who } in { $channel }: { $action }
# What someone sees, followed by the text on the next lines.
demo-sees = { $who } sees:
# The same, for an answer Discord shows only to the person who used the command.
demo-sees-ephemeral = { $who } sees (only they can see this):
# Who sees: a person's direct messages; $who is a username.
demo-who-dm = { $who } (DM)
# Who sees: the moderators' channel after the bot edited the request in it.
demo-who-request-edited = { $channel } (the request, edited)
# The same, after the bot edited an alert (a ban's, once its inviter was suspended).
demo-who-alert-edited = { $channel } (the alert, edited)
# An action: clicking a button; $label is the button's label as the bot wrote it.
demo-clicks = clicks [ { $label } ]
# An action: typing the reason into the deny form; $reason is demo-deny-reason.
demo-types-reason = types the reason: { $reason }
# A member's roles, listed; $roles is a comma-separated list of role names.
demo-roles-before = { $who }'s roles before: { $roles }
demo-roles-after = { $who }'s roles after: { $roles }   (typed in lower case with spaces: codes are forgiving)
demo-roles = { $who }'s roles: { $roles }
# In place of the list of roles, for a member who has none.
demo-no-roles = no roles

## Step titles and notes, in the order of the story.
demo-step-setup = An admin sets Doorman up
# $everyone is "@everyone"; $member "@Member" (demo-role-member); $welcome and $modqueue channel names with "#".
demo-note-setup = { $everyone } sees only { $welcome }; { $member } sees the rest; { $modqueue } is for moderators.
demo-step-invite = A member creates an invitation code for a friend
demo-step-redeem = The newcomer redeems it in { $welcome } and is admitted
demo-step-approval-on = The admin turns approval on
demo-step-request = A second newcomer redeems: the request goes to the moderators
# $label is the Approve button's label as the bot wrote it.
demo-step-refused = Someone who is not a moderator clicks { $label }: refused
# $who is "eve"; $modqueue the moderators' channel with its "#".
demo-note-refused = { $who } is a plain member who was given a look at { $modqueue } by a careless permission override.
demo-step-approved = A moderator approves
demo-step-denied = A third newcomer is denied, with a reason
demo-step-lockout = A bad code, then a lockout
demo-step-whois = Who vouched for whom
# Introduces the lines of the log channel; $log is its name with "#".
demo-note-log = { $log }, one line per event:

## Times shown relative to now (Discord shows <t:...:R> this way).
demo-time-now = just now
# $unit is day, hour or minute; $count how many.
demo-time-future = in { $unit ->
    [day] { $count ->
        [one] 1 day
       *[other] { $count } days
    }
    [hour] { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
   *[minute] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
}
demo-time-past = { $unit ->
    [day] { $count ->
        [one] 1 day
       *[other] { $count } days
    }
    [hour] { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
   *[minute] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
} ago

## The invitation lifecycle around the gate (SPEC sections 10 and 11)
demo-step-shared-link = An admin shares one link for an open day: every redemption waits for a moderator
demo-note-shared-link = Approval is still off, but nobody vouches personally for a shared link: a moderator checks each newcomer.
demo-shared-link-note = Open day, Saturday
# $welcome: the welcome channel.
demo-step-waitlist = Someone who knows nobody inside joins the waitlist in { $welcome }
demo-waitlist-about = I climb at the gym on Fridays and would love to join the club trips
demo-step-regenerate = A member replaces a code that leaked

## Vouching and accountability (SPEC section 12)
demo-step-ban = Someone a member vouched for is banned: the moderators see who vouched, and suspend them
# $inviter and $banned: names.
demo-note-ban = { $inviter } invites { $banned }, who turns out to be a spammer.
# What the admin does in Discord's own menu (not a Doorman command); $who: a name.
demo-bans = bans { $who } from the server
demo-step-tree = The invite tree: who vouched for whom, with where each stands
demo-step-tenure = Tenure: members invite once they have been here a week
# $who: the member's name.
demo-note-regenerate = { $who } posted a code in a public chat by mistake: a new one takes its place, with the same uses and expiry, and costs no extra quota.

## Screening newcomers (SPEC section 13)
# An action: typing into a form; $label is the input's label (a question), $text what is typed.
demo-types-into = types into “{ $label }”: { $text }
# Actions in Discord itself, not Doorman commands.
demo-leaves = leaves the server
demo-joins-again = joins the server again
demo-joins = joins the server through an invite link someone posted, and never redeems a code
# The simulated clock jumps ahead; $count: how many hours.
demo-hours-later = ⏳ { $count ->
    [one] 1 hour later
   *[other] { $count } hours later
}
# $who: a name.
demo-gone = { $who } is no longer on the server.
demo-step-returning = A member who left comes back without a code: the moderators see they were here before
# $who: a name.
demo-note-returning = { $who } left the server a while ago and would like to come back; their code was used up long ago.
demo-step-young-account = Approval off, but a minimum account age: a brand-new account still waits for a moderator
demo-note-young-account = Spam accounts are usually brand new; so is every account in this demo.
demo-step-questions = Join questions: a newcomer answers them, and the moderators read the answers
# Two questions the admin asks newcomers, at most 45 characters each. The second ends in this language's
# "(optional)" as questions-admin-form-placeholder writes it (questions.ftl): newcomers may leave it empty.
demo-question-climbing = How long have you been climbing?
demo-question-where = Where do you usually climb? (optional)
# What the newcomer answers.
demo-answer-climbing = About two years, mostly bouldering
demo-answer-where = The gym by the station, and Fontainebleau every spring
demo-step-waiting-room = The waiting room: someone who joins but never redeems a code is reminded, then removed
demo-note-waiting-room = It needs Discord's Server Members intent (members_intent = true in the bot's config); the demo's bot has it.
# With --web: the dashboard served on the demo's data until Ctrl+C, after /dashboard gave ada and mo a sign-in link each.
demo-step-dashboard = The dashboard: the same gate in a browser
demo-note-dashboard = Each link above signs in once, within 10 minutes. As { $admin }, an admin, you see the settings, every code, the invite tree, the audit log and the charts; as { $moderator }, a moderator, the queue, where { $who }'s request is waiting: approve it there, and the bot gives { $who } the roles in the simulated server. Press Ctrl+C to stop.
demo-dashboard-not-served = The dashboard could not be served: port { $port } is taken. Run the demo again with `--port` and another number.
