import asyncio

import pytest

from bot.core import admissions, deliveries, invites, redemptions
from bot.core.admissions import AdmissionStatus, RequestNotFound
from bot.core.inputs import parse_for_user
from bot.core.owed import DirectMessage, DirectMessageAbout
from bot.core.people import Newcomer
from bot.core.redemptions import AlreadyMember, CodeProblem, CodeRefused, LockedOut, StillWaiting, WrongChannel
from tests.core.guild import DEFAULTS, GUILD, MEMBER_ROLE, NOW, WELCOME, configure, member, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100, max_uses_per_code=10)
        yield db


async def new_code(db, uses=1, **options):
    created = await invites.create_code(
        db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=uses, **options
    )
    return created.code.display


CAROL = 123_456_789_012_345_678  # an account ID: a snowflake


def newcomer(user_id=900, name="bob", roles=()):
    return Newcomer(user_id=user_id, username=name, role_ids=frozenset(roles))


def redeem(db, code, who=None, at=NOW + 1, channel=WELCOME):
    return redemptions.redeem(
        db,
        guild_id=GUILD,
        channel_id=channel,
        newcomer=who or newcomer(),
        code_text=code,
        defaults=DEFAULTS,
        now=at,
    )


async def failure(db, code, **kwargs) -> CodeRefused:
    with pytest.raises(CodeRefused) as refused:
        await redeem(db, code, **kwargs)
    return refused.value


async def test_redeeming_records_who_vouched(db):
    code = await new_code(db, note="my cousin")
    redemption = await redeem(db, code.lower())
    admission = redemption.admission
    assert admission.status is AdmissionStatus.ROLES_PENDING
    assert (admission.inviter_id, admission.code_display, admission.code_note) == (500, code, "my cousin")


async def test_checks_come_in_the_spec_order(db):
    code = await new_code(db)
    with pytest.raises(WrongChannel):
        await redeem(db, "garbage", channel=WELCOME + 1)
    with pytest.raises(AlreadyMember):
        await redeem(db, "garbage", who=newcomer(roles=[MEMBER_ROLE]))
    await redeem(db, code)
    with pytest.raises(StillWaiting):
        await redeem(db, "garbage")


@pytest.mark.parametrize("reason", list(CodeProblem))
async def test_every_refusal_names_its_reason_and_spends_nothing(db, reason):
    code = await new_code(db)
    typed = {"malformed": "nope", "unknown": "AAAA-AAAA-AAAA"}.get(reason, code)
    at = NOW + 1
    if reason == "expired":
        at = NOW + 8 * 86_400
    elif reason == "used up":
        await redeem(db, code, who=newcomer(1, "first"))
    elif reason == "revoked":
        await invites.revoke_code(db, guild_id=GUILD, code_text=code, by_user=500, as_admin=False, now=NOW)
    elif reason == "reserved":
        typed = await new_code(db, for_user=parse_for_user("carol"))
    refused = await failure(db, typed, at=at)
    assert refused.reason == reason
    uses = {c.display: c.uses for c in await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)}
    assert sum(uses.values()) == (1 if reason == "used up" else 0)


async def test_a_reservation_by_username_ignores_case_and_one_by_id_ignores_the_username(db):
    by_name = await new_code(db, for_user=parse_for_user("bob"))
    by_id = await new_code(db, for_user=parse_for_user(str(CAROL)))
    await redeem(db, by_name, who=newcomer(900, "Bob"))
    await redeem(db, by_id, who=newcomer(CAROL, "someone"))


async def test_a_code_reserved_by_id_is_refused_to_a_username_that_spells_the_id(db):
    code = await new_code(db, for_user=parse_for_user(str(CAROL)))
    refused = await failure(db, code, who=newcomer(900, str(CAROL)))
    assert refused.reason is CodeProblem.RESERVED
    await redeem(db, code, who=newcomer(CAROL, "carol"))


async def test_five_failures_lock_out_and_a_success_clears_the_count(db):
    code = await new_code(db)
    for attempt in range(4):
        refused = await failure(db, "AAAA-AAAA-AAAA", at=NOW + attempt)
        assert refused.locked_until is None
    locked = await failure(db, "AAAA-AAAA-AAAA", at=NOW + 10)
    assert locked.locked_until == NOW + 10 + 15 * 60
    with pytest.raises(LockedOut):
        await redeem(db, code, at=NOW + 11)  # the good code is not even looked at
    await redeem(db, code, at=NOW + 10 + 15 * 60)


async def test_failures_outside_the_window_do_not_count(db):
    for attempt in range(4):
        await failure(db, "x", at=NOW + attempt)
    refused = await failure(db, "x", at=NOW + 16 * 60)
    assert refused.locked_until is None


async def test_a_burst_of_failures_alerts_moderators_once(db):
    alerts = []
    for attempt in range(45):
        refused = await failure(db, "AAAA-AAAA-AAAA", who=newcomer(2_000 + attempt, f"u{attempt}"), at=NOW + attempt)
        alerts.append(refused.alert_guild)
    assert alerts.count(True) == 1 and alerts.index(True) == redemptions.GUESS_ALERT_THRESHOLD - 1


async def decide(db, admission_id, moderator=7, approve=True, reason=None):
    return await admissions.decide(
        db,
        guild_id=GUILD,
        admission_id=admission_id,
        moderator_id=moderator,
        approve=approve,
        reason=reason,
        now=NOW + 5,
    )


async def test_another_guilds_request_is_not_found(database_target):
    async with opened(database_target) as db:
        await configure(db, approval=True)
        admission = (await redeem(db, await new_code(db))).admission
        with pytest.raises(RequestNotFound):
            await admissions.decide(
                db,
                guild_id=GUILD + 1,
                admission_id=admission.id,
                moderator_id=7,
                approve=True,
                reason=None,
                now=NOW,
            )


async def test_a_grant_completes_once(db):
    """Two carriers finishing the same grant (a retry racing the worker) admit once and owe the DM once."""
    admission = (await redeem(db, await new_code(db))).admission

    async def granted(tx):
        await admissions.roles_granted(tx, admission.id, NOW)

    await asyncio.gather(db.transaction(granted), db.transaction(granted))
    owed = [d.owed for d in await deliveries.owed_for(db, admission_id=admission.id)]
    assert owed.count(DirectMessage(500, DirectMessageAbout.INVITEE_JOINED, admission.id)) == 1
    [after] = (await admissions.lineage(db, guild_id=GUILD, user_id=900)).admissions
    assert after.status is AdmissionStatus.ADMITTED


async def test_lineage_traces_both_ways(db):
    admission = (await redeem(db, await new_code(db))).admission
    traced = await admissions.lineage(db, guild_id=GUILD, user_id=900)
    assert [a.id for a in traced.admissions] == [admission.id]
    assert [a.user_id for a in (await admissions.lineage(db, guild_id=GUILD, user_id=500)).invited] == [900]
