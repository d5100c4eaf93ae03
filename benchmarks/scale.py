"""Whether a redemption and /invite list's query stay as fast at 1,000,000 codes as at 1,000."""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.core import invites, redemptions
from bot.core.people import Member
from bot.core.policy import Policy
from bot.store.sqlite.database import SqliteDatabase

from .fixtures import GUILD, MEMBER_ROLE, NOW, Loaded, bulk_load, configured, redemption


async def _latencies(loaded: Loaded, samples: int) -> tuple[float, float]:
    """p50 seconds of one redemption and of one member's /invite list, measured one at a time."""
    db = await SqliteDatabase.open(loaded.path)
    rng = random.Random(3)
    defaults = Policy()
    redeem_times, list_times = [], []
    try:
        for i, code in enumerate(loaded.unused_codes[:samples]):
            started = time.perf_counter()
            await redemptions.redeem(db, **redemption(code, 90_000_000 + i))
            redeem_times.append(time.perf_counter() - started)
            member = Member(
                user_id=rng.choice(loaded.inviters), role_ids=frozenset({MEMBER_ROLE}), manages_server=False
            )
            started = time.perf_counter()
            await invites.list_member_codes(db, guild_id=GUILD, member=member, defaults=defaults, now=NOW)
            list_times.append(time.perf_counter() - started)
    finally:
        await db.close()
    return statistics.median(redeem_times), statistics.median(list_times)


def build(folder: Path, codes: int) -> Loaded:
    path = folder / f"scale-{codes}.db"
    asyncio.run(configured(path))
    return bulk_load(path, codes)


def database_megabytes(path: Path) -> float:
    size = sum(os.path.getsize(p) for p in (path, Path(f"{path}-wal")) if p.exists())
    return round(size / 1_000_000, 1)


def measure(large: int, samples: int, keep: Path | None = None) -> dict[str, Any]:
    """scale_redeem and scale_lookup: p50 at `large` codes divided by p50 at 1,000."""
    with tempfile.TemporaryDirectory(prefix="doorman-scale-") as folder:
        small = build(Path(folder), 1_000)
        started = time.perf_counter()
        big = build(Path(keep or folder), large)
        load_seconds = time.perf_counter() - started
        small_redeem, small_list = asyncio.run(_latencies(small, samples))
        big_redeem, big_list = asyncio.run(_latencies(big, samples))
        return {
            "scale_redeem": {
                "value": round(big_redeem / small_redeem, 3),
                "p50_ms_small": round(small_redeem * 1000, 3),
                "p50_ms_large": round(big_redeem * 1000, 3),
            },
            "scale_lookup": {
                "value": round(big_list / small_list, 3),
                "p50_ms_small": round(small_list * 1000, 3),
                "p50_ms_large": round(big_list * 1000, 3),
            },
            "database": {
                "codes": large,
                "megabytes": database_megabytes(big.path),
                "bulk_load_seconds": round(load_seconds, 1),
                "samples": samples,
                "path": str(big.path),
            },
        }
