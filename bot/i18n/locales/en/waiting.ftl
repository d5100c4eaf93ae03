## The waiting room (SPEC section 13): someone who joined and was not let in is reminded by DM, then kicked.
## Needs the Server Members intent ([bot] members_intent in the config).

# /gate policy options (at most 100 characters each).
waiting-cmd-policy-remind-after-hours = Hours after joining until someone not let in gets a reminder DM (0 to 720, 0 = off)
waiting-cmd-policy-kick-after-hours = Hours after joining until someone not let in is kicked (0 to 720, 0 = off)
# /gate settings lines. $count: hours (0: off).
waiting-settings-remind = Reminder DM: { $count ->
        [0] off
        [one] { $count } hour after joining
       *[other] { $count } hours after joining
    }
waiting-settings-kick = Kick if not let in: { $count ->
        [0] off
        [one] { $count } hour after joining
       *[other] { $count } hours after joining
    }
# /gate policy refused. $options: the option names, in backticks, joined.
waiting-refusal-needs-intent = I can't set { $options }: the waiting room needs Discord's **Server Members Intent**, and I run without it. Whoever runs me must switch it on for the bot in the Discord Developer Portal, set members_intent = true under [bot] in my config file, and restart me. Nothing was saved.
# /gate setup or policy saved a kick without the Kick Members permission. $count: kick_after_hours.
waiting-warning-no-kick-permission = ⚠️ I lack the Kick Members permission: nobody will be kicked { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    } after joining until I have it, and each kick I cannot make alerts the moderators.
# The reminder DM, one line each. $server: the server's name; $channel: the welcome channel (a mention).
waiting-reminder = 👋 You joined **{ $server }**, but you have not been let in yet. If you have an invitation code, use `/redeem` in { $channel }.
waiting-reminder-waitlist = No code? Use `/waitlist join` there to ask the moderators for one.
# Instead of the waitlist line, to someone let in here before who may come back without a code.
waiting-reminder-returning = You were a member here before: use `/redeem` there without a code to come back.
# $when: a relative Discord timestamp ("in 20 hours").
waiting-reminder-kick = If you are still waiting then, you will be removed from the server { $when }. You can join again later.
# The kick's reason in the server's audit log. $count: kick_after_hours.
waiting-kick-reason = Not let in within { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    } of joining (waiting room)
# The log channel's line. $member: a mention; $count: kick_after_hours.
waiting-log-kicked = 👢 { $member } was kicked: not let in within { $count ->
        [one] { $count } hour
       *[other] { $count } hours
    } of joining.
# What the bot was doing, to fit "I could not …".
waiting-describe-remind = remind { $user } by DM how to get in
waiting-describe-kick = kick { $user }, who was not let in in time
# Why a timer did nothing when it fell due (shown on an alert it closes, or to a moderator who clicked Retry).
waiting-gone = They are no longer in the server.
waiting-rejoined = They left and joined again since: the timers of their new join count instead.
waiting-let-in = They were let in since they joined.
waiting-asked = They asked to be let in (a request or a waitlist entry) and are waiting for the answer.
waiting-staff = They are an admin or a moderator here.
waiting-timer-off = This waiting-room timer was switched off since, with /gate policy.
waiting-postponed = Its hours were lengthened since, with /gate policy: it waits until they have passed.
