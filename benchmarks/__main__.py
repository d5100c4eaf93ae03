"""python -m benchmarks [--quick] [--json PATH]: measure, print a table, write JSON."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import burst, calls, idle, scale, throughput

FULL = {
    "admissions": 20,
    "operations": 3000,
    "rounds": 3,
    "codes": 1_000_000,
    "samples": 300,
    "newcomers": 1000,
    "memory_samples": 200,
}
QUICK = {
    "admissions": 5,
    "operations": 300,
    "rounds": 1,
    "codes": 20_000,
    "samples": 50,
    "newcomers": 100,
    "memory_samples": 50,
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


def memory_figure(database: Path, samples: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", str(database), str(samples)],
        capture_output=True,
        text=True,
        check=True,
    )
    measured = json.loads(done.stdout)
    delta_mb = (measured["peak_kb"] - measured["baseline_kb"]) / 1024
    return {"value": round(delta_mb, 1), **measured}


def run(quick: bool) -> dict[str, Any]:
    size = QUICK if quick else FULL
    started = time.perf_counter()
    figures: dict[str, Any] = calls.measure(size["admissions"])
    figures["idle_queries_per_day"] = idle.measure()
    figures["redeem_vs_raw"] = throughput.measure_redeem(size["operations"], size["rounds"])
    figures["create_vs_raw"] = throughput.measure_create(size["operations"], size["rounds"])
    with tempfile.TemporaryDirectory(prefix="doorman-large-") as folder:
        scaled = scale.measure(size["codes"], size["samples"], keep=Path(folder))
        figures["scale_redeem"] = scaled["scale_redeem"]
        figures["scale_lookup"] = scaled["scale_lookup"]
        database = scaled["database"]
        figures["memory_mb"] = memory_figure(Path(database.pop("path")), size["memory_samples"])
        figures["memory_mb"]["codes"] = size["codes"]
    figures["database"] = database
    bursts = burst.measure(size["newcomers"])
    for name in ("burst", "burst_approval"):
        run_ = bursts[name]
        run_["value"] = (
            run_["acknowledged"] == run_["newcomers"] == run_["within_deadline"]
            and run_["admissions"] == run_["distinct_newcomers"] == run_["newcomers"]
            and run_["max_uses_of_a_code"] == 1
        )
        figures[name] = run_
    figures["burst_vs_bare"] = {
        "value": bursts["burst"]["vs_bare"],
        "with_approval": bursts["burst_approval"]["vs_bare"],
        "bare_mean_ms": bursts["bare"]["mean_ms"],
    }
    return {
        "quick": quick,
        "machine": machine(),
        "seconds": round(time.perf_counter() - started, 1),
        "figures": figures,
    }


TARGETS: dict[str, tuple[str, Any]] = {
    "rest_calls_admission": ("<=", 4),
    "rest_calls_approve": ("<=", 6),
    "redeem_vs_raw": (">=", 0.3),
    "create_vs_raw": (">=", 0.3),
    "scale_redeem": ("<=", 1.2),
    "scale_lookup": ("<=", 1.2),
    "burst": ("==", True),
    "burst_approval": ("==", True),
    "burst_vs_bare": ("<=", 2.5),
    "memory_mb": ("<", 50),
    "idle_queries_per_day": ("==", 0),
}
REPORTED = ("rest_calls_create",)  # figures without a target, shown so that nothing hides


def met_checks(name: str, figure: dict[str, Any]) -> bool:
    """The target, and the figure's own check: what was owed was delivered."""
    return met(name, figure["value"]) and figure.get("delivered", True)


def met(name: str, value: Any) -> bool:
    op, target = TARGETS[name]
    return {">=": value >= target, "<=": value <= target, "<": value < target, "==": value == target}[op]


def detail(name: str, figure: dict[str, Any]) -> str:
    if name.startswith("rest_calls_"):
        text = f"min {figure['min']}, max {figure['max']} over {figure['admissions']}"
        return text + ("" if figure["delivered"] else "; NOT all delivered")
    if name == "idle_queries_per_day":
        return f"{figure['wall_seconds']} s to pass the day"
    if name.endswith("_vs_raw"):
        return f"doorman {figure['doorman_per_second']}/s vs raw {figure['raw_per_second']}/s"
    if name.startswith("scale_"):
        return f"p50 {figure['p50_ms_small']} ms at 1K, {figure['p50_ms_large']} ms at the large size"
    if name in ("burst", "burst_approval"):
        return (
            f"{figure['acknowledged']}/{figure['newcomers']} acknowledged, max {figure['max_ms']} ms, "
            f"mean {figure['mean_ms']} ms, {figure['admissions']} admitted once each"
        )
    if name == "burst_vs_bare":
        return f"bare bot {figure['bare_mean_ms']} ms per interaction; with approval {figure['with_approval']}"
    if name == "memory_mb":
        return f"peak RSS minus baseline, {figure['redemptions']} redemptions on {figure['codes']:,} codes"
    return ""


def table(result: dict[str, Any]) -> str:
    rows = [("figure", "value", "target", "met", "detail")]
    for name in (*TARGETS, *REPORTED):
        figure = result["figures"][name]
        if name in TARGETS:
            op, target = TARGETS[name]
            target_text, met_text = f"{op} {target}", "yes" if figure["met"] else "NO"
        else:
            target_text, met_text = "-", "-"
        rows.append((name, str(figure["value"]), target_text, met_text, detail(name, figure)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4] for row in rows]
    database = result["figures"]["database"]
    machine_ = result["machine"]
    lines.append("")
    lines.append(
        f"database at {database['codes']:,} codes: {database['megabytes']} MB "
        f"(bulk load {database['bulk_load_seconds']} s)"
    )
    lines.append(
        f"machine: {machine_['cpu']}, {machine_['cores']} cores, Python {machine_['python']}; "
        f"{'quick' if result['quick'] else 'full'} run took {result['seconds']} s"
    )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute: proves the benchmarks run")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    result = run(args.quick)
    for name in TARGETS:
        result["figures"][name]["met"] = met_checks(name, result["figures"][name])
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
