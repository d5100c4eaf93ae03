"""The demo's steps for screening newcomers (SPEC section 13): a member who comes back without a code, a young
account held for a moderator, the join questions, and the waiting room's reminder and kick."""

from __future__ import annotations

from typing import Any

from bot.demo.scene import Scene, code_in

HOUR = 3_600
AWAY, REMIND_AFTER, KICK_AFTER = 24, 24, 48  # hours


async def returning(s: Scene, frank: Any) -> Any:
    """Someone admitted earlier leaves, joins again and runs /redeem without a code: the request notes it; frank,
    back in, is who they are now."""
    t, out = s.t, s.out
    out.step(t("demo-step-returning"))
    out.note(t("demo-note-returning", who="frank"))
    out.does("frank", s.guild.name, t("demo-leaves"))
    s.guild.remove_member(frank)
    await s.env.settle()
    await _later(s, AWAY)  # someone who joins again the same second never left, as far as Doorman can tell
    out.does("frank", s.guild.name, t("demo-joins-again"))
    frank = s.member("frank", s.newcomer_role, user=frank.user)
    await s.env.settle()
    await s.slash("frank", frank, s.welcome, "redeem")
    await s.click("mo", s.mo, s.show_request(), "approve")
    out.note(t("demo-roles", who="frank", roles=await s.roles(frank)))
    return frank


async def young_account(s: Scene) -> None:
    """Approval off, a minimum account age: a brand-new account still waits for a moderator, who is told why."""
    t, out = s.t, s.out
    out.step(t("demo-step-young-account"))
    out.note(t("demo-note-young-account"))
    await s.slash("ada", s.ada, s.general, "gate policy", approval=False, min_account_age_days=7)
    heidi = s.newcomer("heidi")
    code = code_in(await s.slash("eve", s.eve, s.general, "invite create"))
    await s.slash("heidi", heidi, s.welcome, "redeem", code=code)
    await s.click("mo", s.mo, s.show_request(), "approve")
    out.note(t("demo-roles", who="heidi", roles=await s.roles(heidi)))


async def questions(s: Scene, frank: Any) -> Any:
    """An admin sets two join questions; a newcomer frank invites answers them, and the moderators read the
    answers. Returns that newcomer (/gate whois shows their answers at the end)."""
    t, out = s.t, s.out
    out.step(t("demo-step-questions"))
    form = await s.slash("ada", s.ada, s.general, "gate questions")
    asked = {"question-0": t("demo-question-climbing"), "question-1": t("demo-question-where")}
    await s.fill_in("ada", s.ada, s.general, form, asked)
    ivan = s.newcomer("ivan")
    code = code_in(await s.slash("frank", frank, s.general, "invite create"))
    form = await s.slash("ivan", ivan, s.welcome, "redeem", code=code)
    answers = {"answer-0": t("demo-answer-climbing"), "answer-1": t("demo-answer-where")}
    await s.fill_in("ivan", ivan, s.welcome, form, answers)
    await s.click("mo", s.mo, s.show_request(), "approve")
    out.note(t("demo-roles", who="ivan", roles=await s.roles(ivan)))
    return ivan


async def waiting_room(s: Scene) -> None:
    """Someone joins and never redeems a code: a reminder by DM, then a kick, with a line in the log."""
    t, out = s.t, s.out
    out.step(t("demo-step-waiting-room"))
    out.note(t("demo-note-waiting-room"))
    await s.slash("ada", s.ada, s.general, "gate policy", remind_after_hours=REMIND_AFTER, kick_after_hours=KICK_AFTER)
    out.does("judy", s.guild.name, t("demo-joins"))
    judy = s.newcomer("judy")
    await s.env.settle()
    await _later(s, REMIND_AFTER)
    s.show_dm("judy", judy)
    await _later(s, KICK_AFTER - REMIND_AFTER)
    out.sees(f"#{s.log.name}", s.log.last_message.content)
    if await s.in_server(judy):
        raise RuntimeError("the waiting room did not kick judy")  # the story would tell what did not happen
    out.note(t("demo-gone", who="judy"))


async def _later(s: Scene, hours: int) -> None:
    """Let `hours` pass on the simulated clock, and the bot carry what fell due."""
    s.out.note(s.t("demo-hours-later", count=hours))
    await s.env.advance_time(hours * HOUR)
    await s.env.settle()
