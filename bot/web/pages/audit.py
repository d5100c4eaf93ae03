"""The audit log (SPEC 16): every line the log channel was owed, searchable by kind, person and dates, newest
first, 50 at a time; and the same search as CSV, streamed in batches so that a long log never sits in memory.

Each entry reads as the log channel's line (cogs/_shared/log_text.py), in the reader's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.clock import now
from bot.core import audit_log
from bot.core.audit_log import KINDS, csv_header, csv_row
from bot.core.inputs import NotANumber, parse_user_id
from bot.i18n import Catalog
from bot.web.access import Need, Refusal, viewer
from bot.web.paging import PAGE, BadFilter, BadPage, keyset, page_of
from bot.web.render import page
from bot.web.site import SITE
from cogs._shared.log_text import log_text
from cogs._shared.refusals import render_refusal

routes = web.RouteTableDef()
DAY = 86_400
FILTERS = ("kind", "person", "since", "until")

# Each kind of entry in the reader's words (core.audit_log.KINDS: the stored names of the log lines).
KIND_WORDS = {
    "admitted_line": "web-audit-kind-admitted",
    "left_line": "web-audit-kind-left",
    "denied_line": "web-audit-kind-denied",
    "settings_line": "web-audit-kind-settings",
    "role_quota_line": "web-audit-kind-role-quota",
    "grant_line": "web-audit-kind-grant",
    "revoked_line": "web-audit-kind-revoked",
    "revoked_all_line": "web-audit-kind-revoked-all",
    "link_code_line": "web-audit-kind-link-code",
    "regenerated_line": "web-audit-kind-regenerated",
    "waitlist_joined_line": "web-audit-kind-waitlist-joined",
    "waitlist_invited_line": "web-audit-kind-waitlist-invited",
    "waitlist_declined_line": "web-audit-kind-waitlist-declined",
    "suspended_line": "web-audit-kind-suspended",
    "unsuspended_line": "web-audit-kind-unsuspended",
    "banned_line": "web-audit-kind-banned",
    "waiting_kicked_line": "web-audit-kind-waiting-kicked",
}


@dataclass(frozen=True)
class Search:
    kind: str | None
    person: int | None
    since: int | None  # the first second of the day typed in `since`, UTC
    until: int | None  # the last second of the day typed in `until`
    typed: dict[str, str]  # each filter as typed: the form shows it again and the page links keep it

    def asked(self) -> dict[str, Any]:
        return {"kind": self.kind, "person": self.person, "since": self.since, "until": self.until}


def _day(t: Catalog, text: str, field: str) -> int | None:
    if not text:
        return None
    try:
        return int(datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC).timestamp())
    except ValueError:
        raise BadFilter(t("web-filter-bad-date", field=field)) from None


def search_of(t: Catalog, query: Mapping[str, str]) -> Search:
    """The search the address asks for; BadFilter naming the field that is not one."""
    typed = {name: query.get(name, "").strip()[:40] for name in FILTERS}
    if typed["kind"] and typed["kind"] not in KINDS:
        raise BadFilter(t("web-filter-not-a-choice", field="kind"))
    try:
        person = parse_user_id(typed["person"], option="person") if typed["person"] else None
    except NotANumber as refused:
        raise BadFilter(render_refusal(t, refused)) from None
    since, until = _day(t, typed["since"], "since"), _day(t, typed["until"], "until")
    return Search(typed["kind"] or None, person, since, None if until is None else until + DAY - 1, typed)


@routes.get("/admin/audit")
async def audit(request: web.Request) -> web.Response:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    t = seen.t
    shown: dict[str, Any] = {"title": t("web-audit-title"), "guild_id": seen.guild_id, "viewer": seen}
    kinds = [(kind, t(KIND_WORDS[kind])) for kind in KINDS]
    typed = {name: request.query.get(name, "")[:40] for name in FILTERS}
    try:
        search, at = search_of(t, request.query), keyset(request.query)
    except (BadFilter, BadPage) as bad:
        error = bad.text if isinstance(bad, BadFilter) else t("web-filter-bad-page")
        return page(request, t, "audit.html", status=400, **shown, kinds=kinds, typed=typed, error=error)
    entries = await audit_log.search(
        site.db, guild_id=seen.guild_id, **search.asked(), before_id=at.before, after_id=at.after, limit=PAGE + 1
    )
    found = page_of(entries, at, [entry.id for entry in entries], "/admin/audit", search.typed)
    rows = [
        (entry, t(KIND_WORDS[entry.kind]), log_text(t, entry.line, entry.admission, site.catalogs))
        for entry in found.rows
    ]
    kept = {name: value for name, value in search.typed.items() if value}
    csv_link = "/admin/audit.csv" + (f"?{urlencode(kept)}" if kept else "")
    return page(
        request, t, "audit.html", **shown, kinds=kinds, typed=search.typed, rows=rows, pager=found, csv=csv_link
    )


def _csv(rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


@routes.get("/admin/audit.csv")
async def audit_csv(request: web.Request) -> web.StreamResponse:
    site = request.app[SITE]
    seen = await viewer(request, Need.ADMIN)
    try:
        search = search_of(seen.t, request.query)
    except BadFilter as bad:
        raise Refusal(400, bad.text) from None
    day = datetime.fromtimestamp(now(), UTC).strftime("%Y-%m-%d")
    response = web.StreamResponse(
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f"attachment; filename=doorman-audit-{seen.guild_id}-{day}.csv",
        }
    )
    await response.prepare(request)
    await response.write(_csv([csv_header()]))
    # Each batch is read in its own short transaction (core.audit_log.export) and sent before the next is read.
    async for batch in audit_log.export(site.db, guild_id=seen.guild_id, **search.asked()):
        await response.write(_csv(csv_row(entry) for entry in batch))
    await response.write_eof()
    return response
