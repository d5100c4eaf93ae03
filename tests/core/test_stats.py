"""The numbers behind the dashboard's charts (SPEC section 16), counted exactly."""

from functools import partial

import pytest

from bot.core import admissions, bans, invites, redemptions, stats
from bot.core.people import Newcomer
from bot.core.regeneration import regenerate_code
from bot.core.settings import get_settings
from bot.core.shared_links import create_shared_link_code
from bot.core.stats import CHART_SECONDS, SETTLED_SECONDS, Day, QuotaUse, Retention
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened

DAY = 86_400
MIDNIGHT = NOW - NOW % DAY


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        yield db


async def code(db, inviter=500, at=NOW - 40 * DAY, uses=1, expires_in=30 * DAY):
    created = await invites.create_code(
        db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=at, uses=uses, expires_in=expires_in
    )
    return created.code


async def redeem(db, text, user_id, at):
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redeemed = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=text, defaults=DEFAULTS, now=at
    )
    return redeemed.admission


async def granted(db, admission, at):
    await db.transaction(partial(admissions.roles_granted, admission_id=admission.id, now=at))


async def test_each_day_counts_redemptions_admissions_and_denials_by_when_they_happened(db):
    await configure(db, approval=True)
    texts = [(await code(db, at=MIDNIGHT - 2 * DAY)).display for _ in range(4)]
    await redeem(db, texts[0], 899, at=MIDNIGHT - 10)  # the day before
    first = await redeem(db, texts[1], 900, at=MIDNIGHT + 10)
    second = await redeem(db, texts[2], 901, at=MIDNIGHT + 20)
    await redeem(db, texts[3], 902, at=MIDNIGHT + DAY + 5)
    decide = partial(admissions.decide, db, guild_id=GUILD, moderator_id=7, reason=None)
    await decide(admission_id=first.id, approve=True, now=MIDNIGHT + DAY + 10)
    await granted(db, first, MIDNIGHT + DAY + 11)
    await decide(admission_id=second.id, approve=False, now=MIDNIGHT + 2 * DAY + 1)
    today = MIDNIGHT + 2 * DAY + 100
    assert await stats.per_day(db, guild_id=GUILD, now=today, days=4) == [
        Day(MIDNIGHT - DAY, 1, 0, 0),
        Day(MIDNIGHT, 2, 0, 0),
        Day(MIDNIGHT + DAY, 1, 1, 0),
        Day(MIDNIGHT + 2 * DAY, 0, 0, 1),
    ]
    assert [d.day for d in await stats.per_day(db, guild_id=GUILD, now=today)] == [
        MIDNIGHT + (n - 27) * DAY for n in range(30)
    ]
    assert await stats.per_day(db, guild_id=GUILD + 1, now=today, days=2) == [
        Day(MIDNIGHT + DAY, 0, 0, 0),
        Day(MIDNIGHT + 2 * DAY, 0, 0, 0),
    ]


async def test_quota_use_counts_each_members_window_as_their_quota_does(db):
    settings = await get_settings(db, GUILD, DEFAULTS)  # a window of 30 days
    await code(db, inviter=500, at=NOW - 31 * DAY, uses=3)  # out of the window
    await code(db, inviter=500, at=NOW - DAY, uses=2)
    half_used = await code(db, inviter=501, at=NOW - DAY, uses=2)
    await redeem(db, half_used.display, 900, at=NOW - DAY + 5)
    await invites.revoke_code(db, guild_id=GUILD, code_text=half_used.display, by_user=501, as_admin=False, now=NOW)
    unused = await code(db, inviter=501, at=NOW - DAY, uses=3)
    await invites.revoke_code(db, guild_id=GUILD, code_text=unused.display, by_user=501, as_admin=False, now=NOW)
    # A regenerated code keeps the place of the one it replaced: out of the window with it.
    old = await code(db, inviter=502, at=NOW - 31 * DAY + 10, uses=2)
    await regenerate_code(
        db, guild_id=GUILD, code_text=old.display, member=member(502), defaults=DEFAULTS, now=NOW - 2 * DAY
    )
    await create_shared_link_code(
        db, guild_id=GUILD, admin=member(1, admin=True), uses=50, expires_in=DAY, note=None, defaults=DEFAULTS, now=NOW
    )  # an admin's link spends no quota
    assert await stats.quota_use(db, guild_id=GUILD, settings=settings, now=NOW) == [QuotaUse(500, 2), QuotaUse(501, 1)]
    assert await stats.quota_use(db, guild_id=GUILD, settings=settings, now=NOW, limit=1) == [QuotaUse(500, 2)]


async def test_retention_counts_who_each_inviter_brought_in_and_who_is_still_here(db):
    for inviter, user_id in ((500, 900), (500, 901), (500, 902), (501, 903)):
        admission = await redeem(db, (await code(db, inviter=inviter, at=NOW - DAY)).display, user_id, at=NOW)
        await granted(db, admission, NOW + 1)
    await redeem(db, (await code(db, inviter=502, at=NOW - DAY)).display, 904, at=NOW)  # roles still pending
    await bans.member_banned(db, guild_id=GUILD, user_id=901, now=NOW + DAY)
    assert await stats.retention(db, guild_id=GUILD) == [Retention(500, 3, 2), Retention(501, 1, 1)]
    assert await stats.retention(db, guild_id=GUILD, limit=1) == [Retention(500, 3, 2)]


async def test_a_day_that_is_over_is_counted_once_and_the_days_still_open_every_time(db):
    text = (await code(db, at=MIDNIGHT - 2 * DAY, uses=5)).display
    await redeem(db, text, 900, at=MIDNIGHT - DAY + 5)
    before_settled = MIDNIGHT + SETTLED_SECONDS - 1
    assert [d.redemptions for d in await stats.per_day(db, guild_id=GUILD, now=before_settled, days=2)] == [1, 0]
    await redeem(db, text, 901, at=MIDNIGHT - DAY + 50)  # a process whose clock lags writes into yesterday
    settled = MIDNIGHT + SETTLED_SECONDS
    assert [d.redemptions for d in await stats.per_day(db, guild_id=GUILD, now=settled, days=2)] == [2, 0]
    # Kept from here on: rows that could only appear behind its back are not counted again; today's are.
    await redeem(db, text, 902, at=MIDNIGHT - DAY + 60)
    await redeem(db, text, 903, at=MIDNIGHT + 20)
    assert [d.redemptions for d in await stats.per_day(db, guild_id=GUILD, now=settled + 1, days=2)] == [2, 1]


async def test_retention_read_with_the_time_is_kept_for_five_minutes(db):
    admission = await redeem(db, (await code(db, at=NOW - DAY)).display, 900, at=NOW)
    await granted(db, admission, NOW + 1)
    assert await stats.retention(db, guild_id=GUILD, now=NOW) == [Retention(500, 1, 1)]
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 2)
    assert await stats.retention(db, guild_id=GUILD, now=NOW + CHART_SECONDS - 1) == [Retention(500, 1, 1)]
    assert await stats.retention(db, guild_id=GUILD, now=NOW + CHART_SECONDS) == [Retention(500, 1, 0)]
    assert await stats.retention(db, guild_id=GUILD) == [Retention(500, 1, 0)]  # without the time: counted now
