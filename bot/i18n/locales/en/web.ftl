# The dashboard (SPEC section 16): the pages every signed-in person shares, signing in, and the member's codes.
# Page titles are also the navigation's links and each page's one heading.

## /dashboard in Discord
dashboard-cmd = Open Doorman's dashboard for this server in your browser
# The ephemeral reply: $link is a one-time sign-in address; $minutes how long it works.
dashboard-link = Here is your sign-in link for the dashboard: { $link }
    It works once, for { $minutes } minutes, and only for you: do not share it.
dashboard-off = The dashboard is not switched on for this bot. Its operator can enable it in the configuration (`[web] enabled` and a secret).

## Every page
web-skip-to-content = Skip to the content
web-nav-label = Dashboard
web-sign-out = Sign out
web-back-home = Back to the dashboard
web-how-to-sign-in = To sign in, use `/dashboard` in the Discord server: it gives you a sign-in link that works once.
web-signed-out-title = Sign in
web-home-title = Dashboard
web-home-signed-in-as = Signed in as { $person } on { $server }.
web-home-nothing = You have no pages here yet: members with the member role manage their codes, moderators see the queue, and admins see everything.

## Page titles, and what each page is for
web-codes-title = My codes
web-codes-about = Your invitation codes: create, revoke, regenerate, and see who used them.
web-queue-title = Queue
web-queue-about = Requests waiting for a moderator: approve or deny.
web-waitlist-title = Waitlist
web-waitlist-about = People waiting without a code: invite or decline.
web-settings-title = Settings
web-settings-about = How the gate works on this server.
web-all-codes-title = All codes
web-all-codes-about = Every code on this server, with filters.
web-tree-title = Invite tree
web-tree-about = Who vouched for whom, as a graph.
web-audit-title = Audit log
web-audit-about = Everything that happened, searchable and as CSV.
web-charts-title = Charts
web-charts-about = Redemptions, admissions and denials per day; quota use; who stayed.

## Refusals and errors
web-refused-title = Not possible
web-error-title = Something went wrong
web-sign-in-needed = You are not signed in, or your session has ended.
web-not-in-server = You are no longer a member of this server, so you have been signed out.
web-form-expired = This form could not be accepted: it did not come from your current dashboard session. Reload the page and try again.
web-link-used-or-expired = This sign-in link has already been used or has expired. Use `/dashboard` in Discord for a new one.
web-error-not-found = There is no such page here.
web-error-too-large = That form was too large to accept.
web-error-other = This request could not be answered.
web-error-unexpected = Something went wrong on our side, and nothing was changed. Try again in a moment.

## My codes
web-codes-create-heading = Create a code
web-codes-field-uses = Uses
web-codes-field-expires-in = Expires in (30m, 12h, 7d)
web-codes-field-for-user = For (username or user ID, optional)
web-codes-field-note = Note (optional)
web-codes-list-heading = Your codes
web-codes-none = You have no codes yet.
web-col-code = Code
web-col-status = Status
web-col-uses = Uses
web-col-expires = Expires
web-col-link = Invite link
web-col-redeemed-by = Redeemed by
web-col-note = Note
web-col-actions = Actions
web-link-pending = being made…
web-button-create = Create
web-button-revoke = Revoke
web-button-regenerate = Regenerate
web-code-created = Code `{ $code }` created. Its invite link appears here once Discord has made it.
web-code-revoked = Code `{ $code }` revoked.
web-code-regenerated = Code `{ $old }` replaced by `{ $new }`.
