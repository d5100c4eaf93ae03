"""A reply Discord rejects is replaced by a short apology, and the reason is logged (SPEC sections 6 and 17)."""

from __future__ import annotations

import logging
from typing import Any

from tests.conftest import APOLOGY


async def test_a_rejected_reply_becomes_an_apology(ready: Any, caplog: Any) -> None:
    ready.env.inject_error("POST", "/interactions/*/*/callback", status=400, code=50035, times=1)
    with caplog.at_level(logging.ERROR, logger="cogs._shared.replies"):
        result = await ready.alice.slash(ready.general, "invite list")
    assert result.response.content == APOLOGY and result.ephemeral
    assert "Discord rejected the answer" in caplog.text and "400" in caplog.text


async def test_a_rejected_follow_up_becomes_an_apology(approving: Any, caplog: Any) -> None:
    await approving.request_for()
    approving.env.inject_error("POST", "/webhooks/*/*", status=400, code=50035, times=1)
    with caplog.at_level(logging.ERROR, logger="cogs._shared.replies"):
        result = await approving.admin.slash(approving.general, "gate pending")  # deferred: answered by a follow-up
    assert result.response.content == APOLOGY
    assert "Discord rejected the answer" in caplog.text


async def test_a_rejected_page_turn_becomes_an_apology(ready: Any) -> None:
    await ready.admin.slash(ready.general, "gate policy", invites_per_member=30)
    for _ in range(11):
        await ready.create_code()
    result = await ready.admin.slash(ready.general, "gate codes")
    ready.env.inject_error("POST", "/interactions/*/*/callback", status=400, code=50035, times=1)
    turned = await ready.admin.click(result.response.message, label="Next")
    assert turned.response.content == APOLOGY and turned.ephemeral
    assert "Page 1 of 2" in result.response.embeds[0].footer.text  # nothing changed
