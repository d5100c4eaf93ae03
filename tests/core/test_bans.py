"""Bans at the core (SPEC section 12): what a ban stops, when the moderators are owed an alert, and a ban racing a
redemption of the banned member's code."""

import asyncio

import pytest

from bot.core import admissions, bans, invites, redemptions, waitlist_joining
from bot.core.codes import CodeStatus
from bot.core.people import Newcomer
from bot.core.redemptions import CodeRefused
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import rows

outcomes: set[str] = set()  # which side won, over the rounds


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100, max_uses_per_code=10)
        yield db


async def code_of(db, inviter=500, at=NOW):
    return (await invites.create_code(db, guild_id=GUILD, member=member(inviter), defaults=DEFAULTS, now=at)).code


async def redeem(db, code, user_id, at=NOW + 1):
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    return await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code.display, defaults=DEFAULTS, now=at
    )


def owed(target):
    return [kind for (kind,) in rows(target, "SELECT kind FROM deliveries")]


async def test_someone_with_no_admission_is_recorded_and_their_codes_revoked_without_an_alert(db, database_target):
    code = await code_of(db)
    noted = await bans.member_banned(db, guild_id=GUILD, user_id=500, now=NOW + 5)
    assert noted == bans.BanNoted(None, 1)
    [listed] = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=500, now=NOW + 5)
    assert listed.id == code.id and listed.status(NOW + 5) is CodeStatus.REVOKED
    assert "ban_alert" not in owed(database_target) and "delete_invite_link" not in owed(database_target)


async def test_an_admitted_member_is_alerted_about_once_per_admission(db, database_target):
    admission = (await redeem(db, await code_of(db), 900)).admission
    await db.transaction(lambda tx: admissions.roles_granted(tx, admission.id, NOW + 2))
    first = await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 10)
    assert first.admission is not None and first.admission.id == admission.id
    assert owed(database_target).count("ban_alert") == 1
    again = await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 11)  # the event, sent twice
    assert again.admission is None
    facts = await bans.ban_facts(db, guild_id=GUILD, admission_id=admission.id)
    assert facts.record.banned == 1 and facts.invitees == []
    back = (await redeem(db, await code_of(db), 900, at=NOW + 100)).admission  # unbanned, admitted again
    later = await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 200)
    assert later.admission is not None and later.admission.id == back.id
    assert owed(database_target).count("ban_alert") == 2


async def test_a_denied_newcomer_banned_owes_no_alert(db):
    await configure(db, approval=True)
    admission = (await redeem(db, await code_of(db), 900)).admission
    await admissions.decide(
        db, guild_id=GUILD, admission_id=admission.id, moderator_id=7, approve=False, reason=None, now=NOW + 2
    )
    assert (await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 3)).admission is None


async def test_an_open_request_closes_as_left_and_an_entry_leaves_the_waitlist(db, database_target):
    await configure(db, approval=True, waitlist=True)
    admission = (await redeem(db, await code_of(db), 900)).admission
    person = Newcomer(user_id=901, username="n901", role_ids=frozenset())
    await waitlist_joining.join(
        db, guild_id=GUILD, channel_id=WELCOME, person=person, about=None, defaults=DEFAULTS, now=NOW
    )
    await bans.member_banned(db, guild_id=GUILD, user_id=900, now=NOW + 3)
    await bans.member_banned(db, guild_id=GUILD, user_id=901, now=NOW + 3)
    closed = await admissions.get_admission(db, guild_id=GUILD, admission_id=admission.id)
    assert closed.status is admissions.AdmissionStatus.LEFT
    assert rows(database_target, "SELECT status FROM waitlist") == [("left",)]


async def test_the_banned_persons_invitees_are_listed_once_each(db):
    admission = (await redeem(db, await code_of(db), 900)).admission
    codes = [await code_of(db, inviter=900) for _ in range(2)]
    await redeem(db, codes[0], 1001)
    await redeem(db, codes[1], 1002)
    facts = await bans.ban_facts(db, guild_id=GUILD, admission_id=admission.id)
    assert sorted(facts.invitees) == [1001, 1002]


@pytest.mark.parametrize("round_", range(10))
async def test_a_ban_racing_a_redemption_of_the_banned_members_code(database_target, round_):
    """Either the redemption commits first (the newcomer is in, and the ban revokes the code's other uses) or the
    ban does (the code is revoked and the redemption refused): never a code of a banned member still working."""
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100, max_uses_per_code=10)
        code = await invites.create_code(db, guild_id=GUILD, member=member(500), defaults=DEFAULTS, now=NOW, uses=2)
        redeeming = redeem(db, code.code, 900)
        banning = bans.member_banned(db, guild_id=GUILD, user_id=500, now=NOW + 1)
        if round_ % 2:
            redeemed, _ = await asyncio.gather(redeeming, banning, return_exceptions=True)
        else:
            _, redeemed = await asyncio.gather(banning, redeeming, return_exceptions=True)
        [after] = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=500, now=NOW + 2)
        assert after.status(NOW + 2) is CodeStatus.REVOKED
        assert isinstance(redeemed, (redemptions.Redemption, CodeRefused)), redeemed
        outcomes.add(type(redeemed).__name__)


def test_both_sides_won_some_race():
    assert len(outcomes) == 2 or not outcomes, outcomes
