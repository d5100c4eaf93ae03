"""Group commit: concurrent transactions share a COMMIT, each keeps its own outcome, nobody hears before the COMMIT."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from typing import Any

import pytest

from bot.store.sqlite import group_commit
from bot.store.sqlite.database import SqliteDatabase


@pytest.fixture
async def storage(tmp_path):
    opened = await SqliteDatabase.open(tmp_path / "t.db")
    yield opened
    await opened.close()


async def keys(db: SqliteDatabase) -> set[str]:
    async def read(tx: Any) -> set[str]:
        return {row[0] for row in tx.conn.raw.execute("SELECT key FROM meta")}

    return await db.transaction(read)


def writing(i: int, *, fails: bool = False) -> Any:
    async def work(tx: Any) -> int:
        tx.conn.raw.execute("INSERT INTO meta VALUES (?, 'first')", (f"a{i}",))
        tx.conn.raw.execute("INSERT INTO meta VALUES (?, 'second')", (f"b{i}",))
        if fails:
            raise RuntimeError(f"fail {i} mid-way")
        return i

    return work


async def trace(db: SqliteDatabase, callback: Any) -> None:
    """Call `callback` with every statement the connection runs from now on (from its thread)."""

    async def watch(tx: Any) -> None:
        tx.conn.raw.set_trace_callback(callback)

    await db.transaction(watch)


async def test_concurrent_transactions_share_commits_and_a_failure_rolls_back_only_itself(storage):
    seen: list[str] = []
    await trace(storage, seen.append)
    results = await asyncio.gather(
        *(storage.transaction(writing(i, fails=i % 5 == 0)) for i in range(100)), return_exceptions=True
    )
    assert [r for r in results if not isinstance(r, BaseException)] == [i for i in range(100) if i % 5]
    assert sum(isinstance(r, RuntimeError) for r in results) == 20
    assert await keys(storage) == {f"{p}{i}" for i in range(100) if i % 5 for p in "ab"}
    commits = seen.count("COMMIT")
    assert commits <= 10, commits  # 100 transactions arriving together: a handful of groups, not 100 commits


async def test_nobody_is_answered_before_the_commit_that_holds_their_writes(storage):
    events: list[str] = []
    await trace(storage, lambda statement: events.append(statement) if statement == "COMMIT" else None)

    async def one(i: int) -> None:
        async def work(tx: Any) -> None:
            events.append(f"work {i}")
            tx.conn.raw.execute("INSERT INTO meta VALUES (?, 'x')", (f"k{i}",))

        await storage.transaction(work)
        events.append(f"answered {i}")

    await asyncio.gather(*(one(i) for i in range(50)))
    for i in range(50):
        worked, answered = events.index(f"work {i}"), events.index(f"answered {i}")
        assert "COMMIT" in events[worked:answered], i


class Interrupts:
    """SQLite interrupts some transactions part-way: a write interrupted in a transaction rolls back all of it."""

    def __init__(self, seed: int, rate: float) -> None:
        self.rng, self.rate, self.fired = random.Random(seed), rate, 0

    def wrap(self, original: Any) -> Any:
        def in_savepoint(conn: sqlite3.Connection, work: Any, *where: Any) -> Any:
            if self.rng.random() >= self.rate:
                return original(conn, work, *where)
            steps, armed = self.rng.randint(1, 60), [True]

            def interrupt() -> int:
                if armed[0]:
                    armed[0] = False
                    self.fired += 1
                    return 1
                return 0

            conn.set_progress_handler(interrupt, steps)
            try:
                return original(conn, work, *where)
            finally:
                conn.set_progress_handler(None, 0)

        return in_savepoint


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
async def test_interrupts_that_end_the_whole_transaction_lose_nobody_elses_writes(storage, monkeypatch, seed):
    """The 20%-failure case at the level of SQLite: the group starts over without the one that failed."""
    interrupts = Interrupts(seed, rate=0.2)
    monkeypatch.setattr(group_commit, "in_savepoint", interrupts.wrap(group_commit.in_savepoint))
    results = await asyncio.gather(*(storage.transaction(writing(i)) for i in range(100)), return_exceptions=True)
    monkeypatch.undo()
    succeeded = {r for r in results if isinstance(r, int)}
    failed = [r for r in results if isinstance(r, BaseException)]
    assert interrupts.fired > 0 and len(succeeded) + len(failed) == 100
    assert all(isinstance(error, sqlite3.OperationalError) for error in failed)
    assert await keys(storage) == {f"{p}{i}" for i in succeeded for p in "ab"}


async def test_a_cancelled_caller_leaves_the_rest_of_its_group_answered(storage):
    async def leads(tx: Any) -> None:
        tx.conn.raw.execute("INSERT INTO meta VALUES ('leader', 'x')")

    leader = asyncio.create_task(storage.transaction(leads))
    await asyncio.sleep(0)  # the leader has sent its group to the thread
    followers = [asyncio.create_task(storage.transaction(writing(i))) for i in range(5)]
    leader.cancel()
    assert await asyncio.gather(*followers) == list(range(5))
    with pytest.raises(asyncio.CancelledError):
        await leader
    assert {f"a{i}" for i in range(5)} <= await keys(storage)


async def test_close_commits_what_is_queued_first(tmp_path):
    db = await SqliteDatabase.open(tmp_path / "t.db")
    pending = [asyncio.create_task(db.transaction(writing(i))) for i in range(20)]
    await asyncio.sleep(0)
    await db.close()
    assert await asyncio.gather(*pending) == list(range(20))
    reopened = await SqliteDatabase.open(tmp_path / "t.db")
    try:
        assert len(await keys(reopened)) == 40
    finally:
        await reopened.close()
