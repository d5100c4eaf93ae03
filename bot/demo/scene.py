"""The demo's server and its people, with what they do in it: each action through the real bot, as its people
would, and printed by the Transcript. The story (story.py, screening.py) is told through one Scene."""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.demo.transcript import Transcript, option_text


class Scene:
    """The simulated server, its channels, roles and first members, set up in the demo's language."""

    def __init__(self, env: Any, out: Transcript, locale: str) -> None:
        self.env, self.out = env, out
        t = self.t = out.t
        hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
        # The server's preferred locale: what the moderator channel and the log are written in.
        guild = self.guild = env.create_guild(t("demo-guild-name"), preferred_locale=locale)
        self.member_role = guild.create_role(t("demo-role-member"))
        self.newcomer_role = guild.create_role(t("demo-role-newcomer"))
        self.mods = guild.create_role(t("demo-role-moderators"))
        admins = guild.create_role(t("demo-role-admins"), permissions=discord.Permissions(manage_guild=True))
        self.admins = admins
        self.welcome = guild.create_text_channel(
            t("demo-channel-welcome"), overwrites={self.member_role: hidden, admins: shown}
        )
        members_only = {guild.default_role: hidden, self.member_role: shown}
        self.general = guild.create_text_channel(t("demo-channel-general"), overwrites=members_only)
        staff = {
            guild.default_role: hidden,
            self.mods: shown,
            admins: shown,
            self.member_role: hidden,
            env.bot.user: shown,
        }
        self.modq = guild.create_text_channel(t("demo-channel-mod-queue"), overwrites=staff)
        self.log = guild.create_text_channel(t("demo-channel-log"), overwrites=staff)
        self.ada = self.member("ada", admins, self.member_role)
        self.alice = self.member("alice", self.member_role)
        self.mo = self.member("mo", self.mods, self.member_role)
        self.eve = self.member("eve", self.member_role)
        for channel in (self.welcome, self.general, self.modq, self.log):
            out.names[str(channel.id)] = f"#{channel.name}"
        for role in (self.member_role, self.newcomer_role, self.mods, admins):
            out.names[str(role.id)] = f"@{role.name}"
        self.edited = t("demo-who-request-edited", channel=f"#{self.modq.name}")

    def member(self, name: str, *roles: Any, user: Any = None) -> Any:
        """Someone joins the server (a new account unless `user` comes back) with `roles`."""
        actor = self.guild.add_member(user or self.env.create_user(name), roles=list(roles))
        self.out.names[str(actor.id)] = f"@{name}"
        return actor

    def newcomer(self, name: str) -> Any:
        return self.member(name, self.newcomer_role)

    async def slash(self, who: str, actor: Any, channel: Any, command: str, **options: Any) -> Any:
        shown_options = " ".join(f"{k}:{option_text(v, self.out)}" for k, v in options.items())
        self.out.does(who, f"#{channel.name}", f"/{command} {shown_options}".rstrip())
        result = await actor.slash(channel, command, **options)
        if result.response is not None:
            self.out.sees(who, self.out.message(result.response.message, who), ephemeral=result.ephemeral)
        if result.modal is not None:
            self.out.sees(who, self.out.form(result.modal))
        return result

    async def fill_in(self, who: str, actor: Any, channel: Any, shown: Any, typed: dict[str, str]) -> Any:
        """Type `typed` (input custom_id: text) into the form `shown`, send it, and show the answer."""
        labels = {row["components"][0]["custom_id"]: row["components"][0]["label"] for row in shown.modal["components"]}
        for custom_id, text in typed.items():
            self.out.does(who, f"#{channel.name}", self.t("demo-types-into", label=labels[custom_id], text=text))
        result = await actor.submit_modal(shown, typed)
        if result.response is not None:
            self.out.sees(who, self.out.message(result.response.message, who), ephemeral=result.ephemeral)
        return result

    async def roles(self, actor: Any) -> str:
        member = await self.env.bot.get_guild(self.guild.id).fetch_member(actor.id)
        return ", ".join(role.name for role in member.roles if not role.is_default()) or self.t("demo-no-roles")

    async def in_server(self, actor: Any) -> bool:
        try:
            await self.env.bot.get_guild(self.guild.id).fetch_member(actor.id)
        except discord.NotFound:
            return False
        return True

    async def click(self, who: str, actor: Any, message: Any, action: str) -> Any:
        """Click a button for `action` (approve, deny, waitlist:invite), whatever language its label is in."""
        label, custom_id = button(message, action)
        self.out.does(who, f"#{self.modq.name}", self.t("demo-clicks", label=label))
        return await actor.click(message, custom_id=custom_id)

    def show_request(self) -> Any:
        """The moderator channel's last message (a request or an alert), as the moderators see it."""
        request = self.modq.last_message
        self.out.sees(f"#{self.modq.name}", self.out.message(request, "mo"))
        return request

    def show_dm(self, who: str, actor: Any) -> str:
        text = str(actor.user.dm_channel.history()[-1].content)
        self.out.sees(self.t("demo-who-dm", who=who), text)
        return text

    async def grant_view(self, channel: Any, actor: Any) -> None:
        """Give one member a look at a channel (a permission override), as an admin would in Discord."""
        channel_obj = self.env.bot.get_channel(channel.id)
        member = await channel_obj.guild.fetch_member(actor.id)
        await channel_obj.set_permissions(member, overwrite=discord.PermissionOverwrite(view_channel=True))
        await self.env.settle()


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


def button(message: Any, action: str) -> tuple[str, str]:
    """The label and custom_id of a request message's button for `action` (see cogs/admissions/_approvals.py)."""
    for row in message.components:
        for child in getattr(row, "children", []):
            custom_id = getattr(child, "custom_id", None) or ""
            if custom_id.startswith(f"doorman:{action}:"):
                return str(child.label), custom_id
    raise LookupError(f"no {action} button on the message {message.id}")
