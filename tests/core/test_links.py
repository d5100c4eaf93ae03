"""Invite links in the core and the store (SPEC section 11): a new code is owed its link, a link made is stored
with it, its deletion is owed at the code's expiry or at once when the code ends, and a deletion forgets only
the link it deleted."""

import pytest

from bot.core import deliveries, invites, links
from bot.core.deliveries import LEASE_SECONDS
from bot.core.links import LONGEST_LINK_AGE, link_terms
from bot.core.owed import DeleteInviteLink, MakeInviteLink
from bot.core.policy import Policy
from tests.core.guild import DEFAULTS, GUILD, NOW, configure, member, opened

LINK = "https://discord.gg/abc123"


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


async def new_code(db, **options):
    created = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, **options)
    return created.code


async def due(db, at):
    """The link deletions that fall due by `at` (claimed, so they are read once)."""
    claimed, _ = await deliveries.claim_due(db, carrier="test", now=at, limit=100)
    return [delivery.owed for delivery in claimed if isinstance(delivery.owed, DeleteInviteLink)]


async def made(db, code_id, link=LINK, at=NOW):
    """Discord made the link: what the delivery's completion records."""
    await db.transaction(links.link_made(code_id, link, at))


async def owed_at_once(db, at):
    """What a commit at `at` owed at once: leased to the committing process, so found once its lease ends."""
    return await due(db, at + LEASE_SECONDS)


async def link_of(db, code_id):
    [code] = [code for code in await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)]
    assert code.id == code_id
    return code.link


async def test_a_new_code_is_owed_its_link_at_once_and_has_none_until_it_is_made(db):
    code = await new_code(db)
    assert code.link is None and await link_of(db, code.id) is None
    claimed, _ = await deliveries.claim_due(db, carrier="test", now=NOW + LEASE_SECONDS, limit=100)
    assert [delivery.owed for delivery in claimed] == [MakeInviteLink(code.id)]


async def test_no_link_is_owed_when_the_server_turned_links_off(db):
    code = (
        await invites.create_code(db, guild_id=GUILD, member=member(), defaults=Policy(invite_links=False), now=NOW)
    ).code
    claimed, _ = await deliveries.claim_due(db, carrier="test", now=NOW + LEASE_SECONDS, limit=100)
    assert claimed == [] and code.link is None


async def test_a_link_made_is_stored_with_the_code_and_listed(db):
    code = await new_code(db)
    await made(db, code.id)
    [listed] = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)
    assert listed.link == LINK


async def test_a_recorded_link_is_owed_its_deletion_at_the_codes_expiry(db):
    code = await new_code(db, expires_in=3600)
    await made(db, code.id)
    assert await due(db, NOW + 3599) == []
    assert await due(db, NOW + 3600) == [DeleteInviteLink(code.id, LINK)]


async def test_a_link_recorded_after_its_code_was_revoked_is_owed_its_deletion_at_once(db):
    code = await new_code(db)
    await invites.revoke_code(db, guild_id=GUILD, code_text=code.code, by_user=500, as_admin=False, now=NOW)
    await made(db, code.id, at=NOW + 1)
    assert await owed_at_once(db, NOW + 1) == [DeleteInviteLink(code.id, LINK)]


async def test_revoking_owes_the_deletion_at_once_in_place_of_the_one_at_expiry(db):
    code = await new_code(db, expires_in=3600)
    await made(db, code.id)
    await invites.revoke_code(db, guild_id=GUILD, code_text=code.code, by_user=500, as_admin=False, now=NOW + 10)
    assert await due(db, NOW + 7200) == [DeleteInviteLink(code.id, LINK)]  # one, owed at once: not also at expiry


async def test_a_second_link_made_for_one_code_is_owed_its_deletion_at_once(db):
    code = await new_code(db)
    await made(db, code.id)
    await made(db, code.id, link="https://discord.gg/second", at=NOW + 1)
    assert await link_of(db, code.id) == LINK
    assert await owed_at_once(db, NOW + 1) == [DeleteInviteLink(code.id, "https://discord.gg/second")]


async def test_a_deletion_forgets_only_the_link_it_deleted(db):
    code = await new_code(db)
    await made(db, code.id)
    await db.transaction(links.link_deleted(code.id, "https://discord.gg/other"))
    assert await link_of(db, code.id) == LINK
    await db.transaction(links.link_deleted(code.id, LINK))
    assert await link_of(db, code.id) is None


async def test_a_code_keeps_the_first_link_recorded(db):
    code = await new_code(db)

    async def set_twice(tx):
        first = await tx.codes.set_link(code.id, LINK, was=None, expiry=None)
        return first, await tx.codes.set_link(code.id, "x", was=None, expiry=None)

    assert await db.transaction(set_twice) == (True, False)
    assert await link_of(db, code.id) == LINK


@pytest.mark.parametrize(
    ("lifetime", "max_age"),
    [(60, 60), (LONGEST_LINK_AGE, LONGEST_LINK_AGE), (LONGEST_LINK_AGE + 1, 0), (30 * 86_400, 0)],
)
async def test_a_link_expires_with_its_code_where_discord_allows(db, lifetime, max_age):
    code = await new_code(db, uses=3, expires_in=lifetime)
    terms = link_terms(code, NOW)
    assert (terms.max_uses, terms.max_age) == (3, max_age)
