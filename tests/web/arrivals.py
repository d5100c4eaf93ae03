"""Newcomers let in (or turned away) through the core, as the bot's commands and deliveries do, for the admin
pages that read them: the tree and the charts."""

from __future__ import annotations

from bot.core import admissions, invites, redemptions
from bot.core.people import Newcomer
from bot.core.repositories import Database
from bot.core.settings import update_settings
from tests.core.guild import ADMIN, DEFAULTS, GUILD, MEMBER_ROLE, MOD_CHANNEL, NOW, WELCOME, configure, member
from tests.web.conftest import MOD_ROLE, MODERATOR


async def open_the_gate(db: Database, *, guild_id: int = GUILD, approval: bool = False) -> None:
    """Enough quota and uses for a test's admissions; a second guild set up like the first."""
    policy = {"invites_per_member": 100, "max_uses_per_code": 10, "approval": approval, "mod_role_id": MOD_ROLE}
    if guild_id == GUILD:
        await configure(db, **policy)
        return
    changes = {"welcome_channel_id": WELCOME, "mod_channel_id": MOD_CHANNEL, "member_role_id": MEMBER_ROLE, **policy}
    await update_settings(db, guild_id, DEFAULTS, changes, by=ADMIN, command="setup", now=NOW)


async def arrive(
    db: Database,
    inviter: int,
    user_id: int,
    *,
    at: int = NOW,
    guild_id: int = GUILD,
    approve: bool | None = None,
    decided_at: int | None = None,
    granted_at: int | None = None,
    granted: bool = True,
) -> int:
    """`user_id` redeems a new code of `inviter` at `at`; a moderator approves or denies (`approve`) when the
    gate asks for approval; the roles are granted (`granted`) unless denied. The admission's ID."""
    created = await invites.create_code(db, guild_id=guild_id, member=member(inviter), defaults=DEFAULTS, now=at)
    newcomer = Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset())
    redemption = await redemptions.redeem(
        db,
        guild_id=guild_id,
        channel_id=WELCOME,
        newcomer=newcomer,
        code_text=created.code.display,
        defaults=DEFAULTS,
        now=at,
    )
    assert isinstance(redemption, redemptions.Redemption)
    admission_id = redemption.admission.id
    if approve is not None:
        await admissions.decide(
            db,
            guild_id=guild_id,
            admission_id=admission_id,
            moderator_id=MODERATOR,
            approve=approve,
            reason=None,
            now=at if decided_at is None else decided_at,
        )
    if granted and approve is not False:
        when = at if granted_at is None else granted_at
        await db.transaction(lambda tx: admissions.roles_granted(tx, admission_id, when))
    return admission_id
