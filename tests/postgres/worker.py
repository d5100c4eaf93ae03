"""A worker process for tests/postgres: opens the shared database, waits at the start barrier, then acts.

`python -m tests.postgres.worker TASK ARGUMENTS_JSON` (tests/postgres/processes.py starts it). Each task
runs many asyncio tasks at once inside its process too, and reports every outcome as JSON: the test
asserts on the outcomes of all processes together and on the database.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from typing import Any

from bot.core import admissions, deliveries, invites, redemptions
from bot.core.admissions import AlreadyDecided
from bot.core.people import Newcomer
from bot.core.quotas import QuotaExhausted
from bot.core.redemptions import CodeRefused
from bot.core.repositories import Database, Transaction
from bot.core.settings import read_settings
from bot.core.shards import ONE_PROCESS, Shards
from bot.store import open_database
from bot.store.postgres.database import POOL_SIZE
from bot.store.postgres.url import PostgresUrl
from tests.core.guild import DEFAULTS, GUILD, NOW, WELCOME, member
from tests.postgres.processes import serve, wait_for_go


async def opened(argument: dict[str, Any]) -> Database:
    """The shared database, for the shards the test names (default: every shard), its pool warmed up.

    The pool opens its connections before the barrier, so that the race starts with all of them open
    rather than with each process connecting while the others already work.
    """
    shards = Shards(argument["shard_count"], tuple(argument["shard_ids"])) if "shard_count" in argument else ONE_PROCESS
    db = await open_database(PostgresUrl(argument["url"]), shards)

    async def look(tx: Transaction) -> object:
        return await read_settings(tx, GUILD, DEFAULTS)

    await asyncio.gather(*(db.transaction(look) for _ in range(POOL_SIZE)))
    return db


async def outcomes(calls: Sequence[Awaitable[Any]]) -> list[Any]:
    """Every call at once: its result, or the exception it raised."""
    return await asyncio.gather(*calls, return_exceptions=True)


def unexpected(error: BaseException) -> dict[str, Any]:
    return {"error": repr(error)}


async def redeem(argument: dict[str, Any]) -> list[dict[str, Any]]:
    """Newcomers `first_user` onward each redeem `code`, all at once."""
    db = await opened(argument)
    users = range(argument["first_user"], argument["first_user"] + argument["count"])
    await wait_for_go()
    results = await outcomes([_redeem(db, argument["code"], user) for user in users])
    await db.close()
    return [_redeemed(user, result) for user, result in zip(users, results, strict=True)]


def _redeem(db: Database, code: str, user: int) -> Awaitable[redemptions.Redemption]:
    newcomer = Newcomer(user_id=user, username=f"n{user}", role_ids=frozenset())
    return redemptions.redeem(
        db, guild_id=GUILD, channel_id=WELCOME, newcomer=newcomer, code_text=code, defaults=DEFAULTS, now=NOW + 1
    )


def _redeemed(user: int, result: object) -> dict[str, Any]:
    if isinstance(result, redemptions.Redemption):
        return {"user": user, "admission": result.admission.id}
    if isinstance(result, CodeRefused):
        return {"user": user, "refused": str(result.reason), "alert_guild": result.alert_guild}
    assert isinstance(result, BaseException)
    return {"user": user, **unexpected(result)}


async def create(argument: dict[str, Any]) -> list[dict[str, Any]]:
    """The guild's member creates `count` codes of one use, all at once."""
    db = await opened(argument)
    await wait_for_go()
    calls = [
        invites.create_code(db, guild_id=GUILD, member=member(), defaults=DEFAULTS, now=NOW + 1)
        for _ in range(argument["count"])
    ]
    results = await outcomes(calls)
    await db.close()
    return [_created(result) for result in results]


def _created(result: object) -> dict[str, Any]:
    if isinstance(result, invites.CreatedCode):
        return {"code": result.code.id}
    if isinstance(result, QuotaExhausted):
        return {"refused": "quota", "left": result.status.remaining}
    assert isinstance(result, BaseException)
    return unexpected(result)


async def decide(argument: dict[str, Any]) -> list[dict[str, Any]]:
    """Moderator `moderator` approves (or denies) every request in `admissions`, all at once."""
    db = await opened(argument)
    ids: list[int] = argument["admissions"]
    await wait_for_go()
    calls = [
        admissions.decide(
            db,
            guild_id=GUILD,
            admission_id=admission_id,
            moderator_id=argument["moderator"],
            approve=argument["approve"],
            reason=None if argument["approve"] else "not this time",
            now=NOW + 2,
        )
        for admission_id in ids
    ]
    results = await outcomes(calls)
    await db.close()
    return [_decided(admission_id, result) for admission_id, result in zip(ids, results, strict=True)]


def _decided(admission_id: int, result: object) -> dict[str, Any]:
    if isinstance(result, admissions.Admission):
        return {"admission": admission_id, "decided": result.status.value, "by": result.decided_by}
    if isinstance(result, AlreadyDecided):
        return {"admission": admission_id, "already": result.status.value, "by": result.decided_by}
    assert isinstance(result, BaseException)
    return {"admission": admission_id, **unexpected(result)}


async def carry(argument: dict[str, Any]) -> dict[str, Any]:
    """Each of `carriers` (default: the process's own carrier name) claims what is due, `limit` at a time, and
    completes it, until nothing is left to claim; what each claimed, and the database's next due time after."""
    db = await opened(argument)
    carriers: list[str] = argument.get("carriers") or [db.carrier]
    await wait_for_go()
    claimed = await asyncio.gather(*(_carry(db, carrier, argument["now"], argument["limit"]) for carrier in carriers))
    next_due = await db.transaction(_next_due)
    await db.close()
    return {"claimed": dict(zip(carriers, claimed, strict=True)), "next_due": next_due}


async def _next_due(tx: Transaction) -> int | None:
    return await tx.deliveries.next_due()


async def _carry(db: Database, carrier: str, now: int, limit: int) -> list[list[int]]:
    """Claim and complete as the worker does, until a claim comes back empty; (id, guild) of each claimed."""
    carried: list[list[int]] = []
    while True:
        claimed, _ = await deliveries.claim_due(db, carrier=carrier, now=now, limit=limit)
        if not claimed:
            return carried
        for delivery in claimed:
            await deliveries.complete(db, delivery, now=now)
            carried.append([delivery.id, delivery.guild_id])


async def migrate(argument: dict[str, Any]) -> dict[str, Any]:
    """Open the (empty) database `opens` times at once, as that many processes starting together would."""
    url = PostgresUrl(argument["url"])
    await wait_for_go()
    opened = await asyncio.gather(*(open_database(url) for _ in range(argument["opens"])))
    await asyncio.gather(*(db.close() for db in opened))
    return {"opened": len(opened)}


if __name__ == "__main__":
    serve({"redeem": redeem, "create": create, "decide": decide, "carry": carry, "migrate": migrate})
