"""The SQLite store: PRAGMAs, migrations, and transactions that never interleave."""

import asyncio
import multiprocessing
import os
import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from bot.core.codes import ReservationById, ReservationByUsername
from bot.store.errors import DatabaseTooNew, DatabaseUnusable
from bot.store.sql.migration_files import numbered
from bot.store.sqlite.database import SqliteDatabase
from bot.store.sqlite.migrations import migrate, shipped
from tests.conftest import database_at_version


@pytest.fixture
async def storage(tmp_path):
    opened = await SqliteDatabase.open(tmp_path / "t.db")
    yield opened
    await opened.close()


def sql(statement: str, *params: object):
    """A transaction that runs one statement and returns its first row."""

    async def work(tx):
        return tx.conn.raw.execute(statement, params).fetchone()

    return work


def pragma(conn: sqlite3.Connection, name: str) -> object:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


async def test_open_migrates_and_sets_pragmas(storage):
    async def read(tx):
        names = ("user_version", "journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        return {name: pragma(tx.conn.raw, name) for name in names}

    assert await storage.transaction(read) == {
        "user_version": len(shipped()),
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }


async def test_reopening_does_not_migrate_again(tmp_path):
    first = await SqliteDatabase.open(tmp_path / "t.db")
    await first.transaction(sql("INSERT INTO meta VALUES ('k', 'v')"))
    await first.close()
    second = await SqliteDatabase.open(tmp_path / "t.db")
    try:
        assert (await second.transaction(sql("SELECT value FROM meta")))[0] == "v"
    finally:
        await second.close()


async def test_a_failing_transaction_leaves_nothing_behind(storage):
    async def half_then_fail(tx):
        tx.conn.raw.execute("INSERT INTO meta VALUES ('half', 'written')")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await storage.transaction(half_then_fail)
    assert (await storage.transaction(sql("SELECT COUNT(*) FROM meta")))[0] == 0


async def test_100_concurrent_transactions_with_20_failing_keep_exactly_the_80(storage):
    """Measured before this design: shared-connection commit()/rollback() lost 80 of 80 here."""

    async def one(i: int) -> None:
        async def work(tx):
            tx.conn.raw.execute("INSERT INTO meta VALUES (?, 'first')", (f"a{i}",))
            tx.conn.raw.execute("INSERT INTO meta VALUES (?, 'second')", (f"b{i}",))
            if i % 5 == 0:
                raise RuntimeError(f"fail {i} mid-way")

        await asyncio.sleep(0)
        await storage.transaction(work)

    results = await asyncio.gather(*(one(i) for i in range(100)), return_exceptions=True)
    assert sum(isinstance(result, RuntimeError) for result in results) == 20

    async def keys(tx):
        return {row[0] for row in tx.conn.raw.execute("SELECT key FROM meta")}

    assert await storage.transaction(keys) == {f"{p}{i}" for i in range(100) if i % 5 for p in "ab"}


async def test_a_transaction_that_suspends_is_refused_and_rolled_back(storage):
    """A transaction holds SQLite's write lock on its thread: it must never wait on the event loop."""

    async def waits(tx):
        tx.conn.raw.execute("INSERT INTO meta VALUES ('waited', 'yes')")
        await asyncio.sleep(0)

    with pytest.raises(RuntimeError, match="must not suspend"):
        await storage.transaction(waits)
    assert (await storage.transaction(sql("SELECT COUNT(*) FROM meta")))[0] == 0


async def test_backup_is_a_consistent_copy(storage, tmp_path):
    await storage.transaction(sql("INSERT INTO meta VALUES ('k', 'v')"))
    target = tmp_path / "backups" / "copy.db"
    await storage.backup(target)
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT value FROM meta").fetchone()[0] == "v"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA user_version").fetchone()[0] == len(shipped())
    finally:
        copy.close()


def test_migrations_are_read_in_order(tmp_path):
    for name in ("0002_second.sql", "0001_first.sql", "notes.txt"):
        (tmp_path / name).write_text(f"-- {name}\n", encoding="utf-8")
    assert [version for version, _ in numbered(tmp_path)] == [1, 2]


@pytest.mark.parametrize("names", [("0001_a.sql", "0003_c.sql"), ("0002_b.sql",)])
def test_a_gap_in_the_migrations_is_refused(tmp_path, names):
    for name in names:
        (tmp_path / name).write_text("SELECT 1;\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="without gaps"):
        numbered(tmp_path)


async def test_a_failed_commit_does_not_wedge_the_connection(storage):
    async def deferred_violation(tx):
        # A deferred foreign key is checked at COMMIT, so the COMMIT itself fails.
        tx.conn.raw.execute("PRAGMA defer_foreign_keys = ON")
        tx.conn.raw.execute(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status)"
            " VALUES (1, 999, 2, 3, 4, 0, 'admitted')"
        )

    with pytest.raises(sqlite3.IntegrityError):
        await storage.transaction(deferred_violation)
    await storage.transaction(sql("INSERT INTO meta VALUES ('after', 'ok')"))
    assert (await storage.transaction(sql("SELECT COUNT(*) FROM admissions")))[0] == 0


