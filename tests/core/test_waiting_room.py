"""The waiting room's rules without Discord (SPEC section 13), on both databases: what a join owes, and what the
timers check again when they fall due."""

import pytest

from bot.core import admissions, invites, redemptions, waiting_room, waitlist_joining
from bot.core.owed import RemindWaiting
from bot.core.people import Newcomer
from bot.core.settings import update_settings
from bot.core.waiting_room import HOUR, NeedsMembersIntent, Stay, kick_time, refuse_without_intent, stay_of
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened
from tests.databases import rows

CAROL = 123_456_789_012_345_678  # an account ID: a snowflake
JOINED = NOW + 10


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100, remind_after_hours=2, kick_after_hours=24)
        yield db


def joined(db, at=JOINED):
    return waiting_room.member_joined(db, guild_id=GUILD, user_id=CAROL, joined_at=at, defaults=DEFAULTS, now=at)


def waiting(db, at=JOINED):
    return stay_of(db, guild_id=GUILD, user_id=CAROL, joined_at=at)


async def redeem(db, at):
    created = await invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=at)
    newcomer = Newcomer(user_id=CAROL, username="carol", role_ids=frozenset())
    redeemed = await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=created.code.display,
        defaults=DEFAULTS, now=at,
    )  # fmt: skip
    return redeemed.admission


def timers(database_target):
    found = rows(database_target, "SELECT kind, payload, due_at FROM deliveries WHERE kind LIKE '%_waiting'")
    return sorted((kind, due) for kind, _, due in found)


async def test_a_join_owes_a_reminder_and_a_kick_when_their_hours_pass(db, database_target):
    assert await joined(db) == 2
    assert timers(database_target) == [("kick_waiting", JOINED + 24 * HOUR), ("remind_waiting", JOINED + 2 * HOUR)]


async def test_a_join_owes_only_the_timers_switched_on(db, database_target):
    await update_settings(db, GUILD, DEFAULTS, {"remind_after_hours": 0}, by=ADMIN, command="policy", now=NOW)
    assert await joined(db) == 1
    assert timers(database_target) == [("kick_waiting", JOINED + 24 * HOUR)]


async def test_a_join_owes_nothing_in_a_server_not_set_up(database_target):
    async with opened(database_target) as db:
        await update_settings(db, GUILD, DEFAULTS, {"kick_after_hours": 5}, by=ADMIN, command="policy", now=NOW)
        assert await joined(db) == 0
    assert timers(database_target) == []


async def test_the_timers_are_stored_with_the_join_they_were_owed_for(db, database_target):
    await joined(db)
    payloads = rows(database_target, "SELECT payload FROM deliveries WHERE kind LIKE '%_waiting'")
    assert len(payloads) == 2
    assert all(f'"joined_at": {JOINED}' in payload and str(CAROL) in payload for (payload,) in payloads)


async def test_someone_with_nothing_in_doorman_is_still_waiting(db):
    assert await waiting(db) is Stay.WAITING


async def test_an_open_request_or_pending_roles_means_asked(db):
    admission = await redeem(db, JOINED + HOUR)
    assert admission.status is admissions.AdmissionStatus.ROLES_PENDING
    assert await waiting(db) is Stay.ASKED


async def test_a_denied_request_leaves_them_waiting(db):
    await update_settings(db, GUILD, DEFAULTS, {"approval": True}, by=ADMIN, command="policy", now=NOW)
    admission = await redeem(db, JOINED + HOUR)
    assert await waiting(db) is Stay.ASKED
    await admissions.decide(
        db,
        guild_id=GUILD,
        admission_id=admission.id,
        approve=False,
        moderator_id=ADMIN,
        reason=None,
        now=JOINED + 2 * HOUR,
    )
    assert await waiting(db) is Stay.WAITING


async def test_someone_admitted_since_they_joined_is_not_waiting(db):
    admission = await redeem(db, JOINED + HOUR)

    async def grant(tx):
        await admissions.roles_granted(tx, admission.id, JOINED + HOUR)

    await db.transaction(grant)
    assert await waiting(db) is Stay.LET_IN


async def test_an_admission_from_an_earlier_stay_does_not_count(db):
    admission = await redeem(db, JOINED - 100 * HOUR)

    async def granted(tx):
        await admissions.roles_granted(tx, admission.id, JOINED - 100 * HOUR)

    await db.transaction(granted)
    assert await waiting(db) is Stay.WAITING  # they came in before, left, and joined again at JOINED without a code


async def test_someone_on_the_waitlist_is_not_waiting(db):
    newcomer = Newcomer(user_id=CAROL, username="carol", role_ids=frozenset(), locale="de")
    await waitlist_joining.join(
        db, guild_id=GUILD, channel_id=WELCOME, person=newcomer, about=None, defaults=DEFAULTS, now=JOINED + 1
    )
    assert await waiting(db) is Stay.ASKED


def test_the_timers_are_refused_without_the_members_intent():
    with pytest.raises(NeedsMembersIntent) as refused:
        refuse_without_intent({"kick_after_hours": 24, "remind_after_hours": 0, "approval": True}, members_intent=False)
    assert refused.value.keys == ("kick_after_hours",)
    refuse_without_intent({"kick_after_hours": 24}, members_intent=True)
    refuse_without_intent({"kick_after_hours": 0, "remind_after_hours": 0}, members_intent=False)  # off is fine


def test_the_reminder_names_the_kick_as_it_will_come():
    reminder = RemindWaiting(CAROL, JOINED, kick_at=JOINED + 24 * HOUR)
    assert kick_time(reminder, 24) == JOINED + 24 * HOUR
    assert kick_time(reminder, 48) == JOINED + 48 * HOUR  # lengthened since: the kick waits for it
    assert kick_time(reminder, 12) == JOINED + 24 * HOUR  # shortened since: the kick keeps its time
    assert kick_time(reminder, 0) is None  # switched off
    assert kick_time(RemindWaiting(CAROL, JOINED, kick_at=None), 24) is None  # switched on after they joined
