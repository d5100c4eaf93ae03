"""Validation of what people type into options (pure, no I/O).

Each parser returns the clean value or raises InvalidInput whose message says
what was wrong and what a right value looks like: it is shown to the person as is.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NOTE = 200
MAX_REASON = 500
MAX_EXPIRY_SECONDS = 30 * 86_400
_DURATION = re.compile(r"^(\d{1,6})\s*([mhd])$")
_UNIT_SECONDS = {"m": 60, "h": 3_600, "d": 86_400}
_USERNAME = re.compile(r"^[a-z0-9_.]{2,32}$")
_SNOWFLAKE = re.compile(r"^\d{15,21}$")


class InvalidInput(ValueError):
    """An option value was refused; str(error) is the message for the person."""


def parse_duration(text: str) -> int:
    """'30m', '12h' or '7d' as seconds: at least one minute, at most 30 days."""
    cleaned = text.strip().lower()
    match = _DURATION.match(cleaned) if len(cleaned) <= 16 else None
    if match is None:
        raise InvalidInput("`expires_in` must be a number followed by m, h or d, for example `30m`, `12h` or `7d`.")
    seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds <= 0:
        raise InvalidInput("`expires_in` must be at least `1m`.")
    if seconds > MAX_EXPIRY_SECONDS:
        raise InvalidInput("`expires_in` can be at most 30 days (`30d`).")
    return seconds


def parse_for_user(text: str) -> str:
    """A reservation target: a user ID, or a Discord username (lower-cased, without a leading @)."""
    cleaned = text.strip()
    mention = re.fullmatch(r"<@!?(\d{15,21})>", cleaned)
    if mention:
        return mention.group(1)
    cleaned = cleaned.removeprefix("@").lower()
    if _SNOWFLAKE.match(cleaned) or _USERNAME.match(cleaned):
        return cleaned
    raise InvalidInput(
        "`for_user` must be a Discord username (2–32 letters, digits, `_` or `.`, like `alice_99`) "
        "or a user ID (a number like `123456789012345678`)."
    )


def parse_free_text(text: str, *, name: str, limit: int) -> str | None:
    """A note or reason: control and zero-width characters removed, at most `limit` characters.

    Empty after cleaning means no text at all (None).
    """
    cleaned = "".join(
        " " if char in "\r\n\t" else char
        for char in text
        if char in "\r\n\t" or unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    ).strip()
    if len(cleaned) > limit:
        raise InvalidInput(f"`{name}` can be at most {limit} characters; yours has {len(cleaned)}.")
    return cleaned or None


def matches_reservation(reserved_for: str, user_id: int, username: str) -> bool:
    """Whether the account (ID and username) is the one a code was reserved for."""
    return reserved_for == str(user_id) or reserved_for == username.lower()
