"""Admissions: a newcomer redeems a code, a moderator decides, the roles follow.

An admission is a persisted state machine, so a restart or a refused Discord
call resumes instead of forgetting:

    redeem ──(approval on)──> awaiting_approval ──approve──> roles_pending ──grant──> admitted
       └────(approval off)──────────────────────────────────> roles_pending
                               awaiting_approval ──deny──> denied
               awaiting_approval / roles_pending ──newcomer gone──> left

Invariants:
- A code's `uses` equals the number of admissions made with it, and never exceeds `max_uses`.
- A newcomer has at most one open admission (awaiting_approval or roles_pending) per guild.
- Each transition happens in one transaction and only from the state it expects, so two
  moderators clicking at once produce one decision, and only one caller sees `admitted` happen.
- Failed redemptions are committed even though the redemption is refused (they feed the lockout).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from functools import partial

from bot.codes import MalformedCode, format_code, normalize_code
from bot.config import Policy
from bot.errors import Refused
from bot.inputs import matches_reservation
from bot.invites import Code, CodeStatus, find_code
from bot.settings import GuildSettings, read_settings
from bot.storage import Storage

# A burst of failed redemptions in one guild (a guessing attempt) warns moderators once per window.
GUESS_WINDOW_SECONDS = 600
GUESS_ALERT_THRESHOLD = 20


class AdmissionStatus(Enum):
    AWAITING_APPROVAL = "awaiting_approval"
    ROLES_PENDING = "roles_pending"
    ADMITTED = "admitted"
    DENIED = "denied"
    LEFT = "left"


OPEN = (AdmissionStatus.AWAITING_APPROVAL, AdmissionStatus.ROLES_PENDING)


@dataclass(frozen=True)
class Admission:
    id: int
    guild_id: int
    user_id: int
    inviter_id: int
    code: str
    code_note: str | None
    redeemed_at: int
    approval_required: bool
    status: AdmissionStatus
    decided_by: int | None
    decided_at: int | None
    reason: str | None
    admitted_at: int | None
    request_message_id: int | None
    alert_message_id: int | None

    @property
    def code_display(self) -> str:
        return format_code(self.code)


@dataclass(frozen=True)
class Newcomer:
    user_id: int
    username: str
    role_ids: frozenset[int]


@dataclass(frozen=True)
class Redemption:
    admission: Admission
    settings: GuildSettings


class WrongChannel(Refused):
    def __init__(self, welcome_channel_id: int) -> None:
        super().__init__(f"Codes are redeemed in <#{welcome_channel_id}>. Run `/redeem` there.")


class AlreadyMember(Refused):
    def __init__(self) -> None:
        super().__init__("You are already a member here; there is nothing to redeem.")


class LockedOut(Refused):
    def __init__(self, until: int) -> None:
        self.until = until
        super().__init__(f"Too many failed attempts. You can try `/redeem` again <t:{until}:R>.")


class StillWaiting(Refused):
    def __init__(self, admission: Admission) -> None:
        self.admission = admission
        if admission.status is AdmissionStatus.AWAITING_APPROVAL:
            text = "Your request is still waiting for a moderator; you will get a DM when it is decided."
        else:
            text = "You were admitted and your roles are still being granted; moderators have been alerted."
        super().__init__(text + " No code was used.")


class CodeRefused(Refused):
    """The code could not be claimed; `reason` is one of REASONS. The failed attempt was recorded."""

    REASONS = ("malformed", "unknown", "expired", "used up", "revoked", "reserved")

    def __init__(self, reason: str, attempts_left: int, locked_until: int | None, alert_guild: bool) -> None:
        self.reason = reason
        self.locked_until = locked_until
        self.alert_guild = alert_guild
        text = {
            "malformed": "That code is malformed: codes look like `7KQ2-M9XD-4HBT`, 12 letters and digits.",
            "unknown": "That code is unknown here. Check it with the person who invited you.",
            "expired": "That code has expired. Ask the person who invited you for a new one.",
            "used up": "That code is used up. Ask the person who invited you for a new one.",
            "revoked": "That code was revoked. Ask the person who invited you for a new one.",
            "reserved": "That code is reserved for someone else. Ask the person who invited you for your own.",
        }[reason]
        if locked_until is not None:
            text += f" Too many failed attempts: you can try again <t:{locked_until}:R>."
        elif attempts_left <= 2:
            text += f" {attempts_left} attempt{'s' * (attempts_left != 1)} left before a lockout."
        super().__init__(text)


class RequestNotFound(Refused):
    def __init__(self) -> None:
        super().__init__("That admission request does not exist on this server.")


class AlreadyDecided(Refused):
    def __init__(self, admission: Admission) -> None:
        self.admission = admission
        status = admission.status
        if status is AdmissionStatus.LEFT:
            text = "This request is closed: the newcomer left the server."
        elif admission.decided_by is None:
            text = "This request needs no decision."
        else:
            verb = "denied" if status is AdmissionStatus.DENIED else "approved"
            text = f"This request was already {verb} by <@{admission.decided_by}> <t:{admission.decided_at}:R>."
        super().__init__(text)


_ADMISSION_SELECT = (
    "SELECT a.id, a.guild_id, a.user_id, a.inviter_id, c.code, c.note, a.redeemed_at, a.approval_required,"
    " a.status, a.decided_by, a.decided_at, a.reason, a.admitted_at, a.request_message_id, a.alert_message_id"
    " FROM admissions a JOIN codes c ON c.id = a.code_id"
)


def _admission(row: sqlite3.Row) -> Admission:
    values = list(row)
    values[7] = bool(values[7])
    values[8] = AdmissionStatus(values[8])
    return Admission(*values)


def _get(conn: sqlite3.Connection, admission_id: int) -> Admission | None:
    row = conn.execute(_ADMISSION_SELECT + " WHERE a.id = ?", (admission_id,)).fetchone()
    return None if row is None else _admission(row)


def _get_in_guild(conn: sqlite3.Connection, guild_id: int, admission_id: int) -> Admission:
    """The admission, or RequestNotFound: also when it belongs to another guild."""
    admission = _get(conn, admission_id)
    if admission is None or admission.guild_id != guild_id:
        raise RequestNotFound()
    return admission


async def redeem(
    storage: Storage,
    *,
    guild_id: int,
    channel_id: int,
    newcomer: Newcomer,
    code_text: str,
    defaults: Policy,
    now: int,
) -> Redemption:
    """Claim a code for a newcomer, checking in the order of SPEC section 4, in one transaction.

    Raises a Refused subclass; a CodeRefused has been recorded toward the lockout.
    """
    outcome = await storage.transaction(
        partial(
            claim_code,
            guild_id=guild_id,
            channel_id=channel_id,
            newcomer=newcomer,
            code_text=code_text,
            defaults=defaults,
            now=now,
        )
    )
    if isinstance(outcome, Refused):
        raise outcome
    return outcome


def claim_code(
    conn: sqlite3.Connection,
    *,
    guild_id: int,
    channel_id: int,
    newcomer: Newcomer,
    code_text: str,
    defaults: Policy,
    now: int,
) -> Redemption | Refused:
    """redeem()'s transaction. A refusal is returned, not raised, so the failed attempt it records commits."""
    settings = read_settings(conn, guild_id, defaults).require_setup()
    assert settings.welcome_channel_id is not None
    if channel_id != settings.welcome_channel_id:
        return WrongChannel(settings.welcome_channel_id)
    if settings.member_role_id in newcomer.role_ids:
        return AlreadyMember()
    locked = conn.execute(
        "SELECT locked_until FROM lockouts WHERE guild_id = ? AND user_id = ? AND locked_until > ?",
        (guild_id, newcomer.user_id, now),
    ).fetchone()
    if locked:
        return LockedOut(locked["locked_until"])
    waiting = conn.execute(
        _ADMISSION_SELECT + " WHERE a.guild_id = ? AND a.user_id = ? AND a.status IN (?, ?)",
        (guild_id, newcomer.user_id, *(status.value for status in OPEN)),
    ).fetchone()
    if waiting:
        return StillWaiting(_admission(waiting))

    code = _claimable_code(conn, guild_id, newcomer, code_text, now)
    if isinstance(code, str):
        return _record_failure(conn, settings, newcomer.user_id, code, now)
    conn.execute("UPDATE codes SET uses = uses + 1 WHERE id = ?", (code.id,))
    status = AdmissionStatus.AWAITING_APPROVAL if settings.policy.approval else AdmissionStatus.ROLES_PENDING
    cursor = conn.execute(
        "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (guild_id, code.id, newcomer.user_id, code.inviter_id, now, settings.policy.approval, status.value),
    )
    conn.execute("DELETE FROM redeem_failures WHERE guild_id = ? AND user_id = ?", (guild_id, newcomer.user_id))
    conn.execute("DELETE FROM lockouts WHERE guild_id = ? AND user_id = ?", (guild_id, newcomer.user_id))
    assert cursor.lastrowid is not None
    admission = _get(conn, cursor.lastrowid)
    assert admission is not None
    return Redemption(admission, settings)


