# The admins' insight pages of the dashboard (SPEC section 16): the vouch tree as a graph, and the charts.
# A person's standing in the tree reuses /gate tree's words (vouching-standing-*).

## The vouch tree
web-tree-find-heading = Look someone up
web-tree-field-member = User ID
web-tree-field-depth = Levels below
web-tree-show = Show
web-tree-not-a-user-id = That is not a user ID. A user ID is a number like 123456789012345678: in Discord, turn on Developer Mode, then right-click someone and choose Copy User ID.
# $person: a display name, or a user ID when the name is unknown.
web-tree-of = Invite tree of { $person }
web-tree-graph-label = Invite tree of { $person }, as a graph
# $count: the people above them, from who vouched for them up to someone nobody vouched for.
web-tree-count-above = { $count ->
        [0] Nobody vouched for them.
        [one] One person above them in the chain of vouching.
       *[other] { $count } people above them in the chain of vouching.
    }
# $count: the people below them, down to $depth levels.
web-tree-count-below = { $count ->
        [0] They vouched for nobody
        [one] One person below them
       *[other] { $count } people below them
    } (to { $depth ->
        [one] one level
       *[other] { $depth } levels
    }).
web-tree-alone = Doorman has no record in this server of anyone vouching for them, nor of them vouching for anyone.
web-tree-graph-caption = Each box is a person, with where they stand now; a line runs from whoever vouched down to whom they vouched for. Select someone to centre the tree on them.
web-tree-list-heading = The same tree as a list
# $shown: the people below shown here; $count: all of them, to the depth chosen.
web-tree-cut = Only the nearest { $shown } of the { $count } people below are shown here: select someone to see the tree under them.
web-tree-skip-graph = Skip the graph, to the list

## The charts
web-charts-field-days = Period
# $days: 7, 30 or 90.
web-charts-last-days = Last { $days ->
        [one] day
       *[other] { $days } days
    }
web-charts-show = Show
web-charts-bad-days = Charts cover the last 7, 30 or 90 days: choose one of those.
web-charts-empty = Nothing to show yet.
web-charts-total = Total

web-charts-per-day-heading = Redemptions, admissions and denials per day
web-charts-redemptions = Redemptions
web-charts-admissions = Admissions
web-charts-denials = Denials
web-charts-day = Day (UTC)
web-charts-per-day-table = The numbers, day by day
# $days: the days shown; the others are totals over them.
web-charts-per-day-caption = The last { $days } days by UTC day, today so far included. In total: redemptions { $redemptions }, admissions { $admissions }, denials { $denials }. A redemption counts on the day the code was used, an admission on the day the newcomer got their roles, a denial on the day a moderator decided.

web-charts-quota-heading = Quota use
web-charts-member = Member
web-charts-spent = Spent
web-charts-default-limit = Default quota
# $top: how many members are shown at most; $limit: the server's default uses per quota period; $period: its days.
web-charts-quota-caption = The { $top } members who have spent the most of their quota in the last { $period ->
        [one] day
       *[other] { $period } days
    } (the server's quota period), against the server's default quota of { $limit } { $limit ->
        [one] use
       *[other] uses
    }. A member's own limit can differ: a role with its own quota, an adjustment from an admin, or Manage Server (no limit) changes it. Which applies depends on each member's roles in Discord, which this page does not read, so their exact limits are not shown here.
web-charts-quota-none = Nobody has spent any of their quota in this period.

web-charts-retention-heading = Who stayed
web-charts-inviter = Inviter
web-charts-admitted = Admitted
web-charts-stayed = Stayed
# $top: how many inviters are shown at most.
web-charts-retention-caption = The { $top } inviters who brought in the most people, since Doorman began: how many were admitted with their codes, and how many of those are still here as far as Doorman knows (not banned since, and not turned away or gone on a later return). Doorman does not see someone leave of their own accord, so they still count as stayed.
web-charts-retention-none = Nobody has been admitted with a code yet.
