# Screening newcomers (SPEC section 13): risk signals, the minimum account age, returning members.

## /gate policy and /gate settings
screening-cmd-policy-min-account-age-days = Accounts younger than this many days need a moderator's approval (0 to 3650, 0: off)
screening-cmd-policy-returning = What /redeem without a code does for someone admitted here before who left
screening-returning-approve = Ask the moderators (noting the earlier admission)
screening-returning-readmit = Let them back in at once
screening-returning-code = Ask for a new code
screening-settings-min-account-age = Minimum account age: { $days ->
        [0] none
        [one] { $days } day
       *[other] { $days } days
    }
# $returning: the policy's value as /gate policy takes it.
screening-settings-returning = Returning members: { $returning ->
        [readmit] let back in at once
        [code] a new code is needed
       *[approve] the moderators decide
    }

## The admission request: risk signals, and why a moderator must look although approval is off
screening-request-signals = Signals
# $days: the account's age when they redeemed.
screening-signal-account-age = Account age: { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
screening-signal-avatar = Has their own avatar
screening-signal-no-avatar = ⚠️ No avatar of their own
screening-signal-first-time = No earlier requests on this server
# $count: their earlier requests on this server; $denied: how many of those were denied.
screening-signal-earlier = { $count ->
        [one] { $count } earlier request
       *[other] { $count } earlier requests
    } on this server, { $denied } denied
screening-signal-came-back = Came back without a code: the code and inviter are those of their earlier admission
# The log channel's line for a returning member let in again. $member, $inviter, $moderator: mentions; $code: the
# earlier admission's code.
screening-log-readmitted = 🔁 { $member } came back without a code, on their earlier admission (code { $code } from { $inviter }).
screening-log-readmitted-approved = 🔁 { $member } came back without a code, on their earlier admission (code { $code } from { $inviter }), approved by { $moderator }.
# A heading: the reasons below it are whole sentences (other languages: "Why a moderator must decide").
screening-request-holds = Needs a moderator because
screening-hold-young-account = ⚠️ The account is younger than this server's minimum account age.
# $number: the earlier admission's request number; $when: a Discord timestamp (date).
screening-hold-returning = 🔁 They were admitted here before (request #{ $number }, { $when }) and left.
screening-hold-denied-before = ⛔ An earlier request of theirs on this server was denied.
screening-hold-banned-before = ⛔ They were banned from this server before.
screening-hold-suspended = ⛔ They are suspended on this server.
screening-hold-suspended-before = ⛔ They were suspended on this server before (lifted since).
# A returning member came back on an earlier admission whose inviter is suspended now.
screening-hold-inviter-suspended = ⛔ The member whose code let them in before is suspended.

## /redeem without a code
screening-refusal-code-needed = You need an invitation code: use `/redeem` with the code a member gave you.
screening-refusal-code-returning = Welcome back! This server asks returning members for a new invitation code: use `/redeem` with the code a member gave you.
screening-refusal-code-flagged = To come back you need a new invitation code, and a moderator will review your request: use `/redeem` with the code a member gave you.
screening-back-received = Welcome back! A moderator will review your request to rejoin **{ $server }**; you will get a DM when it is decided.
screening-welcome-back = Welcome back to **{ $server }**! The rest of the server is open to you again.
