"""The gate's tables (SPEC sections 2 to 6): settings, codes, quotas, admissions and failed attempts."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any, Protocol

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.code_search import CodeFilter
from bot.core.codes import Code, CodeKind, Reservation
from bot.core.holds import Hold
from bot.core.posts import Posted
from bot.core.questions import Answer
from bot.core.quotas import RoleQuota, Spending


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

    async def spending(self, guild_id: int, inviter_id: int, since: int) -> list[Spending]:
        """The inviter's codes that spend quota (members' codes) created after `since`: what their window holds."""
        ...

    async def created_since(self, guild_id: int, inviter_id: int, since: int) -> list[Code]:
        """The inviter's codes created after `since` (what their quota window holds)."""
        ...

    async def listing(self, guild_id: int, inviter_id: int | None) -> list[Code]:
        """The guild's codes (or one inviter's), each with the IDs of those who redeemed it, in redemption order."""
        ...

    async def page(
        self,
        guild_id: int,
        filter: CodeFilter,
        *,
        now: int,
        before_id: int | None,
        limit: int,
        after_id: int | None = None,
    ) -> list[Code]:
        """The guild's codes passing `filter` at `now`, newest first, with IDs below `before_id`; at most `limit`.
        With `after_id`, the `limit` just above it instead (the page before, when paging back), newest first."""
        ...

    async def redeemers(self, guild_id: int, code_ids: Sequence[int]) -> dict[int, list[int]]:
        """Who redeemed each of these codes of the guild, in redemption order."""
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
        has_avatar: bool | None,
        holds: tuple[Hold, ...],
        came_back: bool,
        answers: tuple[Answer, ...] = (),
    ) -> Admission: ...

    async def get(self, admission_id: int) -> Admission | None: ...

    async def many(self, admission_ids: Sequence[int]) -> list[Admission]:
        """The admissions with these IDs, in any order (those that exist)."""
        ...

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
        ...

    async def record_failure(self, guild_id: int, user_id: int, *, at: int, forget_before: int) -> None:
        """Record a failed attempt, and forget the guild's failures from before `forget_before`."""
        ...

    async def failures_since(self, guild_id: int, user_id: int | None, *, since: int) -> int:
        """Failed attempts after `since` by the user (None: by anyone in the guild)."""
        ...

    async def lock(self, guild_id: int, user_id: int, *, until: int) -> None:
        """Lock the user out until `until`; their failures so far are forgotten."""
        ...

    async def clear(self, guild_id: int, user_id: int) -> None:
        """Forget the user's failures and lockout (after a successful redemption)."""
        ...

    async def claim_guessing_alert(self, guild_id: int, *, now: int, quiet_since: int) -> bool:
        """Record an alert at `now` unless one was recorded after `quiet_since`; whether this one was."""
        ...
