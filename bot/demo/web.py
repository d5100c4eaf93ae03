"""The demo's last step with `--web`: the dashboard served on the demo's data, until Ctrl+C.

The bot serves it itself, as in production (setup_hook), in the simulated Discord's event loop: a decision
taken in the browser is carried to the simulated server by the same delivery worker, and the roles it
grants are there for anyone who looks (the demo prints them when it stops).
"""

from __future__ import annotations

import asyncio

from bot.demo.scene import Scene, code_in


async def serve(s: Scene) -> None:
    """A request left waiting for the browser, sign-in links for the admin and a moderator, then the dashboard until
    interrupted."""
    t, out = s.t, s.out
    out.step(t("demo-step-dashboard"))
    hana = s.newcomer("hana")
    code = code_in(await s.slash("ada", s.ada, s.general, "invite create"))  # admins are never held back by tenure
    form = await s.slash("hana", hana, s.welcome, "redeem", code=code)  # the join questions set earlier
    await s.fill_in("hana", hana, s.welcome, form, {"answer-0": t("demo-answer-climbing")})
    jun = s.newcomer("jun")  # and someone on the waitlist, for the moderators' other page
    await s.slash("jun", jun, s.welcome, "waitlist join", about=t("demo-waitlist-about"))
    if s.env.bot.dashboard is None:  # the port was taken: setup_hook logged why
        out.note(t("demo-dashboard-not-served", port=str(s.env.bot.config.web.port)))
        return
    # Two links: the admin's pages and the moderators' queue are for different people, as in Discord.
    for who, actor in (("ada", s.ada), ("mo", s.mo)):
        await s.slash(who, actor, s.general, "dashboard")
    out.note(t("demo-note-dashboard", admin="ada", moderator="mo", who="hana"))
    try:
        await asyncio.Event().wait()  # serve until Ctrl+C cancels the run
    finally:
        out.note(t("demo-roles", who="hana", roles=await s.roles(hana)))
