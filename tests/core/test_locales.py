"""Each person's locale as Doorman last saw it, kept by the actions after which it owes them a DM (SPEC
section 14): creating a code (the DM when the invitee joins) and redeeming one (the decision's DM)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core import invites, redemptions
from bot.core.people import Newcomer, last_seen_locale
from bot.core.redemptions import CodeRefused
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, configure, member, opened


@pytest.fixture
async def db(database_target):
    async with opened(database_target) as db:
        await configure(db)
        yield db


async def create(db, locale: str | None) -> str:
    inviter = dataclasses.replace(member(), locale=locale)
    created = await invites.create_code(db, guild_id=GUILD, member=inviter, defaults=DEFAULTS, now=NOW)
    return created.code.display


async def test_creating_a_code_keeps_the_inviters_locale_and_the_latest_wins(db):
    assert await last_seen_locale(db, member().user_id) is None
    await create(db, "de")
    assert await last_seen_locale(db, member().user_id) == "de"
    await create(db, "ja")
    await create(db, "ja")  # unchanged: nothing to write
    assert await last_seen_locale(db, member().user_id) == "ja"


async def test_an_action_without_a_locale_keeps_the_last_one_seen(db):
    await create(db, "fr")
    await create(db, None)
    assert await last_seen_locale(db, member().user_id) == "fr"


async def test_redeeming_keeps_the_newcomers_locale_but_a_refused_redemption_does_not(db):
    code = await create(db, "de")
    newcomer = Newcomer(user_id=900, username="guest", role_ids=frozenset(), locale="pt-BR")
    with pytest.raises(CodeRefused):
        await redemptions.redeem(
            db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text="AAAA-AAAA-AAAA",
            defaults=DEFAULTS, now=NOW,
        )  # fmt: skip
    assert await last_seen_locale(db, 900) is None
    await redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code, defaults=DEFAULTS, now=NOW
    )
    assert await last_seen_locale(db, 900) == "pt-BR"
