# The waitlist on the dashboard (SPEC 16): the open entries in order, each shown as its message in the moderator
# channel shows it (those words are waitlist-entry-*), with Invite and Decline as in Discord.

# Above the list. $waiting: people waiting for a decision; $invited: people sent a code who have not redeemed it yet.
web-waitlist-count = Waiting: { $waiting } · Invited, code not redeemed yet: { $invited }
# Beside a waiting entry's title. $position: its place in line.
web-waitlist-position = Position { $position }
# Beside an invited entry's title: a code was sent, and they have not redeemed it yet.
web-waitlist-invited = Invited
# Names the links between pages of the waitlist, for screen readers.
web-waitlist-pages = Pages of the waitlist
