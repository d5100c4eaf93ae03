"""One transaction's repositories, sharing its connection, in either dialect."""

from __future__ import annotations

from bot.core.deliveries import Owing
from bot.core.shards import Shards
from bot.store.sql.admissions import SqlAdmissions
from bot.store.sql.attempts import SqlAttempts
from bot.store.sql.audit_log import SqlAuditLog
from bot.store.sql.bans import SqlBans
from bot.store.sql.codes import SqlCodes
from bot.store.sql.connection import Connection
from bot.store.sql.dashboard_links import SqlDashboardLinks
from bot.store.sql.deliveries import SqlDeliveries
from bot.store.sql.direct_channels import SqlDirectChannels
from bot.store.sql.locales import SqlLocales
from bot.store.sql.meta import SqlMeta
from bot.store.sql.quotas import SqlQuotas
from bot.store.sql.settings import SqlSettings
from bot.store.sql.stats import SqlStats
from bot.store.sql.suspensions import SqlSuspensions
from bot.store.sql.tree import SqlTree
from bot.store.sql.waitlist import SqlWaitlist


class SqlTransaction:
    """The core's Transaction over a connection inside a transaction its database began (and will end).

    `owing` collects the deliveries it adds or reschedules, for the database to report after COMMIT. `carrier`
    is who carries what it owes at once; None for a process that carries nothing (core.deliveries).
    """

    def __init__(self, conn: Connection, carrier: str | None, shards: Shards) -> None:
        self.conn = conn
        self.owing: list[Owing] = []
        self.settings = SqlSettings(conn)
        self.codes = SqlCodes(conn)
        self.quotas = SqlQuotas(conn)
        self.admissions = SqlAdmissions(conn)
        self.attempts = SqlAttempts(conn)
        self.deliveries = SqlDeliveries(conn, carrier, shards, self.owing)
        self.meta = SqlMeta(conn)
        self.direct_channels = SqlDirectChannels(conn)
        self.locales = SqlLocales(conn)
        self.waitlist = SqlWaitlist(conn)
        self.bans = SqlBans(conn)
        self.tree = SqlTree(conn)
        self.suspensions = SqlSuspensions(conn)
        self.dashboard_links = SqlDashboardLinks(conn)
        self.audit_log = SqlAuditLog(conn)
        self.stats = SqlStats(conn)
