"""The vouch tree as a graph (SPEC sections 12 and 16): the chain above a member, the member, everyone below.

Each person is a box with their name and standing, a link that re-centres the graph on them. A standing is told
three ways: its word, a colour, and a marker shape (so it reads without colour, and printed in grey).
The <svg> is role="group", named by its title, not role="img": an image's children are hidden from assistive
technology, and these are links to follow. Tab goes through them in the tree's order, the chain first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from bot.core.tree import Standing, Tree
from bot.web.graphs.svg import INK, document, fit, num, text
from bot.web.graphs.tree_layout import BOX_H, BOX_W, Box, Edge, layout

EDGE = "#9aa0a6"
NAME_COLUMNS = 21  # half-em columns of a name at 13px in a box: cut beyond, whole in the link's title
STANDING_COLUMNS = 25


@dataclass(frozen=True)
class _Look:
    colour: str  # the border, the marker and the standing's word
    tint: str  # the box
    marker: Markup  # drawn around (0, 0), about 12 px across, in `colour`


_LOOKS = {
    Standing.MEMBER: _Look("#1e7b34", "#e9f5ec", Markup('<circle r="5.5"/>')),  # a full dot: in
    Standing.AWAITING: _Look(  # an hourglass: waiting
        "#955a00", "#fff4e0", Markup('<path d="M-4.5 -5.5H4.5L-4.5 5.5H4.5Z" fill="none" stroke-width="1.6"/>')
    ),
    Standing.DENIED: _Look(  # a cross: refused
        "#b3261e", "#fdecea", Markup('<path d="M-4.5 -4.5L4.5 4.5M4.5 -4.5L-4.5 4.5" fill="none" stroke-width="2.2"/>')
    ),
    Standing.LEFT: _Look(  # an arrow out: gone of their own accord
        "#5f6368", "#f1f3f4", Markup('<path d="M-5 0H4M0.5 -4L4.5 0L0.5 4" fill="none" stroke-width="2"/>')
    ),
    Standing.BANNED: _Look(  # a circle struck through: barred
        "#6a1b9a",
        "#f4ebf9",
        Markup('<circle r="5.5" fill="none" stroke-width="1.8"/><path d="M-3.9 3.9L3.9 -3.9" stroke-width="1.8"/>'),
    ),
    Standing.SUSPENDED: _Look(  # pause bars: may not invite for now
        "#1a5fb4",
        "#e8f0fb",
        Markup('<rect x="-4.5" y="-5.5" width="3" height="11"/><rect x="1.5" y="-5.5" width="3" height="11"/>'),
    ),
}


def tree_svg(
    tree: Tree,
    *,
    name: Callable[[int], str],
    href: Callable[[int], str],
    label: Callable[[Standing], str],
    title: str,
) -> Markup:
    """`tree` drawn top-down at its natural size: `name` gives a person's name (user text, escaped here), `href`
    the page that centres the graph on them, `label` a standing's word in the reader's language; `title` names
    the drawing for assistive technology."""
    drawn = layout(tree)
    body = [Markup('<g class="tree-edges" fill="none" stroke="{}" stroke-width="1.5">').format(EDGE)]
    body += [_edge(edge) for edge in drawn.edges]
    body.append(Markup("</g>"))
    body += [_box(box, name(box.node.user_id), href(box.node.user_id), label(box.node.standing)) for box in drawn.boxes]
    return document(
        classes="graph-tree", width=drawn.width, height=drawn.height, role="group", title=title, sized=True, body=body
    )


def _edge(edge: Edge) -> Markup:
    (x, y), *rest = edge.points
    path = f"M{num(x)} {num(y)}" + "".join(f"L{num(x)} {num(y)}" for x, y in rest)
    return Markup('<path class="tree-edge" data-from="{}" data-to="{}" d="{}"/>').format(
        edge.inviter.user_id, edge.invitee.user_id, path
    )


def _box(box: Box, name: str, href: str, standing: str) -> Markup:
    look = _LOOKS[box.node.standing]
    whole = f"{name} ({standing})"
    halo = Markup(
        '<rect class="tree-halo" x="{}" y="{}" width="{}" height="{}" rx="9" fill="none" stroke="{}" stroke-width="2"/>'
    ).format(num(box.x - 4), num(box.y - 4), num(BOX_W + 8), num(BOX_H + 8), INK)
    return Markup(
        '<a class="tree-node standing-{standing}{current}" href="{href}" data-user="{user}" aria-label="{whole}"{aria}>'
        "<title>{whole}</title>{halo}"
        '<rect class="tree-box" x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{tint}" stroke="{colour}"'
        ' stroke-width="{stroke}"/>'
        '<g class="tree-marker" transform="translate({mx} {my})" fill="{colour}" stroke="{colour}">{marker}</g>'
        # the words in a viewport of their own, which clips them: a name of wide letters stays in its box
        '<svg x="{tx}" y="{y}" width="{tw}" height="{h}">'
        '<text class="tree-name" x="0" y="20" font-size="13" font-weight="600" fill="{ink}">{name}</text>'
        '<text class="tree-standing" x="0" y="36" font-size="11.5" fill="{colour}">{word}</text></svg></a>'
    ).format(
        standing=box.node.standing.value,
        current=" tree-current" if box.current else "",
        href=text(href),
        user=box.node.user_id,
        whole=text(whole),
        aria=Markup(' id="tree-member" aria-current="page"') if box.current else "",
        halo=halo if box.current else "",
        x=num(box.x),
        y=num(box.y),
        w=num(BOX_W),
        h=num(BOX_H),
        tint=look.tint,
        colour=look.colour,
        stroke="2.5" if box.current else "1.25",
        mx=num(box.x + 16),
        my=num(box.y + BOX_H / 2),
        marker=look.marker,
        tx=num(box.x + 30),
        tw=num(BOX_W - 36),
        ink=INK,
        name=text(fit(name, NAME_COLUMNS)),
        word=text(fit(standing, STANDING_COLUMNS)),
    )
