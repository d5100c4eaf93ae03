"""The waiting room (SPEC section 13): someone who joins and is not let in is reminded by DM, then kicked.

It needs the Server Members intent ([bot] members_intent): without it Discord never says who joined.
- A join owes two timers (core.owed RemindWaiting and KickWaiting, deliveries due later: they survive restarts),
  due `remind_after_hours` and `kick_after_hours` after Discord's join time, as the policy is then (0: none).
- A timer that falls due before its hours, lengthened since it was owed, have passed is owed again for then; one
  whose policy was switched off does nothing; one shortened since keeps its time (the reminder said it).
- Each timer checks again when it falls due, and the kick right before the kick call: someone with the member
  role, an admin or a moderator, someone admitted since they joined, gone, or who left and joined again since
  (their new join owes new timers) is left alone; someone whose request or waitlist entry is open is left alone
  while it is, the kick looking again every ASK_AGAIN_AFTER. The glue checks what Discord holds (the member,
  their roles, their join time); `stay_of` what Doorman holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING

from bot.core.admissions import AdmissionStatus
from bot.core.deliveries import Completion, log, owe
from bot.core.log_lines import WaitingKickedLine
from bot.core.owed import KickWaiting, RemindWaiting
from bot.core.policy import WAITING_ROOM_KEYS, Policy
from bot.core.refusals import Refused
from bot.core.settings import Change, read_settings

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

HOUR = 3_600
# How soon a kick that found a request or waitlist entry open looks again: one denied or declined after their
# kick fell due is kicked within this, not left in the server for good.
ASK_AGAIN_AFTER = HOUR


@dataclass(eq=False)
class NeedsMembersIntent(Refused):
    """/gate policy would set a waiting-room timer, but the bot runs without the Server Members intent."""

    keys: tuple[str, ...]  # the policy keys refused


def refuse_without_intent(changes: Mapping[str, Change], *, members_intent: bool) -> None:
    """Refuse (NeedsMembersIntent) to switch a waiting-room timer on when Discord never tells the bot of joins."""
    keys = tuple(key for key in WAITING_ROOM_KEYS if changes.get(key))
    if keys and not members_intent:
        raise NeedsMembersIntent(keys)


async def member_joined(
    db: Database, *, guild_id: int, user_id: int, joined_at: int, defaults: Policy, now: int
) -> int:
    """Owe the waiting room's timers for someone who just joined, as the guild's policy is now; how many."""

    async def work(tx: Transaction) -> int:
        settings = await read_settings(tx, guild_id, defaults)
        if not settings.is_set_up:
            return 0  # no member role: nobody here is waiting to be let in by Doorman
        policy, owed = settings.policy, 0
        kick_at = joined_at + policy.kick_after_hours * HOUR if policy.kick_after_hours else None
        if kick_at is not None:
            await owe(tx, guild_id, KickWaiting(user_id, joined_at), now=now, due_at=kick_at)
            owed += 1
        if policy.remind_after_hours:
            due = joined_at + policy.remind_after_hours * HOUR
            await owe(tx, guild_id, RemindWaiting(user_id, joined_at, kick_at), now=now, due_at=due)
            owed += 1
        return owed

    return await db.transaction(work)


class Stay(Enum):
    """Where someone who joined at a given time stands with Doorman, as a waiting-room timer falls due."""

    WAITING = auto()  # nothing lets them in, nor may: reminded, then kicked
    ASKED = auto()  # their request or waitlist entry is open: left alone while it is, and looked at again later
    LET_IN = auto()  # admitted since they joined


async def stay_in(tx: Transaction, guild_id: int, user_id: int, joined_at: int) -> Stay:
    """Where someone who joined at `joined_at` stands: what Doorman holds that lets them in, or may."""
    for admission in await tx.admissions.of_user(guild_id, user_id):
        if admission.status is AdmissionStatus.ADMITTED and admission.redeemed_at >= joined_at:
            return Stay.LET_IN  # a moderator may have changed their roles since: not ours to judge
    if await tx.admissions.open_of(guild_id, user_id) is not None:
        return Stay.ASKED  # their request waits for a moderator, or their roles for Discord
    if await tx.waitlist.open_of(guild_id, user_id) is not None:
        return Stay.ASKED
    return Stay.WAITING


async def stay_of(db: Database, *, guild_id: int, user_id: int, joined_at: int) -> Stay:
    """stay_in(), in a transaction of its own: a timer's check when it falls due."""

    async def work(tx: Transaction) -> Stay:
        return await stay_in(tx, guild_id, user_id, joined_at)

    return await db.transaction(work)


async def was_member(db: Database, *, guild_id: int, user_id: int, joined_at: int) -> bool:
    """Whether someone who joined at `joined_at` was let in here before it: they may /redeem without a code."""

    async def work(tx: Transaction) -> bool:
        earlier = await tx.admissions.of_user(guild_id, user_id)
        return any(a.status is AdmissionStatus.ADMITTED and a.redeemed_at < joined_at for a in earlier)

    return await db.transaction(work)


def kick_time(reminder: RemindWaiting, kick_after_hours: int) -> int | None:
    """When the kick owed with this reminder will come, as the policy is now: its hours lengthened since push it
    later, and shortened since leave it where it was (nobody waiting is kicked sooner than they were told)."""
    if reminder.kick_at is None or not kick_after_hours:
        return None
    return max(reminder.kick_at, reminder.joined_at + kick_after_hours * HOUR)


def postponed(guild_id: int, owed: RemindWaiting | KickWaiting, *, due_at: int, now: int) -> Completion:
    """The timer again, due at `due_at`: its hours were lengthened since it was owed, or the kick looks again."""

    async def work(tx: Transaction) -> None:
        await owe(tx, guild_id, owed, now=now, due_at=due_at)

    return work


def kicked(guild_id: int, user_id: int, *, hours: int, now: int) -> Completion:
    """What follows a waiting-room kick, with the delivery done: a line in the log."""

    async def work(tx: Transaction) -> None:
        await log(tx, guild_id, WaitingKickedLine(user_id, hours), now=now)

    return work
