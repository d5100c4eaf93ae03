"""Hardening, written from the SPEC alone: page buttons (SPEC section 17): they stop 10 minutes after the last click
and say so, a late click is
answered, and a reader turning pages sees every entry exactly once, even when clicking fast."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from simcord.actors import _component_click

from bot.clock import now
from bot.core import redemptions
from bot.core.people import Newcomer
from cogs._shared.pages import TIMEOUT
from tests.conftest import APOLOGY

FOOTER = re.compile(r"Page (\d+) of (\d+)")


def page_number(result_or_message: Any) -> int:
    first = result_or_message.embeds[0]
    footer = first["footer"]["text"] if isinstance(first, dict) else first.footer.text
    match = FOOTER.match(footer or "")
    assert match, footer
    return int(match.group(1))


def buttons(message: Any) -> dict[str, bool]:
    return {button["label"]: bool(button.get("disabled")) for row in message.components for button in row["components"]}


def stored(world: Any, result: Any) -> Any:
    """The page message as Discord holds it now."""
    return world.env.backend.get_message(result.response.channel_id, result.response.id)


@pytest.fixture
async def codes_pages(ready: Any) -> Any:
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=60)
    for _ in range(45):
        await ready.create_code()
    result = await ready.admin.slash(ready.general, "gate codes")
    assert page_number(result.response) == 1 and "of 5" in result.response.embeds[0].footer.text
    return result


async def test_pages_stay_alive_while_clicked_past_the_first_interactions_lifetime(ready, codes_pages):
    """Clicks every 9 minutes keep the buttons alive for 36 minutes; 10 minutes after the last, they stop."""
    message = codes_pages.response.message
    for expected in (2, 3, 4, 5):
        await ready.env.advance_time(9 * 60)
        turned = await ready.admin.click(message, label="Next")
        assert page_number(turned.response) == expected
    await ready.env.advance_time(9 * 60)
    assert buttons(stored(ready, codes_pages)) == {"Previous": False, "Next": True}
    await ready.env.advance_time(60 + 1)
    assert buttons(stored(ready, codes_pages)) == {"Previous": True, "Next": True}


async def test_gate_pending_pages_stop_on_time_and_a_late_click_after_a_restart_is_answered(approving, make_bot):
    await approving.admin.slash(approving.general, "gate policy", max_uses_per_code=30)
    code = await approving.create_code(approving.admin, uses=25)
    for index in range(25):
        await approving.newcomer(f"guest{index}").slash(approving.welcome, "redeem", code=code)
    result = await approving.admin.slash(approving.general, "gate pending")
    assert page_number(result.response) == 1
    await approving.env.advance_time(TIMEOUT + 1)
    assert buttons(stored(approving, result)) == {"Previous": True, "Next": True}
    again = await approving.admin.slash(approving.general, "gate pending")
    await approving.env.restart_bot(make_bot())
    late = await approving.admin.click(again.response.message, label="Next")
    assert "expired" in late.response.content and late.response.content != APOLOGY
    assert buttons(stored(approving, again)) == {"Previous": True, "Next": True}


async def test_settings_pages_after_setup_stop_on_time(ready):
    from bot.core import quotas

    for index in range(25):
        role = ready.guild.create_role(f"tier-{index}")
        await quotas.set_role_quota(
            ready.env.bot.db,
            guild_id=ready.guild.id,
            role_id=role.id,
            amount=2,
            period_days=None,
            defaults=ready.env.bot.config.defaults,
            by=ready.admin.id,
            now=now(),
        )
    saved = await ready.setup()
    assert saved.response.content.startswith("Saved") and page_number(saved.response) == 1
    await ready.env.advance_time(TIMEOUT + 1)
    assert buttons(stored(ready, saved)) == {"Previous": True, "Next": True}
    assert stored(ready, saved).content.startswith("Saved")


async def test_after_an_apology_for_a_page_turn_the_buttons_still_stop_on_time(ready, codes_pages):
    ready.env.inject_error("POST", "/interactions/*/*/callback", status=400, code=50035, times=1)
    await ready.admin.click(codes_pages.response.message, label="Next")  # answered with an apology
    _ = ready.env.errors
    await ready.env.advance_time(TIMEOUT + 1)
    assert buttons(stored(ready, codes_pages)) == {"Previous": True, "Next": True}


async def test_a_fast_double_click_on_next_shows_consecutive_pages(ready, codes_pages):
    message = codes_pages.response.message
    await asyncio.gather(
        _component_click(ready.admin, message, label="Next", custom_id=None),
        _component_click(ready.admin, message, label="Next", custom_id=None),
    )
    shown = page_number(stored(ready, codes_pages))
    turned = await ready.admin.click(message, label="Next")
    assert page_number(turned.response) == shown + 1, (shown, page_number(turned.response))


async def seed_requests(world: Any, count: int) -> None:
    bot = world.env.bot
    await world.admin.slash(world.general, "gate policy", max_uses_per_code=100)
    code = await world.create_code(world.admin, uses=count)
    for index in range(count):
        guest = Newcomer(user_id=10**17 + index, username=f"guest{index}", role_ids=frozenset())
        await redemptions.redeem(
            bot.db,
            guild_id=world.guild.id,
            channel_id=world.welcome.id,
            newcomer=guest,
            code_text=code,
            defaults=bot.config.defaults,
            now=now(),
        )
    await world.env.settle()


async def test_a_fast_double_click_on_next_in_gate_pending_shows_consecutive_pages(approving):
    """Page 2's requests lost their messages (reposted as the page is made: slow); page 3's did not (fast)."""
    await seed_requests(approving, 40)
    backend = approving.env.backend
    for message in approving.bot_messages(approving.modq):
        number = int(message.embeds[0].title.split("#")[1])
        if 11 <= number <= 20:
            backend.delete_message(approving.modq.id, message.id)
    result = await approving.admin.slash(approving.general, "gate pending")
    message = result.response.message
    await asyncio.gather(
        _component_click(approving.admin, message, label="Next", custom_id=None),
        _component_click(approving.admin, message, label="Next", custom_id=None),
    )
    shown = page_number(stored(approving, result))
    turned = await approving.admin.click(message, label="Next")
    assert page_number(turned.response) == shown + 1, (
        f"showed page {shown}, then Next showed {page_number(turned.response)}"
    )


async def test_the_last_page_and_first_page_buttons_are_disabled_where_they_lead_nowhere(ready, codes_pages):
    message = codes_pages.response.message
    assert buttons(stored(ready, codes_pages)) == {"Previous": True, "Next": False}
    for _ in range(4):
        await ready.admin.click(message, label="Next")
    assert buttons(stored(ready, codes_pages)) == {"Previous": False, "Next": True}


async def test_a_late_click_after_a_restart_on_settings_pages_is_answered(ready, make_bot):
    from bot.core import quotas

    for index in range(15):
        role = ready.guild.create_role(f"tier-{index}")
        await quotas.set_role_quota(
            ready.env.bot.db,
            guild_id=ready.guild.id,
            role_id=role.id,
            amount=2,
            period_days=None,
            defaults=ready.env.bot.config.defaults,
            by=ready.admin.id,
            now=now(),
        )
    result = await ready.admin.slash(ready.general, "gate settings")
    await ready.env.restart_bot(make_bot())
    await ready.env.advance_time(TIMEOUT * 2)
    late = await ready.admin.click(result.response.message, label="Next")
    assert "expired" in late.response.content
