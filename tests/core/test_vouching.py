"""The inviter's record (SPEC section 12), read in one query, and bans that stay in it."""

import pytest

from bot.core import admissions, bans, invites, redemptions, vouching
from bot.core.people import Newcomer
from bot.core.vouching import InviterRecord
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100, max_uses_per_code=10, approval=True)
        yield db


async def code_of(db, inviter=500):
    created = await invites.create_code(db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=NOW)
    return created.code.display


async def redeemed(db, code, user_id):
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redemption = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code, defaults=DEFAULTS, now=NOW + 1
    )
    return redemption.admission.id


async def decided(db, admission_id, approve):
    await admissions.decide(
        db, guild_id=GUILD, admission_id=admission_id, moderator_id=7, approve=approve, reason=None, now=NOW + 2
    )


async def record(db, inviter=500):
    return await db.transaction(lambda tx: vouching.inviter_record(tx, GUILD, inviter))


async def test_a_new_member_has_an_empty_record(db):
    assert await record(db) == InviterRecord(codes_created=0, admitted=0, denied=0, left=0, banned=0)


async def test_the_record_counts_each_outcome_once(db):
    codes = [await code_of(db) for _ in range(5)]
    await code_of(db, inviter=501)  # someone else's code counts in their record, not this one

    async def granted(tx, admission_id):
        await admissions.roles_granted(tx, admission_id, NOW + 3)

    for user_id, code in zip((900, 901), codes, strict=False):
        admission_id = await redeemed(db, code, user_id)
        await decided(db, admission_id, approve=True)
        await db.transaction(lambda tx, a=admission_id: granted(tx, a))
    await decided(db, await redeemed(db, codes[2], 902), approve=False)
    gone = await redeemed(db, codes[3], 903)
    await db.transaction(lambda tx: admissions.newcomer_left(tx, gone, NOW + 3))
    await redeemed(db, codes[4], 904)  # still awaiting approval: no outcome yet
    await bans.member_banned(db, guild_id=GUILD, user_id=901, now=NOW + 9)
    await bans.member_banned(db, guild_id=GUILD, user_id=901, now=NOW + 10)  # banned twice: once
    await bans.member_banned(db, guild_id=GUILD, user_id=777, now=NOW + 10)  # nobody's newcomer
    assert await record(db) == InviterRecord(codes_created=5, admitted=2, denied=1, left=1, banned=1)
    assert await record(db, inviter=501) == InviterRecord(codes_created=1, admitted=0, denied=0, left=0, banned=0)
