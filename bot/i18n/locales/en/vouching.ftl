## The inviter's record (SPEC section 12): in every admission request and in /gate whois

# The name of the request's field with the inviter's record, under the inviter.
vouching-request-record = Inviter's record
# One line: $inviter is a mention; the others are counts of the newcomers who redeemed the inviter's codes.
vouching-record-line = { $inviter }: { $admitted } admitted, { $denied } denied, { $left } left, { $banned } banned
# The heading of the record's section in /gate whois.
vouching-whois-heading = Record as an inviter
# $codes: codes they created; the rest: newcomers who redeemed them. "Left" counts those Doorman saw leave
# before they were admitted (it does not see members leave later).
vouching-whois-record = Codes created: { $codes } · Admitted: { $admitted } · Denied: { $denied } · Left within 30 days: { $left } · Banned: { $banned }

## /gate tree: the chain of who vouched for a member, and everyone below them

vouching-cmd-tree = Who vouched for a member, up to the first, and everyone they vouched for
vouching-cmd-tree-member = The member whose tree to show
vouching-cmd-tree-depth = How many levels below the member to show (1 to 5, default 3)
# $name: the member's name.
vouching-tree-title = Invite tree of { $name }
# Headings inside the list; $count: how many people the tree below holds.
vouching-tree-above = **Vouched for, from the first**
vouching-tree-below = **Vouched for by them ({ $count })**
# One person: $person is a mention, $standing one of the words below.
vouching-tree-line = { $person }: { $standing }
# The first of the chain: nobody vouched for them through Doorman (they were there before, or an admin).
vouching-tree-line-top = { $person }: { $standing }, nobody vouched for them
vouching-standing-member = member
vouching-standing-awaiting = awaiting approval
vouching-standing-denied = denied
vouching-standing-left = left
vouching-standing-banned = banned
vouching-standing-suspended = suspended
