"""One-time sign-in links to the dashboard (SPEC section 16).

`/dashboard` gives a person a link holding a token; opening it signs them in to the dashboard of the server it
came from, in the language they used there.

Invariants:
- The database holds the token's SHA-256, never the token: a copy of the database signs nobody in.
- A link is good for LINK_SECONDS and for one use: using it and marking it used are one statement, so of two
  requests racing with the same token exactly one signs in.
- Expired rows are deleted as new links are issued, so the table holds about ten minutes of links.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

LINK_SECONDS = 600
TOKEN_BYTES = 32
# What secrets.token_urlsafe(32) gives: 43 characters of the URL-safe base-64 alphabet. Anything else is not a
# token and is refused without a query.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


@dataclass(frozen=True)
class SignIn:
    """Who a used link signs in, to which server, in which language (None: the server's)."""

    guild_id: int
    user_id: int
    locale: str | None


def token_hash(token: str) -> str:
    """What the database keeps of a token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


async def issue_link(db: Database, *, guild_id: int, user_id: int, locale: str | None, now: int) -> str:
    """A new token that signs `user_id` in to `guild_id` once, within LINK_SECONDS of `now`."""
    token = secrets.token_urlsafe(TOKEN_BYTES)

    async def store(tx: Transaction) -> None:
        await tx.dashboard_links.forget_expired(now)
        await tx.dashboard_links.add(
            token_hash(token),
            guild_id=guild_id,
            user_id=user_id,
            locale=locale,
            created_at=now,
            expires_at=now + LINK_SECONDS,
        )

    await db.transaction(store)
    return token


async def use_link(db: Database, *, token: str, now: int) -> SignIn | None:
    """Who the token signs in, marking it used; None for a token unknown, used, expired or malformed."""
    if _TOKEN.fullmatch(token) is None:
        return None
    hashed = token_hash(token)

    async def use(tx: Transaction) -> SignIn | None:
        return await tx.dashboard_links.use(hashed, now=now)

    return await db.transaction(use)