async def test_a_codes_last_use_is_spent_once(storage):
    """add_use is conditional, so a claim that read a stale count cannot overspend a code."""

    async def spend(tx):
        tx.conn.raw.execute(
            "INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, created_at, expires_at)"
            " VALUES (1, 1, 'AAAAAAAAAAAA', 2, 1, 0, 99)"
        )
        return [await tx.codes.add_use(1), await tx.codes.add_use(1)]

    assert await storage.transaction(spend) == [True, False]


async def test_work_that_is_not_a_coroutine_is_refused_and_rolled_back(storage):
    with pytest.raises(TypeError, match="async function"):
        await storage.transaction(lambda tx: tx.conn.raw.execute("INSERT INTO meta VALUES ('sync', 'no')"))
    assert (await storage.transaction(sql("SELECT COUNT(*) FROM meta")))[0] == 0


async def test_messages_posted_before_channels_were_recorded_are_placed_in_the_moderator_channel(tmp_path):
    """Migration 2: a request or a roles alert posted by an earlier version was posted in the moderator channel."""
    path = tmp_path / "t.db"
    with sqlite3.connect(path, isolation_level=None) as conn:
        version, script = shipped()[0]
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.executescript(
            """
            INSERT INTO guild_settings (guild_id, mod_channel_id) VALUES (1, 77);
            INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at)
                VALUES (1, 1, 'AAAAAAAAAAAA', 5, 2, 2, 0, 9);
            INSERT INTO admissions (id, guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required,
                status, request_message_id) VALUES (1, 1, 1, 6, 5, 0, 1, 'awaiting_approval', 900);
            INSERT INTO admissions (id, guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required,
                status, alert_message_id) VALUES (2, 1, 1, 7, 5, 0, 0, 'roles_pending', 901);
            """
        )
    db = await SqliteDatabase.open(path)
    try:
        got = await db.transaction(
            sql(
                "SELECT a.request_channel_id, d.alert_channel_id FROM admissions a, deliveries d"
                " WHERE a.id = 1 AND d.admission_id = 2"
            )
        )
        assert tuple(got) == (77, 77)
    finally:
        await db.close()


async def test_reservations_keep_their_kind_when_upgrading_from_version_2(tmp_path):
    """Migration 3: a stored for_user of 15 to 21 digits was a reservation by ID, anything else by username."""
    path = tmp_path / "t.db"
    with sqlite3.connect(path, isolation_level=None) as conn:
        for version, script in shipped()[:2]:
            conn.executescript(script)
            conn.execute(f"PRAGMA user_version = {version}")
        conn.executemany(
            "INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, created_at, expires_at, for_user)"
            " VALUES (?, 1, ?, 5, 1, 0, 9, ?)",
            [
                (1, "A" * 12, "123456789012345678"),
                (2, "B" * 12, "carol_99"),
                (3, "C" * 12, "12345678901234"),  # 14 digits: a username
                (4, "D" * 12, None),
                (5, "E" * 12, "123456789012345678901"),  # 21 digits: no account can have it, and none ever will
            ],
        )
    db = await SqliteDatabase.open(path)
    try:

        async def read(tx):
            return [(await tx.codes.get(code_id)).for_user for code_id in range(1, 6)]

        assert await db.transaction(read) == [
            ReservationById(123456789012345678),
            ReservationByUsername("carol_99"),
            ReservationByUsername("12345678901234"),
            None,
            ReservationById(2**63 - 1),
        ]
    finally:
        await db.close()


async def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "t.db"
    newest = len(shipped())
    database_at_version(path, newest + 5)
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as refused:
        await SqliteDatabase.open(path)
    assert (refused.value.where, refused.value.version, refused.value.newest) == (path, newest + 5, newest)
    assert path.read_bytes() == before  # neither migrated nor switched to WAL (the header records the journal)
    assert not path.with_name("t.db-wal").exists()


