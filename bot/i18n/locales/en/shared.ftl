# What every part of Doorman says: checks, apologies, statuses, list lines, pages.

check-server-only = This command only works in a server.
check-failed = You can't use this command here.

# The end of a list cut short to fit Discord's limits: "alice, bob and 3 more".
shared-list-more = and { $count } more

# Two sentences in a row (Catalog.sentences): a space between them in English, none in Japanese.
sentences = { $first } { $second }

# A code's status, in lists and refusals. $status: active, used, expired or revoked.
code-status = { $status ->
        [active] active
        [used] used
        [expired] expired
       *[revoked] revoked
    }
# The same with its icon, at the start of a line in lists of codes.
code-status-icon = { $status ->
        [active] 🟢 active
        [used] ⚪ used
        [expired] ⌛ expired
       *[revoked] ⛔ revoked
    }
# An admission's status. $status: awaiting_approval, roles_pending, admitted, denied or left.
admission-status = { $status ->
        [awaiting_approval] awaiting approval
        [roles_pending] roles pending
        [admitted] admitted
        [denied] denied
       *[left] left
    }

# Lines about codes and admissions in lists (/invite list, /gate codes, /gate whois). Parts of a line
# are joined with " · ". Variables hold Discord markup already made (mentions, timestamps, `code`).
line-reserved-for-id = { $user } (ID { $id })
line-reserved-for-username = the username { $username }
# $uses: how many of the code's uses are used; $max: how many it has (numbers).
line-code-uses = { $uses }/{ $max ->
        [one] { $max } use
       *[other] { $max } uses
    }
line-code-by = by { $inviter }
line-code-expires = expires { $when }
line-code-for = for { $reserved }
# What a code is for, when it is not a member's own invitation: an admin's link shared with many people
# (/gate link), or a code a moderator sent someone on the waitlist. $kind: link or waitlist.
# Then, for a code replaced with /invite regenerate, the code that replaced it; on the new code, the one it
# replaces ($code: formatted).
line-code-kind = { $kind ->
        [link] 🔗 shared link
       *[waitlist] from the waitlist
    }
line-code-replaced-by = replaced by { $code }
line-code-replaces = replaces { $code }
line-admission-from-inviter = { $inviter } with code { $code }
line-admission = { $user } · code { $code } from { $inviter }
line-admission-redeemed = redeemed { $when }
# $decision: denied or approved; $moderator: a mention; $when: a relative timestamp.
line-admission-decided = { $decision ->
        [denied] denied
       *[approved] approved
    } by { $moderator } { $when }

# Apology for something unexpected: it promises nothing, as the failure may come after a change was saved.
apology = Sorry, something went wrong on my side. Please try again in a moment.

# Long lists shown as pages with buttons.
pages-previous = Previous
pages-next = Next
# $total: entries in the whole list.
pages-footer = Page { $number } of { $count } · { $total } in all
pages-expired = These pages have expired: run the command again to see the list as it is now.

# Between the items of a list ("@alice, @bob"), with its spaces: Japanese uses 、 without any.
list-separator = {", "}
# Between the parts of a longer list whose items hold commas (the settings a change touched).
clause-separator = {"; "}

# A code's invite link in lists, shown while the code is active. $link: the link's address.
line-code-link = link: { $link }
