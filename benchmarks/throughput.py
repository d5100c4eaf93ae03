"""Doorman's transaction helper under 100 concurrent tasks against raw sqlite3 committing one at a time.

Both sides run the very same transaction functions (claim_code, create_code_in) over the same SQLite
repositories, on databases set up the same way, at the same durability: WAL, synchronous=FULL. The raw
side is one thread doing BEGIN IMMEDIATE, the work, COMMIT for each transaction in turn
(fixtures.raw_transaction), so it pays one durable commit each. Doorman's side is its public entry points
(`open_database`, then the core use cases `redemptions.redeem` and `invites.create_code`) called by 100
asyncio tasks at once, as interactions would: whatever its transaction helper does with them (one at a
time, or several per commit) is what is measured.

Which side runs first alternates by round (raw in odd rounds, Doorman in even), so neither always
meets a cold disk or a warm one. Each round uses fresh databases.

Each side's result is checked as well as timed:
- redeem: every code used exactly once, by the newcomer who redeemed it;
- create: each member attempts ATTEMPTS codes against a quota of QUOTA, so some transactions fail
  (QuotaExhausted, rolled back) among others that succeed; afterwards every member holds exactly QUOTA
  codes. Fewer would mean a failing transaction took others' work down with it, more a quota overrun.
And once per kind, outside the timing: nobody is answered before their COMMIT. As each call returns to
its task, a second connection (which sees only committed data) must already see what it wrote.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bot.core import invites, redemptions
from bot.core.codes import generate_code
from bot.core.invites import create_code_in
from bot.core.people import Member
from bot.core.policy import Policy
from bot.core.redemptions import Redemption, claim_code
from bot.core.refusals import Refused
from bot.core.repositories import Database
from bot.store import DatabaseTarget, open_database

from .fixtures import GUILD, MEMBER_ROLE, NOW, bulk_load, configured, raw_connection, raw_transaction, redemption

TASKS = 100
QUOTA, ATTEMPTS = 10, 12  # per member, for create
FIRST_NEWCOMER = 50_000_000

RawWork = Callable[[Any, int], Any]  # (tx, i) -> the transaction's coroutine
DoormanWork = Callable[[Database, int], Any]  # (db, i) -> the use case's coroutine


def _member(i: int) -> Member:
    return Member(user_id=200_000 + i // ATTEMPTS, role_ids=frozenset({MEMBER_ROLE}), manages_server=False)


def _raw(path: Path, count: int, work: RawWork) -> float:
    conn = raw_connection(path)
    started = time.perf_counter()
    for i in range(count):
        with contextlib.suppress(Refused):  # rolled back, as Doorman rolls back a refused create
            raw_transaction(conn, work, i)
    elapsed = time.perf_counter() - started
    conn.close()
    return count / elapsed


async def doorman_rate(
    target: DatabaseTarget,
    count: int,
    work: DoormanWork,
    after: Callable[[int, Any], None] | None = None,
    failed: Counter[str] | None = None,
) -> float:
    """Operations per second with TASKS tasks taking `count` operations from one queue.
    `after(i, result)` runs as each call returns, before its task does anything else. With `failed`, an
    operation that raises (other than a refusal) is counted there by its error, as a person would see it
    fail, and the others go on; without it, the error propagates."""
    db = await open_database(target)
    queue: Iterator[int] = iter(range(count))

    async def worker() -> None:
        for i in queue:
            try:
                result = await work(db, i)
            except Refused as refused:
                result = refused
            except Exception as error:
                if failed is None:
                    raise
                failed[failure(error)] += 1
                continue
            if after is not None:
                after(i, result)

    try:
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(TASKS)))
        elapsed = time.perf_counter() - started
    finally:
        await db.close()
    return count / elapsed


def failure(error: BaseException) -> str:
    """An operation's error, named by its type and first line."""
    lines = str(error).splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def measure_redeem(count: int, rounds: int) -> dict[str, Any]:
    return _compare("redeem", count, rounds)


def measure_create(count: int, rounds: int) -> dict[str, Any]:
    return _compare("create", count, rounds)


def prepare(kind: str, path: Path, count: int, loaded: int | None = None) -> list[str]:
    """A configured database at `path` holding `loaded` codes (for redeem, by default twice `count`; for create,
    none); for redeem, `count` of them unused and single-use."""
    asyncio.run(configured(path, invites_per_member=QUOTA))
    if loaded is None and kind == "redeem":
        loaded = count * 2
    codes = bulk_load(path, loaded, seed=11).unused_codes if loaded else []
    assert kind == "create" or len(codes) >= count, f"{loaded} codes hold too few unused ones for {count}"
    return codes[:count] if kind == "redeem" else []


