"""Databases to measure against: a configured guild, codes bulk-loaded with a realistic spread.

On PostgreSQL, a database is a SQLite one copied over by `copy-db` (`on_postgres`), so both hold the same rows.

Three helpers reach past the public entry points, and only these three: `raw_transaction` (the raw side of
throughput.py), `tracing_queries` (idle.py) and `counting_retries` (postgres.py, processes.py). Each says
why; if the store's internals change, they are the places to follow.
"""

from __future__ import annotations

import logging
import random
import secrets
import sqlite3
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import asyncpg

from bot.core.codes import ALPHABET
from bot.core.people import Newcomer
from bot.core.policy import Policy
from bot.core.repositories import Database
from bot.core.settings import Change, update_settings
from bot.core.shards import ONE_PROCESS
from bot.store import open_database
from bot.store.postgres.copy_db import copy_db
from bot.store.postgres.url import PostgresUrl
from bot.store.sql.transaction import SqlTransaction
from bot.store.sqlite.connection import SqliteConnection
from bot.store.sqlite.group_commit import run_to_completion
from tests.databases import drop_postgres_database, new_postgres_database
from tests.postgres_server import Server

T = TypeVar("T")

GUILD, WELCOME, MOD_CHANNEL, MEMBER_ROLE = 1_000, 10, 11, 20
NOW = 1_800_000_000
DAY = 86_400
# Generous policy: the benchmarks measure the machinery, not refusals.
POLICY = {"invites_per_member": 1000, "max_uses_per_code": 3}


@dataclass(frozen=True)
class Loaded:
    path: Path
    unused_codes: list[str]  # single-use codes nobody redeemed yet
    inviters: list[int]


def redemption(code: str, user_id: int) -> dict[str, Any]:
    """The arguments of one benchmark redemption, for redeem() and claim_code() alike."""
    return {
        "guild_id": GUILD,
        "channel_id": WELCOME,
        "newcomer": Newcomer(user_id=user_id, username=f"n{user_id}", role_ids=frozenset()),
        "code_text": code,
        "defaults": Policy(),
        "now": NOW,
    }


def random_code(rng: random.Random) -> str:
    bits = rng.getrandbits(60)
    return "".join(ALPHABET[(bits >> shift) & 31] for shift in range(55, -5, -5))


async def configured(path: Path, **policy: int) -> None:
    """Create, migrate and set up the benchmark guild at `path` (POLICY, with `policy` on top)."""
    db = await open_database(path)
    try:
        changes: dict[str, Change] = {
            "welcome_channel_id": WELCOME,
            "mod_channel_id": MOD_CHANNEL,
            "member_role_id": MEMBER_ROLE,
            **POLICY,
            **policy,
        }
        await update_settings(db, GUILD, Policy(), changes, by=1, command="setup", now=NOW)
    finally:
        await db.close()