def test_a_newer_version_that_migrates_while_this_one_waits_for_the_lock_is_refused(tmp_path):
    """The version read before the lock can be stale: the one read under it decides."""
    path = tmp_path / "t.db"
    conn = sqlite3.connect(path, isolation_level=None)

    def newer_process_migrates_first(statement: str) -> None:
        if statement == "BEGIN IMMEDIATE":
            conn.set_trace_callback(None)
            database_at_version(path, 99)

    conn.set_trace_callback(newer_process_migrates_first)
    try:
        with pytest.raises(DatabaseTooNew):
            migrate(conn, path)
        assert pragma(conn, "user_version") == 99
        assert conn.execute("SELECT COUNT(*) FROM sqlite_schema").fetchone()[0] == 0
    finally:
        conn.close()


def open_in_rounds(barrier: Any, folder: str, rounds: int, results: Any) -> None:
    """One process: at each round, open and close that round's new database the moment every process is ready."""
    failures = []
    for attempt in range(rounds):
        barrier.wait()
        try:
            asyncio.run(open_and_close(Path(folder) / f"new-{attempt}.db"))
        except Exception as error:
            failures.append(f"round {attempt}: {error!r}")
    results.put(failures)


async def open_and_close(path: Path) -> None:
    await (await SqliteDatabase.open(path)).close()


def test_processes_opening_a_new_database_at_the_same_moment_all_migrate_it_once(tmp_path):
    processes, rounds = 4, 40
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(processes, timeout=60), spawn.Queue()
    openers = [
        spawn.Process(target=open_in_rounds, args=(barrier, str(tmp_path), rounds, results)) for _ in range(processes)
    ]
    for opener in openers:
        opener.start()
    failures = [failure for _ in openers for failure in results.get(timeout=120)]
    for opener in openers:
        opener.join()
    assert failures == []
    for attempt in range(rounds):
        conn = sqlite3.connect(tmp_path / f"new-{attempt}.db")
        try:
            assert pragma(conn, "user_version") == len(shipped())
            assert pragma(conn, "journal_mode") == "wal"
            assert conn.execute("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'deliveries'").fetchone()[0] == 1
        finally:
            conn.close()


async def test_opening_a_new_database_waits_while_another_process_holds_the_write_lock(tmp_path):
    """The switch to WAL reads, then upgrades to a write lock: SQLite refuses that upgrade at once, without
    the busy timeout, while another connection holds the lock (as a second opener does while it switches)."""
    path = tmp_path / "t.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, other.execute, ("COMMIT",))
    release.start()
    try:
        opened = await SqliteDatabase.open(path)
        await opened.close()
    finally:
        release.cancel()
        release.join()
        other.close()
    conn = sqlite3.connect(path)
    try:
        assert (pragma(conn, "journal_mode"), pragma(conn, "user_version")) == ("wal", len(shipped()))
    finally:
        conn.close()


def a_file_where_the_folder_should_be(tmp_path: Path) -> Path:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    return tmp_path / "data" / "doorman.db"


def a_file_where_a_folder_above_should_be(tmp_path: Path) -> Path:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    return tmp_path / "data" / "bot" / "doorman.db"


def a_directory(tmp_path: Path) -> Path:
    (tmp_path / "doorman.db").mkdir()
    return tmp_path / "doorman.db"


def not_a_database(tmp_path: Path) -> Path:
    (tmp_path / "doorman.db").write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    return tmp_path / "doorman.db"


@pytest.mark.parametrize(
    ("unusable", "reason"),
    [
        (a_file_where_the_folder_should_be, "data is a file, not a folder"),
        (a_file_where_a_folder_above_should_be, "data is a file, not a folder"),
        (a_directory, "is a directory"),
        (not_a_database, "not a database"),
    ],
)
async def test_a_path_that_cannot_hold_the_database_is_refused_saying_why(tmp_path, unusable, reason):
    path = unusable(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(DatabaseUnusable) as refused:
        await SqliteDatabase.open(path)
    assert refused.value.where == path
    assert str(path) in str(refused.value) and reason in str(refused.value).lower()
    assert (path.read_bytes() if path.is_file() else None) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
async def test_a_database_in_a_folder_without_write_permission_is_refused_saying_so(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(DatabaseUnusable, match=r"(?i)permission denied"):
            await SqliteDatabase.open(folder / "doorman.db")
    finally:
        folder.chmod(0o700)


async def test_a_backup_reports_its_progress_in_pages_when_asked(storage, tmp_path):
    async def fill(tx):
        for i in range(3000):
            tx.conn.raw.execute("INSERT INTO meta VALUES ($1, $2)", {"1": f"k{i}", "2": "x" * 500})

    await storage.transaction(fill)
    told: list[tuple[int, int]] = []
    await storage.backup(tmp_path / "copy.db", lambda done, total: told.append((done, total)))
    assert told and told[-1][0] == told[-1][1] > 0
    with closing(sqlite3.connect(tmp_path / "copy.db")) as copy:
        assert copy.execute("SELECT COUNT(*) FROM meta").fetchone()[0] == 3000
