"""Page buttons (SPEC section 17): they stop when left alone, say so, and a later click is still answered."""

from __future__ import annotations

from typing import Any

import pytest
import simcord

from bot.i18n.catalogs import english
from cogs._shared.pages import TIMEOUT

EXPIRED = english()("pages-expired")


@pytest.fixture
async def paged(ready: Any) -> Any:
    """The admin's /gate codes over 23 codes: three pages."""
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=30)
    for _ in range(23):
        await ready.create_code()
    result = await ready.admin.slash(ready.general, "gate codes")
    assert "Page 1 of 3" in result.response.embeds[0].footer.text
    return result


def buttons(result: Any) -> dict[str, bool]:
    """The page buttons' labels, and whether each is disabled, as the message holds them now."""
    return {
        button["label"]: bool(button.get("disabled"))
        for row in result.response.components
        for button in row["components"]
    }


async def test_turning_pages_keeps_the_buttons_alive(ready, paged):
    await ready.env.advance_time(TIMEOUT - 60)
    turned = await ready.admin.click(paged.response.message, label="Next")
    assert "Page 2 of 3" in turned.response.embeds[0].footer.text
    await ready.env.advance_time(TIMEOUT - 60)  # counted from the last click, not from the command
    assert buttons(paged) == {"Previous": False, "Next": False}


async def test_buttons_left_alone_are_disabled_on_time(ready, paged):
    assert buttons(paged) == {"Previous": True, "Next": False}
    await ready.env.advance_time(TIMEOUT + 1)
    assert buttons(paged) == {"Previous": True, "Next": True}
    with pytest.raises(simcord.SetupError):
        await ready.admin.click(paged.response.message, label="Next")


async def test_a_click_after_a_restart_is_answered(ready, paged, make_bot):
    await ready.env.restart_bot(make_bot())
    late = await ready.admin.click(paged.response.message, label="Next")
    assert late.response.content == EXPIRED
    assert buttons(paged) == {"Previous": True, "Next": True}
    assert "Page 1 of 3" in late.response.embeds[0].footer.text  # the page stays as it was


async def test_a_click_on_buttons_that_could_not_be_disabled_is_answered(ready, paged):
    ready.env.inject_error("PATCH", "/webhooks/*/*/messages/*", status=500, times=None)
    await ready.env.advance_time(TIMEOUT + 1)
    ready.env.backend.faults.clear()
    assert buttons(paged) == {"Previous": True, "Next": False}  # the edit failed: they still look alive
    late = await ready.admin.click(paged.response.message, label="Next")
    assert late.response.content == EXPIRED and buttons(paged) == {"Previous": True, "Next": True}
