# The dashboard's admin pages (SPEC 16): settings, all codes, and the audit log. Option names in `code`
# (invites_per_member, approval, …) are the /gate policy options' and stay in English, as in Discord.

## Settings: what /gate settings shows, and a form for what /gate policy changes
web-settings-change-heading = Change the policy
web-settings-change-about = The same settings as `/gate policy`. Only what you change is saved, and each change is posted to the log channel.
web-settings-save = Save
# $changes: what changed, as the log channel shows it (`approval: off → on; …`).
web-settings-saved = Saved: { $changes }
web-settings-nothing-changed = Nothing was saved: the form holds the settings already in effect.
# $key: the option's name, not translated.
web-settings-not-a-choice = `{ $key }` must be one of the choices the form offers. Nothing was saved.
web-settings-changed-meanwhile = Another admin changed the policy after you opened this page. Nothing was saved: the page now shows the settings in effect, so make your change again from there.

## Searching a long list (the audit log, all codes), a page at a time
web-filter-heading = Search
web-filter-any = Any
web-filter-search = Search
# $field: the filter's name in the address (kind, status, person, …), not translated.
web-filter-not-a-choice = `{ $field }`: choose one of the values the form offers.
web-filter-bad-date = `{ $field }` must be a date written like 2026-11-24.
web-filter-bad-page = This page's address is not one the dashboard makes. Start again from the first page.
web-pager-label = Pages
web-pager-newer = Newer
web-pager-older = Older

## The audit log: every line of the log channel, as it reads there
web-filter-person = Person (user ID)
web-filter-since = From
web-filter-until = To (inclusive)
web-audit-entries-heading = Entries, newest first
web-audit-csv = Download these entries as CSV
web-audit-none = No entries match.
web-col-time = Time
web-col-kind = Kind
web-col-entry = Entry
# Each kind of entry, as a search filter and a column.
web-audit-kind-admitted = Admitted
web-audit-kind-left = Left before being admitted
web-audit-kind-denied = Denied
web-audit-kind-settings = Settings changed
web-audit-kind-role-quota = Role quota set
web-audit-kind-grant = Quota adjusted
web-audit-kind-revoked = Code revoked
web-audit-kind-revoked-all = All of a member's codes revoked
web-audit-kind-link-code = Shared link code made
web-audit-kind-regenerated = Code regenerated
web-audit-kind-waitlist-joined = Joined the waitlist
web-audit-kind-waitlist-invited = Invited from the waitlist
web-audit-kind-waitlist-declined = Declined from the waitlist
web-audit-kind-suspended = Suspended
web-audit-kind-unsuspended = Suspension lifted
web-audit-kind-banned = Banned
web-audit-kind-waiting-kicked = Kicked from the waiting room

## All codes: every code of the server
web-filter-inviter = Inviter (user ID)
web-all-codes-list-heading = Codes, newest first
web-all-codes-none = No codes match.
web-col-inviter = Inviter
web-col-for = For
web-all-codes-kind-member = Member's code
web-all-codes-kind-link = Shared link
web-all-codes-kind-waitlist = From the waitlist
