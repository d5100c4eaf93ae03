import pytest

from bot.core import invites, quotas
from bot.core.codes import CodeStatus
from bot.core.invites import UsesOutOfRange
from bot.core.people import Member
from bot.core.quotas import DAY, QuotaExhausted
from bot.core.refusals import Authority, NotAllowed, NotSetUp
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, configure, member, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


def create(db, who=None, at=NOW, **options):
    return invites.create_code(db, guild_id=GUILD, member=who or member(), defaults=DEFAULTS, now=at, **options)


async def test_a_new_code_uses_the_guild_lifetime_and_spends_quota(db):
    created = await create(db, uses=2)
    assert created.code.expires_at == NOW + 7 * DAY
    assert created.code.status(NOW) is CodeStatus.ACTIVE
    assert (created.quota.used, created.quota.remaining) == (2, 1)


async def test_quota_is_enforced_in_uses_not_codes(db):
    await create(db, uses=2)
    with pytest.raises(QuotaExhausted) as refused:
        await create(db, uses=2)
    assert (refused.value.status.remaining, refused.value.status.rule.limit) == (1, 3)
    await create(db, uses=1)


async def test_revoking_gives_unused_uses_back_but_expiry_does_not(db):
    first = await create(db, uses=3)
    await invites.revoke_code(db, guild_id=GUILD, code_text=first.code.code, by_user=500, as_admin=False, now=NOW + 1)
    expiring = await create(db, uses=3, expires_in=60, at=NOW + 2)
    assert expiring.quota.remaining == 0
    with pytest.raises(QuotaExhausted):
        await create(db, at=NOW + 3600)


async def test_uses_come_back_when_the_window_rolls_past(db):
    await create(db, uses=3)
    with pytest.raises(QuotaExhausted):
        await create(db, at=NOW + 30 * DAY - 1)
    await create(db, at=NOW + 30 * DAY)


async def test_role_quota_and_grant_and_admin(db):
    await quotas.set_role_quota(
        db, guild_id=GUILD, role_id=77, amount=0, period_days=None, defaults=DEFAULTS, by=ADMIN, now=NOW
    )
    with pytest.raises(QuotaExhausted) as refused:
        await create(db, who=member(500, 77))
    assert refused.value.status.rule.limit == 0
    status = await quotas.set_grant(
        db, guild_id=GUILD, member=member(500, 77), amount=2, defaults=DEFAULTS, by=ADMIN, now=NOW
    )
    assert status.rule.limit == 2
    await create(db, who=member(500, 77), uses=2)
    await create(db, who=member(9, admin=True), uses=5)
    await create(db, who=member(9, admin=True), uses=5)


async def test_only_members_and_admins_create(db):
    with pytest.raises(NotAllowed) as refused:
        await create(db, who=Member(user_id=3, role_ids=frozenset(), manages_server=False))
    assert refused.value.needed is Authority.MEMBER


async def test_uses_above_the_guild_maximum_are_refused(db):
    with pytest.raises(UsesOutOfRange) as refused:
        await create(db, who=member(9, admin=True), uses=6)
    assert refused.value.maximum == 5
    with pytest.raises(UsesOutOfRange):
        await create(db, uses=0)


async def test_a_guild_that_is_not_set_up_refuses(database_target):
    async with opened(database_target) as bare:
        with pytest.raises(NotSetUp):
            await create(bare)


async def test_a_code_collision_is_retried_not_surfaced(db):
    taken = (await create(db)).code.code
    supply = iter([taken, taken, "ABCDEFGHJKMN"])
    created = await create(db, generate=lambda: next(supply))
    assert created.code.code == "ABCDEFGHJKMN"


async def test_revoking_someone_elses_code_is_refused_and_changes_nothing(db):
    code = (await create(db)).code
    with pytest.raises(invites.NotYourCode):
        await invites.revoke_code(db, guild_id=GUILD, code_text=code.code, by_user=42, as_admin=False, now=NOW)
    listed = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)
    assert listed[0].revoked_at is None


async def test_revoke_all_revokes_only_active_codes(db):
    active = (await create(db)).code
    used_up_later = (await create(db, expires_in=60)).code
    revoked = await invites.revoke_all(db, guild_id=GUILD, inviter_id=500, by_user=1, now=NOW + 120)
    assert [code.id for code in revoked] == [active.id]
    assert used_up_later.status(NOW + 120) is CodeStatus.EXPIRED


async def test_codes_of_another_guild_are_unknown(db):
    code = (await create(db)).code
    with pytest.raises(invites.CodeNotFound):
        await invites.revoke_code(db, guild_id=GUILD + 1, code_text=code.code, by_user=500, as_admin=True, now=NOW)
