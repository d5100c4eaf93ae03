"""The audit log (SPEC section 16): every line the bot wrote, or would have written, to a guild's log channel.

core.deliveries.log keeps each line as it is owed (with or without a log channel), under its stored kind and
payload (core.owed.encode), with the people it names. Admins search it and export it as CSV.

Entries are read newest first, by time and then ID (the order they were written in, but for clocks that differ
between processes), paged by keyset (`before_id`: the last entry of the page before), so a page costs the same
however long the log is.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.core.codes import format_code
from bot.core.log_lines import AdmittedLine, DeniedLine, LeftLine, LogLine, RegeneratedLine
from bot.core.owed import KINDS as OWED_KINDS
from bot.core.owed import Owed, admission_of, decode, encode

if TYPE_CHECKING:
    from bot.core.admissions import Admission
    from bot.core.repositories import Database, Transaction

# The kinds a search may filter by: the stored names of the log lines (core.owed.kind_of).
KINDS: tuple[str, ...] = tuple(kind for kind, cls in OWED_KINDS.items() if issubclass(cls, LogLine))
MAX_LIMIT = 1000


@dataclass(frozen=True)
class AuditQuery:
    """What a search asks for: entries of one kind, naming one person, at or after `since`, at or before `until`
    (each None: any)."""

    kind: str | None = None
    person: int | None = None
    since: int | None = None
    until: int | None = None


@dataclass(frozen=True)
class StoredEntry:
    """An entry as the database holds it."""

    id: int
    at: int
    kind: str
    payload: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: int
    kind: str
    line: LogLine
    admission: Admission | None  # for a line about an admission: that admission, as it is now


class UnknownKind(ValueError):
    """A search for a kind of entry that does not exist (KINDS lists those that do): the caller's mistake, since
    a page offers only KINDS and checks what comes back in its form (bot/web/pages/audit.py)."""


async def search(
    db: Database,
    *,
    guild_id: int,
    kind: str | None = None,
    person: int | None = None,
    since: int | None = None,
    until: int | None = None,
    before_id: int | None = None,
    limit: int = 50,
    after_id: int | None = None,
) -> list[AuditEntry]:
    """The guild's entries that match, newest first: at most `limit`, with IDs below `before_id` if given. With
    `after_id`, the `limit` entries just above it (the page before, when paging back toward the newest)."""
    query = _query(kind, person, since, until)

    async def read(tx: Transaction) -> list[AuditEntry]:
        return await _page(tx, guild_id, query, before_id, max(1, min(limit, MAX_LIMIT)), after_id)

    return await db.transaction(read)


async def export(
    db: Database,
    *,
    guild_id: int,
    kind: str | None = None,
    person: int | None = None,
    since: int | None = None,
    until: int | None = None,
    batch: int = 1000,
) -> AsyncIterator[list[AuditEntry]]:
    """Every matching entry, newest first, in batches: each read in its own short transaction, so that a large
    export never holds one open (entries logged meanwhile are newer than the first batch: not included)."""
    query = _query(kind, person, since, until)
    before_id: int | None = None
    while True:

        async def read(tx: Transaction, before: int | None = before_id) -> list[AuditEntry]:
            return await _page(tx, guild_id, query, before, max(1, min(batch, MAX_LIMIT)))

        entries = await db.transaction(read)
        if not entries:
            return
        yield entries
        before_id = entries[-1].id


def _query(kind: str | None, person: int | None, since: int | None, until: int | None) -> AuditQuery:
    if kind is not None and kind not in KINDS:
        raise UnknownKind(kind)
    return AuditQuery(kind, person, since, until)


async def _page(
    tx: Transaction, guild_id: int, query: AuditQuery, before_id: int | None, limit: int, after_id: int | None = None
) -> list[AuditEntry]:
    stored = await tx.audit_log.search(guild_id, query, before_id=before_id, limit=limit, after_id=after_id)
    lines = [(entry, decode(entry.kind, entry.payload)) for entry in stored]
    wanted = {admission_id for _, line in lines if (admission_id := admission_of(line)) is not None}
    admissions = {admission.id: admission for admission in await tx.admissions.many(sorted(wanted))}
    entries = []
    for entry, line in lines:
        assert isinstance(line, LogLine)
        admission_id = admission_of(line)
        admission = None if admission_id is None else admissions.get(admission_id)
        entries.append(AuditEntry(entry.id, entry.at, entry.kind, line, admission))
    return entries


def csv_header() -> list[str]:
    """The columns of the CSV export (csv_row)."""
    return ["id", "time", "kind", "by", "person", "inviter", "code", "details"]


def csv_row(entry: AuditEntry) -> list[str]:
    """One entry as CSV cells: its ID, its time (ISO 8601, UTC), its kind, who acted, whom it is about, their
    inviter, the code, and the line's other facts as compact JSON. Every cell is safe to open in a spreadsheet."""
    assert isinstance(entry.line, Owed)  # every LogLine is one of the kinds
    facts = json.loads(encode(entry.line)[1])
    by = facts.pop("by", None)
    person = facts.pop("user_id", None)
    inviter = facts.pop("inviter_id", None)
    code = facts.pop("code", None)
    if isinstance(entry.line, RegeneratedLine):
        code = facts.pop("new")
    admission = entry.admission
    if admission is not None:
        if isinstance(entry.line, AdmittedLine | DeniedLine | LeftLine):
            by = admission.decided_by
        person = admission.user_id if person is None else person
        inviter = admission.inviter_id if inviter is None else inviter
        code = format_code(admission.code) if code is None else code
        if admission.reason is not None:
            facts.setdefault("reason", admission.reason)
    at = datetime.fromtimestamp(entry.at, UTC).isoformat().replace("+00:00", "Z")
    details = json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return [_safe(cell) for cell in (str(entry.id), at, entry.kind, _text(by), _text(person), _text(inviter),
                                     _text(code), details)]  # fmt: skip


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _safe(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting with what would make it a formula gets a quote first."""
    return "'" + cell if cell.startswith(("=", "+", "-", "@", "\t", "\r")) else cell
