"""One SQLite transaction's repositories, sharing its connection."""

from __future__ import annotations

import sqlite3

from bot.store.sqlite.admissions import SqliteAdmissions
from bot.store.sqlite.attempts import SqliteAttempts
from bot.store.sqlite.codes import SqliteCodes
from bot.store.sqlite.meta import SqliteMeta
from bot.store.sqlite.quotas import SqliteQuotas
from bot.store.sqlite.settings import SqliteSettings


class SqliteTransaction:
    """The core's Transaction over a connection inside BEGIN ... COMMIT (see database.py)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.settings = SqliteSettings(conn)
        self.codes = SqliteCodes(conn)
        self.quotas = SqliteQuotas(conn)
        self.admissions = SqliteAdmissions(conn)
        self.attempts = SqliteAttempts(conn)
        self.meta = SqliteMeta(conn)
