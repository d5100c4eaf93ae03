"""python -m benchmarks [--quick] [--json PATH] [--only FIGURE ...]: measure, print a table, write JSON.

Every figure is a count or a ratio taken side by side in one run, since absolute times drift on shared
machines. A figure meets its target only if its own checks hold too (what was owed was delivered, every
code used once, quotas respected, nobody answered before their COMMIT).

The figures on PostgreSQL (pg_*) run on one durable throwaway server started for the run
(tests/postgres_server.py, or DOORMAN_TEST_POSTGRES's) and stopped at its end. A figure that could not be
measured (no PostgreSQL here, say) holds an error instead of a value, and the run exits with status 1.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests import postgres_server

from . import burst, calls, dashboard_pages, idle, postgres, processes, scale, throughput, tree, wake
from .fixtures import GUILD

FULL = {
    "admissions": 20,
    "operations": 3000,
    "rounds": 5,
    "codes": 1_000_000,
    "samples": 300,
    "guilds": 1000,
    "memory_redemptions": 200,
    "newcomers": 1000,
    "pg_codes": 100_000,
    "pg_operations": 2000,
    "pg_rounds": 3,
    "pg_scale_operations": 1000,
    "pg_scale_rounds": 3,
    "tree_members": 100_000,
    "tree_samples": 100,
    "dashboard_codes": 1_000_000,
    "dashboard_samples": 40,
    "pg_wake_samples": 500,
}
# CI runs this to prove the benchmarks work: the same measurements at small sizes (20,000 codes).
QUICK = {
    "admissions": 5,
    "operations": 300,
    "rounds": 2,
    "codes": 20_000,
    "samples": 50,
    "guilds": 1000,
    "memory_redemptions": 50,
    "newcomers": 100,
    "pg_codes": 20_000,
    "pg_operations": 300,
    "pg_rounds": 2,
    "pg_scale_operations": 200,
    "pg_scale_rounds": 1,
    "tree_members": 20_000,
    "tree_samples": 20,
    "dashboard_codes": 20_000,
    "dashboard_samples": 10,
    "pg_wake_samples": 50,
}

# name: (comparison, target); a dict target applies to each key of the value.
TARGETS: dict[str, tuple[str, Any]] = {
    "rest_calls_admission": ("<=", 4),
    "rest_calls_approve": ("<=", 6),
    "burst_vs_bare": ("<=", {"p50": 1.3, "mean": 1.5}),
    "burst": ("==", True),
    "burst_approval": ("==", True),
    "redeem_vs_raw": (">=", 2.0),
    "create_vs_raw": (">=", 2.0),
    "memory_vs_bare": ("<=", 1.2),
    "scale_redeem_p99": ("<=", 1.5),
    "scale_lookup_p99": ("<=", 1.5),
    "scale_redeem": ("<=", 1.2),
    "scale_lookup": ("<=", 1.2),
    "idle_queries_per_day": ("==", 0),
    "pg_idle_queries_per_day": ("==", 0),  # the bot's LISTEN connection included
    "tree_p50": ("<=", 20),  # milliseconds: /gate tree at depth 5 on a forest of 100,000 members (SPEC 12)
    "dashboard_p95": (
        "<=",
        50,
    ),  # milliseconds: the worst of the dashboard's reads at 1M codes, both databases (SPEC 16)
    "dashboard_pages_p95": ("<=", 200),  # milliseconds: the worst page served over HTTP at 1M codes, both (SPEC 16)
}
PG_FIGURES = (
    "pg_redeem_vs_sqlite",
    "pg_create_vs_sqlite",
    "pg_scale_2",
    "pg_scale_4",
    "pg_idle_queries_per_day",
    "pg_wake_ms",
)
# Figures without a target, shown so that nothing hides.
REPORTED = ("rest_calls_create", *(name for name in PG_FIGURES if name not in TARGETS))
CHECKS = (
    "delivered",
    "codes_used_once",
    "quotas_respected",
    "answered_after_commit",
    "sqlite_codes_used_once",
    "sqlite_quotas_respected",
)
# Each measurement and the figures it gives, in the order they run: --only runs those giving a figure named.
STEPS = {
    "calls": ("rest_calls_admission", "rest_calls_approve", "rest_calls_create"),
    "idle": ("idle_queries_per_day",),
    "redeem": ("redeem_vs_raw",),
    "create": ("create_vs_raw",),
    "scale": ("scale_redeem_p99", "scale_lookup_p99", "scale_redeem", "scale_lookup", "memory_vs_bare"),
    "burst": ("burst_vs_bare", "burst", "burst_approval"),
    "tree": ("tree_p50",),
    "dashboard": ("dashboard_p95", "dashboard_pages_p95"),
    "postgres": PG_FIGURES,
}


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}


def _peak_kb(*args: str) -> dict[str, int]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", *args], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


def memory_figure(database: Path, guilds: int, redemptions: int, codes: int) -> dict[str, Any]:
    """memory_vs_bare: peak RSS of Doorman's process over a bare bot's, each fresh (benchmarks/memory.py)."""
    with tempfile.TemporaryDirectory(prefix="doorman-memory-") as folder:
        copy = Path(folder) / "doorman.db"  # a bot never served: it syncs its commands like a first start
        shutil.copyfile(database, copy)
        sizes = [str(GUILD), str(guilds), str(redemptions)]
        bare = _peak_kb("bare", "-", *sizes)
        doorman = _peak_kb("doorman", str(copy), *sizes)
    return {
        "value": round(doorman["peak_kb"] / bare["peak_kb"], 3),
        "doorman_mb": round(doorman["peak_kb"] / 1024, 1),
        "bare_mb": round(bare["peak_kb"] / 1024, 1),
        "doorman_before_bot_mb": round(doorman["before_bot_kb"] / 1024, 1),
        "bare_before_bot_mb": round(bare["before_bot_kb"] / 1024, 1),
        "guilds": guilds,
        "redemptions": redemptions,
        "codes": codes,
    }


def _large(size: dict[str, int]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="doorman-large-") as folder:
        figures: dict[str, Any] = scale.measure(size["codes"], size["samples"], keep=Path(folder))
        database = Path(figures["database"].pop("path"))
        figures["memory_vs_bare"] = memory_figure(database, size["guilds"], size["memory_redemptions"], size["codes"])
    return figures


def _error(error: BaseException) -> dict[str, Any]:
    return {"value": None, "error": f"{type(error).__name__}: {error}"}


def dashboard_figures(size: dict[str, int]) -> dict[str, Any]:
    """dashboard_p95 and dashboard_pages_p95, on SQLite and on a durable PostgreSQL started for them
    (benchmarks/dashboard_queries.py, benchmarks/dashboard_pages.py)."""
    try:
        server = postgres_server.start(durable=True)
    except postgres_server.NoPostgres as error:
        return {name: _error(error) for name in STEPS["dashboard"]}
    try:
        return dashboard_pages.measure(server, size["dashboard_codes"], size["dashboard_samples"])
    finally:
        server.stop()


def on_postgres(size: dict[str, int], names: tuple[str, ...]) -> dict[str, Any]:
    """The pg_* figures among `names`, on one durable server for all of them; an error in each that fails."""
    try:
        server = postgres_server.start(durable=True)
    except postgres_server.NoPostgres as error:
        return {name: _error(error) for name in names}
    ops, rounds, loaded = size["pg_operations"], size["pg_rounds"], size["pg_codes"]
    measures: dict[tuple[str, ...], Callable[[], dict[str, Any]]] = {
        ("pg_redeem_vs_sqlite",): lambda: {"pg_redeem_vs_sqlite": postgres.measure_redeem(server, ops, rounds, loaded)},
        ("pg_create_vs_sqlite",): lambda: {"pg_create_vs_sqlite": postgres.measure_create(server, ops, rounds, loaded)},
        ("pg_scale_2", "pg_scale_4"): lambda: processes.measure(
            server, size["pg_scale_operations"], size["pg_scale_rounds"], loaded
        ),
        ("pg_idle_queries_per_day",): lambda: {"pg_idle_queries_per_day": idle.measure_postgres(server)},
        ("pg_wake_ms",): lambda: {"pg_wake_ms": wake.measure(server, size["pg_wake_samples"])},
    }
    figures: dict[str, Any] = {}
    try:
        for gives, measure in measures.items():
            if any(name in names for name in gives):
                try:
                    figures.update(measure())
                except Exception as error:  # the other figures still run; this one says why it has no value
                    traceback.print_exc()
                    figures.update({name: _error(error) for name in gives})
    finally:
        server.stop()
    return figures


def run(quick: bool, only: frozenset[str] | None = None) -> dict[str, Any]:
    """Every figure, or with `only` those of the steps that give one of the figures it names."""
    size = QUICK if quick else FULL
    started = time.perf_counter()
    measures: dict[str, Callable[[], dict[str, Any]]] = {
        "calls": lambda: calls.measure(size["admissions"]),
        "idle": lambda: {"idle_queries_per_day": idle.measure()},
        "redeem": lambda: {"redeem_vs_raw": throughput.measure_redeem(size["operations"], size["rounds"])},
        "create": lambda: {"create_vs_raw": throughput.measure_create(size["operations"], size["rounds"])},
        "scale": lambda: _large(size),
        "burst": lambda: burst.measure(size["newcomers"]),
        "tree": lambda: {"tree_p50": tree.measure(size["tree_members"], size["tree_samples"])},
        "dashboard": lambda: dashboard_figures(size),
        "postgres": lambda: on_postgres(size, tuple(name for name in PG_FIGURES if only is None or name in only)),
    }
    figures: dict[str, Any] = {}
    for step, gives in STEPS.items():
        if only is None or not only.isdisjoint(gives):
            figures.update(measures[step]())
    for name, figure in figures.items():
        if name in TARGETS and "error" not in figure:
            figure["target"] = _target_text(name)
            figure["met"] = met(name, figure)
    return {
        "quick": quick,
        "machine": machine(),
        "seconds": round(time.perf_counter() - started, 1),
        "figures": figures,
    }


def _compare(op: str, value: Any, target: Any) -> bool:
    return bool({">=": value >= target, "<=": value <= target, "==": value == target}[op])


def met(name: str, figure: dict[str, Any]) -> bool:
    op, target = TARGETS[name]
    value = figure["value"]
    if isinstance(target, dict):
        reached = all(_compare(op, value[key], bound) for key, bound in target.items())
    else:
        reached = _compare(op, value, target)
    return reached and all(figure.get(check, True) for check in CHECKS)


def _target_text(name: str) -> str:
    op, target = TARGETS[name]
    if isinstance(target, dict):
        return ", ".join(f"{key} {op} {bound}" for key, bound in target.items())
    return f"{op} {target}"


def _value_text(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{key} {number}" for key, number in value.items())
    return str(value)


def detail(name: str, figure: dict[str, Any]) -> str:
    if "error" in figure:
        return str(figure["error"])
    if name.startswith("rest_calls_"):
        text = f"min {figure['min']}, max {figure['max']} over {figure['admissions']}"
        if "link_calls" in figure:  # the used-up code's invite link, deleted: the code's call, not the admission's
            text += f"; and {figure['link_calls']['value']} to delete the used-up code's link"
        return text + ("" if figure["delivered"] else "; NOT all delivered")
    if name.endswith("_vs_raw"):
        check = figure.get("codes_used_once", figure.get("quotas_respected"))
        return (
            f"doorman {figure['doorman_per_second']}/s vs raw {figure['raw_per_second']}/s; "
            f"correct {check}, answered after commit {figure['answered_after_commit']}"
        )
    if name.startswith("scale_"):
        return f"{figure['ms_small']} ms at 1K, {figure['ms_large']} ms at the large size, cold"
    if name == "burst_vs_bare":
        bare = figure["bare"]
        return (
            f"bare p50 {bare['p50_ms']} ms, mean {bare['mean_ms']} ms in waves of {figure['wave']}; "
            f"one at a time {_value_text(figure['one_at_a_time'])}; "
            f"with approval {_value_text(figure['with_approval'])}"
        )
    if name in ("burst", "burst_approval"):
        text = (
            f"{figure['within_deadline']}/{figure['interactions']} answered within 3 s, "
            f"{figure['admitted']} admitted (database and Discord agree), p50 {figure['p50_ms']} ms"
        )
        if name == "burst_approval":
            text += f", Approve acknowledged p50 {figure['clicks']['p50_ms']} ms"
        return text
    if name == "memory_vs_bare":
        return (
            f"peak RSS {figure['doorman_mb']} MB vs {figure['bare_mb']} MB, {figure['guilds']} guilds, "
            f"{figure['codes']:,} codes"
        )
    if name == "tree_p50":
        return (
            f"ms; p90 {figure['p90_ms']} ms; {figure['above']} above and {figure['below']:,} below, "
            f"among {figure['members']:,} members"
        )
    if name == "dashboard_p95":
        return f"ms, {figure['worst']}; {figure['codes']:,} codes, {figure['samples']} samples a read on each database"
    if name == "dashboard_pages_p95":
        export = ", ".join(f"{side} {e['p95_ms']} ms for {e['lines']:,} lines" for side, e in figure["export"].items())
        return (
            f"ms, {figure['worst']}; {figure['codes']:,} codes, {figure['samples']} samples a page on each database;"
            f" excluded: {figure['excluded']}; a day's audit CSV whole (no target): {export}"
        )
    if name == "idle_queries_per_day":
        return f"{figure['wall_seconds']} s to pass the day"
    if name == "pg_idle_queries_per_day":
        return f"{figure['wall_seconds']} s to pass the day; {figure['connections_watched']} connections watched"
    if name == "pg_wake_ms":
        return (
            f"ms from a commit's start in one process to the worker's wake in another, {figure['samples']} samples;"
            f" after the commit returned: {_value_text(figure['after_commit_returned'])}"
        )
    if name.endswith("_vs_sqlite"):
        check = "codes_used_once" if "codes_used_once" in figure else "quotas_respected"
        return (
            f"postgres {figure['postgres_ops']}/s vs sqlite {figure['sqlite_ops']}/s, "
            f"{figure['postgres_retries_per_op']} retries per operation on postgres; "
            f"failed {sum(figure['failed']['postgres'].values())} on postgres, "
            f"{sum(figure['failed']['sqlite'].values())} on sqlite; "
            f"correct {figure[check]} on postgres, {figure['sqlite_' + check]} on sqlite"
        )
    if name.startswith("pg_scale_"):
        processes_ = name.rsplit("_", 1)[1]
        return (
            f"{figure['ops']}/s with {processes_} processes vs {figure['ops_1']}/s with 1; "
            f"failed {_value_text(figure['failed'])}, correct {figure['codes_used_once']}"
        )
    return ""


def table(result: dict[str, Any]) -> str:
    figures = result["figures"]
    rows = [("figure", "value", "target", "met", "detail")]
    for name in (*TARGETS, *REPORTED):
        if name not in figures:
            continue  # not asked for (--only)
        figure = figures[name]
        if "error" in figure:
            value, target, met_ = "ERROR", figure.get("target", "-"), "NO"
        elif name in TARGETS:
            value, target, met_ = _value_text(figure["value"]), figure["target"], "yes" if figure["met"] else "NO"
        else:  # reported: no target, but its checks still count
            checks_hold = all(figure.get(check, True) for check in CHECKS)
            value, target, met_ = _value_text(figure["value"]), "-", "-" if checks_hold else "NO"
        rows.append((name, value, target, met_, detail(name, figure)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4] for row in rows]
    lines.append("")
    if "database" in figures:
        database = figures["database"]
        lines.append(
            f"database at {database['codes']:,} codes: {database['megabytes']} MB "
            f"(bulk load {database['bulk_load_seconds']} s)"
        )
    for name in ("pg_scale_2", "pg_scale_4"):
        if "limited_by" in figures.get(name, {}):
            lines.append(f"{name} limited by: {figures[name]['limited_by']}")
    machine_ = result["machine"]
    lines += [
        f"machine: {machine_['cpu']}, {machine_['cores']} cores, Python {machine_['python']}; "
        f"{'quick' if result['quick'] else 'full'} run took {result['seconds']} s",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute: proves the benchmarks run")
    parser.add_argument("--json", type=Path, help="also write every figure with its detail here")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=[name for gives in STEPS.values() for name in gives],
        metavar="FIGURE",
        help="measure only these figures (and those measured with them), e.g. --only pg_scale_4",
    )
    args = parser.parse_args()
    result = run(args.quick, None if args.only is None else frozenset(args.only))
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if any("error" in figure for figure in result["figures"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
