"""Doorman's SQLite store under 100 concurrent tasks against raw sqlite3 running the same transactions in one thread.

Both sides run the very same transaction functions (claim_code, create_code_in) over the
same SQLite repositories on databases set up the same way; the difference is asyncio, the
worker-thread hop and the 100 tasks contending for one connection.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bot.core import invites, redemptions
from bot.core.codes import generate_code
from bot.core.invites import create_code_in
from bot.core.people import Member
from bot.core.policy import Policy
from bot.core.redemptions import claim_code
from bot.store.sqlite.database import SqliteDatabase
from bot.store.sqlite.group_commit import run_to_completion
from bot.store.sqlite.transaction import SqliteTransaction

from .fixtures import GUILD, MEMBER_ROLE, NOW, bulk_load, configured, raw_connection, redemption

TASKS = 100


def _member(i: int) -> Member:
    # Ten codes per member: every quota check reads a little history, as in real use.
    return Member(user_id=200_000 + i // 10, role_ids=frozenset({MEMBER_ROLE}), manages_server=False)


def _raw(path: Path, count: int, work: Callable[[Any, int], object]) -> float:
    conn = raw_connection(path)
    started = time.perf_counter()
    for i in range(count):
        conn.execute("BEGIN IMMEDIATE")
        try:
            run_to_completion(work(SqliteTransaction(conn, "raw"), i))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return count / elapsed


async def _doorman(path: Path, count: int, run: Callable[[SqliteDatabase, int], Any]) -> float:
    db = await SqliteDatabase.open(path)
    queue: Iterator[int] = iter(range(count))

    async def worker() -> None:
        for i in queue:
            await run(db, i)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(TASKS)))
    elapsed = time.perf_counter() - started
    await db.close()
    return count / elapsed


def measure_redeem(count: int, rounds: int) -> dict[str, Any]:
    return _compare("redeem", count, rounds)


def measure_create(count: int, rounds: int) -> dict[str, Any]:
    return _compare("create", count, rounds)


def _compare(kind: str, count: int, rounds: int) -> dict[str, Any]:
    raw_rates, doorman_rates = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory(prefix="doorman-bench-") as folder:
            paths = [Path(folder) / "raw.db", Path(folder) / "doorman.db"]
            codes: list[str] = []
            for path in paths:
                asyncio.run(configured(path))
                if kind == "redeem":
                    codes = bulk_load(path, count * 2, seed=11).unused_codes[:count]
            raw_work, doorman_work = _work(kind, codes)
            raw_rates.append(_raw(paths[0], len(codes) or count, raw_work))
            doorman_rates.append(asyncio.run(_doorman(paths[1], len(codes) or count, doorman_work)))
    ratios = [d / r for d, r in zip(doorman_rates, raw_rates, strict=True)]
    return {
        "value": round(statistics.median(ratios), 3),
        "doorman_per_second": round(statistics.median(doorman_rates)),
        "raw_per_second": round(statistics.median(raw_rates)),
        "operations": len(codes) or count,
        "rounds": rounds,
    }


def _work(kind: str, codes: list[str]) -> tuple[Callable[[Any, int], Any], Callable[[SqliteDatabase, int], Any]]:
    defaults = Policy()
    if kind == "redeem":

        def raw_redeem(tx: Any, i: int) -> Any:
            return claim_code(tx, **redemption(codes[i], 50_000_000 + i))

        async def doorman_redeem(db: SqliteDatabase, i: int) -> object:
            return await redemptions.redeem(db, **redemption(codes[i], 50_000_000 + i))

        return raw_redeem, doorman_redeem

    counter = itertools.count()

    def raw_create(tx: Any, i: int) -> Any:
        return create_code_in(
            tx,
            guild_id=GUILD,
            member=_member(i),
            defaults=defaults,
            now=NOW + next(counter),
            uses=1,
            expires_in=None,
            for_user=None,
            note=None,
            generate=generate_code,
        )

    async def doorman_create(db: SqliteDatabase, i: int) -> object:
        return await invites.create_code(
            db, guild_id=GUILD, member=_member(i), defaults=defaults, now=NOW + next(counter)
        )

    return raw_create, doorman_create
