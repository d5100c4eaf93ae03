"""Accountability at its edges (SPEC 12), at the core: bans told twice, bans before a return, who may still vouch
when suspended, a newcomer banned while waiting, a chain longer than one read."""

import itertools

import pytest

from bot.core import (
    admissions,
    bans,
    invites,
    redemptions,
    shared_links,
    suspensions,
    tree,
    vouching,
    waitlist_decisions,
    waitlist_joining,
)
from bot.core.holds import Hold
from bot.core.people import Newcomer
from bot.core.suspensions import MemberSuspended
from bot.core.tree import Standing
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import rows


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=1000, max_uses_per_code=10)
        yield db


async def code_of(db, inviter=500, at=NOW, admin=False):
    who = member(inviter, admin=admin)
    return (await invites.create_code(db, guild_id=GUILD, member=who, defaults=DEFAULTS, now=at)).code


async def admit(db, inviter, user_id, at, admin=False):
    """`user_id` redeems a code of `inviter` and gets their roles (approval off). Someone banned before waits for a
    moderator whatever the approval (SPEC section 13): one approves them."""
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    code = await code_of(db, inviter, at=at, admin=admin)
    done = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code.display, defaults=DEFAULTS, now=at
    )
    if done.admission.holds:
        assert done.admission.holds == (Hold.BANNED_BEFORE,), done.admission
        await admissions.decide(
            db, guild_id=GUILD, admission_id=done.admission.id, moderator_id=ADMIN, approve=True, reason=None, now=at
        )
    await db.transaction(lambda tx: admissions.roles_granted(tx, done.admission.id, at))
    return done.admission


def owed(target, kind):
    return [k for (k,) in rows(target, "SELECT kind FROM deliveries")].count(kind)


async def test_a_second_ban_sent_twice_after_a_return_alerts_once(db, database_target):
    """Banned, unbanned, admitted again, banned again: Discord's event for that second ban, sent twice, alerts
    once (the bans row keeps the latest ban's time)."""
    await admit(db, 500, 900, NOW)
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 10)
    await admit(db, 500, 900, NOW + 100)  # unbanned, came back
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 200)
    assert owed(database_target, "ban_alert") == 2
    again = await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 201)  # the same ban, resent
    assert again.admission is None
    assert owed(database_target, "ban_alert") == 2


async def test_a_ban_from_before_someone_was_vouched_for_is_not_in_the_new_inviters_record(db):
    """900 came through 500, was banned, unbanned; 501 vouched for them afterwards and they behave: 501's record
    does not carry a ban that happened before 501 vouched."""
    await admit(db, 500, 900, NOW)
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 10)
    await admit(db, 501, 900, NOW + 100)  # unbanned, vouched for by 501
    record = await db.transaction(lambda tx: vouching.inviter_record(tx, GUILD, 501))
    assert record.banned == 0, record


async def test_someone_unbanned_and_admitted_again_stands_as_a_member_in_the_tree(db):
    await admit(db, 500, 900, NOW)
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 10)
    await admit(db, 501, 900, NOW + 100)  # unbanned and back in
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=501)
    [node] = found.below
    assert node.standing is Standing.MEMBER, node
    assert (await tree.invite_tree(db, guild_id=GUILD, user_id=900)).member.standing is Standing.MEMBER


async def test_a_suspended_moderator_cannot_vouch_through_the_waitlists_invite(db, database_target):
    """SPEC 12: a suspended member cannot create codes, nor through a moderator's Invite (a code from them)."""
    await configure(db, waitlist=True)
    moderator = 700
    await suspensions.suspend(db, guild_id=GUILD, user_id=moderator, by=ADMIN, reason="spam", branch=False, now=NOW)
    person = Newcomer(user_id=901, username="n901", role_ids=frozenset())
    entry = await waitlist_joining.join(
        db, guild_id=GUILD, channel_id=WELCOME, person=person, about=None, defaults=DEFAULTS, now=NOW
    )
    entry_id = entry.entry.id
    with pytest.raises(MemberSuspended):
        await waitlist_decisions.invite(
            db, guild_id=GUILD, entry_id=entry_id, moderator_id=moderator, defaults=DEFAULTS, now=NOW + 1
        )


async def test_a_suspended_admin_cannot_make_a_shared_link(db):
    await suspensions.suspend(db, guild_id=GUILD, user_id=ADMIN, by=ADMIN, reason="x", branch=False, now=NOW)
    with pytest.raises(MemberSuspended):  # as /invite create does
        await shared_links.create_shared_link_code(
            db, guild_id=GUILD, admin=member(ADMIN, admin=True), defaults=DEFAULTS, now=NOW + 1, uses=1000
        )


async def test_a_newcomer_banned_while_waiting_counts_as_banned_not_also_as_left(db):
    """The ban closes their request as left, but the one person counts once, as banned."""
    await configure(db, approval=True)
    newcomer = Newcomer(user_id=900, username="n900", role_ids=frozenset())
    code = await code_of(db, 500)
    await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code.display, defaults=DEFAULTS, now=NOW
    )
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 5)
    record = await db.transaction(lambda tx: vouching.inviter_record(tx, GUILD, 500))
    assert (record.left, record.banned) == (0, 1), record


async def test_a_chain_longer_than_a_thousand_reaches_the_real_top(db):
    """SPEC 12: the chain goes 'always up to someone nobody vouched for', however long (it is read 1,000 steps at
    a time)."""
    people = [500 + i for i in range(1_006)]  # 500 vouched for 501, who vouched for 502, ...
    for inviter, newcomer in itertools.pairwise(people):
        await admit(db, inviter, newcomer, NOW, admin=True)
    found = await tree.invite_tree(db, guild_id=GUILD, user_id=people[-1], depth=1)
    assert found.above[0].user_id == 500, (found.above[0], len(found.above))
