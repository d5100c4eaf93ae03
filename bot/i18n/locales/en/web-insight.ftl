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
