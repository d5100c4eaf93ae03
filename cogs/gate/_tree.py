"""/gate tree in words: the chain from the first who vouched down to the member, then everyone below them,
each indented one step per level under whoever vouched for them."""

from __future__ import annotations

from bot.core.tree import Node, Standing, Tree
from bot.i18n import Catalog
from cogs._shared.markup import user

_STEP = "\u2003"  # an em space: Discord keeps it where it collapses ordinary leading spaces


# Message IDs written out whole, so that the catalogs' tests find each one used.
_STANDINGS = {
    Standing.MEMBER: "vouching-standing-member",
    Standing.AWAITING: "vouching-standing-awaiting",
    Standing.DENIED: "vouching-standing-denied",
    Standing.LEFT: "vouching-standing-left",
    Standing.BANNED: "vouching-standing-banned",
    Standing.SUSPENDED: "vouching-standing-suspended",
}


def _standing(t: Catalog, node: Node) -> str:
    return t(_STANDINGS[node.standing])


def _line(t: Catalog, node: Node, level: int, *, top: bool = False, bold: bool = False) -> str:
    person = f"**{user(node.user_id)}**" if bold else user(node.user_id)
    if top:
        text = t("vouching-tree-line-top", person=person, standing=_standing(t, node))
    else:
        text = t("vouching-tree-line", person=person, standing=_standing(t, node))
    return (_STEP * (level - 1) + "└ " if level else "") + text


def tree_lines(t: Catalog, tree: Tree) -> list[str]:
    """Every person on a line of their own (pages are cut between lines, never inside the tree's list)."""
    lines: list[str] = []
    if tree.above:
        lines.append(t("vouching-tree-above"))
        lines += [_line(t, node, i, top=i == 0) for i, node in enumerate(tree.above)]
    base = len(tree.above)
    lines.append(_line(t, tree.member, base, top=not tree.above, bold=True))
    lines.append(t("vouching-tree-below", count=len(tree.below)))
    lines += [_line(t, node, base + node.depth) for node in tree.below] or [t("gate-whois-nobody")]
    return lines
