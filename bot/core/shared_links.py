"""An admin's shared link (/gate link, SPEC section 11): one code, with its invite link, for many people.

It costs nobody's quota (CodeKind.LINK does not spend it), and every redemption of it waits for a
moderator's approval whatever the approval policy (core.redemptions): nobody vouched for the newcomer
personally.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeKind, generate_code
from bot.core.deliveries import log
from bot.core.inputs import check_range
from bot.core.log_lines import LinkCodeLine
from bot.core.new_codes import insert_code
from bot.core.people import Member, is_admin
from bot.core.policy import Policy
from bot.core.quotas import DAY
from bot.core.refusals import Authority, NotAllowed
from bot.core.settings import GuildSettings, read_settings
from bot.core.suspensions import require_not_suspended

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

DEFAULT_LINK_USES = 25
MAX_LINK_USES = 1_000


@dataclass(frozen=True)
class SharedLinkCode:
    code: Code
    settings: GuildSettings  # as read in the creating transaction: the reply needs the welcome channel


async def create_shared_link_code(
    db: Database,
    *,
    guild_id: int,
    admin: Member,
    defaults: Policy,
    now: int,
    uses: int = DEFAULT_LINK_USES,
    expires_in: int | None = None,
    note: str | None = None,
    generate: Callable[[], str] = generate_code,
) -> SharedLinkCode:
    """Create an admin's code for many people, in one transaction, and log it.

    `expires_in` is seconds (None: the guild's code_ttl_days); `note` is already validated."""
    check_range("uses", uses, 1, MAX_LINK_USES)

    async def create(tx: Transaction) -> SharedLinkCode:
        settings = (await read_settings(tx, guild_id, defaults)).require_setup()
        if not is_admin(admin):
            raise NotAllowed(Authority.ADMIN)
        await require_not_suspended(tx, guild_id, admin.user_id)
        lifetime = expires_in if expires_in is not None else settings.policy.code_ttl_days * DAY
        code = await insert_code(
            tx,
            settings,
            generate,
            inviter_id=admin.user_id,
            max_uses=uses,
            created_at=now,
            expires_at=now + lifetime,
            for_user=None,
            note=note,
            kind=CodeKind.LINK,
        )
        await log(tx, guild_id, LinkCodeLine(admin.user_id, code.display, uses), now=now)
        return SharedLinkCode(code, settings)

    return await db.transaction(create)
