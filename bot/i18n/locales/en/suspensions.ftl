# Tenure and suspensions (SPEC section 12).
# $days: the server's invite_after_days; $when: a Discord timestamp (relative) when they may start.
suspension-refusal-too-new = You can create invitation codes once you have been here { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: { $when }.
suspension-cmd-policy-invite-after-days = Days a member must have been here before they may create codes (0 to 365)
suspension-settings-invite-after = Creating codes: { $days ->
        [0] from the first day
        [one] after { $days } day
       *[other] after { $days } days
    } on the server

# Suspensions. $reason: the admin's words, or suspension-no-reason.
suspension-refusal-suspended = You are suspended on this server, so you cannot create or regenerate invitation codes.
suspension-refusal-suspended-reason = You are suspended on this server, so you cannot create or regenerate invitation codes. Reason: { $reason }
suspension-refusal-already = { $member } is already suspended.
suspension-refusal-not-suspended = { $member } is not suspended.
suspension-no-reason = no reason given
suspension-cmd-suspend = Suspend a member: they create no codes and their active codes are revoked
suspension-cmd-suspend-member = The member to suspend
suspension-cmd-suspend-reason = Why (they see it when refused, and it goes in the log)
suspension-cmd-suspend-branch = Also suspend everyone they invited, and everyone those invited, and so on
suspension-cmd-unsuspend = Lift a member's suspension
suspension-cmd-unsuspend-member = The member whose suspension to lift
# $codes: active codes revoked; $requests: waiting requests made with their codes, now marked.
suspension-done = 🚫 { $member } is suspended. Codes revoked: { $codes }. Waiting requests marked: { $requests }.
# $vouched: how many of those they invited (at any depth) were suspended with them.
suspension-done-branch = 🚫 { $member } is suspended, and { $vouched ->
        [one] { $vouched } member
       *[other] { $vouched } members
    } they invited (directly or not) with them. Codes revoked: { $codes }. Waiting requests marked: { $requests }.
suspension-lifted = ✅ { $member } is no longer suspended. The members they invited stay as they are.
# $count: active codes revoked.
suspension-log-suspended = 🚫 { $actor } suspended { $member } ({ $count ->
        [one] { $count } code revoked
       *[other] { $count } codes revoked
    }). Reason: { $reason }
suspension-log-suspended-branch = 🚫 { $actor } suspended { $member } and { $vouched ->
        [one] { $vouched } member
       *[other] { $vouched } members
    } they invited: { $others } ({ $count ->
        [one] { $count } code revoked
       *[other] { $count } codes revoked
    }). Reason: { $reason }
suspension-log-unsuspended = ✅ { $actor } lifted the suspension of { $member }.
suspension-whois = 🚫 **Suspended** { $when } by { $by }. Reason: { $reason }
suspension-whois-branch = 🚫 **Suspended** { $when } by { $by }, with everyone { $via } invited. Reason: { $reason }
suspension-request-flag = ⚠️ Inviter suspended
suspension-request-flag-value = The member who invited them was suspended { $when }.
# In a line of /gate pending, after " · ": the request was made with a suspended member's code.
suspension-pending-flag = ⚠️ inviter suspended
# After the ban alert's Suspend inviter: $member/$banned the banned invitee (a mention).
suspension-refusal-suspended-ban = You are suspended on this server, so you cannot create or regenerate invitation codes: { $member }, whom you invited, was banned.
suspension-log-suspended-ban = 🚫 { $actor } suspended { $member } after { $banned }, whom they invited, was banned ({ $count ->
        [one] { $count } code revoked
       *[other] { $count } codes revoked
    }).
suspension-whois-ban = 🚫 **Suspended** { $when } by { $by }, after { $banned }, whom they invited, was banned.
