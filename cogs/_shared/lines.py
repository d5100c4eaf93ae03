"""One line about a code or an admission, as admins and members see them in lists."""

from __future__ import annotations

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.codes import Code, CodeStatus, Reservation, ReservationById
from cogs._shared.limits import listed
from cogs._shared.markup import code as code_span
from cogs._shared.markup import timestamp, user
from cogs._shared.statuses import ADMISSION_STATUS

REDEEMERS_LIMIT = 160  # characters: six mentions or so, and the line stays under pages.LINE_LIMIT

STATUS_ICONS = {
    CodeStatus.ACTIVE: "🟢 active",
    CodeStatus.USED: "⚪ used",
    CodeStatus.EXPIRED: "⌛ expired",
    CodeStatus.REVOKED: "⛔ revoked",
}


def reserved_for(reservation: Reservation) -> str:
    """Whom a code is for: the account's mention and its ID (a mention of someone outside the server may show
    no name), or the username."""
    if isinstance(reservation, ReservationById):
        return f"{user(reservation.user_id)} (ID {reservation.user_id})"
    return f"the username {code_span(reservation.username)}"


def describe_code(code: Code, at: int, *, with_inviter: bool) -> str:
    """One line about a code: status, uses, expiry, who redeemed it (and whose it is)."""
    status = code.status(at)
    parts = [code_span(code.display), STATUS_ICONS[status], f"{code.uses}/{code.max_uses} uses"]
    if with_inviter:
        parts.append(f"by {user(code.inviter_id)}")
    if status is CodeStatus.ACTIVE:
        parts.append(f"expires {timestamp(code.expires_at, 'R')}")
    if code.for_user is not None:
        parts.append(f"for {reserved_for(code.for_user)}")
    if code.redeemer_ids:  # up to 100 of them: as many as keep the line short, then how many more
        redeemers = [user(user_id) for user_id in code.redeemer_ids]
        parts.append("→ " + listed(redeemers, REDEEMERS_LIMIT, more=lambda left: f"and {left} more"))
    return " · ".join(parts)


def describe_admission(admission: Admission, *, from_inviter: bool = False) -> str:
    """One admission as a line: who came in (or, `from_inviter`, who vouched), how, and what became of it."""
    shown = code_span(admission.code_display)
    who = (
        f"{user(admission.inviter_id)} with code {shown}"
        if from_inviter
        else f"{user(admission.user_id)} · code {shown} from {user(admission.inviter_id)}"
    )
    line = f"{who} · redeemed {timestamp(admission.redeemed_at)} · {ADMISSION_STATUS[admission.status]}"
    if admission.decided_by is not None:
        verb = "denied" if admission.status is AdmissionStatus.DENIED else "approved"
        line += f" · {verb} by {user(admission.decided_by)} {timestamp(admission.decided_at or 0, 'R')}"
    return line