def bulk_load(path: Path, codes: int, *, seed: int = 7, per_inviter: int = 50) -> Loaded:
    """Add `codes` codes from codes/per_inviter inviters, created over 60 days; a third are used."""
    rng = random.Random(seed)
    inviters = [100_000 + i for i in range(max(1, codes // per_inviter))]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")  # a bulk load, not a measurement
    texts: set[str] = set()
    while len(texts) < codes:
        texts.add(random_code(rng))
    rows, admissions, unused = [], [], []
    for index, text in enumerate(texts, start=1):
        created = NOW - rng.randrange(60 * DAY)
        inviter = rng.choice(inviters)
        used = rng.random() < 0.33
        rows.append((index, GUILD, text, inviter, 1, int(used), created, NOW + 30 * DAY))
        if used:
            admissions.append((GUILD, index, 10_000_000 + index, inviter, created + 60, 0, "admitted"))
        else:
            unused.append(text)
    with conn:
        conn.executemany(
            "INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            admissions,
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    rng.shuffle(unused)
    return Loaded(path, unused, inviters)


async def on_postgres(server: Server, source: Path) -> PostgresUrl:
    """A new database on `server` holding the rows of the SQLite database at `source` (copy-db), vacuumed and
    analyzed as a settled database is; `drop_postgres` removes it."""
    url = _new_name(server)
    await new_postgres_database(server.base, _name(url))
    await copy_db(source, url)
    conn = await asyncpg.connect(url.dsn)
    try:
        await conn.execute("VACUUM (ANALYZE)")
    finally:
        await conn.close()
    return url


async def new_postgres(server: Server) -> PostgresUrl:
    """A new, empty database on `server` (the store migrates it when it opens it); `drop_postgres` removes it."""
    url = _new_name(server)
    await new_postgres_database(server.base, _name(url))
    return url


async def copy_postgres(server: Server, template: PostgresUrl) -> PostgresUrl:
    """A new database on `server`, a copy of `template` (which nobody may be connected to) made by the server."""
    url = _new_name(server)
    await new_postgres_database(server.base, _name(url), template=_name(template))
    return url


async def drop_postgres(server: Server, url: PostgresUrl) -> None:
    await drop_postgres_database(server.base, _name(url))


def _new_name(server: Server) -> PostgresUrl:
    return PostgresUrl(server.url(f"doorman_bench_{secrets.token_hex(6)}"))


def _name(url: PostgresUrl) -> str:
    return urlsplit(url.dsn).path.lstrip("/")


def raw_connection(path: Path) -> sqlite3.Connection:
    """A stdlib connection with the same PRAGMAs and row factory as the store's."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def raw_transaction(conn: sqlite3.Connection, work: Callable[..., Coroutine[Any, Any, T]], *args: Any) -> T:
    """`work(tx, *args)`, a core transaction function, run on a plain connection: BEGIN IMMEDIATE, the work,
    COMMIT (or ROLLBACK).

    Internal: it builds the store's repositories over `conn` itself (SqlTransaction over SqliteConnection), the
    only way to run the very same transaction as Doorman without Doorman's transaction helper, which is what the
    raw side of throughput.py must leave out.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = run_to_completion(work(SqlTransaction(SqliteConnection(conn), "raw", ONE_PROCESS), *args))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return result


@asynccontextmanager
async def tracing_queries(db: Database) -> AsyncIterator[list[str]]:
    """The SQL statements the database runs inside the block, as the test of an idle day counts them.

    Internal: a transaction reaches `tx.conn.raw` (the sqlite3 connection under the repositories) to set sqlite3's trace
    callback on it; nothing public counts queries.
    """
    sent: list[str] = []

    async def trace(tx: Any) -> None:
        tx.conn.raw.set_trace_callback(sent.append)

    async def untrace(tx: Any) -> None:
        tx.conn.raw.set_trace_callback(None)

    await db.transaction(trace)
    sent.clear()  # the tracing transaction's own COMMIT
    seen: list[str] = []
    try:
        yield seen
    finally:
        seen += sent  # before the untracing transaction's own BEGIN
        await db.transaction(untrace)


class Retries(logging.Handler):
    """A count of the transactions PostgreSQL's store ran again after a serialization failure or deadlock."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("transaction conflicted"):
            self.count += 1


@contextmanager
def counting_retries() -> Iterator[Retries]:
    """Counts, inside the block, each time a PostgreSQL transaction is run again after a conflict.

    Internal: it counts the store's debug line "transaction conflicted ... running it again"
    (bot/store/postgres/database.py), one per retry; nothing public counts them. The line goes to this
    counter only, not to the log.
    """
    store_log = logging.getLogger("bot.store.postgres.database")
    retries, level, propagate = Retries(), store_log.level, store_log.propagate
    store_log.setLevel(logging.DEBUG)
    store_log.propagate = False
    store_log.addHandler(retries)
    try:
        yield retries
    finally:
        store_log.removeHandler(retries)
        store_log.setLevel(level)
        store_log.propagate = propagate
