"""Whether a redemption and /invite list's reads stay as fast at 1,000,000 codes as at 1,000, with a cold cache.

A bot that has been idle, or serves many guilds, does not have a given code's pages in memory, so each
sample starts cold: a fresh connection through `open_database` (SQLite's page cache starts empty;
opening reads only the schema) and, before the timed call, `posix_fadvise(POSIX_FADV_DONTNEED)` on the
database and its WAL, which asks the kernel to drop its cached pages of them (no root needed; it drops
clean pages, and a closed WAL database has none dirty). Only the call is timed, not the opening. What
the disk or the hypervisor caches below the kernel is out of reach. The small and the large database
are sampled in turn, so drift on the machine hits both alike.

Figures: p50 and p99 at the large size divided by the same at 1,000 codes.
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.core import invites, redemptions
from bot.core.people import Member
from bot.core.policy import Policy
from bot.core.repositories import Database
from bot.store import open_database

from .fixtures import GUILD, MEMBER_ROLE, NOW, Loaded, bulk_load, configured, redemption

CAN_DROP_OS_CACHE = hasattr(os, "posix_fadvise")


def drop_os_cache(path: Path) -> None:
    """Ask the kernel to forget its cached pages of the database at `path` and of its WAL."""
    if not CAN_DROP_OS_CACHE:
        return
    for file in (path, Path(f"{path}-wal")):
        if file.exists():
            fd = os.open(file, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


async def _cold(path: Path, call: Callable[[Database], Awaitable[object]]) -> float:
    """Seconds `call` takes on a fresh connection, with the OS's cache of the file dropped."""
    db = await open_database(path)
    try:
        drop_os_cache(path)
        started = time.perf_counter()
        await call(db)
        return time.perf_counter() - started
    finally:
        await db.close()


async def _sample(loaded: Loaded, i: int, rng: random.Random) -> tuple[float, float]:
    """One cold redemption and one cold /invite list of a random inviter."""
    code = loaded.unused_codes[i]
    member = Member(user_id=rng.choice(loaded.inviters), role_ids=frozenset({MEMBER_ROLE}), manages_server=False)
    redeem = await _cold(loaded.path, lambda db: redemptions.redeem(db, **redemption(code, 90_000_000 + i)))
    lookup = await _cold(
        loaded.path,
        lambda db: invites.list_member_codes(db, guild_id=GUILD, member=member, defaults=Policy(), now=NOW),
    )
    return redeem, lookup


async def _latencies(small: Loaded, large: Loaded, samples: int) -> dict[str, dict[str, list[float]]]:
    times: dict[str, dict[str, list[float]]] = {size: {"redeem": [], "lookup": []} for size in ("small", "large")}
    rngs = {"small": random.Random(3), "large": random.Random(3)}
    for i in range(samples):
        for size, loaded in (("small", small), ("large", large)):
            redeem, lookup = await _sample(loaded, i, rngs[size])
            times[size]["redeem"].append(redeem)
            times[size]["lookup"].append(lookup)
    return times


def build(folder: Path, codes: int) -> Loaded:
    path = folder / f"scale-{codes}.db"
    asyncio.run(configured(path))
    return bulk_load(path, codes)


def database_megabytes(path: Path) -> float:
    size = sum(os.path.getsize(p) for p in (path, Path(f"{path}-wal")) if p.exists())
    return round(size / 1_000_000, 1)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _figures(small: list[float], large: list[float]) -> dict[str, dict[str, Any]]:
    p50 = statistics.median(small), statistics.median(large)
    p99 = (
        statistics.quantiles(small, n=100, method="inclusive")[98],
        statistics.quantiles(large, n=100, method="inclusive")[98],
    )
    return {
        "p50": {"value": round(p50[1] / p50[0], 3), "ms_small": _ms(p50[0]), "ms_large": _ms(p50[1])},
        "p99": {"value": round(p99[1] / p99[0], 3), "ms_small": _ms(p99[0]), "ms_large": _ms(p99[1])},
    }


def measure(large: int, samples: int, keep: Path) -> dict[str, Any]:
    """scale_redeem(_p99) and scale_lookup(_p99); the large database is left in `keep` for memory.py."""
    with tempfile.TemporaryDirectory(prefix="doorman-scale-") as folder:
        small = build(Path(folder), 1_000)
        started = time.perf_counter()
        big = build(keep, large)
        load_seconds = time.perf_counter() - started
        size = database_megabytes(big.path)
        times = asyncio.run(_latencies(small, big, samples))
    cold = {"samples": samples, "os_cache_dropped": CAN_DROP_OS_CACHE, "fresh_connection": True}
    figures: dict[str, Any] = {}
    for kind in ("redeem", "lookup"):
        both = _figures(times["small"][kind], times["large"][kind])
        figures[f"scale_{kind}"] = {**both["p50"], **cold}
        figures[f"scale_{kind}_p99"] = {**both["p99"], **cold}
    figures["database"] = {
        "codes": large,
        "megabytes": size,
        "bulk_load_seconds": round(load_seconds, 1),
        "path": str(big.path),
    }
    return figures
