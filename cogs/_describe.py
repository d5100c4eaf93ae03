"""One line about a code or an admission, as admins and members see them in lists."""

from __future__ import annotations

import discord

from bot.admissions import Admission, AdmissionStatus
from bot.invites import Code, CodeStatus
from cogs._interaction import timestamp

STATUS_ICONS = {
    CodeStatus.ACTIVE: "🟢 active",
    CodeStatus.USED: "⚪ used",
    CodeStatus.EXPIRED: "⌛ expired",
    CodeStatus.REVOKED: "⛔ revoked",
}


def describe_code(code: Code, at: int, *, with_inviter: bool) -> str:
    """One line about a code: status, uses, expiry, who redeemed it (and whose it is)."""
    parts = [f"`{code.display}`", STATUS_ICONS[code.status(at)], f"{code.uses}/{code.max_uses} uses"]
    if with_inviter:
        parts.append(f"by <@{code.inviter_id}>")
    if code.status(at) is CodeStatus.ACTIVE:
        parts.append(f"expires {timestamp(code.expires_at, 'R')}")
    if code.for_user:
        parts.append(f"for {discord.utils.escape_markdown(code.for_user)}")
    if code.redeemer_ids:
        parts.append("→ " + ", ".join(f"<@{user_id}>" for user_id in code.redeemer_ids))
    return " · ".join(parts)


def describe_admission(admission: Admission, *, from_inviter: bool = False) -> str:
    """One admission as a line: who came in (or, `from_inviter`, who vouched), how, and what became of it."""
    who = (
        f"<@{admission.inviter_id}> with code `{admission.code_display}`"
        if from_inviter
        else f"<@{admission.user_id}> · code `{admission.code_display}` from <@{admission.inviter_id}>"
    )
    line = f"{who} · redeemed {timestamp(admission.redeemed_at)} · {admission.status.value.replace('_', ' ')}"
    if admission.decided_by is not None:
        verb = "denied" if admission.status is AdmissionStatus.DENIED else "approved"
        line += f" · {verb} by <@{admission.decided_by}> {timestamp(admission.decided_at or 0, 'R')}"
    return line
