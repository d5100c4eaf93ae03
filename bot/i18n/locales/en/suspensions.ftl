# Tenure and suspensions (SPEC section 12).
# $days: the server's invite_after_days; $when: a Discord timestamp (relative) when they may start.
suspension-refusal-too-new = You can create invitation codes once you have been here { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: { $when }.
suspension-cmd-policy-invite-after-days = Days a member must have been here before they may create codes (0 to 365)
suspension-settings-invite-after = Creating codes: after { $days ->
        [one] { $days } day
       *[other] { $days } days
    } on the server
