"""tree_p50: /gate tree's read (core.tree.invite_tree) on a forest of 100,000 members, in milliseconds at p50.

The member asked about has a chain of 5 above them and a full tree of depth 5 below (4 each: 1,364 people), a
tenth of them banned; the rest of the forest is random trees that never reach into it. The read is warm (the
bot reads the same pages again and again); the figure is the median over `samples` reads at depth 5.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.core.tree import invite_tree
from bot.store import open_database

from .fixtures import DAY, GUILD, NOW, configured, random_code

MEMBERS = 100_000
ROOT = 6  # members 1..5 vouched for each other in a chain down to 6; 6's tree is built below it
WIDTH, DEPTH = 4, 5


def chain_and_tree(top: int, member: int, width: int, depth: int) -> tuple[list[tuple[int, int]], int]:
    """(inviter, newcomer) pairs: a chain from `top` down to `member`, then `width` newcomers under each person
    below `member` for `depth` levels; and the first user ID left unused."""
    pairs = [(i, i + 1) for i in range(top, member)]
    level, next_id = [member], member + 1
    for _ in range(depth):
        below = []
        for inviter in level:
            for _ in range(width):
                pairs.append((inviter, next_id))
                below.append(next_id)
                next_id += 1
        level = below
    return pairs, next_id


def _forest(members: int, rng: random.Random) -> list[tuple[int, int]]:
    """(inviter, newcomer) pairs: the chain, the measured tree, then random trees over the remaining members."""
    pairs, first_other = chain_and_tree(1, ROOT, WIDTH, DEPTH)
    for user_id in range(first_other + 100, members + 1):  # the first 100 others are roots
        pairs.append((rng.randrange(first_other, user_id), user_id))
    return pairs


def build(path: Path, members: int, seed: int = 17) -> int:
    """The forest at `path`; returns how many people the measured tree holds below its member."""
    asyncio.run(configured(path))
    rng = random.Random(seed)
    pairs = _forest(members, rng)
    texts: set[str] = set()
    while len(texts) < len(pairs):
        texts.add(random_code(rng))
    codes, admissions, bans = [], [], []
    for index, ((inviter, user_id), text) in enumerate(zip(pairs, texts, strict=True), start=1):
        created = NOW - rng.randrange(60 * DAY)
        codes.append((index, GUILD, text, inviter, 1, 1, created, NOW + 30 * DAY))
        admissions.append((GUILD, index, user_id, inviter, created + 60, 0, "admitted", created + 60))
        if rng.random() < 0.1:
            bans.append((GUILD, user_id, created + DAY))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")  # a bulk load, not a measurement
    with conn:
        conn.executemany(
            "INSERT INTO codes (id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            codes,
        )
        conn.executemany(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required,"
            " status, admitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            admissions,
        )
        conn.executemany("INSERT INTO bans (guild_id, user_id, banned_at) VALUES (?, ?, ?)", bans)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return sum(WIDTH**level for level in range(1, DEPTH + 1))


async def _timings(path: Path, samples: int, below: int) -> list[float]:
    db = await open_database(path)
    try:
        timings = []
        for _ in range(samples + 3):  # the first three warm the cache
            started = time.perf_counter()
            tree = await invite_tree(db, guild_id=GUILD, user_id=ROOT, depth=DEPTH)
            timings.append(time.perf_counter() - started)
            assert len(tree.above) == ROOT - 1 and len(tree.below) == below, (len(tree.above), len(tree.below))
        return timings[3:]
    finally:
        await db.close()


def measure(members: int, samples: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="doorman-tree-") as folder:
        path = Path(folder) / "tree.db"
        below = build(path, members)
        timings = asyncio.run(_timings(path, samples, below))
    return {
        "value": round(statistics.median(timings) * 1000, 2),
        "p90_ms": round(statistics.quantiles(timings, n=10)[-1] * 1000, 2),
        "members": members,
        "below": below,
        "above": ROOT - 1,
        "samples": samples,
    }
