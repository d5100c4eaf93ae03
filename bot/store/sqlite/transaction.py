"""One SQLite transaction's repositories, sharing its connection."""

from __future__ import annotations

import sqlite3

from bot.core.deliveries import Owing
from bot.store.sqlite.admissions import SqliteAdmissions
from bot.store.sqlite.attempts import SqliteAttempts
from bot.store.sqlite.codes import SqliteCodes
from bot.store.sqlite.deliveries import SqliteDeliveries
from bot.store.sqlite.direct_channels import SqliteDirectChannels
from bot.store.sqlite.meta import SqliteMeta
from bot.store.sqlite.quotas import SqliteQuotas
from bot.store.sqlite.settings import SqliteSettings


class SqliteTransaction:
    """The core's Transaction over a connection inside BEGIN ... COMMIT (see database.py).

    `owing` collects the deliveries it adds or reschedules, for the database to report after COMMIT.
    """

    def __init__(self, conn: sqlite3.Connection, carrier: str) -> None:
        self.conn = conn
        self.owing: list[Owing] = []
        self.settings = SqliteSettings(conn)
        self.codes = SqliteCodes(conn)
        self.quotas = SqliteQuotas(conn)
        self.admissions = SqliteAdmissions(conn)
        self.attempts = SqliteAttempts(conn)
        self.deliveries = SqliteDeliveries(conn, carrier, self.owing)
        self.meta = SqliteMeta(conn)
        self.direct_channels = SqliteDirectChannels(conn)
