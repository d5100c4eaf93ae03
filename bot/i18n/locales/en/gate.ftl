# /gate: the admins' commands. Every answer here is an ephemeral reply read by the admin who ran it.
# Manage Server and Manage Roles are Discord permissions: name them as Discord's client does in this language.

## Command, option and choice descriptions (Discord shows them in the command picker; at most 100 characters)

gate-cmd-group = Configure Doorman and audit admissions
gate-cmd-setup = Set the channels and roles Doorman works with
gate-cmd-setup-welcome-channel = Where newcomers run /redeem
gate-cmd-setup-mod-channel = Where admission requests and alerts go
gate-cmd-setup-member-role = The role a member gets when admitted
gate-cmd-setup-newcomer-role = A role newcomers hold until admitted (removed on admission)
gate-cmd-setup-log-channel = Where one line per admission, denial, revocation and setting change goes
gate-cmd-setup-mod-role = A role whose holders may approve or deny (Manage Roles always may)
gate-cmd-setup-language = The language of the moderator channel, alerts and the log
# The `approval` option of /gate setup and /gate policy.
gate-cmd-approval = Whether a moderator must approve each redemption
gate-cmd-policy = Change quotas, code lifetime and approval for this server
gate-cmd-policy-invites-per-member = Uses a member may hand out per period (0 to 1000)
gate-cmd-policy-quota-period-days = Length of the rolling quota window in days (1 to 365)
gate-cmd-policy-code-ttl-days = Default code lifetime in days (1 to 30)
gate-cmd-policy-max-uses-per-code = Most uses one code may have (1 to 100)
gate-cmd-settings = Show everything in effect on this server
gate-cmd-quota = Give holders of a role their own invitation quota
gate-cmd-quota-role = The role
gate-cmd-quota-amount = Uses per period (0: holders cannot invite)
gate-cmd-quota-period-days = Window length in days
gate-cmd-grant = Raise (or, negative, lower) one member's invitation limit
gate-cmd-grant-member = The member
gate-cmd-grant-amount = Uses added to their limit (negative lowers it, 0 resets)
gate-cmd-codes = List codes on this server, or one member's
gate-cmd-codes-member = Only this member's codes
gate-cmd-revoke = Revoke any code on this server
gate-cmd-revoke-code = The code, e.g. 7KQ2-M9XD-4HBT
gate-cmd-revoke-all = Revoke every active code of one member
gate-cmd-revoke-all-member = Whose codes to revoke
gate-cmd-pending = Open admission requests and pending role grants
gate-cmd-whois = Who vouched for a member, and whom they vouched for
gate-cmd-whois-member = The member to trace
gate-cmd-link = One code and invite link for many people; a moderator approves each newcomer
gate-cmd-link-uses = How many people may use it (1 to 1000, default 25)

## /gate link's reply, read by the admin who ran it: one code to share with many people (an announcement,
## a website). Its Discord link allows at most 100 uses; every redemption waits for a moderator's approval.

# $code: the code, already formatted: keep the ** around it.
gate-link-created-code = Shared invitation code: **{ $code }**
# Under the link, when the code has more uses than a Discord link may have. $most: Discord's limit (100);
# $count: the code's uses (more than 100).
gate-link-unlimited = A Discord link allows at most { $most } uses, so this one has no limit of its own: the code stops after { $count } uses.
# `approval` is the option of /gate policy: it stays English.
gate-link-approval = Every redemption of this code waits for a moderator's approval, whatever the `approval` setting.
# The line the admin shares. /redeem stays English; $code: the code; $channel: the welcome channel;
# $link: the link's address.
gate-link-share = Share this: join the server, then type `/redeem { $code }` in { $channel }.
gate-link-share-link = Share this: join with { $link }, then type `/redeem { $code }` in { $channel }.

## Languages: the choices of /gate setup's `language` option, and /gate settings' language line.
## Each language is named in its own language (an endonym), the same in every catalog.

# The choice that follows the server's preferred locale (Server Settings > Community > Overview).
gate-language-server = The server's preferred language
gate-language-en = English
gate-language-de = Deutsch
gate-language-es = Español
gate-language-fr = Français
gate-language-pt-br = Português (Brasil)
gate-language-ja = 日本語

## /gate setup, /gate policy, /gate settings

