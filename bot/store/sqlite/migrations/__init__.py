"""SQLite's schema: numbered SQL files beside this module, applied in order and recorded in `user_version`."""

from __future__ import annotations

import functools
import sqlite3
from importlib import resources
from pathlib import Path

from bot.store.errors import DatabaseTooNew
from bot.store.sql.migration_files import numbered


@functools.cache
def shipped() -> list[tuple[int, str]]:
    """The migrations this version ships, read once per process (every open checks against them)."""
    return numbered(resources.files(__name__))


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to the newest migration, each one with its version bump in one transaction.

    A schema newer than the newest migration is refused (DatabaseTooNew) and left untouched.
    """
    for version, sql in shipped():
        if schema_version(conn, path) >= version:
            continue
        # executescript would commit between statements; run each statement
        # ourselves so a migration and its version bump land together or not at all.
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated since the read above: only the version read under the lock counts.
            if schema_version(conn, path) < version:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def schema_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of the database at `path`; DatabaseTooNew if a newer Doorman wrote it."""
    version, newest = int(conn.execute("PRAGMA user_version").fetchone()[0]), len(shipped())
    if version > newest:
        raise DatabaseTooNew(path, version, newest)
    return version


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
