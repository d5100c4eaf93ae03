"""The one SQLite connection: PRAGMAs, numbered migrations, and the one way to run a transaction.

Every interaction shares a single aiosqlite connection, so transactions must not
interleave: with plain awaited `commit()`/`rollback()` calls, one task's rollback
undoes whatever other tasks wrote since the last commit. Here a transaction is a
plain function that runs whole on the connection's worker thread, between
`BEGIN IMMEDIATE` and `COMMIT` (or `ROLLBACK` if it raises). That thread runs one
queued call at a time, so transactions are serial by construction, cost one
thread hop each, and cannot await anything, a Discord call least of all.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

import aiosqlite

T = TypeVar("T")
Work = Callable[[sqlite3.Connection], T]

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """The schema migrations shipped in bot/migrations, as (version, SQL) in order."""
    found = []
    for entry in resources.files("bot.migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [version for version, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return found


class Storage:
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
    async def open(cls, path: Path) -> Storage:
        """Open (creating if needed) and migrate the database at `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = await aiosqlite.connect(path, isolation_level=None)
        storage = cls(connection, path)
        try:
            await storage._run(_configure)
            await storage._run(_migrate)
        except BaseException:
            await connection.close()
            raise
        return storage

    async def transaction(self, work: Work[T]) -> T:
        """Run `work(connection)` as one atomic transaction and return its result.

        If `work` raises, everything it wrote is rolled back and the exception propagates.
        """
        return await self._run(_in_transaction, work)

    async def backup(self, target: Path) -> None:
        """Write an online, consistent copy of the database to `target` (replacing it)."""
        await self._run(_backup, target)

    async def close(self) -> None:
        await self._db.close()

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        # aiosqlite builds every public method on _execute: it queues a callable for
        # the connection's worker thread. Using it directly keeps a transaction to one hop.
        return cast(T, await self._db._execute(fn, self._db._conn, *args))  # type: ignore[no-untyped-call]


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise RuntimeError(f"SQLite refused WAL mode (got {mode!r})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def _migrate(conn: sqlite3.Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    for version, sql in migrations():
        if version <= current:
            continue
        # executescript would commit between statements; run each statement
        # ourselves so a migration and its version bump land together or not at all.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(sql: str) -> list[str]:
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending)
            pending = ""
    if pending.strip() and not pending.strip().startswith("--"):
        raise RuntimeError(f"unterminated statement in migration: {pending.strip()[:60]}")
    return statements


def _in_transaction(conn: sqlite3.Connection, work: Work[T]) -> T:
    # No transaction is open here: this thread runs one call at a time and every call ends its own.
    try:
        conn.execute("BEGIN IMMEDIATE")
        result = work(conn)
        conn.execute("COMMIT")
    except BaseException:
        # Whatever failed (an interrupted BEGIN, a statement, a COMMIT), SQLite may or may not still
        # hold the transaction open: end it, or every later BEGIN on this shared connection fails.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return result


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
