"""The demo's story: a server set up, members inviting, newcomers admitted, approved and denied, the waitlist,
a shared link, a replaced code, a lockout, a ban with its inviter suspended, screening newcomers (screening.py),
the invite tree and tenure, the waiting room, each step through the real bot as its people would."""

from __future__ import annotations

from typing import Any

import discord

from bot.demo import screening
from bot.demo import web as dashboard
from bot.demo.scene import Scene, button, code_in, code_in_text
from bot.demo.transcript import Transcript


async def tell(env: Any, out: Transcript, locale: str, *, web: bool = False) -> None:
    t = out.t
    s = Scene(env, out, locale)
    await env.settle()
    guild, welcome, general, modq, log = s.guild, s.welcome, s.general, s.modq, s.log
    ada, alice, mo, eve = s.ada, s.alice, s.mo, s.eve

    out.step(t("demo-step-setup"))
    places = {"welcome": f"#{welcome.name}", "member": f"@{s.member_role.name}", "modqueue": f"#{modq.name}"}
    out.note(t("demo-note-setup", everyone="@everyone", **places))
    await s.slash(
        "ada",
        ada,
        general,
        "gate setup",
        welcome_channel=welcome,
        mod_channel=modq,
        member_role=s.member_role,
        newcomer_role=s.newcomer_role,
        log_channel=log,
        mod_role=s.mods,
    )

    out.step(t("demo-step-invite"))
    code = code_in(await s.slash("alice", alice, general, "invite create", note=t("demo-invite-note")))

    out.step(t("demo-step-redeem", welcome=f"#{welcome.name}"))
    bob = s.newcomer("bob")
    out.note(t("demo-roles-before", who="bob", roles=await s.roles(bob)))
    await s.slash("bob", bob, welcome, "redeem", code=code.lower().replace("-", " "))
    out.note(t("demo-roles-after", who="bob", roles=await s.roles(bob)))
    s.show_dm("alice", alice)

    out.step(t("demo-step-shared-link"))
    out.note(t("demo-note-shared-link"))
    shared = code_in(await s.slash("ada", ada, general, "gate link", uses=25, note=t("demo-shared-link-note")))
    frank = s.newcomer("frank")
    await s.slash("frank", frank, welcome, "redeem", code=shared)
    await s.click("mo", mo, s.show_request(), "approve")
    out.note(t("demo-roles", who="frank", roles=await s.roles(frank)))

    out.step(t("demo-step-waitlist", welcome=f"#{welcome.name}"))
    erin = s.newcomer("erin")
    await s.slash("erin", erin, welcome, "waitlist join", about=t("demo-waitlist-about"))
    await s.click("mo", mo, s.show_request(), "waitlist:invite")
    dm_code = code_in_text(s.show_dm("erin", erin))
    await s.slash("erin", erin, welcome, "redeem", code=dm_code)
    out.note(t("demo-roles", who="erin", roles=await s.roles(erin)))

    out.step(t("demo-step-regenerate"))
    out.note(t("demo-note-regenerate", who="eve"))
    lost = code_in(await s.slash("eve", eve, general, "invite create", uses=2))
    await s.slash("eve", eve, general, "invite regenerate", code=lost)

    out.step(t("demo-step-approval-on"))
    await s.slash("ada", ada, general, "gate policy", approval=True)

    out.step(t("demo-step-request"))
    carol = s.newcomer("carol")
    code = code_in(await s.slash("alice", alice, general, "invite create", for_user="carol"))
    await s.slash("carol", carol, welcome, "redeem", code=code)
    request = s.show_request()

    out.step(t("demo-step-refused", label=button(request, "approve")[0]))
    out.note(t("demo-note-refused", who="eve", modqueue=f"#{modq.name}"))
    await s.grant_view(modq, eve)
    refused = await s.click("eve", eve, request, "approve")
    out.sees("eve", refused.response.content, ephemeral=refused.ephemeral)
    out.note(t("demo-roles", who="carol", roles=await s.roles(carol)))

    out.step(t("demo-step-approved"))
    await s.click("mo", mo, request, "approve")
    out.sees(s.edited, out.message(modq.history()[-1], "mo"))
    s.show_dm("carol", carol)
    out.note(t("demo-roles", who="carol", roles=await s.roles(carol)))

    out.step(t("demo-step-denied"))
    dave = s.newcomer("dave")
    code = code_in(await s.slash("alice", alice, general, "invite create"))
    await s.slash("dave", dave, welcome, "redeem", code=code)
    modal = await s.click("mo", mo, modq.last_message, "deny")
    reason = t("demo-deny-reason")
    out.does("mo", f"#{modq.name}", t("demo-types-reason", reason=reason))
    await mo.submit_modal(modal, {"reason": reason})
    out.sees(s.edited, out.message(modq.history()[-1], "mo"))
    s.show_dm("dave", dave)

    out.step(t("demo-step-lockout"))
    mallory = s.newcomer("mallory")
    await s.slash("mallory", mallory, welcome, "redeem", code=t("demo-bad-code"))
    for guess in ("AAAA-BBBB-CCCC", "AAAA-BBBB-CCCD", "AAAA-BBBB-CCCE"):
        out.does("mallory", f"#{welcome.name}", f"/redeem code:{guess}")
        await mallory.slash(welcome, "redeem", code=guess)
    await s.slash("mallory", mallory, welcome, "redeem", code="AAAA-BBBB-CCCF")
    await s.slash("mallory", mallory, welcome, "redeem", code=code)

    out.step(t("demo-step-ban"))
    out.note(t("demo-note-ban", inviter="bob", banned="gus"))
    gus = s.newcomer("gus")
    await s.slash("gus", gus, welcome, "redeem", code=code_in(await s.slash("bob", bob, general, "invite create")))
    await s.click("mo", mo, modq.last_message, "approve")
    out.does("ada", guild.name, t("demo-bans", who="gus"))
    await env.bot.get_guild(guild.id).ban(discord.Object(gus.id))  # as through Discord's own menu
    await env.settle()
    await s.click("mo", mo, s.show_request(), "suspend-inviter")
    out.sees(t("demo-who-alert-edited", channel=f"#{modq.name}"), out.message(modq.history()[-1], "mo"))
    await s.slash("bob", bob, general, "invite create")

    # Before the tenure step: from then on the members who set the club up are too new to invite.
    frank = await screening.returning(s, frank)
    await screening.young_account(s)
    ivan = await screening.questions(s, frank)

    out.step(t("demo-step-tree"))
    await s.slash("ada", ada, general, "gate tree", member=alice)

    out.step(t("demo-step-tenure"))
    await s.slash("ada", ada, general, "gate policy", invite_after_days=7)
    await s.slash("erin", erin, general, "invite create")

    await screening.waiting_room(s)  # after tenure: its days pass, and tenure counts days

    out.step(t("demo-step-whois"))
    for member in (carol, erin, ivan):
        await s.slash("ada", ada, general, "gate whois", member=member)
    out.note(t("demo-note-log", log=f"#{log.name}"))
    for message in log.history():
        print(f"      │ {out.readable(message.content)}")
    if web:
        await dashboard.serve(s)