def _compare(kind: str, count: int, rounds: int) -> dict[str, Any]:
    raw_rates, doorman_rates, checked = [], [], {"raw": True, "doorman": True}
    for round_ in range(1, rounds + 1):
        with tempfile.TemporaryDirectory(prefix="doorman-bench-") as folder:
            paths = {"raw": Path(folder) / "raw.db", "doorman": Path(folder) / "doorman.db"}
            codes = prepare(kind, paths["raw"], count)
            prepare(kind, paths["doorman"], count)  # the same codes: the bulk load is seeded
            raw_work, doorman_work = work_of(kind, codes)
            for side in ("raw", "doorman") if round_ % 2 else ("doorman", "raw"):
                if side == "raw":
                    raw_rates.append(_raw(paths["raw"], count, raw_work))
                else:
                    doorman_rates.append(asyncio.run(doorman_rate(paths["doorman"], count, doorman_work)))
                checked[side] &= asyncio.run(correct(kind, paths[side], codes, count))
    ratios = [d / r for d, r in zip(doorman_rates, raw_rates, strict=True)]
    check = "codes_used_once" if kind == "redeem" else "quotas_respected"
    return {
        "value": round(statistics.median(ratios), 3),
        "ratios": [round(ratio, 3) for ratio in ratios],
        "doorman_per_second": round(statistics.median(doorman_rates)),
        "raw_per_second": round(statistics.median(raw_rates)),
        check: checked["doorman"],
        f"raw_{check}": checked["raw"],
        "answered_after_commit": _answered_after_commit(kind),
        "operations": count,
        "tasks": TASKS,
        "rounds": rounds,
        "order": "raw first in odd rounds, Doorman first in even",
    }


async def correct(kind: str, target: DatabaseTarget, codes: list[str], count: int) -> bool:
    """Whether the database holds what `count` operations of `kind` should have left (the module's checks)."""
    db = await open_database(target)
    try:
        listed = await invites.list_guild_codes(db, guild_id=GUILD, inviter_id=None, now=NOW)
    finally:
        await db.close()
    if kind == "redeem":
        by_text = {code.code: code for code in listed}
        return all(
            by_text[text].uses == 1 and by_text[text].redeemer_ids == (FIRST_NEWCOMER + i,)
            for i, text in enumerate(codes)
        )
    attempted = Counter(_member(i).user_id for i in range(count))
    held = Counter(code.inviter_id for code in listed if code.inviter_id in attempted)  # not the bulk-loaded
    return held == Counter({member: min(QUOTA, tries) for member, tries in attempted.items()})


def _answered_after_commit(kind: str, count: int = 300) -> bool:
    """Whether every call's write was visible to another connection the moment the call returned."""
    with tempfile.TemporaryDirectory(prefix="doorman-commit-") as folder:
        path = Path(folder) / "commit.db"
        codes = prepare(kind, path, count)
        reader = sqlite3.connect(path, isolation_level=None)  # reads only what is committed (WAL)
        seen: list[bool] = []

        def visible(i: int, result: Any) -> None:
            if isinstance(result, Redemption):
                text = codes[i]
            elif isinstance(result, invites.CreatedCode):
                text = result.code.code
            else:
                return  # a refusal wrote nothing to see
            row = reader.execute("SELECT uses FROM codes WHERE guild_id = ? AND code = ?", (GUILD, text)).fetchone()
            seen.append(row is not None and (kind == "create" or row[0] == 1))

        asyncio.run(doorman_rate(path, count, work_of(kind, codes)[1], after=visible))
        reader.close()
    return len(seen) > 0 and all(seen)


def work_of(kind: str, codes: list[str]) -> tuple[RawWork, DoormanWork]:
    defaults = Policy()
    if kind == "redeem":

        def raw_redeem(tx: Any, i: int) -> Any:
            return claim_code(tx, **redemption(codes[i], FIRST_NEWCOMER + i))

        async def doorman_redeem(db: Database, i: int) -> object:
            return await redemptions.redeem(db, **redemption(codes[i], FIRST_NEWCOMER + i))

        return raw_redeem, doorman_redeem

    counter = itertools.count()

    def raw_create(tx: Any, i: int) -> Any:
        return create_code_in(
            tx,
            guild_id=GUILD,
            member=_member(i),
            defaults=defaults,
            now=NOW + next(counter),
            uses=1,
            expires_in=None,
            for_user=None,
            note=None,
            generate=generate_code,
        )

    async def doorman_create(db: Database, i: int) -> object:
        return await invites.create_code(
            db, guild_id=GUILD, member=_member(i), defaults=defaults, now=NOW + next(counter)
        )

    return raw_create, doorman_create
