"""What the rules need from a database: one small interface per concern, and the transaction that bundles them.

A use case is `async def work(tx: Transaction) -> T`, run whole by `Database.transaction(work)`: committed if it
returns, rolled back if it raises. Transactions are serializable: each behaves as if it ran alone, which the rules
rely on (a code's last use is claimed once; a quota is counted and spent together). A database may abort one that
conflicts and run it again, so `work` touches nothing outside its transaction: no Discord call, no state in memory.
Methods are coroutines so that a server database can await its queries (SQLite's never suspend). Rows come back
as the core's records; a method that changes a row only from an expected state says so.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Protocol, TypeVar

from bot.core.deliveries import Owing
from bot.core.repositories.dashboard import AuditLogRepository, DashboardLinkRepository, StatsRepository
from bot.core.repositories.deliveries import DeliveryRepository
from bot.core.repositories.facts import DirectChannelRepository, LocaleRepository, MetaRepository
from bot.core.repositories.gate import (
    AdmissionRepository,
    AttemptRepository,
    CodeRepository,
    QuotaRepository,
    SettingsRepository,
)
from bot.core.repositories.suspensions import SuspensionRepository
from bot.core.repositories.vouching import BanRepository, TreeRepository
from bot.core.repositories.waitlist import WaitlistRepository
from bot.core.shards import Shards

T = TypeVar("T")


class Transaction(Protocol):
    """The repositories of one transaction."""

    @property
    def settings(self) -> SettingsRepository: ...
    @property
    def codes(self) -> CodeRepository: ...
    @property
    def quotas(self) -> QuotaRepository: ...
    @property
    def admissions(self) -> AdmissionRepository: ...
    @property
    def attempts(self) -> AttemptRepository: ...
    @property
    def deliveries(self) -> DeliveryRepository: ...
    @property
    def meta(self) -> MetaRepository: ...
    @property
    def direct_channels(self) -> DirectChannelRepository: ...
    @property
    def locales(self) -> LocaleRepository: ...
    @property
    def waitlist(self) -> WaitlistRepository: ...
    @property
    def bans(self) -> BanRepository: ...
    @property
    def tree(self) -> TreeRepository: ...
    @property
    def suspensions(self) -> SuspensionRepository: ...
    @property
    def dashboard_links(self) -> DashboardLinkRepository: ...
    @property
    def audit_log(self) -> AuditLogRepository: ...
    @property
    def stats(self) -> StatsRepository: ...


Work = Callable[[Transaction], Coroutine[Any, Any, T]]


class Database(Protocol):
    # Who carries what this process commits: the owner of the leases it takes (core.deliveries).
    carrier: str
    # The shards this process runs: deliveries of other guilds are never claimed, awaited or resumed here.
    shards: Shards
    # Called, on the event loop, after each commit that owes Discord something: how the process
    # that committed learns what to carry at once and when its worker must next wake.
    on_commit: Callable[[list[Owing]], None] | None

    async def transaction(self, work: Work[T]) -> T:
        """Run `work` as one serializable transaction and return its result; if it raises, nothing it wrote stays."""
        ...

    async def listen(self) -> None:
        """From now on, report through on_commit what other processes sharing the database commit for this
        process's shards too (a database only one process uses has nothing to report)."""
        ...

    async def close(self) -> None: ...
