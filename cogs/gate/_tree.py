"""/gate tree in words: the chain from the first who vouched down to the member, then everyone below them,
each indented one step per level under whoever vouched for them."""

from __future__ import annotations

from bot.core.tree import Node, Tree
from bot.i18n import Catalog
from cogs._shared.markup import user
from cogs._shared.statuses import standing

_STEP = "\u2003"  # an em space: Discord keeps it where it collapses ordinary leading spaces


def _line(t: Catalog, node: Node, level: int, *, top: bool = False, bold: bool = False) -> str:
    person = f"**{user(node.user_id)}**" if bold else user(node.user_id)
    if top:
        text = t("vouching-tree-line-top", person=person, standing=standing(t, node.standing))
    else:
        text = t("vouching-tree-line", person=person, standing=standing(t, node.standing))
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
