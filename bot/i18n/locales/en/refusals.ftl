# Refusals: why the rules said no, and what to do next (SPEC section 4). Each is a reply to the person
# who asked, in their language. Variables hold Discord markup (mentions, timestamps, `code`) already made.
# Manage Server and Manage Roles are Discord permissions: name them as Discord's client does in this language.

refusal-not-admin = Only admins (Manage Server permission) can use `/gate` commands.
refusal-not-moderator = Only moderators can do that (Manage Roles, or the moderator role).
refusal-not-member = Only members can create invitation codes. If you just joined, redeem your own code in the welcome channel first.
refusal-not-set-up = Doorman is not set up on this server yet. An admin needs to run `/gate setup` first.

# $problems: one line per problem, each starting with "• ".
refusal-setup = Nothing was saved. Fix these first, then run `/gate setup` again:
    { $problems }
refusal-setup-manage-roles = I lack the **Manage Roles** permission, so I cannot grant roles.
# $option: the option's name, like `member_role`.
refusal-setup-role-everyone = `{ $option }` cannot be @everyone.
refusal-setup-role-managed = `{ $option }` { $role } is managed by an integration and cannot be granted.
refusal-setup-role-not-below = `{ $option }` { $role } is not below my highest role { $bot_role }: move my role above it in Server Settings → Roles.
refusal-setup-same-roles = `member_role` and `newcomer_role` must be different roles.
refusal-setup-not-text = `{ $option }` { $channel } must be a text channel.
# $permissions: the missing permissions' names, from the three messages below, joined by ", ".
refusal-setup-channel-permissions = In `{ $option }` { $channel } I lack: { $permissions }.
# Discord's names for these permissions, as its settings show them in each language.
permission-view-channel = View Channel
permission-send-messages = Send Messages
permission-embed-links = Embed Links

# $problems: one line per value, each starting with "• ".
refusal-policy = Nothing was saved.
    { $problems }
refusal-policy-out-of-range = `{ $key }` must be a whole number from { $low } to { $high }; you gave { $given }.
refusal-nothing-to-change = Give at least one option to change. `/gate settings` shows the current policy.

refusal-duration-format = `expires_in` must be a number followed by m, h or d, for example `30m`, `12h` or `7d`.
refusal-duration-too-short = `expires_in` must be at least `1m`.
# $days: the longest lifetime a code may have, in days (30, typed as `30d`).
refusal-duration-too-long = `expires_in` can be at most { $days ->
        [one] { $days } day
       *[other] { $days } days
    } (`30d`).
refusal-for-user-format = `for_user` must be a Discord username (2–32 letters, digits, `_` or `.`, like `alice_99`: their exact username, not a display name), a user ID (a number like `123456789012345678`) or a mention.
# $id: a Discord user ID, a long number.
refusal-for-user-unknown = `for_user`: no Discord account has the ID { $id }. Check it, or give their username instead.
refusal-for-user-bot = `for_user`: { $user } (ID { $id }) is a bot, and bots cannot redeem codes. Give the username or ID of the person you invite.
refusal-for-user-unchecked = `for_user`: I could not check the ID { $id } with Discord right now, so no code was created. Please try again in a moment.
refusal-code-invalid = That is not a valid code (malformed): codes look like `7KQ2-M9XD-4HBT`, 12 letters and digits.
# $option: the option's name, like `note`; $limit and $length: numbers of characters.
refusal-text-too-long = `{ $option }` can be at most { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }; yours has { $length }.
refusal-not-a-number = `{ $option }` must be a whole number.
refusal-number-out-of-range = `{ $option }` must be from { $low } to { $high }; you gave { $given }.
refusal-uses-out-of-range = `uses` must be from 1 to { $maximum } on this server; you asked for { $uses }.

refusal-quota-zero = Your invitation limit on this server is 0, so you cannot create codes. Ask an admin if that is wrong.
# $cost: uses the new code would take; $remaining of $limit uses are left in a window of $days days.
refusal-quota-exhausted = That code would cost { $cost ->
        [one] { $cost } use
       *[other] { $cost } uses
    } and you have { $remaining } of { $limit } left in your { $days }-day window.
# $when: a relative Discord timestamp ("in 3 days").
refusal-quota-next-free = The next use frees up { $when }.
refusal-quota-revoke-hint = Revoking an unused code with `/invite revoke` gives its uses back.
refusal-everyone-role-quota = Set the quota for everyone with `/gate policy invites_per_member`.

refusal-code-not-found = There is no code { $code } on this server. Check it with `/invite list`.
refusal-not-your-code = That code belongs to someone else; you can only revoke your own codes.
# $status: the code's status, one of the code-status-* words.
refusal-not-revocable = Code { $code } is already { $status }; there is nothing to revoke.
refusal-not-your-code-regenerate = That code belongs to someone else; you can only regenerate your own codes.
# $status: the code's status, one of the code-status-* words.
refusal-not-regenerable = Code { $code } is { $status }, so there is nothing to replace: only an active code can be regenerated. Create a new one with `/invite create`.
# $count: how many codes a day may be replaced (an integer); $relative: when the next may be, as a relative time.
refusal-regenerating-too-often = You have replaced { $count ->
        [one] a code
       *[other] { $count } codes
    } in the last day, the most a day allows. You can replace another { $relative }; until then, `/invite revoke` and `/invite create` do the same.

refusal-wrong-channel = Codes are redeemed in { $channel }. Run `/redeem` there.
refusal-already-member = You are already a member here; there is nothing to redeem.
refusal-locked-out = Too many failed attempts. You can try `/redeem` again { $when }.
refusal-still-awaiting-approval = Your request is still waiting for a moderator; you will get a DM when it is decided. No code was used.
refusal-still-roles-pending = You were admitted and your roles are still being granted; moderators have been alerted. No code was used.

refusal-code-malformed = That code is malformed: codes look like `7KQ2-M9XD-4HBT`, 12 letters and digits.
refusal-code-unknown = That code is unknown here. Check it with the person who invited you.
refusal-code-expired = That code has expired. Ask the person who invited you for a new one.
refusal-code-used-up = That code is used up. Ask the person who invited you for a new one.
refusal-code-revoked = That code was revoked. Ask the person who invited you for a new one.
refusal-code-reserved = That code is reserved for someone else. Ask the person who invited you for your own.
# After one of the refusal-code-* sentences.
refusal-code-locked-out = Too many failed attempts: you can try again { $when }.
refusal-code-attempts-left = { $count ->
        [one] { $count } attempt
       *[other] { $count } attempts
    } left before a lockout.

refusal-request-not-found = That admission request does not exist on this server.
refusal-request-closed = This request is closed: the newcomer left the server.
refusal-request-needs-no-decision = This request needs no decision.
# $decision: "denied" or "approved"; $moderator: a mention; $when: a relative timestamp.
refusal-request-already-decided = This request was already { $decision ->
        [denied] denied
       *[approved] approved
    } by { $moderator } { $when }.
# $number: the admission's number; $status: one of the admission-status-* words.
refusal-nothing-to-retry = Nothing to retry: admission #{ $number } is { $status }.
refusal-nothing-to-redeliver = Nothing to retry: that went through already.
