"""Screening at the core (SPEC section 13): holds, the minimum account age and returning members, on both
databases; and the new policy keys in the config file."""

import pytest

from bot.config import ConfigError, load_config
from bot.core import admissions, bans, invites, redemptions, suspensions
from bot.core.admissions import AdmissionStatus
from bot.core.holds import Hold
from bot.core.people import Newcomer, account_created_at
from bot.core.policy import Returning
from bot.core.screening import CodeNeeded, CodeNeededBecause
from tests.core.guild import ADMIN, DEFAULTS, GUILD, MEMBER_ROLE, NOW, WELCOME, configure, member, opened

DAY = 86_400
# An account made at NOW - 10 days, as Discord writes its ID.
TEN_DAYS_OLD = ((NOW - 10 * DAY) * 1000 - 1_420_070_400_000) << 22
INVITER = member(600)


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db, invites_per_member=100)
        yield db


def newcomer(user_id=TEN_DAYS_OLD, *roles, avatar=False, joined_at=None):
    return Newcomer(user_id=user_id, username="bob", role_ids=frozenset(roles), has_avatar=avatar, joined_at=joined_at)


async def redeem(db, code=None, who=None, at=NOW):
    """bob redeems at `at`, having joined the server then (after any earlier admission: he left in between)."""
    who = who or newcomer(joined_at=at)
    return await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=who, code_text=code, defaults=DEFAULTS, now=at
    )


async def fresh_code(db, at=NOW):
    created = await invites.create_code(db, guild_id=GUILD, member=INVITER, defaults=DEFAULTS, now=at)
    return created.code.display


async def admitted(db, at=NOW):
    """bob redeems (approval off) and gets his roles: admitted. The core knows no more of him (he may leave)."""
    redemption = await redeem(db, await fresh_code(db, at), at=at)
    await db.transaction(lambda tx: admissions.roles_granted(tx, redemption.admission.id, at))
    return redemption.admission


def test_an_accounts_age_is_read_from_its_id():
    assert account_created_at(175928847299117063) == 1462015105  # Discord's documented example
    assert account_created_at(TEN_DAYS_OLD) == NOW - 10 * DAY


async def test_an_account_younger_than_the_minimum_is_held_for_a_moderator(db):
    await configure(db, min_account_age_days=11)
    redemption = await redeem(db, await fresh_code(db))
    assert redemption.admission.status is AdmissionStatus.AWAITING_APPROVAL
    assert redemption.admission.approval_required and redemption.admission.holds == (Hold.YOUNG_ACCOUNT,)
    stored = await admissions.get_admission(db, guild_id=GUILD, admission_id=redemption.admission.id)
    assert stored.holds == (Hold.YOUNG_ACCOUNT,) and stored.has_avatar is False and not stored.came_back


async def test_an_account_as_old_as_the_minimum_is_not_held(db):
    await configure(db, min_account_age_days=10)
    redemption = await redeem(db, await fresh_code(db), who=newcomer(avatar=True))
    assert redemption.admission.status is AdmissionStatus.ROLES_PENDING and redemption.admission.holds == ()
    assert redemption.admission.has_avatar is True


async def test_a_stranger_without_a_code_needs_one_and_it_is_no_failed_attempt(db):
    for _ in range(DEFAULTS.redeem_attempts + 1):
        with pytest.raises(CodeNeeded) as refused:
            await redeem(db)
        assert refused.value.because is CodeNeededBecause.NOT_RETURNING
    await redeem(db, await fresh_code(db))  # not locked out


@pytest.mark.parametrize(
    ("policy", "status", "holds"),
    [
        (Returning.APPROVE, AdmissionStatus.AWAITING_APPROVAL, (Hold.RETURNING,)),
        (Returning.READMIT, AdmissionStatus.ROLES_PENDING, ()),
    ],
)
async def test_a_former_member_comes_back_as_the_policy_says(db, policy, status, holds):
    await configure(db, returning=policy.value)
    first = await admitted(db)
    back = await redeem(db, at=NOW + DAY)
    assert back.admission.came_back and back.admission.status is status and back.admission.holds == holds
    assert (back.admission.code, back.admission.inviter_id) == (first.code, first.inviter_id)
    codes = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=INVITER.user_id, now=NOW + DAY)
    assert [code.uses for code in codes] == [1]


