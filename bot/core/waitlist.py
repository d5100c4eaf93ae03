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

Joining and reading are here; the transitions after joining are core.waitlist_decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from bot.core.admissions import AdmissionStatus
from bot.core.codes import Code, CodeStatus, format_code
from bot.core.deliveries import log, owe
from bot.core.log_lines import WaitlistJoinedLine
from bot.core.owed import ShowWaitlistEntry
from bot.core.people import Newcomer, remember_locale
from bot.core.policy import Policy
from bot.core.posts import Posted
from bot.core.quotas import DAY
from bot.core.refusals import Refused
from bot.core.settings import GuildSettings, read_settings

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

MAX_ABOUT = 300


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
class WaitlistWrongChannel(Refused):
    welcome_channel_id: int


@dataclass(eq=False)
class WaitlistForMembers(Refused):
    """A member asked to join the waitlist: they are in already."""


@dataclass(eq=False)
class WaitlistClosed(Refused):
    """The guild's `waitlist` policy is off."""


@dataclass(eq=False)
class AdmissionOpen(Refused):
    """They redeemed a code already and their admission is open: the waitlist has nothing for them."""

    status: AdmissionStatus


@dataclass(eq=False)
class AlreadyOnWaitlist(Refused):
    status: EntryStatus  # waiting or invited
    position: int | None  # while waiting


@dataclass(eq=False)
class DeclinedRecently(Refused):
    until: int  # when they may join again


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
class Joined:
    entry: WaitlistEntry
    position: int
    settings: GuildSettings


@dataclass(frozen=True)
class Standing:
    """Where someone stands: their open entry (with its position, or the code they were sent), else a decline
    that keeps them off the list until `may_join_at`; nothing at all if they may simply join."""

    entry: WaitlistEntry | None
    position: int | None = None
    code: Code | None = None
    may_join_at: int | None = None


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


async def _cooldown_until(tx: Transaction, settings: GuildSettings, user_id: int, now: int) -> int | None:
    """When a recent decline lets them join again, if it has not yet."""
    cooldown = settings.policy.waitlist_cooldown_days * DAY
    for entry in await tx.waitlist.of_user(settings.guild_id, user_id):
        if entry.status is EntryStatus.DECLINED and entry.decided_at is not None:
            until = entry.decided_at + cooldown
            return until if until > now else None
    return None


async def _lapsed(tx: Transaction, entry: WaitlistEntry, now: int) -> bool:
    """Whether an invited entry's code ended without being used: nothing is left for it to wait for."""
    if entry.status is not EntryStatus.INVITED or entry.code_id is None:
        return False
    return (await tx.codes.get(entry.code_id)).status(now) is not CodeStatus.ACTIVE


async def join(
    db: Database, *, guild_id: int, channel_id: int, person: Newcomer, about: str | None, defaults: Policy, now: int
) -> Joined:
    """Put someone on the waitlist, checking in order: the channel, a member, the policy, an open admission,
    an open entry, a recent decline. Owes the entry's message and the log line."""

    async def work(tx: Transaction) -> Joined:
        settings = (await read_settings(tx, guild_id, defaults)).require_setup()
        assert settings.welcome_channel_id is not None
        if channel_id != settings.welcome_channel_id:
            raise WaitlistWrongChannel(settings.welcome_channel_id)
        if settings.member_role_id in person.role_ids:
            raise WaitlistForMembers()
        if not settings.policy.waitlist:
            raise WaitlistClosed()
        admission = await tx.admissions.open_of(guild_id, person.user_id)
        if admission is not None:
            raise AdmissionOpen(admission.status)
        entry = await tx.waitlist.open_of(guild_id, person.user_id)
        if entry is not None and await _lapsed(tx, entry, now):
            # Their code expired or was revoked unused: that invitation is over, and they wait again.
            await tx.waitlist.close(entry.id, status=EntryStatus.LAPSED, at=now)
            await owe(tx, guild_id, ShowWaitlistEntry(entry.id), now=now)
            entry = None
        if entry is not None:
            waiting = entry.status is EntryStatus.WAITING
            raise AlreadyOnWaitlist(entry.status, await tx.waitlist.position(entry) if waiting else None)
        until = await _cooldown_until(tx, settings, person.user_id, now)
        if until is not None:
            raise DeclinedRecently(until)
        entry = await tx.waitlist.insert(guild_id=guild_id, user_id=person.user_id, about=about, joined_at=now)
        await remember_locale(tx, person.user_id, person.locale)  # for the DM with the code or the decline
        await owe(tx, guild_id, ShowWaitlistEntry(entry.id), now=now)
        await log(tx, guild_id, WaitlistJoinedLine(person.user_id, entry.id), now=now)
        return Joined(entry, await tx.waitlist.position(entry), settings)

    return await db.transaction(work)


async def standing(db: Database, *, guild_id: int, user_id: int, defaults: Policy, now: int) -> Standing:
    """Where someone stands on the guild's waitlist (/waitlist status)."""

    async def read(tx: Transaction) -> Standing:
        settings = await read_settings(tx, guild_id, defaults)
        entry = await tx.waitlist.open_of(guild_id, user_id)
        if entry is not None and entry.status is EntryStatus.WAITING:
            return Standing(entry, position=await tx.waitlist.position(entry))
        if entry is not None and entry.code_id is not None:
            return Standing(entry, code=await tx.codes.get(entry.code_id))
        until = await _cooldown_until(tx, settings, user_id, now)
        if until is not None:
            declined = next(e for e in await tx.waitlist.of_user(guild_id, user_id) if e.status is EntryStatus.DECLINED)
            return Standing(declined, may_join_at=until)
        return Standing(None)

    return await db.transaction(read)


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
