"""What the rules need from a database: one small interface per concern, and the transaction that bundles them.

A use case is `async def work(tx: Transaction) -> T`, run whole by `Database.transaction(work)`: committed if it
returns, rolled back if it raises. Transactions are serializable: each behaves as if it ran alone, which the rules
rely on (a code's last use is claimed once; a quota is counted and spent together). A database may abort one that
conflicts and run it again, so `work` touches nothing outside its transaction: no Discord call, no state in memory.
Methods are coroutines so that a server database can await its queries (SQLite's never suspend). Rows come back
as the core's records; a method that changes a row only from an expected state says so.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Coroutine, Mapping
from typing import Any, Protocol, TypeVar

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.codes import Code, CodeKind, Reservation
from bot.core.deliveries import Delivery, Owing
from bot.core.owed import Owed
from bot.core.posts import Posted
from bot.core.quotas import RoleQuota
from bot.core.shards import Shards
from bot.core.waitlist_repository import WaitlistRepository

T = TypeVar("T")


class SettingsRepository(Protocol):
    async def get(self, guild_id: int) -> Mapping[str, Any]:
        """What admins set for the guild, by setting name (empty if nothing yet); None means not set."""
        ...

    async def update(self, guild_id: int, changes: Mapping[str, int | bool | str | None]) -> None:
        """Set these settings (names from core.settings), creating the guild's row if needed."""
        ...


class CodeRepository(Protocol):
    async def insert(
        self,
        *,
        guild_id: int,
        code: str,
        inviter_id: int,
        max_uses: int,
        created_at: int,
        expires_at: int,
        for_user: Reservation | None,
        note: str | None,
        kind: CodeKind = CodeKind.MEMBER,
        quota_from: int | None = None,
        replaces: int | None = None,
    ) -> int | None:
        """The new code's ID, or None if its text is taken (the caller retries with another)."""
        ...

    async def get(self, code_id: int) -> Code: ...

    async def find(self, guild_id: int, code: str) -> Code | None:
        """The guild's code with this canonical text (None also when it belongs to another guild)."""
        ...

    async def created_since(self, guild_id: int, inviter_id: int, since: int) -> list[Code]:
        """The inviter's codes created after `since` (what their quota window holds)."""
        ...

    async def listing(self, guild_id: int, inviter_id: int | None) -> list[Code]:
        """The guild's codes (or one inviter's), each with the IDs of those who redeemed it, in redemption order."""
        ...

    async def active(self, guild_id: int, inviter_id: int, now: int, limit: int) -> list[Code]:
        """The inviter's codes that are active at `now`, newest first."""
        ...

    async def add_use(self, code_id: int) -> bool:
        """Spend one use of the code if it has one left; whether it did."""
        ...

    async def set_link(self, code_id: int, link: str | None, *, was: str | None, expiry: int | None) -> bool:
        """Make `link` (None: none) the code's invite link, deleted by delivery `expiry`, if its link is `was`."""

    async def revoke(self, code_id: int, *, by: int, at: int) -> Code: ...

    async def revoke_active(self, guild_id: int, inviter_id: int, *, by: int, at: int) -> list[Code]:
        """Revoke the inviter's codes that are active at `at`; the codes revoked."""
        ...


class QuotaRepository(Protocol):
    async def role_quotas(self, guild_id: int) -> dict[int, RoleQuota]:
        """Per-role quotas by role ID, highest amount first."""
        ...

    async def set_role_quota(self, guild_id: int, role_id: int, quota: RoleQuota) -> None: ...

    async def grant(self, guild_id: int, user_id: int) -> int:
        """The member's adjustment to their limit (0 if none)."""
        ...

    async def set_grant(self, guild_id: int, user_id: int, amount: int) -> None:
        """Set the adjustment; 0 removes it."""
        ...


class AdmissionRepository(Protocol):
    async def insert(
        self,
        *,
        guild_id: int,
        code_id: int,
        user_id: int,
        inviter_id: int,
        redeemed_at: int,
        approval_required: bool,
        status: AdmissionStatus,
    ) -> Admission: ...

    async def get(self, admission_id: int) -> Admission | None: ...

    async def open_of(self, guild_id: int, user_id: int) -> Admission | None:
        """The newcomer's open admission in the guild, if any (there is at most one)."""
        ...

    async def open(self, guild_id: int | None) -> list[Admission]:
        """Open admissions of one guild (None: of every guild), oldest first."""
        ...

    async def of_user(self, guild_id: int, user_id: int) -> list[Admission]:
        """The user's admissions in the guild, newest first."""
        ...

    async def invited_by(self, guild_id: int, inviter_id: int) -> list[Admission]:
        """Admissions made with the inviter's codes, newest first."""
        ...

    async def decide(
        self, admission_id: int, *, status: AdmissionStatus, by: int, at: int, reason: str | None
    ) -> Admission | None:
        """Record a decision on a request awaiting approval; None (and no change) if it was not awaiting."""
        ...

    async def finish(
        self, admission_id: int, *, status: AdmissionStatus, at: int, expected: Collection[AdmissionStatus]
    ) -> Admission | None:
        """Close the admission as `status` if it is in one of `expected`; None (and no change) otherwise."""
        ...

    async def remember_request(self, admission_id: int, request: Posted) -> None:
        """Record where the request message is."""
        ...


