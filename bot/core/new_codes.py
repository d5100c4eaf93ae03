"""A new code of any kind (a member's, an admin's shared link, a waitlist answer, a regenerated one): a fresh
random text, and its invite link owed with it (core.links)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeKind, Reservation
from bot.core.links import owe_link
from bot.core.settings import GuildSettings

if TYPE_CHECKING:
    from bot.core.repositories import Transaction

_INSERT_ATTEMPTS = 8


async def insert_code(
    tx: Transaction,
    settings: GuildSettings,
    generate: Callable[[], str],
    *,
    inviter_id: int,
    max_uses: int,
    created_at: int,
    expires_at: int,
    for_user: Reservation | None,
    note: str | None,
    kind: CodeKind = CodeKind.MEMBER,
    quota_from: int | None = None,
    replaces: int | None = None,
) -> Code:
    """Insert a new code of the guild with a fresh random text, owed its invite link; the code as stored."""
    guild_id = settings.guild_id
    for _ in range(_INSERT_ATTEMPTS):
        # A collision (60 random bits make it vanishingly rare) is retried with a new code.
        text = generate()
        code_id = await tx.codes.insert(
            guild_id=guild_id,
            code=text,
            inviter_id=inviter_id,
            max_uses=max_uses,
            created_at=created_at,
            expires_at=expires_at,
            for_user=for_user,
            note=note,
            kind=kind,
            quota_from=quota_from,
            replaces=replaces,
        )
        if code_id is not None:
            # As a read would return it, without reading it back: creating codes is a hot path.
            code = Code(
                id=code_id,
                guild_id=guild_id,
                code=text,
                inviter_id=inviter_id,
                max_uses=max_uses,
                uses=0,
                created_at=created_at,
                expires_at=expires_at,
                for_user=for_user,
                note=note,
                revoked_at=None,
                revoked_by=None,
                kind=kind,
                quota_from=quota_from,
                replaces=replaces,
            )
            await owe_link(tx, settings, code, now=created_at)
            return code
    raise RuntimeError(f"no free code after {_INSERT_ATTEMPTS} attempts: is the generator random?")