def _claimable_code(
    conn: sqlite3.Connection, guild_id: int, newcomer: Newcomer, code_text: str, now: int
) -> Code | str:
    """The code the newcomer may claim now, or the CodeRefused reason why not."""
    try:
        canonical = normalize_code(code_text)
    except MalformedCode:
        return "malformed"
    code = find_code(conn, guild_id, canonical)
    if code is None:
        return "unknown"
    status = code.status(now)
    if status is CodeStatus.REVOKED:
        return "revoked"
    if status is CodeStatus.USED:
        return "used up"
    if status is CodeStatus.EXPIRED:
        return "expired"
    if code.for_user is not None and not matches_reservation(code.for_user, newcomer.user_id, newcomer.username):
        return "reserved"
    return code


def _record_failure(
    conn: sqlite3.Connection, settings: GuildSettings, user_id: int, reason: str, now: int
) -> CodeRefused:
    guild_id, policy = settings.guild_id, settings.policy
    window = policy.lockout_minutes * 60
    conn.execute("INSERT INTO redeem_failures (guild_id, user_id, at) VALUES (?, ?, ?)", (guild_id, user_id, now))
    # Old rows are dead weight for both counts below.
    conn.execute(
        "DELETE FROM redeem_failures WHERE guild_id = ? AND at <= ?",
        (guild_id, now - max(window, GUESS_WINDOW_SECONDS)),
    )
    failures = conn.execute(
        "SELECT COUNT(*) FROM redeem_failures WHERE guild_id = ? AND user_id = ? AND at > ?",
        (guild_id, user_id, now - window),
    ).fetchone()[0]
    locked_until = None
    if failures >= policy.redeem_attempts:
        locked_until = now + window
        conn.execute(
            "INSERT INTO lockouts (guild_id, user_id, locked_until) VALUES (?, ?, ?)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET locked_until = excluded.locked_until",
            (guild_id, user_id, locked_until),
        )
        conn.execute("DELETE FROM redeem_failures WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))
    return CodeRefused(
        reason,
        attempts_left=max(0, policy.redeem_attempts - failures),
        locked_until=locked_until,
        alert_guild=_should_alert_guessing(conn, guild_id, now),
    )


def _should_alert_guessing(conn: sqlite3.Connection, guild_id: int, now: int) -> bool:
    since = now - GUESS_WINDOW_SECONDS
    recent = conn.execute(
        "SELECT COUNT(*) FROM redeem_failures WHERE guild_id = ? AND at > ?", (guild_id, since)
    ).fetchone()[0]
    if recent < GUESS_ALERT_THRESHOLD:
        return False
    claimed = conn.execute(
        "INSERT INTO guessing_alerts (guild_id, alerted_at) VALUES (?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET alerted_at = excluded.alerted_at"
        " WHERE guessing_alerts.alerted_at <= ?",
        (guild_id, now, since),
    )
    return claimed.rowcount == 1


async def decide(
    storage: Storage,
    *,
    guild_id: int,
    admission_id: int,
    moderator_id: int,
    approve: bool,
    reason: str | None,
    now: int,
) -> Admission:
    """Approve (-> roles_pending) or deny a request awaiting approval; exactly one decision wins."""

    def transition(conn: sqlite3.Connection) -> Admission:
        admission = _get_in_guild(conn, guild_id, admission_id)
        if admission.status is not AdmissionStatus.AWAITING_APPROVAL:
            raise AlreadyDecided(admission)
        status = AdmissionStatus.ROLES_PENDING if approve else AdmissionStatus.DENIED
        conn.execute(
            "UPDATE admissions SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ?",
            (status.value, moderator_id, now, None if approve else reason, admission_id),
        )
        decided = _get(conn, admission_id)
        assert decided is not None
        return decided

    return await storage.transaction(transition)


async def get_admission(storage: Storage, *, guild_id: int, admission_id: int) -> Admission:
    """One admission of the guild, or RequestNotFound (also for another guild's)."""

    def read(conn: sqlite3.Connection) -> Admission:
        return _get_in_guild(conn, guild_id, admission_id)

    return await storage.transaction(read)


async def finish(storage: Storage, *, admission_id: int, status: AdmissionStatus, now: int) -> Admission | None:
    """Move an open admission to `admitted` or `left`; None if another caller already moved it."""
    if status not in (AdmissionStatus.ADMITTED, AdmissionStatus.LEFT):
        raise ValueError(f"finish() ends an admission as admitted or left, not {status.value}")
    expected = (AdmissionStatus.ROLES_PENDING,) if status is AdmissionStatus.ADMITTED else OPEN

    def transition(conn: sqlite3.Connection) -> Admission | None:
        changed = conn.execute(
            "UPDATE admissions SET status = ?, admitted_at = CASE WHEN ? = 'admitted' THEN ? END"
            " WHERE id = ? AND status IN (" + ", ".join("?" * len(expected)) + ")",
            (status.value, status.value, now, admission_id, *(s.value for s in expected)),
        )
        return _get(conn, admission_id) if changed.rowcount == 1 else None

    return await storage.transaction(transition)


async def remember_message(
    storage: Storage, *, admission_id: int, request: int | None = None, alert: int | None = None
) -> None:
    """Record the moderator-channel message posted for a request or a roles-pending alert."""

    def save(conn: sqlite3.Connection) -> None:
        if request is not None:
            conn.execute("UPDATE admissions SET request_message_id = ? WHERE id = ?", (request, admission_id))
        if alert is not None:
            conn.execute("UPDATE admissions SET alert_message_id = ? WHERE id = ?", (alert, admission_id))

    await storage.transaction(save)


async def open_admissions(storage: Storage, *, guild_id: int | None = None) -> list[Admission]:
    """Open admissions (one guild's, or every guild's), oldest first."""

    def read(conn: sqlite3.Connection) -> list[Admission]:
        sql = _ADMISSION_SELECT + " WHERE a.status IN (?, ?)"
        params: list[object] = [status.value for status in OPEN]
        if guild_id is not None:
            sql += " AND a.guild_id = ?"
            params.append(guild_id)
        return [_admission(row) for row in conn.execute(sql + " ORDER BY a.id", params)]

    return await storage.transaction(read)


@dataclass(frozen=True)
class Lineage:
    """Who vouched for a member and whom they vouched for."""

    admissions: list[Admission]  # the member's own admissions, newest first
    invited: list[Admission]  # admissions made with the member's codes, newest first


async def lineage(storage: Storage, *, guild_id: int, user_id: int) -> Lineage:
    """The member's admission history and the admissions they vouched for."""

    def read(conn: sqlite3.Connection) -> Lineage:
        own = conn.execute(
            _ADMISSION_SELECT + " WHERE a.guild_id = ? AND a.user_id = ? ORDER BY a.id DESC",
            (guild_id, user_id),
        )
        invited = conn.execute(
            _ADMISSION_SELECT + " WHERE a.guild_id = ? AND a.inviter_id = ? ORDER BY a.id DESC",
            (guild_id, user_id),
        )
        return Lineage([_admission(row) for row in own], [_admission(row) for row in invited])

    return await storage.transaction(read)
