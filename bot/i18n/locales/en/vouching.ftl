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
