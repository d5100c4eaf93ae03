"""The vouch tree (SPEC 16, admins): who vouched for a member, up to someone nobody vouched for, and whom they
vouched for, down to a chosen depth; as a graph, and below it the same tree as a nested list of links.

The graph is a drawing (bot/web/graphs): the list says the same to a screen reader and to a keyboard, a link per
person. Everything is read in the session's guild: another server's admissions never show here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.core.inputs import parse_whole_number, user_id_of
from bot.core.refusals import Refused
from bot.core.tree import DEFAULT_DEPTH, MAX_DEPTH, Node, Tree, invite_tree
from bot.web.access import Need, viewer
from bot.web.graphs import tree_svg
from bot.web.render import names, page
from bot.web.site import SITE
from cogs._shared.refusals import render_refusal
from cogs._shared.statuses import standing

routes = web.RouteTableDef()
DEPTHS = range(1, MAX_DEPTH + 1)
# People drawn and listed below the member at most: someone whose shared link let in thousands would otherwise make
# a page of megabytes. The nearest levels are shown whole while they fit; further down opens from each one's box.
MAX_SHOWN = 300


@dataclass(frozen=True)
class Branch:
    """One person of the list and, nested under them, those they vouched for (or, above the member, the next
    person down the chain)."""

    node: Node
    under: list[Branch] = field(default_factory=list)


def nested(tree: Tree) -> Branch:
    """The tree as nested branches: the chain from its top down to the member, then everyone below them."""
    member = Branch(tree.member)
    placed = [member]  # placed[d]: the last branch at depth d, whom the next one at depth d + 1 hangs under
    for node in tree.below:  # depth first: each person right after whoever vouched for them, or their siblings
        branch = Branch(node)
        del placed[node.depth :]
        placed[-1].under.append(branch)
        placed.append(branch)
    top = member
    for node in reversed(tree.above):
        top = Branch(node, [top])
    return top


def nearest(below: list[Node]) -> list[Node]:
    """At most MAX_SHOWN of the people below, in their depth-first order: whole levels from the top while they fit,
    else the first of the first level (a tree still: everyone shown hangs under someone shown)."""
    if len(below) <= MAX_SHOWN:
        return below
    per_level = Counter(node.depth for node in below)
    depth, total = 0, 0
    while depth + 1 in per_level and total + per_level[depth + 1] <= MAX_SHOWN:
        depth, total = depth + 1, total + per_level[depth + 1]
    if depth == 0:
        return [node for node in below if node.depth == 1][:MAX_SHOWN]
    return [node for node in below if node.depth <= depth]


def tree_link(user_id: int, depth: int) -> str:
    """The page centred on someone, keeping the depth chosen unless it is the default."""
    query = {"member": user_id} if depth == DEFAULT_DEPTH else {"member": user_id, "depth": depth}
    return "/admin/tree?" + urlencode(query)


@routes.get("/admin/tree")
async def tree_page(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    t = seen.t
    member_text = request.query.get("member", "")
    depth_text = request.query.get("depth", "")
    shown: dict[str, Any] = {
        "title": t("web-tree-title"),
        "member_text": member_text[:40],
        "depths": DEPTHS,
        "depth": DEFAULT_DEPTH,
        "standing": lambda where: standing(t, where),
    }
    user_id = user_id_of(member_text) if member_text.strip() else seen.user_id
    if user_id is None:
        error = t("web-tree-not-a-user-id")
        return page(request, t, "tree.html", status=400, guild_id=seen.guild_id, viewer=seen, error=error, **shown)
    try:
        depth = parse_whole_number(depth_text, option="depth") if depth_text.strip() else DEFAULT_DEPTH
        found = await invite_tree(site.db, guild_id=seen.guild_id, user_id=user_id, depth=depth)
    except Refused as refused:
        error = render_refusal(t, refused)
        return page(request, t, "tree.html", status=400, guild_id=seen.guild_id, viewer=seen, error=error, **shown)
    below = len(found.below)
    found = replace(found, below=nearest(found.below))
    name = names(request, seen.guild_id).user
    graph = tree_svg(
        found,
        name=name,
        href=lambda someone: tree_link(someone, depth) + "#tree-member",  # a wide tree scrolls to them
        label=lambda where: standing(t, where),
        title=t("web-tree-graph-label", person=name(user_id)),
    )
    shown.update(depth=depth, member_text=str(user_id))
    return page(
        request,
        t,
        "tree.html",
        guild_id=seen.guild_id,
        viewer=seen,
        error=None,
        tree=found,
        below=below,
        person=user_id,
        graph=graph,
        root=nested(found),
        link=lambda someone: tree_link(someone, depth),
        alone=not found.above and not found.below,
        **shown,
    )
