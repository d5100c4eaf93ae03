"""Where each box of the vouch tree goes: a tidy top-down layout, in pixels.

The chain above stands in one column over the member. Below, each person's invitees hang in a row under them, a
subtree as wide as its children's subtrees side by side, the person centred over them; so a level of the tree is a
line of the drawing. Two things keep a few hundred people a page that scrolls rather than a line miles long:
five or more invitees who invited nobody (someone who handed out many codes) stand in columns under their
inviter; and a row wider than a screen folds into a stack, each invitee's subtree below the last, hung off a
line down the inviter's left.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from bot.core.tree import Node, Tree

BOX_W, BOX_H = 196, 46
GAP_X = 16  # between neighbouring subtrees
GAP_Y = 40  # between a person and those they vouched for: the edges' elbows run at half of it
LEVEL = BOX_H + GAP_Y
GRID_FROM = 5  # this many invitees without invitees of their own are stacked in columns
GRID_INDENT = 16  # a column's spine runs down its left, the boxes hang off it
GRID_GAP_Y = 10
GRID_PITCH = GRID_INDENT + BOX_W + GAP_X
ROW_LIMIT = 8 * (BOX_W + GAP_X)  # a row of subtrees wider than this folds into a stack
STACK_GAP = 24
MARGIN = 16


@dataclass(frozen=True)
class Box:
    node: Node
    x: float  # left
    y: float  # top
    current: bool  # the member the tree is about

    @property
    def centre(self) -> float:
        return self.x + BOX_W / 2


@dataclass(frozen=True)
class Edge:
    inviter: Node
    invitee: Node
    points: tuple[tuple[float, float], ...]  # a polyline of right angles from the inviter's bottom to the invitee


@dataclass(frozen=True)
class Layout:
    boxes: list[Box]  # above, the member, below: the tree's order, each node once
    edges: list[Edge]
    width: float
    height: float


@dataclass
class _Grid:
    members: list[int]  # node indices, in column after column
    columns: int
    rows: int

    @property
    def width(self) -> float:
        return self.columns * GRID_PITCH - GAP_X

    @property
    def height(self) -> float:
        return self.rows * (BOX_H + GRID_GAP_Y) - GRID_GAP_Y


@dataclass
class _Subtree:
    width: float = BOX_W
    height: float = BOX_H
    centre: float = BOX_W / 2  # of its root's box, from its left
    items: list[int | _Grid] = field(default_factory=list)  # under the root, left to right (or top to bottom)
    stacked: bool = False


def children_of(below: list[Node]) -> list[list[int]]:
    """Each node's invitees, as indices (0 is the member, 1... the nodes below), from the depth-first list."""
    children: list[list[int]] = [[] for _ in range(len(below) + 1)]
    stack = [(0, 0)]  # (index, depth) from the member to the last node placed
    for index, node in enumerate(below, 1):
        while len(stack) > 1 and stack[-1][1] >= node.depth:
            stack.pop()
        children[stack[-1][0]].append(index)
        stack.append((index, node.depth))
    return children


