"""The invite tree (SPEC section 12): who vouched for a member, up to someone nobody vouched for, and whom
they vouched for, down to a depth. One query below whatever its size, one above per 1,000 steps of the chain
(store: sql/tree.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from bot.core.inputs import check_range

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

MAX_DEPTH = 5
DEFAULT_DEPTH = 3


class Standing(Enum):
    """Where someone in the tree stands now."""

    MEMBER = "member"
    AWAITING = "awaiting"  # their request waits for a moderator, or their roles for Discord
    DENIED = "denied"
    LEFT = "left"
    BANNED = "banned"
    SUSPENDED = "suspended"  # may not invite (/gate suspend); shown over their admission's standing


@dataclass(frozen=True)
class Link:
    """One admission as the tree reads it: `user_id` redeemed a code of `inviter_id` (inviter None: nobody did)."""

    user_id: int
    inviter_id: int | None
    status: str  # the admission's status (core.admissions.AdmissionStatus values); "" for nobody's newcomer
    banned: bool
    suspended: bool


@dataclass(frozen=True)
class Node:
    user_id: int
    standing: Standing
    depth: int  # 0: the member asked about; -1, -2...: who vouched above them; 1, 2...: whom they vouched for


@dataclass(frozen=True)
class Tree:
    above: list[Node]  # from someone nobody vouched for down to the member's inviter
    member: Node
    below: list[Node]  # depth first: each person followed by those they vouched for


def _standing(link: Link) -> Standing:
    if link.banned:  # a ban outweighs a suspension: the member is gone
        return Standing.BANNED
    if link.suspended:
        return Standing.SUSPENDED
    return {
        "awaiting_approval": Standing.AWAITING,
        "roles_pending": Standing.AWAITING,
        "denied": Standing.DENIED,
        "left": Standing.LEFT,
    }.get(link.status, Standing.MEMBER)


async def invite_tree(db: Database, *, guild_id: int, user_id: int, depth: int = DEFAULT_DEPTH) -> Tree:
    """The member's chain above and tree below to `depth` (1 to 5), as it stands now."""
    check_range("depth", depth, 1, MAX_DEPTH)

    async def read(tx: Transaction) -> tuple[list[Link], list[Link]]:
        return await tx.tree.chain(guild_id, user_id), await tx.tree.below(guild_id, user_id, depth)

    chain, below = await db.transaction(read)
    return Tree(_above(chain), _member(user_id, chain), _below(user_id, below))


def _member(user_id: int, chain: list[Link]) -> Node:
    return Node(user_id, _standing(chain[0]), 0)  # the chain always starts with the member


def _above(chain: list[Link]) -> list[Node]:
    """`chain` starts at the member and climbs; a loop (someone re-invited by their own invitee) ends it."""
    seen = {chain[0].user_id}
    above: list[Node] = []
    for link in chain[1:]:
        if link.user_id in seen:
            break
        seen.add(link.user_id)
        above.append(Node(link.user_id, _standing(link), -len(above) - 1))
    return above[::-1]


def _below(root: int, links: list[Link]) -> list[Node]:
    """Depth first from `root`: each newcomer once, under whoever vouched for them last."""
    latest = {link.user_id: link for link in links}  # oldest first: a later admission replaces an earlier one
    children: dict[int, list[Link]] = defaultdict(list)
    for link in latest.values():
        assert link.inviter_id is not None
        children[link.inviter_id].append(link)
    nodes: list[Node] = []
    seen = {root}
    stack = [(link, 1) for link in reversed(children[root])]
    while stack:
        link, level = stack.pop()
        if link.user_id in seen:
            continue
        seen.add(link.user_id)
        nodes.append(Node(link.user_id, _standing(link), level))
        stack += [(child, level + 1) for child in reversed(children[link.user_id])]
    return nodes
