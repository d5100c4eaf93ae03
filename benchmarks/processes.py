"""Redemptions per second from 1, 2 and 4 OS processes sharing one PostgreSQL database, and what limits them.

Each run starts N processes, `python -m benchmarks.processes URL CODES FIRST COUNT TASKS` (the worker
at the bottom of this file). Each opens its own pool with `open_database`, fills it (POOL_SIZE
connections held at once, so no run pays for connecting inside the timing), says "ready" and waits.
Once all are ready the parent notes the time and tells them all to go: that is the common start.
Each worker then redeems its share of the codes with TASKS = 100 / N asyncio tasks calling
`redemptions.redeem` (the total offered load is 100 concurrent redemptions whatever N; each process's
pool of 10 is saturated in every run) and reports the monotonic time of its last commit; the run's
throughput is all redemptions over the time from the start to the last worker's finish. Every run
has the same number of redemptions, on a fresh copy (fixtures.copy_postgres) of the same database (a
guild with `loaded` codes, copied from SQLite with copy-db), of distinct unused codes, each by a
distinct newcomer, and is checked: every code used exactly once by its newcomer, exactly as many new
admissions as redemptions, no refusal. The order of N alternates by round (1, 2, 4, then 4, 2, 1).

Figures: pg_scale_2 and pg_scale_4, the median over rounds of throughput(N) / throughput(1) in the same
round. Beside them, for each N, what the run cost:
- `retries`: serialization failures (or deadlocks) that made a transaction run again, counted in each
  worker from the store's own debug log line; `rollbacks` is pg_stat_database's xact_rollback over
  the run, which counts them on the server's side (a redemption never rolls back otherwise);
- `client_cpu_s`: the workers' CPU time (user + system, from the start to their last commit);
  `server_cpu_s`: the server's processes' CPU time (utime + stime in /proc/PID/stat of the postmaster
  and its children; only for a server this run started, else null); `cores_used`: both over the wall
  time; `machine_busy_cores`: all cores' non-idle time over the wall time (/proc/stat), whoever used
  them; `iowait_cores` likewise;
- `wal_syncs` (pg_stat_wal): WAL flushes to disk, so `commits_per_wal_sync` shows group commit.

What limits it. `limited_by` says it with each run's numbers. Throughput is the cores the workers
and the server get divided by the CPU time a redemption costs them. In three full runs on the
README's 2-core machine, after the store's fixes below:
- Not the disk: iowait about 0, and one WAL flush per 1.1 commits.
- The cores. One process uses 1.06 to 1.08 cores (its event loop and asyncpg's thread share one
  interpreter; the server takes the rest), so a second process adds real work: 2 and 4 processes use
  1.69 to 1.74 cores, and the machine is full (1.92 to 1.95 of 2 busy). A redemption costs about
  the same CPU whatever the number of processes (4.0 to 4.5 ms with 1, 4.3 to 4.4 with 4), so the
  two cores are the ceiling: 4 processes do what 2 do, about 1.4 to 1.7 times one.
- Conflicts remain, and cost little now: 0.87 retries per redemption with 1 process, 1.15 with 4,
  no redemption failing. Under SERIALIZABLE, PostgreSQL records reads as predicate locks on whole
  index pages (`predicate_locks` lists those of one redemption), and every redemption reads, and
  every other writes into, the last page of `admissions_by_user` ("still waiting?" looks the
  newcomer up there; a raid's fresh accounts have IDs beyond every member's).
Before the fixes (the first version of this benchmark): 2.6, 3.5 and 5.0 retries per redemption with
1, 2 and 4 processes; 6.4, 8.9 and 13.6 ms of CPU each; 29 of 9,000 redemptions failing after the
store's 30 tries with 4 processes; pg_scale_4 0.52 to 0.67. The fixes: the admission is no longer read
back after its INSERT (the last page of `admissions_pkey`); spending a code's use is a HOT update
(`codes_by_inviter` no longer includes `uses`, and the table leaves room on its pages), so it writes
no index page; a retry runs alone in its process, then backs off. Two experiments at the first
version's sizes, not part of the benchmark: with the store at REPEATABLE READ (no predicate locks;
not what the rules need) nothing was run again and 1, 2 and 4 processes did 613, 795 and 631
redemptions a second; with newcomers' IDs spread among the members', one process retried 0.12 times.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any, TypeVar

import asyncpg

from bot.core import redemptions
from bot.core.redemptions import claim_code
from bot.core.refusals import Refused
from bot.core.repositories import Transaction
from bot.store import open_database
from bot.store.postgres.database import POOL_SIZE
from bot.store.postgres.url import PostgresUrl
from tests.postgres_server import Server

from . import throughput
from .fixtures import GUILD, Retries, copy_postgres, counting_retries, drop_postgres, on_postgres, redemption

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = (1, 2, 4)
TASKS = 100  # in all, shared by the processes
FIRST_NEWCOMER = throughput.FIRST_NEWCOMER


def measure(server: Server, count: int, rounds: int, loaded: int) -> dict[str, Any]:
    """pg_scale_2 and pg_scale_4: `count` redemptions per run among `loaded` codes, each N once per round."""
    runs: dict[int, list[dict[str, Any]]] = {n: [] for n in PROCESSES}
    with tempfile.TemporaryDirectory(prefix="doorman-processes-") as folder:
        source = Path(folder) / "source.db"
        codes = throughput.prepare("redeem", source, count, loaded)
        listed = Path(folder) / "codes.json"
        listed.write_text(json.dumps(codes), encoding="utf-8")
        template = asyncio.run(on_postgres(server, source))
        try:
            locks = _on_a_copy(server, template, lambda url: asyncio.run(_predicate_locks(url, codes)))
            for round_ in range(1, rounds + 1):
                for n in PROCESSES if round_ % 2 else tuple(reversed(PROCESSES)):
                    runs[n].append(_on_a_copy(server, template, partial(_run, server, listed=listed, codes=codes, n=n)))
        finally:
            asyncio.run(drop_postgres(server, template))
    return {
        f"pg_scale_{n}": {**_figure(runs, n, count, rounds), "codes_loaded": loaded, "predicate_locks": locks}
        for n in PROCESSES[1:]
    }


def _on_a_copy(server: Server, template: PostgresUrl, use: Callable[[PostgresUrl], T]) -> T:
    url = asyncio.run(copy_postgres(server, template))
    try:
        return use(url)
    finally:
        asyncio.run(drop_postgres(server, url))


def _figure(runs: dict[int, list[dict[str, Any]]], n: int, count: int, rounds: int) -> dict[str, Any]:
    ratios = [run["ops"] / one["ops"] for run, one in zip(runs[n], runs[1], strict=True)]
    checked = all(run["checked"] for run in (*runs[1], *runs[n]))
    return {
        "value": round(statistics.median(ratios), 3),
        "ratios": [round(ratio, 3) for ratio in ratios],
        "ops": round(statistics.median(run["ops"] for run in runs[n])),
        "ops_1": round(statistics.median(run["ops"] for run in runs[1])),
        "codes_used_once": checked,
        "failed": {str(k): sum(sum(run["failed"].values()) for run in runs[k]) for k in (1, n)},
        "runs": {str(k): [_costs(run) for run in runs[k]] for k in (1, n)},
        "limited_by": _limited_by(runs, n),
        "operations": count,
        "tasks": f"{TASKS} in all, {TASKS // n} per process",
        "rounds": rounds,
        "order": "1, 2, 4 processes in odd rounds, 4, 2, 1 in even",
    }


def _costs(run: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in run.items() if key not in ("checked",)}


def _limited_by(runs: dict[int, list[dict[str, Any]]], n: int) -> str:
    """What the runs' costs say limits the throughput, from their medians (the docstring explains them).

    Throughput = the cores the workers and the server used / the CPU time a redemption costs them both."""

    def median(k: int, key: str) -> float:
        values = [run[key] for run in runs[k] if run.get(key) is not None]
        return statistics.median(values) if values else float("nan")

    def cpu_ms(k: int) -> float:
        return 1000 * (median(k, "client_cpu_s") + median(k, "server_cpu_s")) / float(runs[k][0]["operations"])

    def attempt_ms(k: int) -> float:
        return cpu_ms(k) / (1 + median(k, "retries_per_op"))

    failed = sum(sum(run["failed"].values()) for run in runs[n])
    # Which comes first: the cost per redemption growing with the processes (retries), or the machine full.
    growth = cpu_ms(n) / cpu_ms(1)
    full = median(n, "machine_busy_cores") >= 0.9 * (os.cpu_count() or 1)
    if growth > 1.25:
        verdict = "serialization failures, on a full CPU" if full else "serialization failures"
    else:
        verdict = "the machine's cores: a redemption costs about the same with more processes, and they fill them"
    return (
        f"{verdict}. {median(1, 'retries_per_op'):.2f} retries per redemption with "
        f"1 process, {median(n, 'retries_per_op'):.2f} with {n} ({failed} redemptions failed after the store's last "
        "retry), though no two share a code or a newcomer: each reads index pages that the others write into "
        f"(predicate_locks). So a redemption cost {cpu_ms(1):.1f} ms of CPU (workers and server) with 1 process "
        f"and {cpu_ms(n):.1f} ms with {n} ({attempt_ms(1):.1f} and {attempt_ms(n):.1f} ms per attempt), while "
        f"they used {median(1, 'cores_used'):.2f} and {median(n, 'cores_used'):.2f} cores; the machine had "
        f"{median(1, 'machine_busy_cores'):.2f} and {median(n, 'machine_busy_cores'):.2f} of its {os.cpu_count()} "
        "cores busy (the rest: whatever else ran on it). Not the disk: "
        f"iowait {median(n, 'iowait_cores'):.2f} cores, {median(n, 'commits_per_wal_sync'):.1f} commits per WAL flush"
    )


def _run(server: Server, url: PostgresUrl, listed: Path, codes: list[str], n: int) -> dict[str, Any]:
    count = len(codes)
    workers = [_start(url, listed, i * count // n, (i + 1) * count // n, TASKS // n) for i in range(n)]
    try:
        for worker in workers:
            _expect(worker, "ready")
        stats = asyncio.run(_server_stats(url))
        server_cpu, machine = _server_cpu(server), _machine_ticks()
        started = time.monotonic()
        for worker in workers:
            _tell(worker, "go")
        reports = [json.loads(_line(worker)) for worker in workers]
        server_cpu = _minus(_server_cpu(server), server_cpu)
        busy, iowait = (after - before for after, before in zip(_machine_ticks(), machine, strict=True))
        for worker in workers:
            _tell(worker, "bye")  # only now: closing a pool ends its server processes, and their CPU time
        for worker in workers:
            if worker.wait(timeout=60) != 0:
                raise RuntimeError(f"a benchmark worker exited with status {worker.returncode}")
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    wall = max(report["finished"] for report in reports) - started
    stats = _minus_all(asyncio.run(_server_stats(url, at_least=stats["xact_commit"] + count)), stats)
    retries = sum(report["retries"] for report in reports)
    refused = sum(report["refused"] for report in reports)
    failed = sum((Counter(report["failed"]) for report in reports), Counter[str]())
    ticks = os.sysconf("SC_CLK_TCK")
    client_cpu = sum(report["cpu"] for report in reports)
    return {
        "processes": n,
        "operations": count,
        "ops": count / wall,
        "wall_s": round(wall, 3),
        "retries": retries,
        "retries_per_op": round(retries / count, 3),
        "rollbacks": stats["xact_rollback"],
        "refused": refused,
        "failed": dict(failed),
        "client_cpu_s": round(client_cpu, 3),
        "server_cpu_s": None if server_cpu is None else round(server_cpu / ticks, 3),
        "cores_used": None if server_cpu is None else round((client_cpu + server_cpu / ticks) / wall, 3),
        "machine_busy_cores": round(busy / ticks / wall, 3),
        "iowait_cores": round(iowait / ticks / wall, 3),
        "wal_syncs": stats["wal_sync"],
        "commits_per_wal_sync": round(stats["xact_commit"] / stats["wal_sync"], 2) if stats["wal_sync"] else None,
        "checked": refused == 0 and not failed and asyncio.run(_checked(url, codes)),
    }


async def _predicate_locks(url: PostgresUrl, codes: list[str]) -> dict[str, list[str]]:
    """The predicate locks a redemption holds just before its COMMIT, alone on a database the runs start from:
    "page INDEX" (one page of an index) or "relation NAME" (all of it); a concurrent transaction that writes
    into one of them conflicts with it, whatever rows the two are about. The first redemption on a connection
    is planned for its own values; from the sixth on, PostgreSQL reuses a generic plan for the prepared
    statements, and the locks change with it: both are given, as "first" and "steady"."""
    db = await open_database(url)  # one redemption at a time: the pool's one connection serves them all
    seen: list[list[str]] = []
    # A transaction's work runs on the store's own loop (bot/store/postgres/driver.py): the second connection
    # that reads pg_locks meanwhile is opened there, by the first work, and closed there by the last.
    spies: list[asyncpg.Connection] = []

    async def redeem_and_look(tx: Transaction, i: int) -> object:
        outcome = await claim_code(tx, **redemption(codes[i], FIRST_NEWCOMER + i))
        if not spies:
            spies.append(await asyncpg.connect(url.dsn))
        rows = await spies[0].fetch(
            "SELECT DISTINCT l.locktype, c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
            " JOIN pg_database d ON d.oid = l.database WHERE l.mode = 'SIReadLock' AND d.datname = current_database()"
        )
        seen.append(sorted(f"{row['locktype']} {row['relname']}" for row in rows))
        return outcome

    async def close_spy(tx: Transaction) -> None:
        for spy in spies:
            await spy.close()

    try:
        for i in range(7):
            await db.transaction(partial(redeem_and_look, i=i))
    finally:
        await db.transaction(close_spy)
        await db.close()
    return {"first": seen[0], "steady": seen[-1]}


def _start(url: PostgresUrl, listed: Path, first: int, end: int, tasks: int) -> subprocess.Popen[str]:
    """A worker redeeming the codes from `first` to `end` in the list at `listed`, once told to go."""
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.processes", url.dsn, str(listed), str(first), str(end - first), str(tasks)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,  # where `tests` (postgres_server) is importable, as it is for python -m benchmarks
    )


async def _checked(url: PostgresUrl, codes: list[str]) -> bool:
    """Every code used once, by its newcomer (throughput.correct), and exactly one new admission each."""
    if not await throughput.correct("redeem", url, codes, len(codes)):
        return False
    conn = await asyncpg.connect(url.dsn)
    try:
        admitted = await conn.fetchval(
            "SELECT COUNT(*) FROM admissions WHERE guild_id = $1 AND user_id >= $2", GUILD, FIRST_NEWCOMER
        )
    finally:
        await conn.close()
    return bool(admitted == len(codes))


async def _server_stats(url: PostgresUrl, at_least: int | None = None) -> dict[str, int]:
    """This database's commits and rollbacks, and the server's WAL flushes. A server process reports its
    counts when it ends (or at most once a second): with `at_least`, wait until the commits are all in."""
    conn = await asyncpg.connect(url.dsn)
    try:
        for _ in range(50):
            row = await conn.fetchrow(
                "SELECT d.xact_commit, d.xact_rollback, w.wal_sync FROM pg_stat_database d, pg_stat_wal w"
                " WHERE d.datname = current_database()"
            )
            assert row is not None
            stats = {key: int(value) for key, value in row.items()}
            if at_least is None or stats["xact_commit"] >= at_least:
                break
            await asyncio.sleep(0.1)
        return stats
    finally:
        await conn.close()


def _minus_all(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {key: after[key] - before[key] for key in after}


def _minus(after: int | None, before: int | None) -> int | None:
    return None if after is None or before is None else after - before


def _server_cpu(server: Server) -> int | None:
    """Clock ticks of CPU used so far by the server this run started (postmaster and children)."""
    if server.folder is None:
        return None
    postmaster = int((server.folder / "data" / "postmaster.pid").read_text().split()[0])
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        pid, parent = int(entry.name), int(fields[1])
        if pid == postmaster or parent == postmaster:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total


def _machine_ticks() -> tuple[int, int]:
    """All cores' non-idle and iowait clock ticks since boot."""
    fields = [int(value) for value in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    user, nice, system, _idle, iowait, irq, softirq, steal = fields[:8]
    return user + nice + system + irq + softirq + steal, iowait


def _line(worker: subprocess.Popen[str]) -> str:
    assert worker.stdout is not None
    line = worker.stdout.readline()
    if not line:
        raise RuntimeError(f"a benchmark worker ended early (status {worker.wait()})")
    return line


def _expect(worker: subprocess.Popen[str], word: str) -> None:
    if (said := _line(worker).strip()) != word:
        raise RuntimeError(f"a benchmark worker said {said!r}, not {word!r}")


def _tell(worker: subprocess.Popen[str], word: str) -> None:
    stdin: IO[str] | None = worker.stdin
    assert stdin is not None
    stdin.write(word + "\n")
    stdin.flush()


# The worker: one process's share of the redemptions.


async def _hold(tx: Transaction) -> None:
    await asyncio.sleep(0.05)


async def _work(url: str, codes: list[str], first: int, tasks: int, retries: Retries) -> dict[str, Any]:
    db = await open_database(PostgresUrl(url))
    try:
        await asyncio.gather(*(db.transaction(_hold) for _ in range(POOL_SIZE)))  # the pool, full
        print("ready", flush=True)
        if (await asyncio.to_thread(sys.stdin.readline)).strip() != "go":
            raise RuntimeError("expected go")
        retries.count, refused, failed = 0, 0, Counter[str]()
        cpu = time.process_time()
        queue: Iterator[int] = iter(range(first, first + len(codes)))

        async def redeem_some() -> None:
            nonlocal refused
            for i in queue:
                try:
                    await redemptions.redeem(db, **redemption(codes[i - first], FIRST_NEWCOMER + i))
                except Refused:
                    refused += 1
                except Exception as error:  # what the newcomer would see as a failure: counted, and checked
                    failed[throughput.failure(error)] += 1

        await asyncio.gather(*(redeem_some() for _ in range(tasks)))
        finished = time.monotonic()
        report: dict[str, Any] = {
            "finished": finished,
            "cpu": time.process_time() - cpu,
            "retries": retries.count,
            "refused": refused,
            "failed": dict(failed),
        }
        print(json.dumps(report), flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # "bye": the parent has read the server's CPU time
        return report
    finally:
        await db.close()


def main(argv: list[str]) -> int:
    url, listed, first, count, tasks = argv
    codes = json.loads(Path(listed).read_text(encoding="utf-8"))[int(first) : int(first) + int(count)]
    with counting_retries() as retries:
        asyncio.run(_work(url, codes, int(first), int(tasks), retries))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
