"""The guild's log channel: one line per admission, denial, revocation and setting change.

Rendered when carried, from the line's facts and the admission as it is then. A log channel that
is gone (or unset) drops the line; one the bot may not post in is a 403, with an alert.
"""

from __future__ import annotations

import discord

from bot.core.admissions import get_admission
from bot.core.owed import (
    AdmittedLine,
    DeniedLine,
    GrantLine,
    LeftLine,
    LogLine,
    Owed,
    RevokedAllLine,
    RevokedLine,
    RoleQuotaLine,
    SettingsLine,
)
from cogs._shared.deliveries.outcomes import Done, Handler, Job, Outcome
from cogs._shared.limits import CONTENT, listed, shorten
from cogs._shared.markup import channel, code, escaped, role, user

LINES: tuple[type[Owed], ...] = (
    AdmittedLine,
    LeftLine,
    DeniedLine,
    SettingsLine,
    RoleQuotaLine,
    GrantLine,
    RevokedLine,
    RevokedAllLine,
)


async def post_line(job: Job) -> Outcome:
    settings = job.settings
    log_channel = job.guild.get_channel(settings.log_channel_id) if settings.log_channel_id else None
    if not isinstance(log_channel, discord.TextChannel):
        return Done("The log channel is gone or unset; the line is dropped.", delivered=False)
    assert isinstance(job.delivery.owed, LogLine)
    await log_channel.send(shorten(await render(job, job.delivery.owed), CONTENT))
    return Done()


async def render(job: Job, line: LogLine) -> str:
    """The line as it reads in the log channel."""
    match line:
        case AdmittedLine(admission_id=admission_id):
            admission = await get_admission(job.bot.db, guild_id=job.guild.id, admission_id=admission_id)
            text = (
                f"✅ {user(admission.user_id)} admitted with code {code(admission.code_display)} "
                f"of {user(admission.inviter_id)}"
            )
            if admission.decided_by is not None:
                text += f", approved by {user(admission.decided_by)}"
            return text + "."
        case LeftLine(admission_id=admission_id):
            admission = await get_admission(job.bot.db, guild_id=job.guild.id, admission_id=admission_id)
            return f"🚪 {user(admission.user_id)} left before being admitted."
        case DeniedLine(admission_id=admission_id):
            admission = await get_admission(job.bot.db, guild_id=job.guild.id, admission_id=admission_id)
            text = (
                f"❌ {user(admission.user_id)} denied by {user(admission.decided_by or 0)} "
                f"(code {code(admission.code_display)} of {user(admission.inviter_id)})"
            )
            return f"{text}: {escaped(admission.reason, CONTENT - len(text) - 2)}" if admission.reason else f"{text}."
        case SettingsLine(by=by, command=command, changes=changes):
            return f"⚙️ {user(by)} changed settings with /gate {command}: {describe_changes(changes)}"
        case RoleQuotaLine(by=by, role_id=role_id, amount=amount, period_days=period):
            return f"⚙️ {user(by)}: Holders of {role(role_id)} may now hand out {amount} uses per {period} days."
        case GrantLine(by=by, user_id=member, amount=amount, limit=limit, period_days=period):
            shown = "unlimited (Manage Server)" if limit is None else str(limit)
            return (
                f"⚙️ {user(by)}: {user(member)}'s adjustment is now {amount:+d}: "
                f"their limit is {shown} uses per {period} days."
            )
        case RevokedLine(by=by, code=text, inviter_id=inviter) if by == inviter:
            return f"⛔ {user(by)} revoked their code {code(text)}."
        case RevokedLine(by=by, code=text, inviter_id=inviter):
            return f"⛔ {user(by)} revoked code {code(text)} of {user(inviter)}."
        case RevokedAllLine(by=by, inviter_id=inviter, codes=codes):
            shown = listed([code(text) for text in codes], CONTENT - 200, more=lambda left: f"and {left} more")
            return f"⛔ {user(by)} revoked all active codes of {user(inviter)} ({len(codes)}): {shown}."
    raise TypeError(f"no words for the log line {type(line).__name__}")


def describe_changes(changes: tuple[tuple[str, int | bool | str | None, int | bool | str | None], ...]) -> str:
    """What changed, as `key: old → new` pairs (or 'no change')."""
    return "; ".join(_change(key, old, new) for key, old, new in changes) or "no change"


def _change(key: str, old: int | bool | str | None, new: int | bool | str | None) -> str:
    if key.endswith("_id"):
        mention = channel if key.endswith("channel_id") else role
        shown_old = mention(old) if isinstance(old, int) else "none"
        shown_new = mention(new) if isinstance(new, int) else "none"
        return f"{key.removesuffix('_id')}: {shown_old} → {shown_new}"
    return f"{key}: {_value(old)} → {_value(new)}"


def _value(value: int | bool | str | None) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


async def _describe(job: Job) -> str:
    settings = job.settings
    return f"post a line in the log channel {channel(settings.log_channel_id or 0)}"


HANDLER = Handler(post_line, _describe)
