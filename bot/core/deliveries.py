"""What the bot owes Discord after a commit: deliveries, written in the same transaction as the change.

A delivery is a row: what is owed (one of the kinds in core.owed, with the facts it needs), for
which guild, and when it is due. A timer is a delivery due later. The glue carries deliveries
(cogs/_shared/deliveries/) and reports how each went; the rules here decide what follows.

Invariants (SPEC section 9):
- Written in the same transaction as the change it follows: a crash can delay what was owed,
  never lose it. Carrying is at least once, so every kind is safe to repeat or harmless if repeated.
- Carried by one process at a time: whoever holds its lease. A delivery due at once is leased, as
  it is written, to the process that commits it, which tries it at once, if that process carries the
  guild's deliveries (a bot running the guild's shard); otherwise it is left for that process to claim.
  A carrier renews the lease as it takes each attempt, and records a failure only while it holds it.
- A failure is retried from 30 seconds, doubling, at most an hour apart (brought forward by less than
  an eighth, so that failures together are retried together). After 7 days of failures the delivery
  stops, the moderators are told once, and only Retry revives it.
- Messages are rendered when carried, from the facts here and the database as it is then.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from bot.core.log_lines import LogLine, people_named
from bot.core.owed import CloseAlert, Owed, StoppedNotice, admission_of, encode, kind_of
from bot.core.posts import Posted
from bot.core.refusals import Refused

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

FIRST_RETRY_SECONDS = 30
LONGEST_RETRY_SECONDS = 3_600
GIVE_UP_AFTER_SECONDS = 7 * 86_400
LEASE_SECONDS = 600  # longer than any one attempt takes, rate-limit waits included; renewed at each


@dataclass(frozen=True)
class Owing:
    """A delivery a transaction added or rescheduled, as its commit reports it."""

    id: int
    guild_id: int
    due_at: int
    leased: bool  # to the committing process, to carry at once
    # One just added, leased: as written, so that the committing process carries it without reading it
    # back. Its row is marked tried already (a crash before the attempt makes the next one look first).
    written: Delivery | None = None


@dataclass(frozen=True)
class Delivery:
    id: int
    guild_id: int
    owed: Owed
    created_at: int
    due_at: int
    attempts: int  # failed attempts in the current streak
    tried_at: int | None  # an attempt began and nothing recorded how it ended: it may have reached Discord
    failing_since: int | None
    last_error: str | None
    alert: Posted | None  # the moderators' alert about it, with Retry, once posted
    stopped_at: int | None


class Fault(Enum):
    """How an attempt failed, as the glue classified Discord's answer."""

    TRANSIENT = "transient"  # 5xx, 429, a network error: it will likely work later
    REFUSED = "refused"  # 403, or a setting that makes it impossible: someone must fix something


def retry_delay(attempts: int) -> int:
    """Seconds until the next try after the `attempts`-th failure in a row: 30, 60, 120, ... at most an hour."""
    doublings = min(max(0, attempts - 1), 16)  # 30 s doubled 7 times already passes the hour
    return min(LONGEST_RETRY_SECONDS, FIRST_RETRY_SECONDS << doublings)


