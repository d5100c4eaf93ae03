# The moderators' queue on the dashboard (SPEC 16): the open admission requests, each shown as its message in
# the moderator channel shows it (those words are admissions-*), with Approve and Deny as in Discord.

# Above the list. $count: the open requests (awaiting a decision, or approved with their roles still pending).
web-queue-count = { $count ->
        [one] One request is open.
       *[other] { $count } requests are open.
    }
web-queue-empty = No request is waiting for a moderator.
# Under an approved request whose roles Discord has not granted yet: no buttons, nothing to decide.
web-queue-roles-pending = Approved. The roles are being granted in Discord; there is nothing left to decide here.
# Names the links between pages of the queue, for screen readers.
web-queue-pages = Pages of the queue
