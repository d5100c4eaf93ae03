"""The demo's transcript: what people do and see, mentions and timestamps resolved to readable text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import discord

from bot.i18n import Catalog


class Transcript:
    """Prints what people do and see, resolving mentions and timestamps to readable text."""

    def __init__(self, colour: bool, t: Catalog) -> None:
        self.colour = colour
        self.t = t
        self.names: dict[str, str] = {}
        self.now: Callable[[], datetime] = discord.utils.utcnow  # replaced by the simulated clock
        self.step_number = 0

    def _style(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def step(self, title: str) -> None:
        self.step_number += 1
        print()
        print(self._style(self.t("demo-step", number=str(self.step_number), title=title), "1;36"))

    def note(self, text: str) -> None:
        print(self._style(f"   {text}", "2"))

    def does(self, who: str, where: str, action: str) -> None:
        styled = {"who": self._style(who, "1"), "action": self._style(action, "33")}
        print("   " + self.t("demo-does", channel=where, **styled))

    def sees(self, who: str, text: str, *, ephemeral: bool = False) -> None:
        label = self.t("demo-sees-ephemeral", who=who) if ephemeral else self.t("demo-sees", who=who)
        print(f"   {self._style(label, '32')}")
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

    def form(self, modal: dict[str, Any]) -> str:
        """A form (Discord's modal) as plain text lines: its title, then each input's label and what it holds."""
        lines = [f"[{modal['title']}]"]
        for row in modal["components"]:
            field = row["components"][0]
            lines.append(f"{field['label']}: {field.get('value') or '______'}")
        return "\n".join(lines)

    def readable(self, text: str) -> str:
        def mention(match: re.Match[str]) -> str:
            return self.names.get(match.group(1), f"@{match.group(1)}")

        def time(match: re.Match[str]) -> str:
            moment = datetime.fromtimestamp(int(match.group(1)), UTC)
            if match.group(2) == "R":
                seconds = int((moment - self.now()).total_seconds())
                return _relative(self.t, seconds)
            return moment.strftime("%Y-%m-%d %H:%M UTC")

        text = re.sub(r"<(?:@!?|@&|#)(\d+)>", mention, text)
        text = re.sub(r"<t:(-?\d+):([a-zA-Z])>", time, text)
        return text.replace("**", "").replace("`", "")


def _relative(t: Catalog, seconds: int) -> str:
    size = abs(seconds)
    if size < 60:
        return t("demo-time-now")
    unit, length = next((u, n) for u, n in (("day", 86_400), ("hour", 3_600), ("minute", 60)) if size >= n)
    count = size // length
    if seconds >= 0:
        return t("demo-time-future", unit=unit, count=count)
    return t("demo-time-past", unit=unit, count=count)


def option_text(value: Any, out: Transcript) -> str:
    name = getattr(value, "name", None)
    if name is not None and hasattr(value, "id"):
        return out.names.get(str(value.id), str(name))
    return str(value)