def next_try(now: int, attempts: int) -> int:
    """When to try again after the `attempts`-th failure in a row: retry_delay() from now, rounded down to a
    multiple of an eighth of it.

    The rounding makes deliveries that fail together (a server's permissions lost over a weekend, Discord
    down) fall due together, so that one wake carries them all instead of one wake each. It only ever
    brings a try forward, by less than an eighth: never more than an hour apart.
    """
    delay = retry_delay(attempts)
    due = now + delay
    return due - due % (delay // 8)


@dataclass(frozen=True)
class Failure:
    """What recording a failed attempt decided."""

    next_due: int | None  # when it is tried again; None: it stopped

    @property
    def stopped(self) -> bool:
        return self.next_due is None


@dataclass(eq=False)
class NothingToRedeliver(Refused):
    """Retry on an alert whose delivery is done (or belongs to another guild)."""


# What follows a done delivery, run in the transaction that forgets it.
Completion = Callable[["Transaction"], Coroutine[Any, Any, None]]


async def owe(tx: Transaction, guild_id: int, owed: Owed, *, now: int, due_at: int | None = None) -> int:
    """Record that Discord is owed this, due at `due_at` (default: at once); its ID."""
    return await tx.deliveries.add(guild_id, owed, now=now, due_at=now if due_at is None else due_at)


async def log(tx: Transaction, guild_id: int, line: LogLine, *, now: int) -> None:
    """Keep the line in the guild's audit log, and owe it to the guild's log channel if it has one.

    Every log line passes here, so the audit log (core.audit_log) holds them all, with the people each names: its
    own fields' (by, user, inviter), and for a line about an admission that admission's newcomer, inviter and
    decider, as they are now.
    """
    assert isinstance(line, Owed)  # every LogLine subclass is one of the kinds
    people = people_named(line)
    admission_id = admission_of(line)
    if admission_id is not None and (admission := await tx.admissions.get(admission_id)) is not None:
        people.update({admission.user_id, admission.inviter_id})
        if admission.decided_by is not None:
            people.add(admission.decided_by)
    kind, payload = encode(line)
    await tx.audit_log.add(guild_id, at=now, kind=kind, payload=payload, people=sorted(people))
    if (await tx.settings.get(guild_id)).get("log_channel_id") is not None:
        await owe(tx, guild_id, line, now=now)


async def complete(
    db: Database, delivery: Delivery, *, now: int, then: Completion | None = None, dropped: str | None = None
) -> None:
    """The delivery is over: forget it, and in the same transaction apply what follows and owe the closing
    of the moderators' alert about it, if they have one. `dropped`: why nothing was delivered, if so."""

    async def done(tx: Transaction) -> None:
        await tx.deliveries.delete(delivery.id)
        if then is not None:
            await then(tx)
        if delivery.alert is not None:
            alert = CloseAlert(
                delivery.alert.channel_id,
                delivery.alert.message_id,
                kind_of(delivery.owed),
                admission_of(delivery.owed),
                dropped,
            )
            await owe(tx, delivery.guild_id, alert, now=now)

    await db.transaction(done)


async def fail(
    db: Database,
    delivery: Delivery,
    *,
    carrier: str,
    error: str,
    now: int,
    alert: Posted | None = None,
) -> Failure | None:
    """Record a failed attempt: schedule the next one, or stop after 7 days and owe the moderators a notice.

    None if `carrier` no longer holds the delivery: whoever took its lease over records their own attempt.
    """
    attempts = delivery.attempts + 1
    failing_since = delivery.failing_since if delivery.failing_since is not None else now
    stopped = now - failing_since >= GIVE_UP_AFTER_SECONDS
    next_due = None if stopped else next_try(now, attempts)

    async def record(tx: Transaction) -> Failure | None:
        held = await tx.deliveries.failed(
            delivery.id,
            carrier=carrier,
            attempts=attempts,
            failing_since=failing_since,
            last_error=error,
            due_at=now if next_due is None else next_due,
            stopped_at=now if stopped else None,
            alert=alert if alert is not None else delivery.alert,
        )
        if not held:
            return None
        if stopped and not isinstance(delivery.owed, StoppedNotice):
            await owe(tx, delivery.guild_id, StoppedNotice(delivery.id), now=now)
        return Failure(next_due)

    return await db.transaction(record)


async def remember_alert(tx: Transaction, delivery_id: int, alert: Posted) -> None:
    """The moderators' alert about a delivery was posted (a stopped one's notice): remember where."""
    await tx.deliveries.set_alert(delivery_id, alert)


async def claim_due(db: Database, *, carrier: str, now: int, limit: int) -> tuple[list[Delivery], int | None]:
    """Lease up to `limit` deliveries due by `now` to `carrier`, about to be tried (as take() returns them); also
    when the next one not yet due falls due."""

    async def claim(tx: Transaction) -> tuple[list[Delivery], int | None]:
        claimed = await tx.deliveries.claim_due(carrier=carrier, now=now, lease_until=now + LEASE_SECONDS, limit=limit)
        return claimed, await tx.deliveries.next_due()

    return await db.transaction(claim)


async def resume(db: Database, *, carrier: str, now: int) -> None:
    """A carrier starts: what it held when it stopped is free again, and everything not stopped is due now.

    SPEC section 5: what Discord refused is retried when the bot starts.
    """

    async def free(tx: Transaction) -> None:
        await tx.deliveries.resume(carrier=carrier, now=now)

    await db.transaction(free)


async def revive(db: Database, *, guild_id: int, delivery_id: int, carrier: str, now: int) -> Delivery | None:
    """Retry: the guild's delivery is due now again, with a fresh 7 days, leased to `carrier` to try at once.

    None while another carrier holds it (a lease of `carrier`'s own is taken back: the caller knows it is
    not carrying it); NothingToRedeliver if it is done (or another guild's).
    """

    async def again(tx: Transaction) -> Delivery | None:
        delivery = await tx.deliveries.get(delivery_id)
        if delivery is None or delivery.guild_id != guild_id:
            raise NothingToRedeliver()
        if not await tx.deliveries.revive(delivery_id, carrier=carrier, now=now, lease_until=now + LEASE_SECONDS):
            return None
        return replace(delivery, due_at=now, attempts=0, failing_since=None, stopped_at=None)

    return await db.transaction(again)


async def take(db: Database, ids: list[int], *, carrier: str, now: int) -> list[Delivery]:
    """These deliveries, in this order, as far as they are still owed and `carrier` holds them: about to be
    tried. Each lease is renewed for LEASE_SECONDS from now.

    Each is recorded as tried from now, so that an attempt a crash cuts short is known for what it is
    by the next one; what is returned shows the earlier mark (Delivery.tried_at), if there was one.
    """

    async def read(tx: Transaction) -> list[Delivery]:
        taken = [
            await tx.deliveries.take(delivery_id, carrier=carrier, now=now, lease_until=now + LEASE_SECONDS)
            for delivery_id in ids
        ]
        return [delivery for delivery in taken if delivery is not None]

    return await db.transaction(read) if ids else []


async def owed_for(db: Database, *, admission_id: int) -> list[Delivery]:
    """What is still owed about an admission, oldest first."""

    async def read(tx: Transaction) -> list[Delivery]:
        return await tx.deliveries.of_admission(admission_id)

    return await db.transaction(read)


async def get_delivery(db: Database, delivery_id: int) -> Delivery | None:
    async def read(tx: Transaction) -> Delivery | None:
        return await tx.deliveries.get(delivery_id)

    return await db.transaction(read)
