"""dashboard_pages_p95: each dashboard page served over HTTP in a guild of 1,000,000 codes, p95 in milliseconds,
on SQLite and PostgreSQL (SPEC 16: "each page served in 200 ms at p95 with 1M codes").

The real application (bot.web.app.make_app) is served by aiohttp on 127.0.0.1 (a TCP server on a free port) and
asked by an aiohttp client holding a signed session cookie, as a browser would: each time is the request sent to
the last byte of the page read, through the session middleware, access, settings, the core's reads, Jinja and the
SVG drawings. The client runs in the server's event loop, so its own work is counted too (a little above a
browser's). Discord's side is a stand-in, `Instant`, answering `People.member` at once: a real request costs one
REST call to Discord for the member's current roles (none with the members intent, whose cache answers), which
no page can avoid and no query or index can change: it is Discord's round trip, not the dashboard's work, and is
left out. The clock is held at fixtures.NOW, where the data lives.

The database is dashboard_queries.build's (its codes, admissions, bans and audit log) with what the pages show on
top, made by the core where it has a way (`populate`): 120 open requests awaiting approval, 120 people on the
waitlist, a member with 1,000 codes (a third redeemed) and a vouch tree of 1,364 people five levels deep under a
member with a chain of 5 above. Both figures, dashboard_p95 (the reads alone) and this one, are measured on it,
the reads first; the same rows are copied to PostgreSQL by copy-db. SQLite's copy has no statistics, as a served
one has none (the bot never runs ANALYZE); PostgreSQL's is analyzed, as its autovacuum does.

Each page is asked once (cold: shown as first_call_ms) and then `samples` times, with parameters drawn at random
where there are any (an inviter, a page deep in the list). The one POST, Approve on a request of the queue, ends
at its 303 (a different request each time). The figure is the worst p95 of them all. Beside each page's, the p95
of this process's CPU time per request (`cpu_p95_ms`: the server, SQLite's thread and the client; PostgreSQL's own
work is done in its server, not counted there): on a busy shared machine the wall time also waits for the other
processes' turns, the CPU time does not.

The audit CSV is a download, not a page: it streams every entry asked for, so its whole time grows with what is
asked. Its time to the first byte is in the figure; the whole of a bounded export, one day's entries (about 5,500
lines at 1M codes), is reported beside it (`export`: p95, lines, ms per 1,000 lines), without a target.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest.mock import patch

from aiohttp import ClientSession, DummyCookieJar
from aiohttp.test_utils import TestServer

from bot.core.admissions import AdmissionStatus, open_admissions
from bot.core.codes import CodeStatus
from bot.core.people import Member, Newcomer
from bot.core.policy import Policy
from bot.core.redemptions import redeem
from bot.core.settings import update_settings
from bot.core.waitlist_joining import join
from bot.i18n import Catalogs
from bot.store import DatabaseTarget, open_database
from bot.web.answers import NOTICE
from bot.web.app import make_app
from bot.web.sessions import COOKIE, FLASH_COOKIE, SESSION_SECONDS, Session, csrf_token, seal, unseal_text
from bot.web.site import Site
from tests.postgres_server import Server

from . import dashboard_queries
from .fixtures import DAY, GUILD, MEMBER_ROLE, NOW, WELCOME, Loaded, drop_postgres, on_postgres, random_code
from .tree import chain_and_tree

SECRET = b"the benchmark's secret, long enough to sign sessions"
VIEWER = 60_000_000  # an admin, moderator and member: every page is theirs; they hold HEAVY_CODES codes
HEAVY_CODES = 1_000
MODERATOR = 7  # dashboard_queries.lived_in's: named in a tenth of the audit log
REQUESTS, WAITING = 120, 120  # open requests awaiting approval, people on the waitlist
TREE_TOP = 50_000_001  # a chain of 5 from here down to TREE_MEMBER, under whom a tree of width 4 and depth 5
TREE_MEMBER, TREE_WIDTH, TREE_DEPTH = TREE_TOP + 5, 4, 5
CSV_DAY = NOW - 30 * DAY  # the bounded export: one day's entries
EXPORT, FIRST_BYTE = "/admin/audit.csv (a day) whole", "/admin/audit.csv (a day) first byte"


class Instant:
    """Discord's people as the dashboard asks for them, answered at once: everyone is in the guild and the viewer
    may do everything; no names are known (pages show IDs)."""

    async def member(self, guild_id: int, user_id: int) -> Member | None:
        roles = frozenset({MEMBER_ROLE})
        return Member(user_id, roles, manages_server=user_id == VIEWER, manages_roles=user_id == VIEWER)

    def name(self, guild_id: int, user_id: int) -> str | None:
        return None

    def guild_name(self, guild_id: int) -> str | None:
        return "Benchmark"

    def guild_locale(self, guild_id: int) -> str | None:
        return "en-US"

    async def require_person(self, user_id: int) -> None:
        return None

    def role_name(self, guild_id: int, role_id: int) -> str | None:
        return None

    def channel_name(self, guild_id: int, channel_id: int) -> str | None:
        return None


def _rows(path: Path, codes: int, rng: random.Random) -> None:
    """The viewer's codes, a third of them redeemed, and the vouch tree: codes and admissions as bulk_load's."""
    pairs, _ = chain_and_tree(TREE_TOP, TREE_MEMBER, TREE_WIDTH, TREE_DEPTH)
    pairs += [(VIEWER, VIEWER + 1 + i if i % 3 == 0 else 0) for i in range(HEAVY_CODES)]  # 0: not redeemed
    code_rows, admissions = [], []
    for index, (inviter, user_id) in enumerate(pairs, start=codes + 1):
        created = NOW - rng.randrange(60 * DAY)
        code_rows.append((index, GUILD, random_code(rng), inviter, 1, int(user_id > 0), created, NOW + 30 * DAY))
        if user_id:
            admissions.append((GUILD, index, user_id, inviter, created + 60, 0, "admitted", created + 60))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")  # a bulk load, not a measurement
    with conn:
        conn.executemany(
            "INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            code_rows,
        )
        conn.executemany(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required,"
            " status, admitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            admissions,
        )
    conn.close()


async def _through_the_core(path: Path, loaded: Loaded) -> None:
    """Open requests (approval on, codes redeemed) and waitlist entries, as the bot's commands make them."""
    db = await open_database(path)
    try:
        await update_settings(db, GUILD, Policy(), {"approval": True}, by=1, command="policy", now=NOW - DAY)
        for i, code in enumerate(loaded.unused_codes[-REQUESTS:]):  # dashboard_queries draws from the front
            person = Newcomer(user_id=70_000_000 + i, username=f"r{i}", role_ids=frozenset())
            await redeem(
                db, guild_id=GUILD, channel_id=WELCOME, newcomer=person, code_text=code, defaults=Policy(), now=NOW - i
            )
        for i in range(WAITING):
            person = Newcomer(user_id=80_000_000 + i, username=f"w{i}", role_ids=frozenset())
            about = f"Hello, I am w{i} and a friend told me about this server."
            await join(
                db, guild_id=GUILD, channel_id=WELCOME, person=person, about=about, defaults=Policy(), now=NOW - i
            )
    finally:
        await db.close()


