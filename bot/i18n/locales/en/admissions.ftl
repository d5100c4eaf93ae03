# Admissions: /redeem, the admission request in the moderator channel, its Approve and Deny buttons,
# the deny form, the DMs to the newcomer and the inviter, and the notices to the moderators.
# $number is an admission's number, $server a server's name, $newcomer, $inviter, $moderator and $user
# are Discord mentions (shown as names), $code an invitation code shown in a code span.

## Command descriptions

admissions-cmd-redeem = Join with the invitation code a member gave you
admissions-cmd-redeem-code = Your invitation code, e.g. 7KQ2-M9XD-4HBT

## Replies to the newcomer who ran /redeem

admissions-request-received = Your code was accepted. A moderator will review your request to join **{ $server }**; you will get a DM when it is decided.
# $inviter: the member whose code they redeemed.
admissions-welcome = Welcome to **{ $server }**! You were invited by { $inviter }; the rest of the server is open to you now.
admissions-roles-delayed = Your code was accepted, but I could not give you your roles yet. The moderators were alerted and will sort it out; you do not need to redeem again.

## The admission request, an embed in the moderator channel

admissions-request-title = Admission request #{ $number }
# Field names of the request.
admissions-request-newcomer = Newcomer
admissions-request-invited-by = Invited by
# The value of the "Invited by" field when the newcomer came through an admin's shared link (/gate link):
# $admin (a mention) made the link, but vouched for nobody in particular.
admissions-request-shared-link = { $admin } through a shared link (`/gate link`): nobody vouched for this newcomer personally
admissions-request-code = Code
admissions-request-note = Inviter's note
admissions-request-redeemed = Redeemed
admissions-request-decision = Decision
admissions-request-reason = Reason
admissions-request-closed = Closed
# The Newcomer field: $id is their user ID in a code span, $created when their account was made ("3 years ago").
admissions-request-newcomer-value =
    { $newcomer } ({ $id })
    Account created { $created }
# The Decision field. $when is the date and time of the decision.
admissions-request-denied-by = ❌ Denied by { $moderator } { $when }
admissions-request-approved-by = ✅ Approved by { $moderator } { $when }
# Under "Approved by", while the roles could not be given; Retry is the button of that alert.
admissions-request-roles-pending = ⚠️ Roles not granted yet: see the alert below and click **Retry**.
# The Closed field.
admissions-request-left = The newcomer left the server before being admitted.
# Buttons (at most 80 characters).
admissions-button-approve = Approve
admissions-button-deny = Deny
# On a waiting request's old message, once the moderator channel changed. $channel: the new one.
admissions-moved-to = 📦 Moved to { $channel }, the moderator channel now: decide it there.

## The deny form (a Discord modal: title and label at most 45 characters)

admissions-deny-form-title = Deny admission request
admissions-deny-form-reason = Reason (sent to the newcomer)

## Answers to the moderator who decided

# When the request message could not show the decision itself.
admissions-decided = { $verb ->
        [denied] Denied
       *[approved] Approved
    }: request #{ $number } from { $newcomer }.
admissions-dm-refused = Decision recorded, but I could not DM { $newcomer } about it: their DMs are closed.
admissions-dm-delayed = Decision recorded, but I could not DM { $newcomer } about it yet; I will keep trying.

## Notices in the moderator channel

# When the moderator who decided was no longer there to be told.
admissions-dm-undelivered = ℹ️ I could not DM { $newcomer } about the decision { $moderator } made on request #{ $number }: their DMs are closed.
# $minutes: how long the window of failures is; $attempts: failures before an account is locked out.
admissions-guessing-alert = 🚨 Many failed `/redeem` attempts in the last { $minutes ->
        [one] minute
       *[other] { $minutes } minutes
    }: someone may be guessing codes. Each account is locked out after { $attempts ->
        [one] 1 failure
       *[other] { $attempts } failures
    }; `/gate codes` shows what is active.

## Direct messages

# To the inviter.
admissions-inviter-dm = { $newcomer } joined **{ $server }** with your code { $code }.
# To the newcomer.
admissions-approved-dm-welcome = ✅ A moderator approved your request to join **{ $server }**. Welcome!
admissions-approved-dm-roles-pending = ✅ A moderator approved your request to join **{ $server }**. Your roles could not be granted yet; the moderators were alerted and it will be retried.
admissions-denied-dm = ❌ Your request to join **{ $server }** was denied by a moderator.
# A second line of the denied DM: $reason is what the moderator typed.
admissions-denied-dm-reason = Reason: { $reason }

## What the bot does for an admission, as the moderators see it in an alert when it fails or on Retry

# In the server's audit log, as the reason of the role change. $inviter is a user ID.
admissions-audit-reason = Doorman admission #{ $number }: code { $code } from user { $inviter }
# Completes "I could not …".
admissions-describe-grant = grant { $newcomer } their roles (admission #{ $number }, code { $code } from { $inviter })
admissions-describe-request = show admission request #{ $number } in the moderator channel
admissions-describe-dm = DM { $user } about admission #{ $number }
admissions-describe-undelivered = tell you that a decision could not be DMed
admissions-describe-guessing = warn you about a burst of failed redemptions
# Why it failed, and what may fix it. Manage Roles is the Discord permission, as Discord names it.
admissions-role-gone = the member role no longer exists; run `/gate setup` again
admissions-roles-refused = Discord refused: my role must be above the member role, with Manage Roles
# What happened, to a moderator who clicked Retry.
admissions-closed-already = Nothing to do: admission #{ $number } is closed already.
admissions-newcomer-left = { $newcomer } left the server; the admission is closed.
admissions-roles-granted = Done: { $newcomer } has their roles now.
admissions-no-one-to-tell = They left the server; there is no one to tell.
admissions-dms-closed = Their DMs are closed.
