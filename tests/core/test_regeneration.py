"""Replacing a lost code in the core (SPEC section 11): one transaction revokes it and makes its successor,
which keeps the remaining uses, expiry, reservation, note, kind and place in the quota window."""

import asyncio

import pytest

from bot.core import deliveries, invites, links, redemptions
from bot.core.codes import CodeStatus, ReservationByUsername
from bot.core.deliveries import LEASE_SECONDS
from bot.core.invites import CodeNotFound, NotYourCode
from bot.core.owed import DeleteInviteLink
from bot.core.people import Newcomer
from bot.core.quotas import DAY
from bot.core.regeneration import NotRegenerable, regenerate_code
from bot.core.shared_links import create_shared_link_code
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened

LINK = "https://discord.gg/abc123"


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


def regenerate(db, code_text, who=None, at=NOW + DAY):
    return regenerate_code(db, guild_id=GUILD, code_text=code_text, member=who or member(), defaults=DEFAULTS, now=at)


async def quota(db, at):
    listed = await invites.list_member_codes(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=at)
    return listed.quota


async def test_the_successor_keeps_what_the_code_had_left(db):
    old = (await invites.create_code(
        db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=3, expires_in=3 * DAY,
        for_user=ReservationByUsername("carol"), note="cousin",
    )).code  # fmt: skip
    await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=Newcomer(900, "carol", frozenset()), code_text=old.code,
        defaults=DEFAULTS, now=NOW + 1,
    )  # fmt: skip
    result = await regenerate(db, old.display)
    new = result.created.code
    assert result.old.status(NOW + DAY) is CodeStatus.REVOKED and result.old.revoked_by == 500
    assert (new.max_uses, new.uses, new.expires_at, new.for_user, new.note, new.kind) == (
        2, 0, old.expires_at, old.for_user, "cousin", old.kind,
    )  # fmt: skip
    assert (new.created_at, new.quota_from, new.replaces, new.inviter_id) == (NOW + DAY, NOW, old.id, 500)


async def test_the_quota_figures_do_not_move_and_a_member_at_the_limit_may_regenerate(db):
    old = (await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=3)).code
    before = await quota(db, NOW + DAY)
    assert before.remaining == 0
    result = await regenerate(db, old.display)
    assert result.created.quota == before == await quota(db, NOW + DAY)
    assert (await quota(db, NOW + 30 * DAY + 1)).used == 0  # both leave the window when the old one would have


async def test_its_link_is_owed_its_deletion_at_once_in_place_of_the_one_at_expiry(db):
    old = (await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)).code
    await db.transaction(links.link_made(old.id, LINK, NOW))
    await regenerate(db, old.display, at=NOW + 10)
    claimed, _ = await deliveries.claim_due(db, carrier="test", now=NOW + 8 * DAY + LEASE_SECONDS, limit=100)
    owed = [delivery.owed for delivery in claimed]
    assert DeleteInviteLink(old.id, LINK) in owed and owed.count(DeleteInviteLink(old.id, LINK)) == 1


async def codes(db):
    return await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)


async def test_a_shared_link_code_regenerates_as_a_shared_link_code(db):
    admin = member(ADMIN, admin=True)
    old = (await create_shared_link_code(db, guild_id=GUILD, admin=admin, defaults=DEFAULTS, now=NOW, uses=300)).code
    new = (await regenerate(db, old.display, who=admin)).created.code
    assert (new.kind, new.max_uses) == (old.kind, 300)


async def test_refusals_name_what_is_wrong_and_change_nothing(db):
    theirs = (await invites.create_code(db, guild_id=GUILD, member=member(600), defaults=DEFAULTS, now=NOW)).code
    with pytest.raises(NotYourCode) as not_mine:
        await regenerate(db, theirs.display)
    assert not_mine.value.regenerating
    with pytest.raises(CodeNotFound):
        await regenerate(db, "AAAA-AAAA-AAAA")
    mine = (await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)).code
    with pytest.raises(NotRegenerable) as expired:
        await regenerate(db, mine.display, at=NOW + 8 * DAY)
    assert expired.value.status is CodeStatus.EXPIRED
    assert len(await codes(db)) == 2 and all(c.revoked_at is None for c in await codes(db))


async def test_two_regenerates_at_once_make_one_successor(db):
    old = (await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)).code
    results = await asyncio.gather(*(regenerate(db, old.display) for _ in range(5)), return_exceptions=True)
    made = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, NotRegenerable)]
    assert len(made) == 1 and len(refused) == 4
    assert all(r.status is CodeStatus.REVOKED for r in refused)
    assert len(await codes(db)) == 2
