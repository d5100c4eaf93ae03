"""The one SQLite connection: PRAGMAs, migrations, and the one way to run a transaction.

Every interaction shares a single connection, so transactions must not interleave:
with plain awaited `commit()`/`rollback()` calls, one task's rollback undoes whatever
other tasks wrote since the last commit. Here a transaction runs whole on the
connection's own thread, inside `BEGIN IMMEDIATE ... COMMIT`. That thread runs one job
at a time, so transactions are serial by construction and cannot await anything, a
Discord call least of all. The transactions that queue up while a COMMIT runs go
together into the next one, each in its own savepoint (group_commit.py): a burst pays
one wait for the disk per group, not per transaction.

The work itself is a core use case, a coroutine written against the repository
interfaces (core.repositories) so that a server database can await its queries.
SQLite's repositories answer synchronously, so the coroutine never suspends and
is driven to its end right there on the thread (`run_to_completion`).

The thread is a one-worker executor, reached with `loop.run_in_executor`: the event
loop then knows the moment a job is done. aiosqlite hands results back from its own
thread through `call_soon_threadsafe`, which a simulated loop can only notice at its
next poll: measured under SimCord's default options, 99 hops took the whole 5-second
settle budget with aiosqlite, and 288 took 0.09 s here. Simulated weeks of retries
depend on it, and no private API of a dependency is needed.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar, cast

from bot.core.deliveries import Owing
from bot.core.repositories import Work
from bot.core.shards import ONE_PROCESS, Shards, carrier_name
from bot.store.errors import BackupRefused, DatabaseUnusable
from bot.store.sqlite.group_commit import Committed, Group, Outcome, Waiting
from bot.store.sqlite.migrations import migrate, schema_version

T = TypeVar("T")

# How long a statement waits for another process's lock before giving up with "database is locked".
BUSY_TIMEOUT_SECONDS = 5.0
_WAL_RETRY_SECONDS = 0.01
BACKUP_PAGES_PER_STEP = 4096  # 16 MB at SQLite's default page size: a step a large backup can report


class SqliteDatabase:
    """Owns the connection and its thread from `open()` to `close()`.

    Invariants:
    - The connection is only ever used on its one thread.
    - WAL journal, `synchronous=FULL`, foreign keys on, a busy timeout for other processes.
    - The schema is at the newest migration before `open()` returns.
    - All reads and writes go through `transaction()`; nothing else begins or commits.
    """

    def __init__(self, thread: ThreadPoolExecutor, connection: sqlite3.Connection, path: Path, shards: Shards) -> None:
        self._thread = thread
        self._conn: sqlite3.Connection | None = connection
        self.path = path
        self.shards = shards
        self.carrier = carrier_name(shards)
        self.on_commit: Callable[[list[Owing]], None] | None = None
        # Transactions waiting for the next group, and those of the group on the thread now.
        self._queue: list[Waiting] = []
        self._in_flight: list[Waiting] = []
        self._closing = False

    @classmethod
    async def open(cls, path: Path, shards: Shards = ONE_PROCESS) -> SqliteDatabase:
        """Open (creating if needed) and migrate the database at `path`.

        Raises DatabaseUnusable, saying why, if it cannot (DatabaseTooNew for a schema newer than this code knows).
        """
        thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="doorman-sqlite")
        loop = asyncio.get_running_loop()
        try:
            connection = await loop.run_in_executor(thread, _connect, path)
        except BaseException:
            thread.shutdown(wait=False)
            raise
        return cls(thread, connection, path, shards)

    async def transaction(self, work: Work[T]) -> T:
        """Run `work(tx)` as one atomic transaction and return its result, once it is committed.

        If `work` raises, everything it wrote is rolled back and the exception propagates. Transactions
        that arrive while a COMMIT runs are committed together after it (group_commit.py).
        """
        if self._conn is None or self._closing:
            raise ValueError("no active connection: the database is closed")
        committed: asyncio.Future[Committed] = asyncio.get_running_loop().create_future()
        self._queue.append((work, committed))
        if not self._in_flight:
            await self._commit_queued()  # the executor's job itself: see Group
        result, owing = await committed
        if owing and self.on_commit is not None:
            self.on_commit(owing)  # in the caller's context: a reservation it holds takes what is owed
        return cast(T, result)

    async def backup(self, target: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Write an online, consistent copy of the database to `target` (replacing it).

        Raises BackupRefused, writing nothing, for a target that is this database (or its -wal or -shm file),
        a directory, or a file that cannot be created.
        """
        await self._run(_backup, self.path, target, progress)

    async def listen(self) -> None:
        """Nothing to hear: a SQLite database is one process's, and its own commits are reported as they happen."""

    async def close(self) -> None:
        """Commit what is queued, then close the connection on its thread and let the thread go. Idempotent."""
        if self._conn is None:
            return
        self._closing = True
        while waiting := [committed for _, committed in [*self._in_flight, *self._queue]]:
            await asyncio.gather(*waiting, return_exceptions=True)
        connection, self._conn = self._conn, None
        await asyncio.get_running_loop().run_in_executor(self._thread, connection.close)
        self._thread.shutdown(wait=False)

    def _commit_queued(self) -> asyncio.Future[list[Outcome]]:
        """Send what is queued to the thread as one group; the future of that job."""
        assert self._conn is not None
        group = Group(self._queue, self._answer)
        self._queue, self._in_flight = [], group.members
        running = asyncio.get_running_loop().run_in_executor(
            self._thread, group.run, self._conn, self.carrier, self.shards
        )
        running.add_done_callback(group.finished)
        return running

    def _answer(self, group: Group, outcomes: list[Outcome]) -> None:
        """Give each caller of a group its outcome; then send what arrived meanwhile."""
        self._in_flight = []
        for (_, committed), outcome in zip(group.members, outcomes, strict=True):
            if committed.done():  # its caller was cancelled: what it wrote stands, nobody waits for it
                continue
            if isinstance(outcome, BaseException):
                committed.set_exception(outcome)
            else:
                committed.set_result(outcome)
        if self._queue:
            self._commit_queued()

    async def _run(self, fn: Callable[..., T], *args: Any) -> T:
        if self._conn is None:
            raise ValueError("no active connection: the database is closed")
        return await asyncio.get_running_loop().run_in_executor(self._thread, fn, self._conn, *args)


