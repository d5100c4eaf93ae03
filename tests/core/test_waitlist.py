"""The waitlist's rules without Discord (SPEC section 10), on both databases."""

import asyncio

import pytest

from bot.core import invites, redemptions, waitlist, waitlist_decisions, waitlist_joining
from bot.core.codes import CodeKind, CodeStatus, ReservationById
from bot.core.people import Newcomer
from bot.core.quotas import DAY
from bot.core.waitlist import EntryDecided, EntryStatus, NotOnWaitlist
from bot.core.waitlist_joining import (
    AdmissionOpen,
    AlreadyOnWaitlist,
    DeclinedRecently,
    WaitlistClosed,
    WaitlistForMembers,
    WaitlistWrongChannel,
)
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, NOW, WELCOME, configure, member, opened

MOD = 77
PEOPLE = [123_456_789_012_345_000 + i for i in range(5)]  # account IDs: snowflakes


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        yield db


def person(i=0, *roles):
    return Newcomer(user_id=PEOPLE[i], username=f"p{i}", role_ids=frozenset(roles), locale="de")


def join(db, i=0, *, at=NOW, channel=WELCOME, roles=(), about=None):
    return waitlist_joining.join(
        db, guild_id=GUILD, channel_id=channel, person=person(i, *roles), about=about, defaults=DEFAULTS, now=at
    )


def invite(db, entry_id, *, by=MOD, at=NOW + 10):
    return waitlist_decisions.invite(db, guild_id=GUILD, entry_id=entry_id, moderator_id=by, defaults=DEFAULTS, now=at)


def redeem(db, code, i=0, at=NOW + 20):
    return redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=person(i), code_text=code, defaults=DEFAULTS, now=at
    )


async def test_positions_count_waiting_entries_by_join_time(db):
    joined = [await join(db, i, at=NOW + i) for i in range(3)]
    assert [j.position for j in joined] == [1, 2, 3]
    await invite(db, joined[0].entry.id)
    third = await waitlist_joining.standing(db, guild_id=GUILD, user_id=PEOPLE[2], defaults=DEFAULTS, now=NOW + 11)
    assert third.position == 2
    first = await waitlist_joining.standing(db, guild_id=GUILD, user_id=PEOPLE[0], defaults=DEFAULTS, now=NOW + 11)
    assert first.entry.status is EntryStatus.INVITED and first.position is None and first.code is not None


async def test_join_refusals_in_order(db):
    with pytest.raises(WaitlistWrongChannel):
        await join(db, channel=WELCOME + 1)
    with pytest.raises(WaitlistForMembers):
        await join(db, roles=(MEMBER_ROLE,))
    await join(db)
    with pytest.raises(AlreadyOnWaitlist) as already:
        await join(db)
    assert already.value.status is EntryStatus.WAITING and already.value.position == 1


async def test_the_waitlist_closed_by_policy(database_target):
    async with opened(database_target) as db:
        await configure(db, waitlist=False)
        with pytest.raises(WaitlistClosed):
            await join(db)


async def test_someone_with_an_open_admission_cannot_join(database_target):
    async with opened(database_target) as db:
        await configure(db, approval=True)
        created = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW)
        await redeem(db, created.code.display, at=NOW + 1)
        with pytest.raises(AdmissionOpen):
            await join(db, at=NOW + 2)


async def test_invite_makes_a_single_use_waitlist_code_reserved_by_id_without_quota(db):
    entry = (await join(db)).entry
    invited = await invite(db, entry.id)
    code = invited.code
    assert code.kind is CodeKind.WAITLIST and code.max_uses == 1 and code.inviter_id == MOD
    assert code.for_user == ReservationById(PEOPLE[0]) and code.expires_at == NOW + 10 + 7 * DAY
    assert invited.entry.status is EntryStatus.INVITED and invited.entry.code_id == code.id
    assert invited.entry.decided_by == MOD


async def test_two_invites_at_once_make_one_code(db):
    entry = (await join(db)).entry
    results = await asyncio.gather(
        invite(db, entry.id, by=MOD), invite(db, entry.id, by=MOD + 1), return_exceptions=True
    )
    [winner] = [r for r in results if not isinstance(r, BaseException)]
    [loser] = [r for r in results if isinstance(r, BaseException)]
    assert isinstance(loser, EntryDecided) and loser.decided_by == winner.entry.decided_by
    codes = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW + 11)
    assert len(codes) == 1


