"""Doorman on PostgreSQL beside Doorman on SQLite: redemptions and code creations per second, one process.

The same measurement as throughput.py's Doorman side (its public entry points, `open_database` then
`redemptions.redeem` or `invites.create_code`, called by 100 asyncio tasks at once, and the same checks
afterwards: every code used exactly once, by the newcomer who redeemed it; every member holding exactly
their quota), once on SQLite and once on PostgreSQL, on the same rows: one SQLite database is prepared
(throughput.prepare, with `loaded` codes of a guild that has been running a while) and copied into
PostgreSQL with `copy-db`; each round then runs on fresh copies of both (SQLite's backup API, and
CREATE DATABASE ... TEMPLATE on the server). Both are durable: SQLite in WAL with synchronous=FULL,
PostgreSQL with fsync and synchronous_commit on (`postgres_server.start(durable=True)`).

Which side runs first alternates by round (SQLite in odd rounds, PostgreSQL in even). Figures: the
median over rounds of PostgreSQL's rate divided by SQLite's in the same round, with each side's median
rate (`postgres_ops`, `sqlite_ops`), the retries per operation on PostgreSQL (fixtures.counting_retries),
and any operation that failed with an error rather than a refusal (on PostgreSQL: a serialization
failure still there after the store's last retry), counted by error; its code then stays unused, so
the side's check fails too. Why PostgreSQL is slower here, and retries so much, is in processes.py.
"""

from __future__ import annotations

import asyncio
import sqlite3
import statistics
import tempfile
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

from bot.store import DatabaseTarget
from tests.postgres_server import Server

from . import throughput
from .fixtures import copy_postgres, counting_retries, drop_postgres, on_postgres

SIDES = ("sqlite", "postgres")


def measure_redeem(server: Server, count: int, rounds: int, loaded: int) -> dict[str, Any]:
    return _compare(server, "redeem", count, rounds, loaded)


def measure_create(server: Server, count: int, rounds: int, loaded: int) -> dict[str, Any]:
    return _compare(server, "create", count, rounds, loaded)


def _compare(server: Server, kind: str, count: int, rounds: int, loaded: int) -> dict[str, Any]:
    rates: dict[str, list[float]] = {side: [] for side in SIDES}
    retries: dict[str, list[int]] = {side: [] for side in SIDES}
    failed: dict[str, Counter[str]] = {side: Counter() for side in SIDES}
    checked = dict.fromkeys(SIDES, True)
    with tempfile.TemporaryDirectory(prefix="doorman-pg-bench-") as folder:
        source = Path(folder) / "source.db"
        codes = throughput.prepare(kind, source, count, loaded)
        work = throughput.work_of(kind, codes)[1]
        template = asyncio.run(on_postgres(server, source))
        try:
            for round_ in range(1, rounds + 1):
                path = Path(folder) / f"round{round_}.db"
                _copy_sqlite(source, path)
                url = asyncio.run(copy_postgres(server, template))
                targets: dict[str, DatabaseTarget] = {"sqlite": path, "postgres": url}
                try:
                    for side in SIDES if round_ % 2 else tuple(reversed(SIDES)):
                        with counting_retries() as counted:
                            rate = throughput.doorman_rate(targets[side], count, work, failed=failed[side])
                            rates[side].append(asyncio.run(rate))
                        retries[side].append(counted.count)
                        checked[side] &= asyncio.run(throughput.correct(kind, targets[side], codes, count))
                finally:
                    asyncio.run(drop_postgres(server, url))
        finally:
            asyncio.run(drop_postgres(server, template))
    ratios = [p / s for p, s in zip(rates["postgres"], rates["sqlite"], strict=True)]
    check = "codes_used_once" if kind == "redeem" else "quotas_respected"
    return {
        "value": round(statistics.median(ratios), 3),
        "ratios": [round(ratio, 3) for ratio in ratios],
        "postgres_ops": round(statistics.median(rates["postgres"])),
        "sqlite_ops": round(statistics.median(rates["sqlite"])),
        "postgres_retries_per_op": round(statistics.median(retries["postgres"]) / count, 3),
        "failed": {side: dict(failures) for side, failures in failed.items()},
        check: checked["postgres"],
        f"sqlite_{check}": checked["sqlite"],
        "operations": count,
        "codes_loaded": loaded,
        "tasks": throughput.TASKS,
        "rounds": rounds,
        "order": "SQLite first in odd rounds, PostgreSQL first in even",
    }


def _copy_sqlite(source: Path, target: Path) -> None:
    with closing(sqlite3.connect(source)) as reading, closing(sqlite3.connect(target)) as writing:
        reading.backup(writing)