# Above the settings after /gate setup or /gate policy saved them.
gate-saved = Saved.
gate-settings-title = Doorman settings
# Shown instead of the settings' description before /gate setup ran.
gate-settings-not-set-up = Not set up yet: run `/gate setup`.
gate-settings-places = Places
# A channel or role not chosen yet.
gate-settings-not-set = not set
# $place: a channel mention, or gate-settings-not-set.
gate-settings-welcome-channel = Welcome channel: { $place }
gate-settings-mod-channel = Moderator channel: { $place }
gate-settings-log-channel = Log channel: { $place }
# $place: a role mention, or gate-settings-not-set.
gate-settings-member-role = Member role: { $place }
gate-settings-newcomer-role = Newcomer role: { $place }
gate-settings-mod-role = Moderator role: { $place } (and anyone with Manage Roles)
# The language of the moderator channel, alerts and the log. $language: a language's name (gate-language-…).
gate-settings-language = Language: { $language }
# The same, when no language was chosen and the server's preferred locale decides.
gate-settings-language-server = Language: { $language } (the server's preferred language)
gate-settings-policy = Policy
# After a policy line whose value is the config file's default, not one an admin set.
gate-settings-default = {" "}(default)
# $approval: "on" or "off".
gate-settings-approval = Approval: { $approval ->
    [on] on
   *[off] off
}
# $amount: how many uses of codes each member may hand out; $period: the quota window in days.
gate-settings-invites-per-member = Invites per member: { $amount } per { $period ->
    [one] day
   *[other] { $period } days
}
# $days: how long a new code stays valid by default.
gate-settings-code-lifetime = Code lifetime: { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# $uses: the most uses one code may have.
gate-settings-max-uses = Max uses per code: { $uses }
# $attempts: failed /redeem attempts before a lockout; $minutes: how long the lockout lasts.
gate-settings-lockout = Lockout: { $attempts ->
    [one] { $attempts } failed attempt locks
   *[other] { $attempts } failed attempts lock
} /redeem for { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} (config file)
gate-settings-role-quotas = Role quotas
# One role's own quota. $role: a role mention; $amount: uses its holders may hand out per $period days.
gate-settings-role-quota = { $role }: { $amount } per { $period ->
    [one] day
   *[other] { $period } days
}
gate-settings-no-role-quotas = None: every member has the default quota.

## /gate quota and /gate grant

# $role: a role mention; $amount: uses of codes per $period days.
gate-quota-set = Holders of { $role } may now hand out { $amount ->
    [one] { $amount } use
   *[other] { $amount } uses
} per { $period ->
    [one] day
   *[other] { $period } days
}. A member gets the highest quota among their roles.
# $member: a mention; $adjustment: a signed number such as "+3" or "-2"; $limit: their resulting limit of
# uses per $period days; $used: uses of their codes already counted in the current window.
gate-grant-set = { $member }'s adjustment is now { $adjustment }: their limit is { $limit ->
    [one] { $limit } use
   *[other] { $limit } uses
} per { $period ->
    [one] day
   *[other] { $period } days
} ({ $used } in use).
# The same for a member with Manage Server (the Discord permission, as Discord names it in this language),
# whose limit does not apply: they may hand out any number of uses. $period and $used as above.
gate-grant-set-unlimited = { $member }'s adjustment is now { $adjustment }, but they have Manage Server, so they have no limit on uses per { $period ->
    [one] day
   *[other] { $period } days
} ({ $used } in use).

## /gate codes, revoke, revoke-all, whois

# $member: the member's display name.
gate-codes-title-member = Codes of { $member }
gate-codes-title = Codes on this server
gate-codes-empty = No codes yet.
# $code: the code in a code span; $inviter: a mention.
gate-revoked = Revoked { $code } of { $inviter }.
# $member: a mention.
gate-revoke-all-none = { $member } has no active codes; nothing was revoked.
# $codes: the revoked codes, comma-separated; $member: a mention.
gate-revoke-all-done = Revoked { $count ->
    [one] { $count } code
   *[other] { $count } codes
} of { $member }: { $codes }.
# The end of a cut list of revoked codes.
gate-revoke-all-more = and { $count } more (`/gate codes` with this member lists them all)
# $name: the member's user name.
gate-whois-title = Who is { $name }?
# Headings inside the list; $count: how many lines follow.
gate-whois-vouched-for-by = **Vouched for by ({ $count })**
gate-whois-invited = **Invited ({ $count })**
gate-whois-no-admission = No admission through Doorman on record.
gate-whois-nobody = Nobody yet.

## /gate pending

gate-pending-title = Pending admissions
gate-pending-empty = Nothing is pending.
# The text of the link to a request's message, after its line.
gate-pending-open = open
# $link: the link to the request's message, whose text is gate-pending-open.
gate-pending-reposted = { $link } (posted again: the old message was gone)
gate-pending-not-posted = not yet posted (the moderator channel was unreachable; I keep trying)
gate-pending-gave-up = not posted: I gave up after 7 days of failures; click **Retry** on my notice in the moderator channel

## Invite links (SPEC section 11)

# The `invite_links` option of /gate policy.
gate-cmd-policy-invite-links = Whether /invite create also makes a Discord invite link to the welcome channel
# A line of /gate settings' policy. $links: "on" or "off".
gate-settings-invite-links = Invite links: { $links ->
    [on] on
   *[off] off
}
# Under gate-saved, when invite links are on but the bot may not create invites in the welcome channel: a
# warning, nothing was refused. "Create Invite" as in invites-no-link-permission; $channel the welcome channel.
gate-warning-no-invite-permission = ⚠️ I lack the Create Invite permission in { $channel }: new codes come without an invite link until I have it.
# After "Saved." when the bot may create invites in the welcome channel but not delete them (Discord asks the
# Manage Channels permission there, as Discord's client names it in this language). $channel: the welcome channel.
gate-warning-no-invite-deletion = ⚠️ I lack the Manage Channels permission in { $channel }: I can make invite links there but not delete them, so every link whose code is revoked, used up or expires will alert the moderators. Give me Manage Channels in that channel, or turn `invite_links` off with `/gate policy`.
