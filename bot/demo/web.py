"""The demo's last step with `--web`: the dashboard served on the demo's data, until Ctrl+C.

The bot serves it itself, as in production (setup_hook), in the simulated Discord's event loop: a decision
taken in the browser is carried to the simulated server by the same delivery worker, and the roles it
grants are there for anyone who looks (the demo prints them when it stops).
"""

from __future__ import annotations

import asyncio
from typing import Any

from bot.demo.scene import Scene, code_in


async def serve(s: Scene) -> None:
    """A request left waiting for the browser, ada's sign-in link, then the dashboard until interrupted."""
    t, out = s.t, s.out
    out.step(t("demo-step-dashboard"))
    hana = s.newcomer("hana")
    code = code_in(await s.slash("alice", s.alice, s.general, "invite create"))
    await s.slash("hana", hana, s.welcome, "redeem", code=code)
    reply = await s.slash("ada", s.ada, s.general, "dashboard")
    dashboard = s.env.bot.dashboard
    if dashboard is None:  # the port was taken: setup_hook logged why
        out.note(t("demo-dashboard-not-served", port=str(s.env.bot.config.web.port)))
        return
    out.note(t("demo-note-dashboard", who="hana", link=_link_in(reply)))
    try:
        await asyncio.Event().wait()  # serve until Ctrl+C cancels the run
    finally:
        out.note(t("demo-roles", who="hana", roles=await s.roles(hana)))


def _link_in(reply: Any) -> str:
    for word in str(reply.response.content).split():
        if "/signin/" in word:
            return word
    raise LookupError("no sign-in link in the /dashboard reply")
