"""The admins' page of all codes (SPEC section 16): filtered by status, inviter and kind, newest first, paged."""

import pytest

from bot.core import code_search, invites, redemptions
from bot.core.code_search import CodeFilter
from bot.core.codes import CodeKind, CodeStatus
from bot.core.people import Newcomer
from bot.core.shared_links import create_shared_link_code
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened

DAY = 86_400


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        yield db


async def code(db, inviter=500, at=NOW, uses=1, expires_in=7 * DAY):
    created = await invites.create_code(
        db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=at, uses=uses, expires_in=expires_in
    )
    return created.code


async def redeem(db, text, user_id):
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=text, defaults=DEFAULTS, now=NOW
    )


@pytest.fixture
async def codes(db):
    """One code of each status, by two inviters, and an admin's link."""
    expired = await code(db, at=NOW - 8 * DAY)
    used = await code(db, inviter=501, uses=2)
    await redeem(db, used.display, 900)
    await redeem(db, used.display, 901)
    revoked = await code(db)
    await invites.revoke_code(db, guild_id=GUILD, code_text=revoked.display, by_user=1, as_admin=True, now=NOW)
    active = await code(db, uses=3)
    await redeem(db, active.display, 902)
    link = await create_shared_link_code(db, guild_id=GUILD, admin=member(1, admin=True), defaults=DEFAULTS, now=NOW)
    return {"expired": expired.id, "used": used.id, "revoked": revoked.id, "active": active.id, "link": link.code.id}


async def page(db, before_id=None, limit=50, **filters):
    found = await code_search.codes_page(
        db, guild_id=GUILD, filter=CodeFilter(**filters), now=NOW + 1, before_id=before_id, limit=limit
    )
    return [c.id for c in found]


async def test_each_status_shows_its_codes_newest_first(db, codes):
    assert await page(db) == [codes[n] for n in ("link", "active", "revoked", "used", "expired")]
    assert await page(db, status=CodeStatus.ACTIVE) == [codes["link"], codes["active"]]
    assert await page(db, status=CodeStatus.USED) == [codes["used"]]
    assert await page(db, status=CodeStatus.EXPIRED) == [codes["expired"]]
    assert await page(db, status=CodeStatus.REVOKED) == [codes["revoked"]]


async def test_filters_by_inviter_and_kind_combine_with_status(db, codes):
    assert await page(db, inviter_id=500) == [codes["active"], codes["revoked"], codes["expired"]]
    assert await page(db, inviter_id=500, status=CodeStatus.ACTIVE) == [codes["active"]]
    assert await page(db, kind=CodeKind.LINK) == [codes["link"]]
    assert await page(db, kind=CodeKind.MEMBER, status=CodeStatus.ACTIVE) == [codes["active"]]
    assert await page(db, kind=CodeKind.WAITLIST) == []


async def test_pages_follow_on_by_id_and_show_who_redeemed_each_code(db, codes):
    first = await page(db, limit=2)
    assert first + await page(db, limit=3, before_id=first[-1]) == await page(db)
    [used] = await code_search.codes_page(db, guild_id=GUILD, filter=CodeFilter(status=CodeStatus.USED), now=NOW + 1)
    assert used.redeemer_ids == (900, 901) and used.status(NOW + 1) is CodeStatus.USED
    every = await code_search.codes_page(db, guild_id=GUILD, filter=CodeFilter(), now=NOW + 1)
    redeemed = {code.id: code.redeemer_ids for code in every}
    assert (redeemed[codes["active"]], redeemed[codes["expired"]]) == ((902,), ())


async def test_another_guilds_codes_are_never_shown(db, codes):
    assert await code_search.codes_page(db, guild_id=GUILD + 1, filter=CodeFilter(), now=NOW) == []


async def test_my_codes_show_status_uses_expiry_link_and_who_redeemed(db, codes):
    """The member's page reads invites.list_member_codes: everything it shows is there already."""
    listed = await invites.list_member_codes(db, guild_id=GUILD, member=member(501), defaults=DEFAULTS, now=NOW + 1)
    [used] = listed.codes
    assert (used.status(NOW + 1), used.uses, used.max_uses, used.expires_at) == (CodeStatus.USED, 2, 2, NOW + 7 * DAY)
    assert used.redeemer_ids == (900, 901) and used.link is None  # no link until Discord made one
