"""The demo's story: a server set up, members inviting, newcomers admitted, approved and denied, the waitlist,
a shared link, a replaced code, a lockout, a ban with its inviter suspended, the invite tree and tenure, each step
through the real bot as its people would."""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.demo.transcript import Transcript, option_text


async def tell(env: Any, out: Transcript, locale: str) -> None:
    t = out.t
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    # The server's preferred locale: what the moderator channel and the log are written in.
    guild = env.create_guild(t("demo-guild-name"), preferred_locale=locale)
    member_role = guild.create_role(t("demo-role-member"))
    newcomer_role = guild.create_role(t("demo-role-newcomer"))
    mods = guild.create_role(t("demo-role-moderators"))
    admins = guild.create_role(t("demo-role-admins"), permissions=discord.Permissions(manage_guild=True))
    welcome = guild.create_text_channel(t("demo-channel-welcome"), overwrites={member_role: hidden, admins: shown})
    members_only = {guild.default_role: hidden, member_role: shown}
    general = guild.create_text_channel(t("demo-channel-general"), overwrites=members_only)
    staff = {guild.default_role: hidden, mods: shown, admins: shown, member_role: hidden, env.bot.user: shown}
    modq = guild.create_text_channel(t("demo-channel-mod-queue"), overwrites=staff)
    log = guild.create_text_channel(t("demo-channel-log"), overwrites=staff)
    ada = guild.add_member(env.create_user("ada"), roles=[admins, member_role])
    alice = guild.add_member(env.create_user("alice"), roles=[member_role])
    mo = guild.add_member(env.create_user("mo"), roles=[mods, member_role])
    eve = guild.add_member(env.create_user("eve"), roles=[member_role])
    await env.settle()
    names = {"ada": ada, "alice": alice, "mo": mo, "eve": eve}
    for name, actor in names.items():
        out.names[str(actor.id)] = f"@{name}"
    for channel in (welcome, general, modq, log):
        out.names[str(channel.id)] = f"#{channel.name}"
    for role in (member_role, newcomer_role, mods, admins):
        out.names[str(role.id)] = f"@{role.name}"

    def newcomer(name: str) -> Any:
        actor = guild.add_member(env.create_user(name), roles=[newcomer_role])
        out.names[str(actor.id)] = f"@{name}"
        return actor

    async def slash(who: str, actor: Any, channel: Any, command: str, **options: Any) -> Any:
        shown_options = " ".join(f"{k}:{option_text(v, out)}" for k, v in options.items())
        out.does(who, f"#{channel.name}", f"/{command} {shown_options}".rstrip())
        result = await actor.slash(channel, command, **options)
        if result.response is not None:
            out.sees(who, out.message(result.response.message, who), ephemeral=result.ephemeral)
        return result

    async def roles(actor: Any) -> str:
        member = await env.bot.get_guild(guild.id).fetch_member(actor.id)
        return ", ".join(role.name for role in member.roles if not role.is_default()) or t("demo-no-roles")

    def code_in_text(text: str) -> str:
        """The code a message shows: the one in bold where there are two (a regenerated code's reply)."""
        found = re.search(r"\*\*`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`\*\*", text) or re.search(
            r"`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`", text
        )
        assert found is not None, text
        return found.group(1)

    def code_in(result: Any) -> str:
        """The new code a reply shows (after the old one, for /invite regenerate)."""
        return code_in_text(result.response.content)

    edited = t("demo-who-request-edited", channel=f"#{modq.name}")

    async def click(who: str, actor: Any, message: Any, action: str) -> Any:
        """Click a button for `action` (approve, deny, waitlist:invite), whatever language its label is in."""
        label, custom_id = _button(message, action)
        out.does(who, f"#{modq.name}", t("demo-clicks", label=label))
        return await actor.click(message, custom_id=custom_id)

    out.step(t("demo-step-setup"))
    places = {"welcome": f"#{welcome.name}", "member": f"@{member_role.name}", "modqueue": f"#{modq.name}"}
    out.note(t("demo-note-setup", everyone="@everyone", **places))
    await slash(
        "ada",
        ada,
        general,
        "gate setup",
        welcome_channel=welcome,
        mod_channel=modq,
        member_role=member_role,
        newcomer_role=newcomer_role,
        log_channel=log,
        mod_role=mods,
    )

    out.step(t("demo-step-invite"))
    code = code_in(await slash("alice", alice, general, "invite create", note=t("demo-invite-note")))

    out.step(t("demo-step-redeem", welcome=f"#{welcome.name}"))
    bob = newcomer("bob")
    out.note(t("demo-roles-before", who="bob", roles=await roles(bob)))
    await slash("bob", bob, welcome, "redeem", code=code.lower().replace("-", " "))
    out.note(t("demo-roles-after", who="bob", roles=await roles(bob)))
    out.sees(t("demo-who-dm", who="alice"), alice.user.dm_channel.history()[-1].content)

    out.step(t("demo-step-shared-link"))
    out.note(t("demo-note-shared-link"))
    shared = code_in(await slash("ada", ada, general, "gate link", uses=25, note=t("demo-shared-link-note")))
    frank = newcomer("frank")
    await slash("frank", frank, welcome, "redeem", code=shared)
    request = modq.last_message
    out.sees(f"#{modq.name}", out.message(request, "mo"))
    await click("mo", mo, request, "approve")
    out.note(t("demo-roles", who="frank", roles=await roles(frank)))

    out.step(t("demo-step-waitlist", welcome=f"#{welcome.name}"))
    erin = newcomer("erin")
    await slash("erin", erin, welcome, "waitlist join", about=t("demo-waitlist-about"))
    entry = modq.last_message
    out.sees(f"#{modq.name}", out.message(entry, "mo"))
    await click("mo", mo, entry, "waitlist:invite")
    out.sees(t("demo-who-dm", who="erin"), erin.user.dm_channel.history()[-1].content)
    dm_code = code_in_text(erin.user.dm_channel.history()[-1].content)
    await slash("erin", erin, welcome, "redeem", code=dm_code)
    out.note(t("demo-roles", who="erin", roles=await roles(erin)))

    out.step(t("demo-step-regenerate"))
    out.note(t("demo-note-regenerate", who="eve"))
    lost = code_in(await slash("eve", eve, general, "invite create", uses=2))
    await slash("eve", eve, general, "invite regenerate", code=lost)

    out.step(t("demo-step-approval-on"))
    await slash("ada", ada, general, "gate policy", approval=True)

    out.step(t("demo-step-request"))
    carol = newcomer("carol")
    code = code_in(await slash("alice", alice, general, "invite create", for_user="carol"))
    await slash("carol", carol, welcome, "redeem", code=code)
    request = modq.last_message
    out.sees(f"#{modq.name}", out.message(request, "mo"))

    out.step(t("demo-step-refused", label=_button(request, "approve")[0]))
    out.note(t("demo-note-refused", who="eve", modqueue=f"#{modq.name}"))
    await _grant_view(env, modq, eve)
    refused = await click("eve", eve, request, "approve")
    out.sees("eve", refused.response.content, ephemeral=refused.ephemeral)
    out.note(t("demo-roles", who="carol", roles=await roles(carol)))

    out.step(t("demo-step-approved"))
    await click("mo", mo, request, "approve")
    out.sees(edited, out.message(modq.history()[-1], "mo"))
    out.sees(t("demo-who-dm", who="carol"), carol.user.dm_channel.history()[-1].content)
    out.note(t("demo-roles", who="carol", roles=await roles(carol)))

    out.step(t("demo-step-denied"))
    dave = newcomer("dave")
    code = code_in(await slash("alice", alice, general, "invite create"))
    await slash("dave", dave, welcome, "redeem", code=code)
    modal = await click("mo", mo, modq.last_message, "deny")
    reason = t("demo-deny-reason")
    out.does("mo", f"#{modq.name}", t("demo-types-reason", reason=reason))
    await mo.submit_modal(modal, {"reason": reason})
    out.sees(edited, out.message(modq.history()[-1], "mo"))
    out.sees(t("demo-who-dm", who="dave"), dave.user.dm_channel.history()[-1].content)

    out.step(t("demo-step-lockout"))
    mallory = newcomer("mallory")
    await slash("mallory", mallory, welcome, "redeem", code=t("demo-bad-code"))
    for guess in ("AAAA-BBBB-CCCC", "AAAA-BBBB-CCCD", "AAAA-BBBB-CCCE"):
        out.does("mallory", f"#{welcome.name}", f"/redeem code:{guess}")
        await mallory.slash(welcome, "redeem", code=guess)
    await slash("mallory", mallory, welcome, "redeem", code="AAAA-BBBB-CCCF")
    await slash("mallory", mallory, welcome, "redeem", code=code)

    out.step(t("demo-step-ban"))
    out.note(t("demo-note-ban", inviter="bob", banned="gus"))
    gus = newcomer("gus")
    await slash("gus", gus, welcome, "redeem", code=code_in(await slash("bob", bob, general, "invite create")))
    await click("mo", mo, modq.last_message, "approve")
    out.does("ada", guild.name, t("demo-bans", who="gus"))
    await env.bot.get_guild(guild.id).ban(discord.Object(gus.id))  # as through Discord's own menu
    await env.settle()
    alert = modq.last_message
    out.sees(f"#{modq.name}", out.message(alert, "mo"))
    await click("mo", mo, alert, "suspend-inviter")
    out.sees(t("demo-who-alert-edited", channel=f"#{modq.name}"), out.message(modq.history()[-1], "mo"))
    await slash("bob", bob, general, "invite create")

    out.step(t("demo-step-tree"))
    await slash("ada", ada, general, "gate tree", member=alice)

    out.step(t("demo-step-tenure"))
    await slash("ada", ada, general, "gate policy", invite_after_days=7)
    await slash("erin", erin, general, "invite create")

    out.step(t("demo-step-whois"))
    await slash("ada", ada, general, "gate whois", member=carol)
    await slash("ada", ada, general, "gate whois", member=erin)
    out.note(t("demo-note-log", log=f"#{log.name}"))
    for message in log.history():
        print(f"      │ {out.readable(message.content)}")


def _button(message: Any, action: str) -> tuple[str, str]:
    """The label and custom_id of a request message's button for `action` (see cogs/admissions/_approvals.py)."""
    for row in message.components:
        for child in getattr(row, "children", []):
            custom_id = getattr(child, "custom_id", None) or ""
            if custom_id.startswith(f"doorman:{action}:"):
                return str(child.label), custom_id
    raise LookupError(f"no {action} button on the message {message.id}")


async def _grant_view(env: Any, channel: Any, actor: Any) -> None:
    """Give one member a look at a channel (a permission override), as an admin would in Discord."""
    channel_obj = env.bot.get_channel(channel.id)
    member = await channel_obj.guild.fetch_member(actor.id)
    await channel_obj.set_permissions(member, overwrite=discord.PermissionOverwrite(view_channel=True))
    await env.settle()
