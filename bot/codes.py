"""Invitation codes: generation and forgiving normalisation (pure, no I/O).

A code is three groups of four Crockford base-32 symbols, e.g. 7KQ2-M9XD-4HBT:
60 random bits from `secrets`. People type codes, so input is forgiving:
case does not matter, spaces and hyphens are ignored, and the letters Crockford
leaves out because they look like digits are read as those digits.
"""

from __future__ import annotations

import secrets

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
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


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
