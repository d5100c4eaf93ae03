import asyncio
import sqlite3

import pytest

from bot.storage import Storage, migrations


@pytest.fixture
async def storage(tmp_path):
    opened = await Storage.open(tmp_path / "t.db")
    yield opened
    await opened.close()


def pragma(conn: sqlite3.Connection, name: str) -> object:
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


async def test_open_migrates_and_sets_pragmas(storage):
    def read(conn):
        return {name: pragma(conn, name) for name in ("user_version", "journal_mode", "synchronous", "foreign_keys")}

    assert await storage.transaction(read) == {
        "user_version": len(migrations()),
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
    }


async def test_reopening_does_not_migrate_again(tmp_path):
    first = await Storage.open(tmp_path / "t.db")
    await first.transaction(lambda conn: conn.execute("INSERT INTO meta VALUES ('k', 'v')"))
    await first.close()
    second = await Storage.open(tmp_path / "t.db")
    try:
        assert await second.transaction(lambda conn: conn.execute("SELECT value FROM meta").fetchone()[0]) == "v"
    finally:
        await second.close()


async def test_a_failing_transaction_leaves_nothing_behind(storage):
    def half_then_fail(conn):
        conn.execute("INSERT INTO meta VALUES ('half', 'written')")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await storage.transaction(half_then_fail)
    assert await storage.transaction(lambda conn: conn.execute("SELECT COUNT(*) FROM meta").fetchone()[0]) == 0


async def test_100_concurrent_transactions_with_20_failing_keep_exactly_the_80(storage):
    """Measured before this design: shared-connection commit()/rollback() lost 80 of 80 here."""

    async def one(i: int) -> None:
        def work(conn):
            conn.execute("INSERT INTO meta VALUES (?, 'first')", (f"a{i}",))
            conn.execute("INSERT INTO meta VALUES (?, 'second')", (f"b{i}",))
            if i % 5 == 0:
                raise RuntimeError(f"fail {i} mid-way")

        await asyncio.sleep(0)
        await storage.transaction(work)

    results = await asyncio.gather(*(one(i) for i in range(100)), return_exceptions=True)
    assert sum(isinstance(result, RuntimeError) for result in results) == 20
    keys = set(await storage.transaction(lambda conn: [row[0] for row in conn.execute("SELECT key FROM meta")]))
    assert keys == {f"{p}{i}" for i in range(100) if i % 5 for p in "ab"}


async def test_backup_is_a_consistent_copy(storage, tmp_path):
    await storage.transaction(lambda conn: conn.execute("INSERT INTO meta VALUES ('k', 'v')"))
    target = tmp_path / "backups" / "copy.db"
    await storage.backup(target)
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT value FROM meta").fetchone()[0] == "v"
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("PRAGMA user_version").fetchone()[0] == len(migrations())
    finally:
        copy.close()


def test_migrations_are_numbered_from_one():
    assert [version for version, _ in migrations()] == list(range(1, len(migrations()) + 1))


async def test_a_failed_commit_does_not_wedge_the_connection(storage):
    def deferred_violation(conn):
        # A deferred foreign key is checked at COMMIT, so the COMMIT itself fails.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status)"
            " VALUES (1, 999, 2, 3, 4, 0, 'admitted')"
        )

    with pytest.raises(sqlite3.IntegrityError):
        await storage.transaction(deferred_violation)
    await storage.transaction(lambda conn: conn.execute("INSERT INTO meta VALUES ('after', 'ok')"))
    assert await storage.transaction(lambda conn: conn.execute("SELECT COUNT(*) FROM admissions").fetchone()[0]) == 0