async def test_policy_code_asks_a_former_member_for_a_new_code(db):
    await configure(db, returning="code")
    await admitted(db)
    with pytest.raises(CodeNeeded) as refused:
        await redeem(db, at=NOW + DAY)
    assert refused.value.because is CodeNeededBecause.POLICY


async def test_a_member_now_is_refused_as_a_member(db):
    await admitted(db)
    with pytest.raises(redemptions.AlreadyMember):
        await redeem(db, who=newcomer(TEN_DAYS_OLD, MEMBER_ROLE), at=NOW + DAY)


@pytest.mark.parametrize("flag", [Hold.BANNED_BEFORE, Hold.SUSPENDED])
async def test_banned_or_suspended_always_need_a_code_and_a_moderator(db, flag):
    await configure(db, returning="readmit")
    await admitted(db)
    if flag is Hold.BANNED_BEFORE:
        await bans.member_banned(db, guild_id=GUILD, user_id=TEN_DAYS_OLD, now=NOW + 1)
    else:
        await suspensions.suspend(
            db, guild_id=GUILD, user_id=TEN_DAYS_OLD, by=ADMIN, reason=None, branch=False, now=NOW + 1
        )
    with pytest.raises(CodeNeeded) as refused:
        await redeem(db, at=NOW + DAY)
    assert refused.value.because is CodeNeededBecause.FLAGGED
    with_code = await redeem(db, await fresh_code(db, NOW + DAY), at=NOW + DAY)
    assert with_code.admission.status is AdmissionStatus.AWAITING_APPROVAL and with_code.admission.holds == (flag,)


async def test_someone_denied_needs_a_code_and_a_moderator(db):
    await configure(db, approval=True)
    first = await redeem(db, await fresh_code(db))
    await admissions.decide(
        db, guild_id=GUILD, admission_id=first.admission.id, moderator_id=ADMIN, approve=False, reason=None, now=NOW
    )
    await configure(db, approval=False)
    with pytest.raises(CodeNeeded) as refused:
        await redeem(db, at=NOW + 1)
    assert refused.value.because is CodeNeededBecause.NOT_RETURNING  # never let in: not someone coming back
    again = await redeem(db, await fresh_code(db, NOW + 1), at=NOW + 1)
    assert again.admission.holds == (Hold.DENIED_BEFORE,) and again.admission.approval_required
    facts = await admissions.request_facts(db, guild_id=GUILD, admission_id=again.admission.id)
    assert [earlier.id for earlier in facts.earlier] == [first.admission.id]


def write(tmp_path, defaults):
    path = tmp_path / "doorman.toml"
    path.write_text(f'[bot]\ndatabase = "d.db"\n[defaults]\n{defaults}\n', encoding="utf-8")
    return path


def test_the_config_takes_the_new_policy_keys(tmp_path):
    config = load_config(write(tmp_path, 'returning = "readmit"\nmin_account_age_days = 7'), environ={})
    assert config.defaults.returning is Returning.READMIT and config.defaults.min_account_age_days == 7
    assert load_config(write(tmp_path, ""), environ={}).defaults.returning is Returning.APPROVE


@pytest.mark.parametrize(
    ("defaults", "message"),
    [
        ('returning = "maybe"', "defaults.returning must be one of approve, readmit, code"),
        ("returning = 1", "defaults.returning must be one of"),
        ("min_account_age_days = 3651", "defaults.min_account_age_days must be a whole number from 0 to 3650"),
    ],
)
def test_the_config_refuses_bad_values(tmp_path, defaults, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, defaults), environ={})
