"""How soon a commit in one process wakes the worker of another on PostgreSQL (SPEC sections 9 and 15).

Process B, `python -m benchmarks.wake URL SAMPLES` (the bottom of this file), opens the database as a bot
does (carrying its deliveries), listens (Database.listen, as setup_hook does) with a recorder where its
DeliveryWorker's `committed` would be, says "ready" and notes the monotonic time (the same clock in every
process of the machine) at which each notification reaches that hook. Process A, this one, opens the
database as `python -m bot web` does (carrying nothing) and owes one log line at a time: `start` is when
its transaction began, `commit` when it returned. The figure is B's wake minus A's start (the whole path:
A's transaction, its NOTIFY delivered on COMMIT, B's LISTEN connection on the driver's thread, the hop to
B's event loop), with the wake minus the commit's return beside it (negative when B heard before A's own
caller was answered). One sample at a time, after B has reported the previous one.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bot.core import deliveries
from bot.core.deliveries import Owing
from bot.core.log_lines import RevokedLine
from bot.core.repositories import Transaction
from bot.store.postgres.database import PostgresDatabase
from bot.store.postgres.url import PostgresUrl
from tests.postgres_server import Server

from .fixtures import NOW, drop_postgres, new_postgres

GUILD = 1_000
ROOT = Path(__file__).resolve().parents[1]
LINE = RevokedLine(by=1, code="ABCD-EFGH-JKLM", inviter_id=2)


def measure(server: Server, samples: int) -> dict[str, Any]:
    return asyncio.run(_measure(server, samples))


async def _measure(server: Server, samples: int) -> dict[str, Any]:
    url = await new_postgres(server)
    try:
        web = await PostgresDatabase.open(url, carries=False)  # migrates the new database before B opens it
        listener = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "benchmarks.wake", url.dsn, str(samples), cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        assert listener.stdout is not None
        try:
            assert await listener.stdout.readline() == b"ready\n"
            whole, after_commit = [], []
            for _ in range(samples):
                start = time.monotonic()
                await web.transaction(_owe)
                committed = time.monotonic()
                woken = float(await asyncio.wait_for(listener.stdout.readline(), 30))
                whole.append((woken - start) * 1000)
                after_commit.append((woken - committed) * 1000)
            await listener.wait()
        finally:
            if listener.returncode is None:
                listener.kill()
            await web.close()
    finally:
        await drop_postgres(server, url)
    return {
        "value": {"p50": _ms(statistics.median(whole)), "p95": _ms(_p95(whole))},
        "after_commit_returned": {"p50": _ms(statistics.median(after_commit)), "p95": _ms(_p95(after_commit))},
        "samples": samples,
    }


async def _owe(tx: Transaction) -> None:
    await deliveries.owe(tx, GUILD, LINE, now=NOW)


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


def _ms(value: float) -> float:
    return round(value, 2)


async def _listen(url: str, samples: int) -> None:
    """Process B: a bot's database, listening; print the monotonic time each notification reaches the hook."""
    db = await PostgresDatabase.open(PostgresUrl(url))
    heard: asyncio.Queue[float] = asyncio.Queue()

    def committed(owing: list[Owing]) -> None:  # where the DeliveryWorker's `committed` hangs
        heard.put_nowait(time.monotonic())

    db.on_commit = committed
    try:
        await db.listen()
        print("ready", flush=True)
        for _ in range(samples):
            print(await heard.get(), flush=True)
    finally:
        await db.close()


if __name__ == "__main__":
    asyncio.run(_listen(sys.argv[1], int(sys.argv[2])))
