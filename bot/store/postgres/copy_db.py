"""`copy-db`: a SQLite database copied into an empty PostgreSQL one, and the copy checked row for row count.

The SQLite file is first brought to this version's schema (as starting the bot on it would), and the
PostgreSQL database to its own; the two schemas have the same tables and columns. The rows go over
with PostgreSQL's COPY, table by table in the order their references need, all inside one transaction:
a copy that fails, or whose counts differ, leaves the PostgreSQL database as empty as it was. IDs are
kept, so every reference stays true, and each table's ID sequence then continues after the largest.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import asyncpg

from bot.store.errors import StoreError
from bot.store.postgres.database import CONNECT_TIMEOUT_SECONDS, PostgresDatabase
from bot.store.postgres.url import PostgresUrl
from bot.store.sqlite.database import SqliteDatabase

# Every table, parents before the tables that reference them.
TABLES = (
    "meta",
    "guild_settings",
    "role_quotas",
    "quota_grants",
    "codes",
    "admissions",
    "redeem_failures",
    "lockouts",
    "guessing_alerts",
    "deliveries",
    "direct_channels",
    "user_locales",
    "waitlist",
    "bans",
    "suspensions",
    "lifted_suspensions",
    "audit_log",
    "audit_people",
    # Not dashboard_links: sign-in links are secrets good for 10 minutes. A copy is made to move to PostgreSQL,
    # and a link issued before it is simply asked for again; carrying them over would only widen where they live.
    # Nor daily_counts and chart_cache: the charts' caches, counted again from the rows above when next read.
)
_WITH_ID_SEQUENCE = ("codes", "admissions", "redeem_failures", "deliveries", "waitlist", "audit_log")
BATCH_ROWS = 10_000

# Told after each batch: the table, rows copied so far, rows in all.
Progress = Callable[[str, int, int], None]


class CopyRefused(StoreError):
    """The copy cannot be made, or did not verify, for `reason`; the PostgreSQL database is left as it was."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot copy the database: {self.reason}"


async def copy_db(source: Path, target: PostgresUrl, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of the SQLite database at `source` into the empty PostgreSQL database at `target`.

    Returns the rows copied per table, which the copy's own counts were checked against.
    """
    _refuse_unless_a_file(source)
    sqlite_db = await SqliteDatabase.open(source)  # migrates it to this version's schema, as the bot would
    await sqlite_db.close()
    postgres = await PostgresDatabase.open(target)  # migrates the target
    await postgres.close()
    with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as reading:
        counts = {
            table: int(reading.execute(f"SELECT COUNT(*) FROM {_quoted(table)}").fetchone()[0]) for table in TABLES
        }
        for table in TABLES:
            _refuse_what_postgresql_would_change(reading, table)
        conn = await asyncpg.connect(target.dsn, timeout=CONNECT_TIMEOUT_SECONDS)
        try:
            async with conn.transaction():
                await _refuse_unless_empty(conn)
                for table in TABLES:
                    await _copy_table(reading, conn, table, counts[table], progress)
                for table in _WITH_ID_SEQUENCE:
                    await conn.execute(
                        "SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE(MAX(id), 0) + 1, false)"
                        f" FROM {_quoted(table)}",
                        table,
                    )
                copied = {table: int(await conn.fetchval(f"SELECT COUNT(*) FROM {_quoted(table)}")) for table in TABLES}
                if copied != counts:
                    differ = ", ".join(
                        f"{t}: {counts[t]} in SQLite, {copied[t]} copied" for t in TABLES if copied[t] != counts[t]
                    )
                    raise CopyRefused(f"the row counts differ ({differ}); nothing was kept")
        except (asyncpg.PostgresError, asyncpg.InterfaceError, sqlite3.Error, TypeError, ValueError) as error:
            # A value PostgreSQL refuses, one asyncpg cannot encode, or text SQLite cannot decode.
            raise CopyRefused(f"a row could not be copied ({error}); nothing was kept") from error
        finally:
            await conn.close()
    return counts


def _columns(reading: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """The table's columns in SQLite, with their declared types."""
    return [
        (name, declared) for name, declared in reading.execute("SELECT name, type FROM pragma_table_info(?)", (table,))
    ]


def _quoted(name: str) -> str:
    """A table or column name, quoted for either database. Names cannot be parameters; these are only ever
    Doorman's own (TABLES, and the columns SQLite lists for them), never anyone's input."""
    return '"' + name.replace('"', '""') + '"'


def _refuse_unless_a_file(source: Path) -> None:
    # Opening a path that does not exist would create an empty SQLite database, and copy nothing.
    if not source.is_file():
        raise CopyRefused(f"{source} is not a SQLite database file")


def _refuse_what_postgresql_would_change(reading: sqlite3.Connection, table: str) -> None:
    """SQLite keeps any value in any column; PostgreSQL would refuse text in an INTEGER column, and silently
    round a fraction. Such a row (only a hand edit could have written it) is named, and nothing is copied."""
    for column, declared in _columns(reading, table):
        if declared.upper() != "INTEGER":
            continue
        [(odd,)] = reading.execute(
            f"SELECT COUNT(*) FROM {_quoted(table)} WHERE typeof({_quoted(column)}) NOT IN ('integer', 'null')"
        ).fetchall()
        if odd:
            raise CopyRefused(f"{odd} row(s) of {table} hold something other than a whole number in {column}")


async def _refuse_unless_empty(conn: asyncpg.Connection) -> None:
    full = [table for table in TABLES if await conn.fetchval(f"SELECT EXISTS (SELECT 1 FROM {_quoted(table)})")]
    if full:
        raise CopyRefused(f"the PostgreSQL database is not empty (rows in {', '.join(full)}): copy into a new one")


async def _copy_table(
    reading: sqlite3.Connection, conn: asyncpg.Connection, table: str, total: int, progress: Progress | None
) -> None:
    columns = [column for column, _ in _columns(reading, table)]
    cursor = reading.execute(f"SELECT {', '.join(map(_quoted, columns))} FROM {_quoted(table)}")
    done = 0
    if progress is not None:
        progress(table, done, total)
    while batch := cursor.fetchmany(BATCH_ROWS):
        await conn.copy_records_to_table(table, records=batch, columns=columns)
        done += len(batch)
        if progress is not None:
            progress(table, done, total)
