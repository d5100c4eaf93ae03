"""Validation of what people type into options (pure, no I/O).

Each parser returns the clean value or raises a refusal naming the option and what was wrong with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bot.core.codes import MalformedCode, Reservation, ReservationById, ReservationByUsername, normalize_code
from bot.core.refusals import Refused

MAX_NOTE = 200
MAX_REASON = 500
MIN_EXPIRY_SECONDS = 60
MAX_EXPIRY_SECONDS = 30 * 86_400
_DURATION = re.compile(r"^(\d{1,6})\s*([mhd])$")
_UNIT_SECONDS = {"m": 60, "h": 3_600, "d": 86_400}
_JOINERS = "\u200c\u200d"  # zero-width non-joiner and joiner
_USERNAME = re.compile(r"^[a-z0-9_.]{2,32}$")
_SNOWFLAKE = re.compile(r"[0-9]{15,21}")  # ASCII: int() would also read other scripts' digits
_MENTION = re.compile(r"<@!?([0-9]{15,21})>")
# A user ID as typed in a search, or pasted as Discord writes a mention (<@123>, <@!123>).
_USER_ID = re.compile(r"<@!?([0-9]{1,20})>|([0-9]{1,20})")
# Discord's IDs fit a signed 64-bit integer (their top bit would be a timestamp past 2084), as does SQLite's INTEGER.
MAX_ID = 2**63 - 1


@dataclass(eq=False)
class InvalidDuration(Refused):
    """`expires_in` is not a duration like `30m`, `12h` or `7d` (`seconds` None), or is out of range."""

    seconds: int | None


@dataclass(eq=False)
class InvalidUser(Refused):
    """`for_user` is neither a username nor a user ID."""


@dataclass(eq=False)
class UnknownAccount(Refused):
    """`for_user` is an ID that no Discord account has."""

    user_id: int


@dataclass(eq=False)
class BotAccount(Refused):
    """`for_user` is a bot's ID: a bot never redeems a code."""

    user_id: int


@dataclass(eq=False)
class AccountNotChecked(Refused):
    """Discord could not say (an outage) whether `for_user` is a person's ID; a reservation is never guessed."""

    user_id: int


@dataclass(eq=False)
class InvalidCode(Refused):
    """A code option that cannot be a code once normalised (SPEC section 2): `malformed`."""


@dataclass(eq=False)
class TextTooLong(Refused):
    """A free-text option longer than its limit (after cleaning)."""

    option: str
    limit: int
    length: int


@dataclass(eq=False)
class NumberOutOfRange(Refused):
    """A whole-number option outside what it accepts."""

    option: str
    low: int
    high: int
    given: int


@dataclass(eq=False)
class NotANumber(Refused):
    """A whole-number field holding something else (a form can send any text)."""

    option: str


def parse_whole_number(text: str, *, option: str) -> int:
    """A whole number typed into a field named `option`, or NotANumber."""
    cleaned = text.strip()
    if not cleaned.isascii() or not cleaned.lstrip("-").isdigit() or len(cleaned) > 12:
        raise NotANumber(option)
    return int(cleaned)


def user_id_of(text: str) -> int | None:
    """The user ID typed (or a mention of it); None if the text is not one."""
    found = _USER_ID.fullmatch(text.strip())
    if found is None:
        return None
    user_id = int(found.group(1) or found.group(2))
    return user_id if 0 < user_id <= MAX_ID else None


def parse_user_id(text: str, *, option: str) -> int:
    """A user ID (or mention) typed into a field named `option`, or NotANumber."""
    user_id = user_id_of(text)
    if user_id is None:
        raise NotANumber(option)
    return user_id


def parse_duration(text: str) -> int:
    """'30m', '12h' or '7d' as seconds: at least one minute, at most 30 days."""
    cleaned = text.strip().lower()
    match = _DURATION.match(cleaned) if len(cleaned) <= 16 else None
    if match is None:
        raise InvalidDuration(seconds=None)
    seconds = int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if not MIN_EXPIRY_SECONDS <= seconds <= MAX_EXPIRY_SECONDS:
        raise InvalidDuration(seconds=seconds)
    return seconds


def parse_for_user(text: str) -> Reservation:
    """Whom a code is for: a user ID or mention reserves by ID; anything else valid by username (lower-cased).

    Digits of an ID's length are an ID even when a username could spell them: an ID is looked up, never guessed.
    """
    cleaned = text.strip()
    mention = _MENTION.fullmatch(cleaned)
    digits = mention.group(1) if mention else cleaned.removeprefix("@")
    if _SNOWFLAKE.fullmatch(digits):
        if int(digits) > MAX_ID:
            raise UnknownAccount(int(digits))
        return ReservationById(int(digits))
    username = cleaned.removeprefix("@").lower()
    if _USERNAME.match(username):
        return ReservationByUsername(username)
    raise InvalidUser()


def parse_free_text(text: str, *, name: str, limit: int) -> str | None:
    """A note or reason: line breaks as spaces; control, invisible and direction-changing characters removed;
    at most `limit` characters.

    The joiners that writing needs stay (emoji sequences like 👨‍👩‍👧, and Persian's non-joiner), and so do
    characters newer than this Python's Unicode tables (new emoji). Empty after cleaning means no text (None).
    """
    cleaned = "".join(
        " " if char in "\r\n\t" else char
        for char in text
        if char in "\r\n\t" or char in _JOINERS or unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co"}
    ).strip(f" {_JOINERS}")
    if len(cleaned) > limit:
        raise TextTooLong(name, limit, len(cleaned))
    return cleaned or None


def parse_code(text: str) -> str:
    """A code typed into an option, canonical, or InvalidCode."""
    try:
        return normalize_code(text)
    except MalformedCode:
        raise InvalidCode() from None


def check_range(option: str, value: int, low: int, high: int) -> int:
    """`value` if low <= value <= high, else NumberOutOfRange naming the option."""
    if not low <= value <= high:
        raise NumberOutOfRange(option, low, high, value)
    return value
