"""What /invite shows: a new code with what to tell the invitee, and the member's quota."""

from __future__ import annotations

from bot.core.codes import ReservationById, ReservationByUsername
from bot.core.inputs import MAX_NOTE
from bot.core.invites import CreatedCode
from bot.core.quotas import QuotaStatus
from cogs._shared.lines import reserved_for
from cogs._shared.markup import channel, escaped, plural, timestamp


def quota_line(status: QuotaStatus) -> str:
    if status.rule.limit is None:
        return "Quota: unlimited (you have Manage Server)."
    text = (
        f"Quota: {status.used} of {status.rule.limit} uses spent in the last {status.rule.period_days} days, "
        f"{status.remaining} left."
    )
    if status.next_free_at is not None:
        text += f" The next use frees up {timestamp(status.next_free_at, 'R')}."
    return text


def created(result: CreatedCode) -> str:
    code = result.code
    lines = [
        f"Your invitation code: **`{code.display}`**",
        f"Uses: {code.max_uses} · Expires {timestamp(code.expires_at)} ({timestamp(code.expires_at, 'R')})",
    ]
    match code.for_user:
        case ReservationById():
            lines.append(f"Reserved for {reserved_for(code.for_user)}: only that account can redeem it.")
        case ReservationByUsername():
            # People pass on the name they see, and Discord shows display names and nicknames first.
            lines.append(
                f"Reserved for {reserved_for(code.for_user)}: it must be their exact username (the one under their "
                "name in their profile), not a display name or server nickname."
            )
    if code.note:
        lines.append(f"Note for moderators: {escaped(code.note, MAX_NOTE * 2)}")  # escaped, it fits whole
    lines.append(quota_line(result.quota))
    welcome = result.settings.welcome_channel_id
    assert welcome is not None  # codes are only created once the guild is set up
    lines.append(
        f"Tell the person you invite: join the server, then type `/redeem {code.display}` in {channel(welcome)}."
    )
    return "\n".join(lines)


def revoked(display: str, unused: int) -> str:
    return (
        f"Revoked `{display}`. Nobody can redeem it any more; {plural(unused, 'unused use')} went back to your quota."
    )