def populate(loaded: Loaded, codes: int) -> None:
    """What the pages show on top of dashboard_queries.build's guild (see the module's docstring)."""
    _rows(loaded.path, codes, random.Random(23))
    asyncio.run(_through_the_core(loaded.path, loaded))
    conn = sqlite3.connect(loaded.path)
    # The bot never runs ANALYZE: without bulk_load's statistics SQLite plans as it does on a served database (its
    # plans with them hid a read of every admission of the guild on the queue). PostgreSQL's autovacuum does
    # analyze: its copy is analyzed (fixtures.on_postgres).
    conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
    conn.execute("DROP TABLE IF EXISTS sqlite_stat4")
    conn.close()


Address = Callable[[random.Random], str]
Timed = dict[str, list["Took"]]


def pages(loaded: Loaded, codes: int) -> dict[str, Address]:
    """Each page asked, by name, and its address (drawn anew for each sample where it has a parameter)."""
    inviters = loaded.inviters

    def fixed(path: str) -> Address:
        return lambda rng: path

    asked: dict[str, Address] = {
        "/": fixed("/"),
        "/codes": fixed("/codes"),
        "/queue": fixed("/queue"),
        "/waitlist": fixed("/waitlist"),
        "/admin/settings": fixed("/admin/settings"),
        "/admin/codes": fixed("/admin/codes"),
    }
    for status in CodeStatus:
        asked[f"/admin/codes?status={status.value}"] = fixed(f"/admin/codes?status={status.value}")
    asked |= {
        "/admin/codes?inviter=": lambda rng: f"/admin/codes?inviter={rng.choice(inviters)}",
        "/admin/codes?before= (deep)": lambda rng: f"/admin/codes?before={rng.randrange(2, codes // 2)}",
        "/admin/tree?member=&depth=5": fixed(f"/admin/tree?member={TREE_MEMBER}&depth=5"),
        "/admin/audit": fixed("/admin/audit"),
        "/admin/audit?person=": fixed(f"/admin/audit?person={MODERATOR}"),
        "/admin/charts?days=90": fixed("/admin/charts?days=90"),
    }
    return asked


@dataclass(frozen=True)
class Took:
    first: float  # seconds to the body's first byte
    whole: float  # seconds to its last
    cpu: float  # seconds of this process's CPU meanwhile (every thread: the server, SQLite's, the client)
    lines: int


async def _get(client: ClientSession, path: str) -> Took:
    """A page that must answer 200, read whole."""
    started, cpu = time.perf_counter(), time.process_time()
    async with client.get(path, allow_redirects=False) as response:
        body = await response.content.readany()
        first = time.perf_counter() - started
        body += await response.read()
        whole = time.perf_counter() - started
        assert response.status == 200, (path, response.status)
    return Took(first, whole, time.process_time() - cpu, body.count(b"\n"))


