"""Invitation codes: the text people type, and the code as the database holds it.

A code is three groups of four Crockford base-32 symbols, e.g. 7KQ2-M9XD-4HBT:
60 random bits from `secrets`. People type codes, so input is forgiving:
case does not matter, spaces and hyphens are ignored, and the letters Crockford
leaves out because they look like digits are read as those digits.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from enum import Enum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 12
GROUP = 4
# Input longer than this is refused without being scanned: no code needs it.
MAX_INPUT_LENGTH = 64

_LOOKALIKES = {"I": "1", "L": "1", "O": "0"}
_IGNORED = frozenset(" -\t")
_SYMBOLS = frozenset(ALPHABET)


class MalformedCode(ValueError):
    """The text cannot be a code: not 12 symbols of the alphabet once normalised."""


def generate_code() -> str:
    """A new random code in canonical form (12 symbols, no hyphens)."""
    # One draw of 5 bits a symbol (the alphabet has 32), not one system call a symbol.
    bits = secrets.randbits(5 * LENGTH)
    return "".join(ALPHABET[(bits >> (5 * i)) & 31] for i in range(LENGTH))


def normalize_code(text: str) -> str:
    """The canonical form of a typed code, or MalformedCode.

    Case-insensitive; spaces and hyphens are ignored; I and L read as 1, O as 0.
    """
    if len(text) > MAX_INPUT_LENGTH:
        raise MalformedCode(f"a code has {LENGTH} characters; that was {len(text)}")
    symbols = []
    for char in text:
        if char in _IGNORED:
            continue
        # ASCII only: str.upper() would turn e.g. "ß" into "SS" and "ı" into "I".
        upper = char.upper() if char.isascii() else char
        symbol = _LOOKALIKES.get(upper, upper)
        if symbol not in _SYMBOLS:
            raise MalformedCode(f"{char!r} cannot appear in a code")
        symbols.append(symbol)
    if len(symbols) != LENGTH:
        raise MalformedCode(f"a code has {LENGTH} characters; that had {len(symbols)}")
    return "".join(symbols)


def format_code(code: str) -> str:
    """Canonical code for display: 7KQ2-M9XD-4HBT."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


@dataclass(frozen=True)
class ReservationById:
    """A code only the account with this ID may redeem, whatever its username (SPEC section 2)."""

    user_id: int

    def admits(self, user_id: int, username: str) -> bool:
        return user_id == self.user_id


@dataclass(frozen=True)
class ReservationByUsername:
    """A code only the account with this exact username may redeem. Discord usernames are lower-case."""

    username: str  # lower-case

    def admits(self, user_id: int, username: str) -> bool:
        return username.lower() == self.username


# Two kinds, so that a reservation by ID can never be satisfied by a username that spells the same digits.
Reservation = ReservationById | ReservationByUsername


class CodeStatus(Enum):
    ACTIVE = "active"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Code:
    """One invitation code: who vouches with it, how often it may be used, until when, and for whom."""

    id: int
    guild_id: int
    code: str  # canonical: 12 symbols, no hyphens
    inviter_id: int
    max_uses: int
    uses: int
    created_at: int
    expires_at: int
    for_user: Reservation | None
    note: str | None
    revoked_at: int | None
    revoked_by: int | None
    link: str | None = None  # its Discord invite link (SPEC section 11), until that is deleted
    link_expiry: int | None = None  # the delivery that deletes the link when the code expires
    redeemer_ids: tuple[int, ...] = ()  # filled by listings only

    @property
    def display(self) -> str:
        return format_code(self.code)

    def status(self, now: int) -> CodeStatus:
        if self.revoked_at is not None:
            return CodeStatus.REVOKED
        if self.uses >= self.max_uses:
            return CodeStatus.USED
        if now >= self.expires_at:
            return CodeStatus.EXPIRED
        return CodeStatus.ACTIVE