async def test_redeeming_the_code_closes_the_entry(db):
    entry = (await join(db)).entry
    code = (await invite(db, entry.id)).code
    await redeem(db, code.display)
    closed = await waitlist.get_entry(db, guild_id=GUILD, entry_id=entry.id)
    assert closed.status is EntryStatus.REDEEMED and closed.closed_at == NOW + 20


async def test_redeeming_another_code_revokes_the_unused_waitlist_code(db):
    entry = (await join(db)).entry
    sent = (await invite(db, entry.id)).code
    other = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW + 12)
    await redeem(db, other.code.display)
    [listed] = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=MOD, now=NOW + 21)
    assert listed.id == sent.id and listed.status(NOW + 21) is CodeStatus.REVOKED
    assert (await waitlist.get_entry(db, guild_id=GUILD, entry_id=entry.id)).status is EntryStatus.REDEEMED


async def test_an_invite_after_the_redemption_is_told_they_redeemed(db):
    entry = (await join(db)).entry
    other = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW + 1)
    await redeem(db, other.code.display, at=NOW + 2)
    with pytest.raises(EntryDecided) as decided:
        await invite(db, entry.id)
    assert decided.value.status is EntryStatus.REDEEMED and decided.value.closed_at == NOW + 2


async def test_a_decline_keeps_them_off_for_the_cooldown(db):
    entry = (await join(db)).entry
    await waitlist_decisions.decline(db, guild_id=GUILD, entry_id=entry.id, moderator_id=MOD, reason="no", now=NOW + 5)
    with pytest.raises(DeclinedRecently) as recently:
        await join(db, at=NOW + 6)
    assert recently.value.until == NOW + 5 + 30 * DAY
    again = await join(db, at=NOW + 5 + 30 * DAY)
    assert again.position == 1
    history = await waitlist.history(db, guild_id=GUILD, user_id=PEOPLE[0])
    assert [e.status for e in history] == [EntryStatus.WAITING, EntryStatus.DECLINED]


async def test_a_member_vouching_invites_a_waiting_person(db):
    entry = (await join(db)).entry
    created = await invites.create_code(
        db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW + 3, for_user=ReservationById(PEOPLE[0])
    )
    assert created.vouched is not None and created.vouched.id == entry.id
    assert created.vouched.decided_by == member().user_id and created.vouched.code_id == created.code.id
    assert created.code.kind is CodeKind.MEMBER


async def test_leaving_closes_the_entry_and_revokes_an_unused_moderators_code(db):
    entry = (await join(db)).entry
    sent = (await invite(db, entry.id)).code
    left = await waitlist_decisions.leave(db, guild_id=GUILD, user_id=PEOPLE[0], now=NOW + 30)
    assert left.status is EntryStatus.LEFT
    [listed] = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=MOD, now=NOW + 31)
    assert listed.id == sent.id and listed.revoked_at == NOW + 30
    with pytest.raises(NotOnWaitlist):
        await waitlist_decisions.leave(db, guild_id=GUILD, user_id=PEOPLE[0], now=NOW + 31)


async def test_an_invitation_whose_code_expired_unused_lapses_when_they_join_again(db):
    entry = (await join(db)).entry
    await invite(db, entry.id)
    with pytest.raises(AlreadyOnWaitlist):
        await join(db, at=NOW + 11)
    again = await join(db, at=NOW + 10 + 7 * DAY)
    assert again.position == 1 and again.entry.id != entry.id
    lapsed = await waitlist.get_entry(db, guild_id=GUILD, entry_id=entry.id)
    assert lapsed.status is EntryStatus.LAPSED and lapsed.closed_at == NOW + 10 + 7 * DAY


async def test_invite_and_a_redemption_at_once_leave_no_usable_waitlist_code(db):
    entry = (await join(db)).entry
    other = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW + 1)
    results = await asyncio.gather(invite(db, entry.id), redeem(db, other.code.display), return_exceptions=True)
    invited, redeemed = results
    assert not isinstance(redeemed, BaseException)
    closed = await waitlist.get_entry(db, guild_id=GUILD, entry_id=entry.id)
    assert closed.status is EntryStatus.REDEEMED
    sent = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=MOD, now=NOW + 30)
    if isinstance(invited, EntryDecided):  # the redemption committed first: no code was made
        assert invited.status is EntryStatus.REDEEMED and sent == []
    else:  # the Invite committed first: the redemption revoked its code
        assert [code.status(NOW + 30) for code in sent] == [CodeStatus.REVOKED]
