"""The person's side of the waitlist (SPEC section 10): joining it, each refusal in order, and where they stand.

The records and the state machine are core.waitlist; what happens after joining is core.waitlist_decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.admissions import AdmissionStatus
from bot.core.codes import Code, CodeStatus
from bot.core.deliveries import log, owe
from bot.core.log_lines import WaitlistJoinedLine
from bot.core.owed import ShowWaitlistEntry
from bot.core.people import Newcomer, remember_locale
from bot.core.policy import Policy
from bot.core.quotas import DAY
from bot.core.refusals import Refused
from bot.core.settings import GuildSettings, read_settings
from bot.core.waitlist import EntryStatus, WaitlistEntry

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

MAX_ABOUT = 300
# Joining and leaving in a loop would post an entry each time: a person may join this often in a day.
JOINS_PER_DAY = 3


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
class JoinedTooOften(Refused):
    """They joined JOINS_PER_DAY times in a day (joining and leaving in a loop would flood the moderators)."""

    until: int  # when they may join again


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


def _last_decline(settings: GuildSettings, history: list[WaitlistEntry], now: int) -> tuple[WaitlistEntry, int] | None:
    """Their latest decline (history is newest first) and when it lets them join again, if it has not yet."""
    for entry in history:
        if entry.status is EntryStatus.DECLINED and entry.decided_at is not None:
            until = entry.decided_at + settings.policy.waitlist_cooldown_days * DAY
            return (entry, until) if until > now else None
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
        history = await tx.waitlist.of_user(guild_id, person.user_id)  # newest first
        declined = _last_decline(settings, history, now)
        if declined is not None:
            raise DeclinedRecently(declined[1])
        joins = [e.joined_at for e in history if e.joined_at > now - DAY]
        if len(joins) >= JOINS_PER_DAY:
            raise JoinedTooOften(sorted(joins)[-JOINS_PER_DAY] + DAY)
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
        declined = _last_decline(settings, await tx.waitlist.of_user(guild_id, user_id), now)
        if declined is not None:
            return Standing(declined[0], may_join_at=declined[1])
        return Standing(None)

    return await db.transaction(read)
