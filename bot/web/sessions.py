"""Who is signed in, to which server: a signed cookie, and the CSRF token that goes with it.

A session is not stored: the cookie holds the guild, the person, their language and when it ends,
signed with the site's secret (HMAC-SHA256), so any process with the secret can read it (the bot's
own, or `python -m bot web`). What it may do is not in it: that is read from Discord on every request
(bot/web/access.py). Signing out forgets the cookie; a copied cookie stays valid until it ends, at
most 12 hours after sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

COOKIE = "doorman_session"
FLASH_COOKIE = "doorman_flash"
SESSION_SECONDS = 12 * 3600


@dataclass(frozen=True)
class Session:
    guild_id: int
    user_id: int
    locale: str | None  # their Discord client's, when they asked for the link
    expires_at: int


def seal(session: Session, secret: bytes) -> str:
    """The cookie's value: the session's facts and their signature."""
    facts = f"{session.guild_id}.{session.user_id}.{session.locale or ''}.{session.expires_at}"
    return _signed(secret, b"session:", facts.encode())


def unseal(value: str, secret: bytes, now: int) -> Session | None:
    """The session a cookie holds; None if it is forged, damaged or over."""
    facts = _opened(secret, b"session:", value)
    if facts is None:
        return None
    guild, user, locale, expires = facts.decode().split(".")
    session = Session(int(guild), int(user), locale or None, int(expires))
    return session if now < session.expires_at else None


def csrf_token(cookie: str, secret: bytes) -> str:
    """The token every form of this session carries: a page of another site cannot know it."""
    return _sign(secret, b"csrf:" + cookie.encode())


def seal_text(text: str, secret: bytes) -> str:
    """A one-off message carried to the next page (a decision's outcome) in a cookie nobody else can write."""
    return _signed(secret, b"flash:", text.encode())


def unseal_text(value: str, secret: bytes) -> str | None:
    data = _opened(secret, b"flash:", value)
    return None if data is None else data.decode(errors="replace")


def _signed(secret: bytes, purpose: bytes, data: bytes) -> str:
    """`data` and its signature for this purpose (a session's signature never passes as a message's)."""
    return f"{_b64(data)}.{_sign(secret, purpose + data)}"


def _opened(secret: bytes, purpose: bytes, value: str) -> bytes | None:
    """The data `_signed` sealed for this purpose; None if the value is forged or damaged."""
    encoded, _, signature = value.partition(".")
    try:
        data = _unb64(encoded)
    except ValueError:
        return None
    return data if same(signature, _sign(secret, purpose + data)) else None


def same(given: str, expected: str) -> bool:
    """Whether a signature or token someone sent is the expected one, in constant time. As bytes: compare_digest
    refuses a str with characters outside ASCII, and a cookie or a form field can hold any."""
    return hmac.compare_digest(given.encode(), expected.encode())


def _sign(secret: bytes, data: bytes) -> str:
    return _b64(hmac.new(secret, data, hashlib.sha256).digest())


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, UnicodeEncodeError) as error:
        raise ValueError(str(error)) from None