class AttemptRepository(Protocol):
    """Failed /redeem attempts, lockouts, and when moderators were last warned about a guessing burst."""

    async def locked_until(self, guild_id: int, user_id: int, now: int) -> int | None:
        """When the user's lockout ends, if it has not ended by `now`."""

    async def record_failure(self, guild_id: int, user_id: int, *, at: int, forget_before: int) -> None:
        """Record a failed attempt, and forget the guild's failures from before `forget_before`."""

    async def failures_since(self, guild_id: int, user_id: int | None, *, since: int) -> int:
        """Failed attempts after `since` by the user (None: by anyone in the guild)."""

    async def lock(self, guild_id: int, user_id: int, *, until: int) -> None:
        """Lock the user out until `until`; their failures so far are forgotten."""

    async def clear(self, guild_id: int, user_id: int) -> None:
        """Forget the user's failures and lockout (after a successful redemption)."""

    async def claim_guessing_alert(self, guild_id: int, *, now: int, quiet_since: int) -> bool:
        """Record an alert at `now` unless one was recorded after `quiet_since`; whether this one was."""


class DeliveryRepository(Protocol):
    """What is owed to Discord (core.deliveries). A lease names who carries a delivery and until when."""

    async def add(self, guild_id: int, owed: Owed, *, now: int, due_at: int) -> int:
        """Owe it; its ID. One due by `now` is leased at once to the committing process, which tries it at once
        (so it is marked tried as it is written, and reported with the commit as written: Owing.written)."""
        ...

    async def get(self, delivery_id: int) -> Delivery | None: ...

    async def of_admission(self, admission_id: int) -> list[Delivery]:
        """What is still owed about an admission, oldest first."""
        ...

    async def delete(self, delivery_id: int) -> None: ...

    async def take(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> Delivery | None:
        """An attempt by `carrier` begins: mark it tried and renew the lease; the delivery as it was before.

        None unless `carrier` holds it (another process may have taken over an expired lease).
        failed() or delete() records how the attempt ended.
        """
        ...

    async def failed(
        self,
        delivery_id: int,
        *,
        carrier: str,
        attempts: int,
        failing_since: int,
        last_error: str,
        due_at: int,
        stopped_at: int | None,
        alert: Posted | None,
    ) -> bool:
        """Record a failed attempt and when to try again (or that it stopped); its lease ends.

        Only if `carrier` still holds it: whether it did.
        """
        ...

    async def set_alert(self, delivery_id: int, alert: Posted) -> None: ...

    async def claim_due(self, *, carrier: str, now: int, lease_until: int, limit: int) -> list[Delivery]:
        """Lease to `carrier` the oldest deliveries due by `now` that nobody holds (or whose lease ran out), of the
        database's shards, and mark them tried, as take() does: their attempts begin at once. Each as it was before."""
        ...

    async def next_due(self) -> int | None:
        """When the next delivery of the database's shards falls due or its lease ends (None: nothing is owed)."""
        ...

    async def resume(self, *, carrier: str, now: int) -> None:
        """`carrier` starts: free what it held, and make what its shards owe that is failing (not stopped) due now."""
        ...

    async def revive(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> bool:
        """Retry: due now with a fresh 7 days, leased to `carrier` unless another carrier holds it; whether it was.
        Reported after the commit as owed at once, leased: the committing process carries it."""
        ...


class MetaRepository(Protocol):
    """Small facts about the bot itself, such as the fingerprint of the last command sync."""

    async def get(self, key: str) -> str | None: ...
    async def put(self, key: str, value: str) -> None: ...


class DirectChannelRepository(Protocol):
    """The bot's DM channel with each person, once opened (core.direct_channels)."""

    async def get(self, user_id: int) -> int | None: ...
    async def remember(self, user_id: int, channel_id: int) -> None: ...


class LocaleRepository(Protocol):
    """Each person's Discord locale as the bot last saw it (core.people)."""

    async def get(self, user_id: int) -> str | None: ...
    async def remember(self, user_id: int, locale: str) -> None: ...


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

    async def close(self) -> None: ...
