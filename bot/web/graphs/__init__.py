"""Drawings for the dashboard: the vouch tree and the charts, as SVG built on the server.

Why SVG from Python: the dashboard's Content-Security-Policy allows no script (no inline one, no file either), so
a drawing library in the browser is out; SVG written here needs no build step and no vendored code, scales with
its viewBox, and its links and titles work with the keyboard and assistive technology. Each function returns
`markupsafe.Markup` for a template to insert as it is: every string a person gave (names, labels, titles) is
escaped where it enters the drawing (`svg.text`), never afterwards.

No `style=` attribute anywhere (the CSP's `style-src 'self'` would drop it): the look comes from presentation
attributes (fill, stroke, font-size), so a drawing reads without any CSS, and the classes below let
`static/dashboard.css` restyle it (a CSS property wins over a presentation attribute).

The tree (`tree_svg`), drawn at its natural size (width and height attributes): put it in a box that scrolls
(`overflow: auto`), or let CSS scale it (`max-width: 100%; height: auto`). The member it is about has
`id="tree-member"`: links ending in `#tree-member` scroll a wide tree to them.
- `graph-tree`: the <svg>; `tree-edges` the group of edges, each a `tree-edge` path (`data-from`, `data-to`:
  the inviter's and the invitee's user IDs).
- `tree-node`: each person's <a> (a link to the tree centred on them; `data-user` their ID), with
  `standing-member`, `standing-awaiting`, `standing-denied`, `standing-left`, `standing-banned`,
  `standing-suspended`; `tree-current` on the member the tree is about (also `aria-current="page"`, and the
  id `tree-member`: one tree per page).
  Inside: `tree-halo` (the current member's outer ring), `tree-box`, `tree-marker` (the standing's shape),
  `tree-name`, `tree-standing`. Style `.tree-node:focus-visible .tree-box` for the keyboard.

The charts (`bars_svg`, `part_bars_svg`), 640 units wide with no size: they take their container's width, so
on a phone give them a `min-width` (about 32rem) in a box that scrolls, and show `table_rows` in a <table>.
- `chart` on every chart's <svg>, with `chart-columns` (`bars_svg`) or `chart-parts` (`part_bars_svg`).
- `chart-bar` each bar, with `chart-series-0`, `chart-series-1`... (columns) or `chart-whole`, `chart-part`
  (rows); `chart-swatch` (also `chart-series-N`) in the `chart-legend`; `chart-row` a row's group;
  `chart-grid`, `chart-axis` lines; `chart-tick`, `chart-label`, `chart-value`, `chart-empty` words.
"""

from bot.web.graphs.bars import Series, bars_svg, nice_ticks, part_bars_svg, table_rows
from bot.web.graphs.tree import tree_svg

__all__ = ["Series", "bars_svg", "nice_ticks", "part_bars_svg", "table_rows", "tree_svg"]
