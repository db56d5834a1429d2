"""``python -m benchmarks [--quick] [--json]``: every figure beside its floor, goals checked.

The table goes to stdout; with ``--json`` the last line is one JSON object with every key
(``null`` where a part could not run, with the reason in ``notes``).  The exit code is 0
even when a goal is missed: this measures, the note interprets.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.fixtures import FixtureCache

KEYS = (
    "startup_s", "startup_floor_s", "startup_ratio", "list_filter_ms_p95",
    "pdf_ms", "pdf_floor_ms", "pdf_ratio", "send_per_s", "send_floor_per_s", "send_ratio",
    "gui_max_stall_ms", "rss_mb", "rss_floor_mb",
    "pg_list_filter_ms_p95_100k", "pg_list_filter_ms_p95_1m", "pg_issue_per_s",
    "pg_issue_floor_per_s",
)  # fmt: skip

# (label, value key, floor key, ratio key, goal text, passes)
Row = tuple[str, str, str | None, str | None, str, Callable[[dict[str, Any]], bool | None]]


def _le(key: str, limit: float) -> Callable[[dict[str, Any]], bool | None]:
    return lambda r: None if r.get(key) is None else r[key] <= limit


def _ge(key: str, limit: float) -> Callable[[dict[str, Any]], bool | None]:
    return lambda r: None if r.get(key) is None else r[key] >= limit


ROWS: tuple[Row, ...] = (
    ("start-up (s)", "startup_s", "startup_floor_s", "startup_ratio", "ratio ≤ 3.0",
     _le("startup_ratio", 3.0)),
    ("list filter p95 (ms)", "list_filter_ms_p95", None, None, "≤ 16",
     _le("list_filter_ms_p95", 16)),
    ("invoice PDF (ms)", "pdf_ms", "pdf_floor_ms", "pdf_ratio", "ratio ≤ 3", _le("pdf_ratio", 3)),
    ("sending (msg/s)", "send_per_s", "send_floor_per_s", "send_ratio", "ratio ≥ 0.8",
     _ge("send_ratio", 0.8)),
    ("GUI stall while sending (ms)", "gui_max_stall_ms", None, None, "≤ 50",
     _le("gui_max_stall_ms", 50)),
    ("memory, 100k listed (MB)", "rss_mb", "rss_floor_mb", None, "reported", lambda r: None),
    ("PostgreSQL list filter p95, 100k (ms)", "pg_list_filter_ms_p95_100k", None, None, "≤ 16",
     _le("pg_list_filter_ms_p95_100k", 16)),
    ("PostgreSQL list filter p95, 1M (ms)", "pg_list_filter_ms_p95_1m", None, None, "≤ 16",
     _le("pg_list_filter_ms_p95_1m", 16)),
    ("PostgreSQL, 8 apps issuing (inv/s)", "pg_issue_per_s", "pg_issue_floor_per_s", None,
     "reported", lambda r: None),
)  # fmt: skip


def _external(module: str, quick: bool, keys: tuple[str, ...], notes: list[str]) -> dict[str, Any]:
    """Another engineer's ``benchmarks/<module>.py`` with ``measure(quick) -> dict``."""
    try:
        bench = importlib.import_module(f"benchmarks.{module}")
    except ImportError as exc:
        notes.append(f"{module}: not available ({exc})")
        return dict.fromkeys(keys)
    result: dict[str, Any] = bench.measure(quick)
    return result


def _guarded(name: str, action: Callable[[], dict[str, Any]], keys: tuple[str, ...],
             notes: list[str]) -> dict[str, Any]:  # fmt: skip
    began = time.perf_counter()
    try:
        result = action()
    except Exception as exc:
        notes.append(f"{name}: failed: {type(exc).__name__}: {exc}")
        traceback.print_exc(file=sys.stderr)
        return dict.fromkeys(keys)
    print(f"  {name}: {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    return result


def run(quick: bool) -> tuple[dict[str, Any], list[str]]:
    from benchmarks import list_bench, memory_bench, startup_bench

    notes: list[str] = []
    results: dict[str, Any] = {}
    scratch = Path(tempfile.mkdtemp(prefix="faktura-bench-"))
    fixtures = FixtureCache(scratch)
    try:
        parts: list[tuple[str, Callable[[], dict[str, Any]], tuple[str, ...]]] = [
            ("startup", lambda: startup_bench.measure(quick, fixtures), KEYS[0:3]),
            ("list", lambda: list_bench.measure(quick, fixtures), KEYS[3:4]),
            ("pdf", lambda: _external("pdf_bench", quick, KEYS[4:7], notes), KEYS[4:7]),
            ("send", lambda: _external("send_bench", quick, KEYS[7:11], notes), KEYS[7:11]),
            ("memory", lambda: memory_bench.measure(quick, fixtures), KEYS[11:13]),
            ("team", lambda: _external("team_bench", quick, KEYS[13:17], notes), KEYS[13:17]),
        ]
        for name, action, keys in parts:
            results.update(_guarded(name, action, keys, notes))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return results, notes


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def table(results: dict[str, Any]) -> str:
    header = ("figure", "value", "floor", "ratio", "goal", "met")
    rows = [header]
    for label, key, floor, ratio, goal, passes in ROWS:
        met = passes(results)
        rows.append((
            label, _fmt(results.get(key)), _fmt(results.get(floor)) if floor else "",
            _fmt(results.get(ratio)) if ratio else "", goal,
            "" if met is None else ("yes" if met else "NO"),
        ))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs (under 5 minutes)")
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args(argv)
    results, notes = run(args.quick)
    print(table(results))
    for key, value in results.items():
        if key not in KEYS:
            print(f"  {key}: {_fmt(value)}")
    for note in notes:
        print(f"note: {note}")
    if args.json:
        print(json.dumps({key: results.get(key) for key in KEYS} | {"notes": notes}))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter finalisation: after the in-process GUI benchmarks, PySide6 6.12 can
    # abort while garbage-collecting its wrappers at exit ("bool_dealloc"), after the results.
    os._exit(code)
