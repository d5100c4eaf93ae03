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
