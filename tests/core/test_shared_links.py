"""An admin's shared link in the core (SPEC section 11): a LINK code of 1 to 1,000 uses that costs no quota,
whose every redemption awaits approval, and whose Discord link is unlimited above Discord's 100 uses."""

import pytest

from bot.core import redemptions
from bot.core.admissions import AdmissionStatus
from bot.core.codes import CodeKind
from bot.core.inputs import NumberOutOfRange
from bot.core.links import link_terms
from bot.core.people import Newcomer
from bot.core.quotas import DAY, member_quota
from bot.core.refusals import Authority, NotAllowed
from bot.core.settings import read_settings
from bot.core.shared_links import create_shared_link_code
from tests.core.guild import ADMIN, DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


def admin():
    return member(ADMIN, admin=True)


def share(db, who=None, **options):
    return create_shared_link_code(db, guild_id=GUILD, admin=who or admin(), defaults=DEFAULTS, now=NOW, **options)


async def test_a_shared_link_code_is_a_link_code_of_the_admin_with_25_uses_for_the_code_lifetime(db):
    created = await share(db)
    code = created.code
    assert (code.kind, code.inviter_id, code.max_uses, code.expires_at) == (CodeKind.LINK, ADMIN, 25, NOW + 7 * DAY)
    assert created.settings.welcome_channel_id == WELCOME


async def test_it_costs_its_admin_no_quota(db):
    await share(db, uses=1000)

    async def quota(tx):
        settings = await read_settings(tx, GUILD, DEFAULTS)
        return await member_quota(tx, settings, member(ADMIN), NOW + 1)  # as if they had no Manage Server

    assert (await db.transaction(quota)).used == 0


@pytest.mark.parametrize("uses", [0, 1001])
async def test_uses_must_be_1_to_1000(db, uses):
    with pytest.raises(NumberOutOfRange):
        await share(db, uses=uses)


async def test_only_an_admin_makes_one(db):
    with pytest.raises(NotAllowed) as refused:
        await share(db, who=member(500))
    assert refused.value.needed is Authority.ADMIN


@pytest.mark.parametrize(("uses", "link_uses"), [(1, 1), (100, 100), (101, 0), (1000, 0)])
async def test_above_100_uses_the_discord_link_is_unlimited(db, uses, link_uses):
    code = (await share(db, uses=uses)).code
    assert link_terms(code, NOW).max_uses == link_uses


async def test_every_redemption_awaits_approval_with_the_policy_off(db):
    code = (await share(db)).code
    for user_id in (900, 901):
        redemption = await redemptions.redeem(
            db,
            guild_id=GUILD,
            channel_id=WELCOME,
            newcomer=Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset()),
            code_text=code.code,
            defaults=DEFAULTS,
            now=NOW + 1,
        )
        admission = redemption.admission
        assert admission.status is AdmissionStatus.AWAITING_APPROVAL and admission.approval_required
        assert (admission.inviter_id, admission.code_kind) == (ADMIN, CodeKind.LINK)