def _grid(leaves: list[int]) -> _Grid:
    """A block about three times as wide as it is tall (a screen's shape), at least three columns when there are
    that many, never wider than a row may be: past that it grows down."""
    fits = int((ROW_LIMIT + GAP_X) // GRID_PITCH)
    columns = min(len(leaves), fits, max(3, math.ceil(math.sqrt(len(leaves) * 0.75))))
    return _Grid(leaves, columns, math.ceil(len(leaves) / columns))


def _measure(children: list[list[int]]) -> list[_Subtree]:
    """Sizes from the leaves up: in depth-first order every child comes after its parent, so walk it backwards."""
    sizes = [_Subtree() for _ in children]
    for index in reversed(range(len(children))):
        kids = children[index]
        if not kids:
            continue
        leaves = [k for k in kids if not children[k]]
        items: list[int | _Grid] = list(kids)
        if len(leaves) >= GRID_FROM:
            items = [k for k in kids if children[k]] + [_grid(leaves)]
        width = sum(_width(item, sizes) for item in items) + GAP_X * (len(items) - 1)
        if width > ROW_LIMIT and len(items) > 1:
            sizes[index] = _stack(items[-1:] + items[:-1] if isinstance(items[-1], _Grid) else items, sizes)
            continue
        lefts, left = [], 0.0
        for item in items:
            lefts.append(left)
            left += _width(item, sizes) + GAP_X
        first, last = lefts[0] + _centre(items[0], sizes), lefts[-1] + _centre(items[-1], sizes)
        height = LEVEL + max(_height(item, sizes) for item in items)
        sizes[index] = _Subtree(width=width, height=height, centre=(first + last) / 2, items=items)
    return sizes


def _stack(items: list[int | _Grid], sizes: list[_Subtree]) -> _Subtree:
    """Items one below another, the root's box at the top left: a grid first (its first column's line is the
    stack's line), each subtree indented so its root's box hangs off the line."""
    widths = [_width(item, sizes) + (0 if isinstance(item, _Grid) else GRID_INDENT) for item in items]
    height = sum(_height(item, sizes) for item in items) + STACK_GAP * (len(items) - 1)
    return _Subtree(width=max(BOX_W, *widths), height=LEVEL + height, items=items, stacked=True)


def _width(item: int | _Grid, sizes: list[_Subtree]) -> float:
    return item.width if isinstance(item, _Grid) else sizes[item].width


def _height(item: int | _Grid, sizes: list[_Subtree]) -> float:
    return item.height if isinstance(item, _Grid) else sizes[item].height


def _centre(item: int | _Grid, sizes: list[_Subtree]) -> float:
    return item.width / 2 if isinstance(item, _Grid) else sizes[item].centre


def layout(tree: Tree) -> Layout:
    """Every node of `tree` placed once, and an edge from each inviter to each invitee."""
    nodes = [tree.member, *tree.below]
    sizes = _measure(children_of(tree.below))
    column = MARGIN + sizes[0].centre - BOX_W / 2  # the chain above stands over the member
    member_top = MARGIN + len(tree.above) * LEVEL
    chain = [Box(node, column, MARGIN + level * LEVEL, False) for level, node in enumerate(tree.above)]
    chain.append(Box(tree.member, column, member_top, True))
    edges = [_elbow(upper, lower, lower.centre) for upper, lower in itertools.pairwise(chain)]
    placed: list[Box | None] = [None] * len(nodes)
    placed[0] = chain.pop()
    lefts = [MARGIN] + [0.0] * len(tree.below)  # each subtree's left edge, set as its parent's row is placed
    for index in range(len(nodes)):  # parents before children: depth-first order again
        parent, size = placed[index], sizes[index]
        assert parent is not None
        left, top = lefts[index], parent.y + LEVEL
        for item in size.items:
            if isinstance(item, _Grid):
                for n, leaf in enumerate(item.members):
                    col, row = divmod(n, item.rows)
                    spine = left + col * GRID_PITCH + GRID_INDENT / 2
                    box = Box(nodes[leaf], spine + GRID_INDENT / 2, top + row * (BOX_H + GRID_GAP_Y), False)
                    edges.append(_elbow(parent, box, spine))
                    placed[leaf] = box
            else:
                lefts[item] = left + (GRID_INDENT if size.stacked else 0)
                box = Box(nodes[item], lefts[item] + sizes[item].centre - BOX_W / 2, top, False)
                edges.append(_elbow(parent, box, left + GRID_INDENT / 2 if size.stacked else box.centre))
                placed[item] = box
            if size.stacked:
                top += _height(item, sizes) + STACK_GAP
            else:
                left += _width(item, sizes) + GAP_X
    boxes = chain + [box for box in placed if box is not None]
    return Layout(boxes, edges, 2 * MARGIN + sizes[0].width, member_top + sizes[0].height + MARGIN)


def _elbow(inviter: Box, invitee: Box, down_at: float) -> Edge:
    """Down from the inviter to half the gap, across to `down_at`, down to the invitee: into the top of its box
    when `down_at` is its centre, else (a column's spine beside it) down to its middle and across into its side."""
    start, bus = (inviter.centre, inviter.y + BOX_H), inviter.y + BOX_H + GAP_Y / 2
    end = (down_at, invitee.y) if down_at == invitee.centre else (down_at, invitee.y + BOX_H / 2)
    points = [start, (start[0], bus), (down_at, bus), end]
    if end[1] != invitee.y:
        points.append((invitee.x, end[1]))
    return Edge(inviter.node, invitee.node, tuple(points))