async def _approve(client: ClientSession, admission_id: int, token: str) -> Took:
    started, cpu = time.perf_counter(), time.process_time()
    async with client.post(f"/queue/{admission_id}/approve", data={"csrf": token}, allow_redirects=False) as response:
        await response.read()
        said = unseal_text(response.cookies[FLASH_COOKIE].value, SECRET) or ""
        assert response.status == 303 and said.startswith(NOTICE), (admission_id, said)  # approved, not refused
    whole = time.perf_counter() - started
    return Took(whole, whole, time.process_time() - cpu, 0)


async def _awaiting(db_target: DatabaseTarget) -> list[int]:
    db = await open_database(db_target)
    try:
        found = await open_admissions(db, guild_id=GUILD)
    finally:
        await db.close()
    return [a.id for a in found if a.status is AdmissionStatus.AWAITING_APPROVAL]


async def timings(target: DatabaseTarget, loaded: Loaded, codes: int, samples: int, catalogs: Catalogs) -> Timed:
    """Each page's times: the first request first, then `samples` more."""
    to_approve = (await _awaiting(target))[: samples + 1]
    db = await open_database(target)
    site = Site(db, Policy(), catalogs, SECRET, "http://127.0.0.1", Instant())
    server = TestServer(make_app(site), host="127.0.0.1")
    sealed = seal(Session(GUILD, VIEWER, "en", NOW + SESSION_SECONDS), SECRET)
    took: dict[str, list[Took]] = {}
    try:
        await server.start_server()
        headers = {"Cookie": f"{COOKIE}={sealed}"}
        async with ClientSession(server.make_url(""), headers=headers, cookie_jar=DummyCookieJar()) as client:
            for name, path in pages(loaded, codes).items():
                rng = random.Random(name)
                took[name] = [await _get(client, path(rng)) for _ in range(samples + 1)]
            day = datetime.fromtimestamp(CSV_DAY, UTC).strftime("%Y-%m-%d")
            took[EXPORT] = [await _get(client, f"/admin/audit.csv?since={day}&until={day}") for _ in range(samples + 1)]
            token = csrf_token(sealed, SECRET)
            took["POST /queue/{id}/approve"] = [await _approve(client, found, token) for found in to_approve]
    finally:
        await server.close()
        await db.close()
    return took


def summary(timed: dict[str, Timed], codes: int, samples: int) -> dict[str, Any]:
    """dashboard_pages_p95 from each database's `timings`: the worst p95 among the pages, in milliseconds, each
    page's on each database (and its CPU time's), and the whole export beside them."""
    wall: dict[str, dict[str, list[float]]] = {}
    cpu: dict[str, dict[str, float]] = {}
    export: dict[str, dict[str, Any]] = {}
    for side, took in timed.items():
        wall[side] = {name: [t.whole for t in each] for name, each in took.items() if name != EXPORT}
        wall[side][FIRST_BYTE] = [t.first for t in took[EXPORT]]
        cpu[side] = {name: dashboard_queries.p95_ms([t.cpu for t in each[1:]]) for name, each in took.items()}
        lines = took[EXPORT][0].lines - 1  # the header
        whole = dashboard_queries.p95_ms([t.whole for t in took[EXPORT][1:]])
        export[side] = {"p95_ms": whole, "lines": lines, "ms_per_1000_lines": round(whole * 1000 / max(1, lines), 1)}
    figure = dashboard_queries.summary(wall, codes, samples)
    figure["cpu_p95_ms"] = cpu
    figure["export"] = export
    figure["excluded"] = "People.member: Discord's round trip for the member's roles"
    return figure


def measure(server: Server | None, codes: int, samples: int) -> dict[str, Any]:
    """dashboard_p95 and dashboard_pages_p95, on one database built for both (and its copy on `server`)."""
    catalogs = Catalogs.load()
    with tempfile.TemporaryDirectory(prefix="doorman-dashboard-") as folder:
        loaded = dashboard_queries.build(Path(folder), codes)
        populate(loaded, codes)
        targets: dict[str, DatabaseTarget] = {"sqlite": loaded.path}
        url = None if server is None else asyncio.run(on_postgres(server, loaded.path))  # before SQLite's caches
        if url is not None:
            targets["postgres"] = url
        reads, served = {}, {}
        try:
            with patch("discord.utils.utcnow", return_value=datetime.fromtimestamp(NOW, UTC)):
                for side, target in targets.items():
                    reads[side] = asyncio.run(dashboard_queries.timings(target, loaded, samples))
                    served[side] = asyncio.run(timings(target, loaded, codes, samples, catalogs))
        finally:
            if server is not None and url is not None:
                asyncio.run(drop_postgres(server, url))
    return {
        "dashboard_p95": dashboard_queries.summary(reads, codes, samples),
        "dashboard_pages_p95": summary(served, codes, samples),
    }


if __name__ == "__main__":
    import json
    import sys

    from tests import postgres_server

    size, count = int(sys.argv[1]), int(sys.argv[2])
    pg = postgres_server.start(durable=True)
    try:
        print(json.dumps(measure(pg, size, count), indent=2))
    finally:
        pg.stop()
