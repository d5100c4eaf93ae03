"""The waitlist (SPEC section 10): people without a code ask to be let in; moderators invite or decline them.

An entry is a persisted state machine, like an admission (core.admissions):

    join ──> waiting ──Invite (a moderator), or a member's code reserved for them──> invited
             waiting / invited ──they redeem any code──> redeemed
             waiting / invited ──they leave the list, or an action finds them gone──> left
             waiting ──Decline──> declined
             invited ──its code ended unused, and they join again──> lapsed (and a new entry waits)

Invariants:
- Someone has at most one open entry (waiting or invited) per guild (also a unique index).
- Each transition happens in one transaction, and only from the state it expects: two moderators clicking at
  once, or a click racing the person's redemption, make one decision; the other is told who made it and when.
- An invited entry holds the code it was sent (code_id). A moderator's code (CodeKind.WAITLIST) is single-use,
  reserved for that person by ID, spends no quota, and is revoked if the entry closes without it being used.
- Positions count waiting entries only, by join time: an invited entry is listed, not counted.
- What each transition owes Discord (the entry's message, the DM, the log line) is owed in its transaction.

The records and reading them are here; joining is core.waitlist_joining, the transitions after it
core.waitlist_decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from bot.core.codes import Code, format_code
from bot.core.posts import Posted
from bot.core.refusals import Refused
from bot.core.settings import GuildSettings

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction


class EntryStatus(Enum):
    WAITING = "waiting"
    INVITED = "invited"
    REDEEMED = "redeemed"
    DECLINED = "declined"
    LEFT = "left"
    LAPSED = "lapsed"  # invited, but the code ended unused (expired, revoked) and they joined again


@dataclass(frozen=True)
class WaitlistEntry:
    id: int
    guild_id: int
    user_id: int
    about: str | None
    joined_at: int
    status: EntryStatus
    decided_by: int | None  # who invited (a moderator, or a member vouching) or declined them
    decided_at: int | None
    reason: str | None  # a decline's
    code_id: int | None  # the code they were sent
    code: str | None  # its canonical text
    closed_at: int | None  # redeemed, declined or left
    message: Posted | None  # the entry's message for the moderators, once posted

    @property
    def code_display(self) -> str | None:
        return None if self.code is None else format_code(self.code)


@dataclass(eq=False)
class NotOnWaitlist(Refused):
    pass


@dataclass(eq=False)
class EntryNotFound(Refused):
    """No waitlist entry with that ID in this guild."""


@dataclass(eq=False)
class EntryDecided(Refused):
    """The entry is no longer waiting: what became of it, who decided and when."""

    status: EntryStatus
    decided_by: int | None
    decided_at: int | None
    closed_at: int | None


def entry_decided(entry: WaitlistEntry) -> EntryDecided:
    return EntryDecided(entry.status, entry.decided_by, entry.decided_at, entry.closed_at)


@dataclass(frozen=True)
class Invited:
    entry: WaitlistEntry
    code: Code
    settings: GuildSettings


async def in_guild(tx: Transaction, guild_id: int, entry_id: int) -> WaitlistEntry:
    entry = await tx.waitlist.get(entry_id)
    if entry is None or entry.guild_id != guild_id:
        raise EntryNotFound()
    return entry


async def waiting_entry(db: Database, *, guild_id: int, entry_id: int) -> WaitlistEntry:
    """The guild's entry if it is still waiting for a decision; else EntryNotFound or EntryDecided."""

    async def read(tx: Transaction) -> WaitlistEntry:
        entry = await in_guild(tx, guild_id, entry_id)
        if entry.status is not EntryStatus.WAITING:
            raise entry_decided(entry)
        return entry

    return await db.transaction(read)


async def get_entry(db: Database, *, guild_id: int, entry_id: int) -> WaitlistEntry:
    async def read(tx: Transaction) -> WaitlistEntry:
        return await in_guild(tx, guild_id, entry_id)

    return await db.transaction(read)


async def message_posted(tx: Transaction, entry_id: int, message: Posted) -> None:
    """The entry's message was posted (again): remember where, so that later edits find it."""
    await tx.waitlist.remember_message(entry_id, message)


async def code_of(db: Database, entry: WaitlistEntry) -> Code:
    """The code an invited entry was sent, as it is now (with its link, once made)."""
    assert entry.code_id is not None
    code_id = entry.code_id

    async def read(tx: Transaction) -> Code:
        return await tx.codes.get(code_id)

    return await db.transaction(read)


async def open_entries(db: Database, *, guild_id: int) -> list[WaitlistEntry]:
    """The guild's open entries in order of joining (waiting and invited)."""

    async def read(tx: Transaction) -> list[WaitlistEntry]:
        return await tx.waitlist.open(guild_id)

    return await db.transaction(read)


async def history(db: Database, *, guild_id: int, user_id: int) -> list[WaitlistEntry]:
    """Every entry the person had in the guild, newest first (closed ones too)."""

    async def read(tx: Transaction) -> list[WaitlistEntry]:
        return await tx.waitlist.of_user(guild_id, user_id)

    return await db.transaction(read)


def positions(entries: list[WaitlistEntry]) -> dict[int, int]:
    """Each waiting entry's position (1-based, in the order given), by entry ID; invited ones have none."""
    waiting = [entry.id for entry in entries if entry.status is EntryStatus.WAITING]
    return {entry_id: number for number, entry_id in enumerate(waiting, start=1)}
