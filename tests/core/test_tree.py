"""The invite tree at the core, on both databases: the chain above, the tree below, standings, loops."""

import pytest

from bot.core import admissions, bans, invites, redemptions, suspensions, tree
from bot.core.inputs import NumberOutOfRange
from bot.core.people import Newcomer
from bot.core.tree import Standing
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100, max_uses_per_code=10)
        yield db


async def admit(db, inviter, user_id, granted=True):
    code = (await invites.create_code(db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=NOW)).code
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redemption = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code.display, defaults=DEFAULTS, now=NOW
    )
    if granted:
        await db.transaction(lambda tx: admissions.roles_granted(tx, redemption.admission.id, NOW))


def shape(nodes):
    return [(n.user_id, n.standing, n.depth) for n in nodes]


async def test_the_chain_climbs_to_someone_nobody_vouched_for_and_the_tree_goes_down_to_depth(db):
    await admit(db, 1, 2)
    await admit(db, 2, 3)
    await admit(db, 3, 4)  # the member asked about: 1 -> 2 -> 3 -> 4
    await admit(db, 4, 10)
    await admit(db, 10, 100)
    await admit(db, 100, 1000)  # depth 3 below 4
    await admit(db, 1000, 10000)  # depth 4: beyond the default
    await admit(db, 4, 11, granted=False)  # still waiting for their roles
    await bans.member_banned(db, guild_id=GUILD, user_id=2, now=NOW)
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=4)
    assert shape(found.above) == [(1, Standing.MEMBER, -3), (2, Standing.BANNED, -2), (3, Standing.MEMBER, -1)]
    assert (found.member.user_id, found.member.standing) == (4, Standing.MEMBER)
    assert shape(found.below) == [
        (10, Standing.MEMBER, 1),
        (100, Standing.MEMBER, 2),
        (1000, Standing.MEMBER, 3),
        (11, Standing.AWAITING, 1),
    ]
    deeper = await tree.invite_tree(db, guild_id=GUILD, user_id=4, depth=5)
    assert (10000, Standing.MEMBER, 4) in shape(deeper.below)


async def test_someone_nobody_vouched_for_has_nothing_above(db):
    await bans.member_banned(db, guild_id=GUILD, user_id=7, now=NOW)
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=7)
    assert found.above == [] and found.below == [] and found.member.standing is Standing.BANNED


async def test_a_loop_of_reinvitations_ends(db):
    await admit(db, 1, 2)
    await admit(db, 2, 1)  # 1 left and came back through 2
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=2)
    assert [n.user_id for n in found.above] == [1]
    assert [n.user_id for n in found.below] == [1]


@pytest.mark.parametrize("depth", [0, 6])
async def test_depth_is_from_1_to_5(db, depth):
    with pytest.raises(NumberOutOfRange):
        await tree.invite_tree(db, guild_id=GUILD, user_id=4, depth=depth)


async def test_a_suspension_shows_in_the_tree_and_a_ban_outweighs_it(db):
    await admit(db, 1, 2)
    await admit(db, 2, 3)
    await admit(db, 2, 4)
    for user_id in (1, 3, 4):
        await suspensions.suspend(db, guild_id=GUILD, user_id=user_id, by=9, reason=None, branch=False, now=NOW)
    await bans.member_banned(db, guild_id=GUILD, user_id=4, now=NOW)
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=2)
    assert shape(found.above) == [(1, Standing.SUSPENDED, -1)]  # nobody vouched for 1: read apart from the chain
    assert found.member.standing is Standing.MEMBER
    assert shape(found.below) == [(3, Standing.SUSPENDED, 1), (4, Standing.BANNED, 1)]
    await suspensions.unsuspend(db, guild_id=GUILD, user_id=3, by=9, now=NOW)
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=2)
    assert shape(found.below)[0] == (3, Standing.MEMBER, 1)


async def test_someone_vouched_for_twice_stands_under_whoever_vouched_last(db):
    await admit(db, 1, 2)
    await admit(db, 1, 3)
    await admit(db, 2, 9, granted=False)  # first through 2, gone before their roles came...
    [first] = (await admissions.lineage(db, guild_id=GUILD, user_id=9)).admissions
    await db.transaction(lambda tx: admissions.newcomer_left(tx, first.id, NOW))
    await admit(db, 3, 9)  # ...then back through 3, admitted: shown once, under 3, as a member
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=1)
    assert shape(found.below) == [(2, Standing.MEMBER, 1), (3, Standing.MEMBER, 1), (9, Standing.MEMBER, 2)]
