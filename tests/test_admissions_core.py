import asyncio

import pytest

from bot import admissions, invites
from bot.admissions import (
    AdmissionStatus,
    AlreadyMember,
    CodeRefused,
    LockedOut,
    Newcomer,
    RequestNotFound,
    StillWaiting,
    WrongChannel,
)
from bot.storage import Storage
from tests.core import DEFAULTS, GUILD, MEMBER_ROLE, NOW, WELCOME, configure, member


@pytest.fixture
async def storage(tmp_path):
    opened = await Storage.open(tmp_path / "core.db")
    await configure(opened, invites_per_member=100, max_uses_per_code=10)
    yield opened
    await opened.close()


async def new_code(storage, uses=1, **options):
    created = await invites.create_code(
        storage, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW, uses=uses, **options
    )
    return created.code.display


def newcomer(user_id=900, name="bob", roles=()):
    return Newcomer(user_id=user_id, username=name, role_ids=frozenset(roles))


def redeem(storage, code, who=None, at=NOW + 1, channel=WELCOME):
    return admissions.redeem(
        storage,
        guild_id=GUILD,
        channel_id=channel,
        newcomer=who or newcomer(),
        code_text=code,
        defaults=DEFAULTS,
        now=at,
    )


async def failure(storage, code, **kwargs) -> CodeRefused:
    with pytest.raises(CodeRefused) as refused:
        await redeem(storage, code, **kwargs)
    return refused.value


async def test_redeeming_records_who_vouched(storage):
    code = await new_code(storage, note="my cousin")
    redemption = await redeem(storage, code.lower())
    admission = redemption.admission
    assert admission.status is AdmissionStatus.ROLES_PENDING
    assert (admission.inviter_id, admission.code_display, admission.code_note) == (500, code, "my cousin")


async def test_checks_come_in_the_spec_order(storage):
    code = await new_code(storage)
    with pytest.raises(WrongChannel):
        await redeem(storage, "garbage", channel=WELCOME + 1)
    with pytest.raises(AlreadyMember):
        await redeem(storage, "garbage", who=newcomer(roles=[MEMBER_ROLE]))
    await redeem(storage, code)
    with pytest.raises(StillWaiting):
        await redeem(storage, "garbage")


@pytest.mark.parametrize("reason", CodeRefused.REASONS)
async def test_every_refusal_names_its_reason_and_spends_nothing(storage, reason):
    code = await new_code(storage)
    typed = {"malformed": "nope", "unknown": "AAAA-AAAA-AAAA"}.get(reason, code)
    at = NOW + 1
    if reason == "expired":
        at = NOW + 8 * 86_400
    elif reason == "used up":
        await redeem(storage, code, who=newcomer(1, "first"))
    elif reason == "revoked":
        await invites.revoke_code(storage, guild_id=GUILD, code_text=code, by_user=500, as_admin=False, now=NOW)
    elif reason == "reserved":
        typed = await new_code(storage, for_user="carol")
    refused = await failure(storage, typed, at=at)
    assert refused.reason == reason and reason in str(refused)
    uses = {
        c.display: c.uses for c in await invites.list_guild_codes(storage, guild_id=GUILD, inviter_id=None, now=NOW)
    }
    assert sum(uses.values()) == (1 if reason == "used up" else 0)


async def test_reservation_accepts_username_or_id(storage):
    by_name = await new_code(storage, for_user="bob")
    by_id = await new_code(storage, for_user="901")
    await redeem(storage, by_name, who=newcomer(900, "Bob"))
    await redeem(storage, by_id, who=newcomer(901, "someone"))


async def test_five_failures_lock_out_and_a_success_clears_the_count(storage):
    code = await new_code(storage)
    for attempt in range(4):
        refused = await failure(storage, "AAAA-AAAA-AAAA", at=NOW + attempt)
        assert refused.locked_until is None
    locked = await failure(storage, "AAAA-AAAA-AAAA", at=NOW + 10)
    assert locked.locked_until == NOW + 10 + 15 * 60
    with pytest.raises(LockedOut):
        await redeem(storage, code, at=NOW + 11)  # the good code is not even looked at
    await redeem(storage, code, at=NOW + 10 + 15 * 60)


async def test_failures_outside_the_window_do_not_count(storage):
    for attempt in range(4):
        await failure(storage, "x", at=NOW + attempt)
    refused = await failure(storage, "x", at=NOW + 16 * 60)
    assert refused.locked_until is None


async def test_a_burst_of_failures_alerts_moderators_once(storage):
    alerts = []
    for attempt in range(45):
        refused = await failure(
            storage, "AAAA-AAAA-AAAA", who=newcomer(2_000 + attempt, f"u{attempt}"), at=NOW + attempt
        )
        alerts.append(refused.alert_guild)
    assert alerts.count(True) == 1 and alerts.index(True) == admissions.GUESS_ALERT_THRESHOLD - 1


async def decide(storage, admission_id, moderator=7, approve=True, reason=None):
    return await admissions.decide(
        storage,
        guild_id=GUILD,
        admission_id=admission_id,
        moderator_id=moderator,
        approve=approve,
        reason=reason,
        now=NOW + 5,
    )


async def test_another_guilds_request_is_not_found(tmp_path):
    storage = await Storage.open(tmp_path / "g.db")
    try:
        await configure(storage, approval=True)
        admission = (await redeem(storage, await new_code(storage))).admission
        with pytest.raises(RequestNotFound):
            await admissions.decide(
                storage,
                guild_id=GUILD + 1,
                admission_id=admission.id,
                moderator_id=7,
                approve=True,
                reason=None,
                now=NOW,
            )
    finally:
        await storage.close()


async def test_finish_happens_once(storage):
    admission = (await redeem(storage, await new_code(storage))).admission
    first, second = await asyncio.gather(
        *(
            admissions.finish(storage, admission_id=admission.id, status=AdmissionStatus.ADMITTED, now=NOW)
            for _ in range(2)
        )
    )
    assert [first is None, second is None].count(True) == 1


async def test_lineage_traces_both_ways(storage):
    admission = (await redeem(storage, await new_code(storage))).admission
    traced = await admissions.lineage(storage, guild_id=GUILD, user_id=900)
    assert [a.id for a in traced.admissions] == [admission.id]
    assert [a.user_id for a in (await admissions.lineage(storage, guild_id=GUILD, user_id=500)).invited] == [900]
