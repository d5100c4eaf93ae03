"""The one SQLite connection: PRAGMAs, migrations, and the one way to run a transaction.

Every interaction shares a single aiosqlite connection, so transactions must not
interleave: with plain awaited `commit()`/`rollback()` calls, one task's rollback
undoes whatever other tasks wrote since the last commit. Here a transaction runs
whole on the connection's worker thread, between `BEGIN IMMEDIATE` and `COMMIT`
(or `ROLLBACK` if it raises). That thread runs one queued call at a time, so
transactions are serial by construction, cost one thread hop each, and cannot
await anything, a Discord call least of all.

The work itself is a core use case, a coroutine written against the repository
interfaces (core.repositories) so that a server database can await its queries.
SQLite's repositories answer synchronously, so the coroutine never suspends and
is driven to its end right there on the worker thread (`run_to_completion`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

from bot.core.repositories import Transaction
from bot.store.sqlite.migrations import migrate
from bot.store.sqlite.transaction import SqliteTransaction

T = TypeVar("T")
Work = Callable[[Transaction], Awaitable[T]]


class SqliteDatabase:
    """Owns the aiosqlite connection from `open()` to `close()`.

    Invariants:
    - WAL journal, `synchronous=FULL`, foreign keys on, a busy timeout for other processes.
    - The schema is at the newest migration before `open()` returns.
    - All reads and writes go through `transaction()`; nothing else begins or commits.
    """

    def __init__(self, connection: aiosqlite.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    async def open(cls, path: Path) -> SqliteDatabase:
        """Open (creating if needed) and migrate the database at `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(path, isolation_level=None)
        database = cls(connection, path)
        try:
            await database._run(_configure)
            await database._run(migrate)
        except BaseException:
            await connection.close()
            raise
        return database

    async def transaction(self, work: Work[T]) -> T:
        """Run `work(tx)` as one atomic transaction and return its result.

        If `work` raises, everything it wrote is rolled back and the exception propagates.
        """
        return await self._run(_in_transaction, work)

    async def backup(self, target: Path) -> None:
        """Write an online, consistent copy of the database to `target` (replacing it)."""
        await self._run(_backup, target)

    async def close(self) -> None:
        await self._db.close()

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        # aiosqlite builds every public method on _execute: it queues a callable for the
        # connection's worker thread. Calling it directly keeps a whole transaction to one hop,
        # which no public method offers; aiosqlite is pinned to the minor version checked (pyproject).
        return cast(T, await self._db._execute(fn, self._db._conn, *args))  # type: ignore[no-untyped-call]


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise RuntimeError(f"SQLite refused WAL mode (got {mode!r})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def _in_transaction(conn: sqlite3.Connection, work: Work[T]) -> T:
    # No transaction is open here: this thread runs one call at a time and every call ends its own.
    try:
        conn.execute("BEGIN IMMEDIATE")
        result = run_to_completion(work(SqliteTransaction(conn)))
        conn.execute("COMMIT")
    except BaseException:
        # Whatever failed (an interrupted BEGIN, a statement, a COMMIT), SQLite may or may not still
        # hold the transaction open: end it, or every later BEGIN on this shared connection fails.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return result


def run_to_completion(awaitable: Awaitable[T]) -> T:
    """The result of a coroutine that never suspends, driven here without an event loop."""
    coroutine = cast(Coroutine[Any, Any, T], awaitable)
    try:
        coroutine.send(None)
    except StopIteration as done:
        return cast(T, done.value)
    coroutine.close()
    raise RuntimeError("a transaction awaited something other than the database; it must not suspend")


def _backup(conn: sqlite3.Connection, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    partial.replace(target)