def _connect(path: Path) -> sqlite3.Connection:
    """Open, configure and migrate, on the connection's own thread."""
    _create(path)
    try:
        # The busy timeout set at connect covers every statement, from the first read of the version on.
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as error:
        raise DatabaseUnusable(path, str(error)) from error
    try:
        _configure(conn, path)
        migrate(conn, path)
    except sqlite3.Error as error:  # not a database, locked past the timeout, read-only, disk full...
        conn.close()
        raise DatabaseUnusable(path, str(error)) from error
    except BaseException:
        conn.close()
        raise
    return conn


def _create(path: Path) -> None:
    """Create the database's folder and file if missing; DatabaseUnusable, in the system's words, if impossible.

    SQLite would only say "unable to open database file", whatever the cause.
    """
    problem = _why_not_created(path)
    if problem is not None:
        raise DatabaseUnusable(path, problem)


def _why_not_created(path: Path) -> str | None:
    """None once `path`'s folder and the file exist (created if missing); otherwise why not."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _in_the_way(path) or f"its folder cannot be created: {_said(error)}"
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o644))
        if not stat.S_ISREG(os.stat(path).st_mode):
            return "it is not a regular file"
    except OSError as error:
        return _said(error)
    return None


def _in_the_way(path: Path) -> str | None:
    """The file that stands where one of `path`'s folders should be, if that is what stops it."""
    for folder in path.parents:
        try:
            if folder.exists():
                return None if folder.is_dir() else f"{folder} is a file, not a folder"
        except OSError:  # a folder above it cannot be entered: the caller says so
            return None
    return None


def _said(error: OSError) -> str:
    """What the system said, as the end of a sentence: "permission denied", "is a directory"."""
    return str(error.strerror or error).lower()


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    conn.row_factory = sqlite3.Row
    schema_version(conn, path)  # before anything writes: a newer Doorman's schema is refused, never touched
    mode = _switch_to_wal(conn)
    if str(mode).lower() != "wal":
        raise DatabaseUnusable(path, f"SQLite cannot use WAL mode for it (got {mode!r})")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _switch_to_wal(conn: sqlite3.Connection) -> object:
    """The journal mode after asking for WAL, waiting out another process's write lock.

    The switch reads the file's header, then upgrades to a write lock. While another connection holds that
    lock (a second process opening the same new database, say), SQLite refuses the upgrade at once instead of
    waiting, as waiting could deadlock; the busy timeout does not apply, so wait here, as long as it would.
    """
    for _ in range(int(BUSY_TIMEOUT_SECONDS / _WAL_RETRY_SECONDS)):
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                raise
        time.sleep(_WAL_RETRY_SECONDS)
    return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]


def _backup(conn: sqlite3.Connection, source: Path, target: Path, progress: Callable[[int, int], None] | None) -> None:
    # Written beside the target, then renamed over it: nobody ever sees half a copy. The name stays short
    # (the target's own may take all 255 characters) and is this process's (two backups at once).
    partial = target.with_name(f"{target.name[:200]}.{os.getpid()}.partial")
    try:
        problem = _why_not_a_backup_target(source, target) or _why_not_created(partial)
    except (OSError, RuntimeError) as error:  # a name too long, a symlink loop, a folder it cannot enter
        problem = _said(error) if isinstance(error, OSError) else str(error)
    if problem is not None:
        raise BackupRefused(target, problem)
    partial.unlink()  # the empty file that proved it can be written, or a copy an interrupted backup left
    copy = sqlite3.connect(partial)
    try:
        if progress is None:
            conn.backup(copy)
        else:  # a step at a time, telling pages copied of pages in all (called on this thread)
            conn.backup(
                copy, pages=BACKUP_PAGES_PER_STEP, progress=lambda _, left, total: progress(total - left, total)
            )
        copy.execute("PRAGMA journal_mode = DELETE")  # a standalone file, with no write-ahead log of its own
    finally:
        copy.close()
    # A log a reader of the older copy left here when it crashed would be replayed over this one on opening.
    for stale in ("-wal", "-shm"):
        target.with_name(target.name + stale).unlink(missing_ok=True)
    partial.replace(target)


def _why_not_a_backup_target(source: Path, target: Path) -> str | None:
    # Replacing the live database (or the log and index SQLite keeps beside it) with a copy would lose
    # or corrupt what the running bot writes; a path can name it through a relative spelling or a link.
    for suffix, what in (("", "database"), ("-wal", "database's write-ahead log"), ("-shm", "database's WAL index")):
        live = source.with_name(source.name + suffix)
        if target.resolve() == live.resolve() or _same_file(target, live):
            return f"it is the live {what} {live}"
    if target.is_dir():
        return "it is a directory"
    return None


def _same_file(one: Path, other: Path) -> bool:
    """Whether two existing paths are links to one file."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False  # one of them does not exist
