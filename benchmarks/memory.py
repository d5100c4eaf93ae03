"""Peak RSS of a fresh process that opens a large database and serves redemptions.

Run as `python -m benchmarks.memory DB SAMPLES`; prints JSON. A fresh process, so
no earlier bulk load inflates the high-water mark.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from bot.core import redemptions
from bot.store.sqlite.database import SqliteDatabase

from .fixtures import redemption


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


async def _serve(path: Path, codes: list[str]) -> None:
    db = await SqliteDatabase.open(path)
    try:
        for i, code in enumerate(codes):
            await redemptions.redeem(db, **redemption(code, 95_000_000 + i))
    finally:
        await db.close()


def main() -> None:
    path, samples = Path(sys.argv[1]), int(sys.argv[2])
    with closing(sqlite3.connect(path)) as conn:  # pick codes before measuring: this read is not the bot's
        codes = [row[0] for row in conn.execute("SELECT code FROM codes WHERE uses = 0 LIMIT ?", (samples,))]
    baseline = _status_kb("VmRSS")
    asyncio.run(_serve(path, codes))
    print(json.dumps({"baseline_kb": baseline, "peak_kb": _status_kb("VmHWM"), "redemptions": len(codes)}))


if __name__ == "__main__":
    main()
