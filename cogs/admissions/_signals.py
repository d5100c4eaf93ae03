"""The risk signals in an admission request, and why a moderator must look at it (SPEC section 13)."""

from __future__ import annotations

import discord

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.holds import Hold
from bot.core.people import account_created_at
from bot.core.screening import DAY
from bot.i18n import Catalog
from cogs._shared.markup import timestamp


def add_signals(t: Catalog, embed: discord.Embed, admission: Admission, earlier: list[Admission]) -> None:
    """Account age, own avatar, earlier requests here; then the holds, each with its reason."""
    age = max(0, admission.redeemed_at - account_created_at(admission.user_id))
    lines = [t("screening-signal-account-age", days=age // DAY)]
    if admission.has_avatar is not None:  # not kept for requests made before it was
        lines.append(t("screening-signal-avatar") if admission.has_avatar else t("screening-signal-no-avatar"))
    if earlier:
        denied = sum(1 for other in earlier if other.status is AdmissionStatus.DENIED)
        counted = t("screening-signal-earlier", count=len(earlier), denied=denied)
        lines.append(f"⚠️ {counted}" if denied else counted)  # a warning only if one of them was denied
    else:
        lines.append(t("screening-signal-first-time"))
    if admission.came_back:
        lines.append(t("screening-signal-came-back"))
    embed.add_field(name=t("screening-request-signals"), value="\n".join(lines), inline=False)
    if admission.holds:
        reasons = [_hold(t, hold, earlier) for hold in admission.holds]
        embed.add_field(name=t("screening-request-holds"), value="\n".join(reasons), inline=False)


def _hold(t: Catalog, hold: Hold, earlier: list[Admission]) -> str:
    match hold:
        case Hold.YOUNG_ACCOUNT:
            return t("screening-hold-young-account")
        case Hold.RETURNING:
            # Someone comes back only on an admission that let them in (core.screening.come_back).
            last = next(other for other in earlier if other.status is AdmissionStatus.ADMITTED)
            when = timestamp(last.admitted_at or last.redeemed_at, "D")
            return t("screening-hold-returning", number=str(last.id), when=when)
        case Hold.DENIED_BEFORE:
            return t("screening-hold-denied-before")
        case Hold.BANNED_BEFORE:
            return t("screening-hold-banned-before")
        case Hold.SUSPENDED:
            return t("screening-hold-suspended")
        case Hold.SUSPENDED_BEFORE:
            return t("screening-hold-suspended-before")
        case Hold.INVITER_SUSPENDED:
            return t("screening-hold-inviter-suspended")
