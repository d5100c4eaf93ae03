"""`python -m bot demo`: the real bot against a simulated Discord (SimCord), narrated step by step.

Same create_bot(), cogs and database code as production; no token, no network.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import discord

from bot.app import create_bot
from bot.config import Config

INSTALL_HINT = (
    'The demo needs SimCord, the simulated Discord: pip install -e ".[demo]"  (or: pip install simcord==3.2.1)'
)


class Transcript:
    """Prints what people do and see, resolving mentions and timestamps to readable text."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour
        self.names: dict[str, str] = {}
        self.now: Callable[[], datetime] = discord.utils.utcnow  # replaced by the simulated clock
        self.step_number = 0

    def _style(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def step(self, title: str) -> None:
        self.step_number += 1
        print()
        print(self._style(f"━━ Step {self.step_number}: {title}", "1;36"))

    def note(self, text: str) -> None:
        print(self._style(f"   {text}", "2"))

    def does(self, who: str, where: str, action: str) -> None:
        print(f"   {self._style(who, '1')} in #{where}: {self._style(action, '33')}")

    def sees(self, who: str, text: str, *, ephemeral: bool = False) -> None:
        label = f"{who} sees" + (" (only they can see this)" if ephemeral else "")
        print(f"   {self._style(label, '32')}:")
        for line in self.readable(text).splitlines() or [""]:
            print(f"      │ {line}")

    def message(self, message: discord.Message | Any, who: str) -> str:
        """A message, its embeds and buttons as plain text lines."""
        parts = [message.content] if message.content else []
        for embed in message.embeds:
            if embed.title:
                parts.append(f"[{embed.title}]")
            if embed.description:
                parts.append(embed.description)
            parts.extend(f"{field.name}: {field.value}" for field in embed.fields)
            if embed.footer and embed.footer.text:
                parts.append(f"({embed.footer.text})")
        buttons = [child.label for row in message.components for child in getattr(row, "children", [])]
        if buttons:
            parts.append("  ".join(f"[ {label} ]" for label in buttons))
        return "\n".join(parts)

    def readable(self, text: str) -> str:
        def mention(match: re.Match[str]) -> str:
            return self.names.get(match.group(1), f"@{match.group(1)}")

        def time(match: re.Match[str]) -> str:
            moment = datetime.fromtimestamp(int(match.group(1)), UTC)
            if match.group(2) == "R":
                seconds = int((moment - self.now()).total_seconds())
                return _relative(seconds)
            return moment.strftime("%Y-%m-%d %H:%M UTC")

        text = re.sub(r"<(?:@!?|@&|#)(\d+)>", mention, text)
        text = re.sub(r"<t:(-?\d+):([a-zA-Z])>", time, text)
        return text.replace("**", "").replace("`", "")


def _relative(seconds: int) -> str:
    size = abs(seconds)
    if size < 60:
        return "just now"
    unit, length = next((u, n) for u, n in (("day", 86_400), ("hour", 3_600), ("minute", 60)) if size >= n)
    count = size // length
    amount = f"{count} {unit}{'s' * (count != 1)}"
    return f"in {amount}" if seconds >= 0 else f"{amount} ago"


def run_demo(database: Path | None = None) -> int:
    """Run the walkthrough; 0 on success, 2 if SimCord is not installed."""
    try:
        import simcord  # noqa: F401
    except ImportError:
        print(INSTALL_HINT, file=sys.stderr)
        return 2
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    if database is not None:
        asyncio.run(_walkthrough(database.resolve(), Transcript(colour)))
    else:
        with tempfile.TemporaryDirectory(prefix="doorman-demo-") as folder:
            asyncio.run(_walkthrough(Path(folder) / "demo.db", Transcript(colour)))
    print()
    return 0


async def _walkthrough(database: Path, out: Transcript) -> None:
    import simcord

    bot = create_bot(Config(database=database))
    # strict_sync off: a kept --database remembers its last sync, but each run's simulated Discord starts empty.
    async with simcord.run(bot, strict_sync=False) as env:
        out.now = env.now
        try:
            await _story(env, out)
        finally:
            await bot.close()


async def _story(env: Any, out: Transcript) -> None:
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    guild = env.create_guild("Climbing Club")
    member_role = guild.create_role("Member")
    newcomer_role = guild.create_role("Newcomer")
    mods = guild.create_role("Moderators")
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    welcome = guild.create_text_channel("welcome", overwrites={member_role: hidden, admins: shown})
    general = guild.create_text_channel("general", overwrites={guild.default_role: hidden, member_role: shown})
    staff = {guild.default_role: hidden, mods: shown, admins: shown, member_role: hidden, env.bot.user: shown}
    modq = guild.create_text_channel("mod-queue", overwrites=staff)
    log = guild.create_text_channel("doorman-log", overwrites=staff)
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
        shown_options = " ".join(f"{k}:{_option_text(v, out)}" for k, v in options.items())
        out.does(who, channel.name, f"/{command} {shown_options}".rstrip())
        result = await actor.slash(channel, command, **options)
        if result.response is not None:
            out.sees(who, out.message(result.response.message, who), ephemeral=result.ephemeral)
        return result

    async def roles(actor: Any) -> str:
        member = await env.bot.get_guild(guild.id).fetch_member(actor.id)
        return ", ".join(role.name for role in member.roles if not role.is_default()) or "no roles"

    def code_in(result: Any) -> str:
        match = re.search(r"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})", result.response.content)
        assert match is not None, result.response.content
        return match.group(1)

    out.step("An admin sets Doorman up")
    out.note("@everyone sees only #welcome; @Member sees the rest; #mod-queue is for moderators.")
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

    out.step("A member creates an invitation code for a friend")
    created = await slash("alice", alice, general, "invite create", note="Bob, from the Tuesday bouldering group")
    code = code_in(created)

    out.step("The newcomer redeems it in #welcome and is admitted")
    bob = newcomer("bob")
    out.note(f"bob's roles before: {await roles(bob)}")
    await slash("bob", bob, welcome, "redeem", code=code.lower().replace("-", " "))
    out.note(f"bob's roles after: {await roles(bob)}   (typed in lower case with spaces: codes are forgiving)")
    out.sees("alice (DM)", alice.user.dm_channel.history()[-1].content)

    out.step("The admin turns approval on")
    await slash("ada", ada, general, "gate policy", approval=True)

    out.step("A second newcomer redeems: the request goes to the moderators")
    carol = newcomer("carol")
    code = code_in(await slash("alice", alice, general, "invite create", for_user="carol"))
    await slash("carol", carol, welcome, "redeem", code=code)
    request = modq.last_message
    out.sees("#mod-queue", out.message(request, "mo"))

    out.step("Someone who is not a moderator clicks Approve: refused")
    out.note("eve is a plain member who was given a look at #mod-queue by a careless permission override.")
    await _grant_view(env, modq, eve)
    out.does("eve", "mod-queue", "clicks [ Approve ]")
    refused = await eve.click(request, label="Approve")
    out.sees("eve", refused.response.content, ephemeral=refused.ephemeral)
    out.note(f"carol's roles: {await roles(carol)}")

    out.step("A moderator approves")
    out.does("mo", "mod-queue", "clicks [ Approve ]")
    await mo.click(request, label="Approve")
    out.sees("#mod-queue (the request, edited)", out.message(modq.history()[-1], "mo"))
    out.sees("carol (DM)", carol.user.dm_channel.history()[-1].content)
    out.note(f"carol's roles: {await roles(carol)}")

    out.step("A third newcomer is denied, with a reason")
    dave = newcomer("dave")
    code = code_in(await slash("alice", alice, general, "invite create"))
    await slash("dave", dave, welcome, "redeem", code=code)
    out.does("mo", "mod-queue", "clicks [ Deny ]")
    modal = await mo.click(modq.last_message, label="Deny")
    out.does("mo", "mod-queue", "types the reason: Nobody in the club knows this account")
    await mo.submit_modal(modal, {"reason": "Nobody in the club knows this account"})
    out.sees("#mod-queue (the request, edited)", out.message(modq.history()[-1], "mo"))
    out.sees("dave (DM)", dave.user.dm_channel.history()[-1].content)

    out.step("A bad code, then a lockout")
    mallory = newcomer("mallory")
    await slash("mallory", mallory, welcome, "redeem", code="let me in")
    for guess in ("AAAA-BBBB-CCCC", "AAAA-BBBB-CCCD", "AAAA-BBBB-CCCE"):
        out.does("mallory", "welcome", f"/redeem code:{guess}")
        await mallory.slash(welcome, "redeem", code=guess)
    await slash("mallory", mallory, welcome, "redeem", code="AAAA-BBBB-CCCF")
    await slash("mallory", mallory, welcome, "redeem", code=code)

    out.step("Who vouched for whom")
    await slash("ada", ada, general, "gate whois", member=carol)
    out.note("#doorman-log, one line per event:")
    for message in log.history():
        print(f"      │ {out.readable(message.content)}")


async def _grant_view(env: Any, channel: Any, actor: Any) -> None:
    """Give one member a look at a channel (a permission override), as an admin would in Discord."""
    channel_obj = env.bot.get_channel(channel.id)
    member = await channel_obj.guild.fetch_member(actor.id)
    await channel_obj.set_permissions(member, overwrite=discord.PermissionOverwrite(view_channel=True))
    await env.settle()


def _option_text(value: Any, out: Transcript) -> str:
    name = getattr(value, "name", None)
    if name is not None and hasattr(value, "id"):
        return out.names.get(str(value.id), str(name))
    return str(value)
