"""python -m benchmarks [--quick] [--json PATH]: measure, print a table, write JSON.

Every figure is a count or a ratio taken side by side in one run, since absolute times drift on shared
machines. A figure meets its target only if its own checks hold too (what was owed was delivered, every
code used once, quotas respected, nobody answered before their COMMIT).
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
from pathlib import Path
from typing import Any

from . import burst, calls, idle, scale, throughput
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
}
REPORTED = ("rest_calls_create",)  # figures without a target, shown so that nothing hides
CHECKS = ("delivered", "codes_used_once", "quotas_respected", "answered_after_commit")


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


def run(quick: bool) -> dict[str, Any]:
    size = QUICK if quick else FULL
    started = time.perf_counter()
    figures: dict[str, Any] = calls.measure(size["admissions"])
    figures["idle_queries_per_day"] = idle.measure()
    figures["redeem_vs_raw"] = throughput.measure_redeem(size["operations"], size["rounds"])
    figures["create_vs_raw"] = throughput.measure_create(size["operations"], size["rounds"])
    with tempfile.TemporaryDirectory(prefix="doorman-large-") as folder:
        figures.update(scale.measure(size["codes"], size["samples"], keep=Path(folder)))
        database = Path(figures["database"].pop("path"))
        figures["memory_vs_bare"] = memory_figure(database, size["guilds"], size["memory_redemptions"], size["codes"])
    figures.update(burst.measure(size["newcomers"]))
    for name, figure in figures.items():
        if name in TARGETS:
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
    if name.startswith("rest_calls_"):
        text = f"min {figure['min']}, max {figure['max']} over {figure['admissions']}"
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
    if name == "idle_queries_per_day":
        return f"{figure['wall_seconds']} s to pass the day"
    return ""


def table(result: dict[str, Any]) -> str:
    figures = result["figures"]
    rows = [("figure", "value", "target", "met", "detail")]
    for name in (*TARGETS, *REPORTED):
        figure = figures[name]
        target, met_ = (figure["target"], "yes" if figure["met"] else "NO") if name in TARGETS else ("-", "-")
        rows.append((name, _value_text(figure["value"]), target, met_, detail(name, figure)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4] for row in rows]
    database, machine_ = figures["database"], result["machine"]
    lines += [
        "",
        f"database at {database['codes']:,} codes: {database['megabytes']} MB "
        f"(bulk load {database['bulk_load_seconds']} s)",
        f"machine: {machine_['cpu']}, {machine_['cores']} cores, Python {machine_['python']}; "
        f"{'quick' if result['quick'] else 'full'} run took {result['seconds']} s",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, about a minute: proves the benchmarks run")
    parser.add_argument("--json", type=Path, help="also write every figure with its detail here")
    args = parser.parse_args()
    result = run(args.quick)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
