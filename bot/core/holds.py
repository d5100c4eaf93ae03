"""Why a moderator must look at a newcomer's request although the guild's approval is off (SPEC section 13)."""

from __future__ import annotations

from enum import StrEnum


class Hold(StrEnum):
    """One reason; an admission keeps its reasons as these words, comma-separated."""

    YOUNG_ACCOUNT = "young_account"  # younger than the policy's min_account_age_days
    RETURNING = "returning"  # came back without a code, under the policy `returning = approve`
    DENIED_BEFORE = "denied_before"  # an earlier request of theirs here was denied
    BANNED_BEFORE = "banned_before"
    SUSPENDED = "suspended"
    SUSPENDED_BEFORE = "suspended_before"  # a suspension of theirs here was lifted
    INVITER_SUSPENDED = "inviter_suspended"  # a returning member's inviter is suspended now


def stored_holds(holds: tuple[Hold, ...]) -> str | None:
    return ",".join(holds) or None


def read_holds(text: str | None) -> tuple[Hold, ...]:
    return tuple(Hold(word) for word in text.split(",")) if text else ()
