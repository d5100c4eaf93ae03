"""The waiting room (SPEC section 13): someone who joins and is not let in is reminded by DM, then kicked.

It needs the Server Members intent ([bot] members_intent): without it Discord never says who joined.
- A join owes two timers (core.owed RemindWaiting and KickWaiting, deliveries due later: they survive restarts),
  due `remind_after_hours` and `kick_after_hours` after Discord's join time, as the policy is then (0: none).
- A timer that falls due before its hours, lengthened since it was owed, have passed is owed again for then; one
  whose policy was switched off does nothing; one shortened since keeps its time.
- Each timer checks again when it falls due, and the kick right before the kick call: someone with the member
  role, an open admission, someone admitted since they joined, on the waitlist, gone, or who left and joined
  again since (their new join owes new timers) is left alone. The glue checks what Discord holds (the member,
  their roles, their join time); `still_waiting` what Doorman holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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
        if policy.remind_after_hours:
            due = joined_at + policy.remind_after_hours * HOUR
            await owe(tx, guild_id, RemindWaiting(user_id, joined_at), now=now, due_at=due)
            owed += 1
        if policy.kick_after_hours:
            due = joined_at + policy.kick_after_hours * HOUR
            await owe(tx, guild_id, KickWaiting(user_id, joined_at), now=now, due_at=due)
            owed += 1
        return owed

    return await db.transaction(work)


async def waiting_in(tx: Transaction, guild_id: int, user_id: int, joined_at: int) -> bool:
    """Whether Doorman holds nothing that lets in, or may let in, someone who joined at `joined_at`."""
    if await tx.admissions.open_of(guild_id, user_id) is not None:
        return False  # their request waits for a moderator, or their roles for Discord
    for admission in await tx.admissions.of_user(guild_id, user_id):
        if admission.status is AdmissionStatus.ADMITTED and admission.redeemed_at >= joined_at:
            return False  # let in since they joined (a moderator may have changed their roles since: not ours)
    return await tx.waitlist.open_of(guild_id, user_id) is None


async def still_waiting(db: Database, *, guild_id: int, user_id: int, joined_at: int) -> bool:
    """waiting_in(), in a transaction of its own: a timer's check when it falls due."""

    async def work(tx: Transaction) -> bool:
        return await waiting_in(tx, guild_id, user_id, joined_at)

    return await db.transaction(work)


def postponed(guild_id: int, owed: RemindWaiting | KickWaiting, *, due_at: int, now: int) -> Completion:
    """The timer again, due at `due_at`: its hours were lengthened since it was owed."""

    async def work(tx: Transaction) -> None:
        await owe(tx, guild_id, owed, now=now, due_at=due_at)

    return work


def kicked(guild_id: int, user_id: int, *, hours: int, now: int) -> Completion:
    """What follows a waiting-room kick, with the delivery done: a line in the log."""

    async def work(tx: Transaction) -> None:
        await log(tx, guild_id, WaitingKickedLine(user_id, hours), now=now)

    return work
