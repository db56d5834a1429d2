"""``python -m benchmarks [--quick] [--json]``: every figure beside its floor, goals checked.

The table goes to stdout; with ``--json`` the last line is one JSON object with every key
(``null`` where a part could not run, with the reason in ``notes``).  The exit code is 0
even when a goal is missed: this measures, the note interprets.
"""

from __future__ import annotations

import argparse
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

# (label, value key, floor key, ratio key, goal text, passes): one line per figure
Row = tuple[str, str, str | None, str | None, str, Callable[[dict[str, Any]], bool | None]]


def _le(key: str, limit: float) -> Callable[[dict[str, Any]], bool | None]:
    return lambda r: None if r.get(key) is None else r[key] <= limit


def _ge(key: str, limit: float) -> Callable[[dict[str, Any]], bool | None]:
    return lambda r: None if r.get(key) is None else r[key] >= limit


ROWS: tuple[Row, ...] = (
    ("first rows, 10k (s)", "startup_s", "startup_floor_s", "startup_ratio", "reported",
     lambda r: None),
    ("usable (tti), 10k (s)", "tti_s", "tti_floor_s", "tti_ratio", "ratio ≤ 2.5",
     _le("tti_ratio", 2.5)),
    ("usable, 1M (s)", "startup_1m_s", "startup_1m_floor_s", "startup_1m_ratio", "ratio ≤ 3.0",
     _le("startup_1m_ratio", 3.0)),
    ("list filter p95, 100k (ms)", "list_filter_ms_p95", "list_filter_floor_ms_p95", None,
     "≤ 16", _le("list_filter_ms_p95", 16)),
    ("list filter p95, 1M (ms)", "list_filter_1m_ms_p95", "list_filter_1m_floor_ms_p95", None,
     "≤ 16", _le("list_filter_1m_ms_p95", 16)),
    ("memory, 100k listed (MB)", "rss_mb", "rss_floor_mb", "rss_ratio", "ratio ≤ 2.0",
     _le("rss_ratio", 2.0)),
    ("memory, 1M listed (MB)", "rss_1m_mb", "rss_1m_floor_mb", "rss_1m_ratio", "ratio ≤ 2.5",
     _le("rss_1m_ratio", 2.5)),
    ("invoice PDFs, set of 5 (ms)", "pdf_ms", "pdf_floor_ms", "pdf_ratio", "ratio ≤ 2.0",
     _le("pdf_ratio", 2.0)),
    ("PDF batch, 1,000 (PDF/s)", "pdf_batch_per_s", "pdf_batch_floor_per_s", "pdf_batch_ratio",
     "ratio ≥ 1.7", _ge("pdf_batch_ratio", 1.7)),
    ("sending, 500 invoices (msg/s)", "send_per_s", "send_floor_per_s", "send_ratio",
     "ratio ≥ 0.95", _ge("send_ratio", 0.95)),
    ("GUI stall while sending (ms)", "gui_max_stall_ms", "gui_max_stall_floor_ms", None, "≤ 16",
     _le("gui_max_stall_ms", 16)),
    ("keystroke to paint p95 (ms)", "keystroke_to_paint_ms_p95", "keystroke_floor_ms_p95", None,
     "≤ 16", _le("keystroke_to_paint_ms_p95", 16)),
    ("PostgreSQL list filter p95, 100k (ms)", "pg_list_filter_ms_p95_100k", None, None, "≤ 16",
     _le("pg_list_filter_ms_p95_100k", 16)),
    ("PostgreSQL list filter p95, 1M (ms)", "pg_list_filter_ms_p95_1m", None, None, "≤ 16",
     _le("pg_list_filter_ms_p95_1m", 16)),
    ("PostgreSQL, 8 apps issuing (inv/s)", "pg_issue_per_s", "pg_issue_floor_per_s", None,
     "reported", lambda r: None),
)  # fmt: skip

KEYS = tuple(dict.fromkeys(k for row in ROWS for k in row[1:4] if k is not None))

# What the figures were measured on: ``--quick`` changes the number of runs, never these.
SIZES = {
    "startup_invoices": 10_000, "startup_1m_invoices": 1_000_000, "list_invoices": 100_000,
    "list_1m_invoices": 1_000_000, "memory_invoices": 100_000, "memory_1m_invoices": 1_000_000,
    "pdf_set": 5, "pdf_batch_invoices": 1_000, "send_messages": 500, "keystroke_lines": 30,
    "pg_list_invoices": 100_000, "pg_list_1m_invoices": 1_000_000, "pg_issuers": 8,
}  # fmt: skip


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


def _keys(prefix: str) -> tuple[str, ...]:
    return tuple(k for k in KEYS if k.startswith(prefix))


def run(quick: bool, only: set[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    from benchmarks import (
        keystroke_bench,
        list_bench,
        memory_bench,
        pdf_batch_bench,
        pdf_bench,
        send_bench,
        startup_bench,
        team_bench,
    )  # fmt: skip

    notes: list[str] = []
    results: dict[str, Any] = {}
    scratch = Path(tempfile.mkdtemp(prefix="faktura-bench-"))
    fixtures = FixtureCache(scratch)
    try:
        parts: list[tuple[str, Callable[[], dict[str, Any]], tuple[str, ...]]] = [
            ("pdf", lambda: pdf_bench.measure(quick), _keys("pdf_")),
            ("pdf_batch", lambda: pdf_batch_bench.measure(quick, scratch), _keys("pdf_batch")),
            ("keystroke", lambda: keystroke_bench.measure(quick, scratch), _keys("keystroke")),
            ("send", lambda: send_bench.measure(quick), _keys("send") + _keys("gui_")),
            ("startup", lambda: startup_bench.measure(quick, fixtures),
             _keys("startup") + _keys("tti")),
            ("list", lambda: list_bench.measure(quick, fixtures), _keys("list_")),
            ("memory", lambda: memory_bench.measure(quick, fixtures), _keys("rss")),
            ("team", lambda: team_bench.measure(quick), _keys("pg_")),
            ("team_search", lambda: team_bench.measure_search(quick), _keys("pg_list")),
        ]  # fmt: skip
        for name, action, keys in parts:
            # team_search is the search half of team, alone: only when asked for by name
            if (only is None and name != "team_search") or (only is not None and name in only):
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


def _load() -> list[float] | None:
    """The machine's load average when the run began: how busy the neighbours were."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs of the same work (same sizes)"
    )
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    parser.add_argument(
        "--only", action="append", help="one part (pdf, pdf_batch, keystroke, send, startup, "
        "list, memory, team, team_search: only team's search); repeatable"
    )  # fmt: skip
    args = parser.parse_args(argv)
    only = set(args.only) if args.only else None
    began, load = time.time(), _load()
    results, notes = run(args.quick, only)
    print(table(results))
    for key, value in results.items():
        if key not in KEYS:
            print(f"  {key}: {_fmt(value)}")
    for note in notes:
        print(f"note: {note}")
    if args.json:
        meta = {
            "mode": "quick" if args.quick else "full", "sizes": SIZES,
            "parts": sorted(only) if only else "all", "cpus": os.cpu_count(),
            "load_before": load, "seconds": round(time.time() - began),
        }  # fmt: skip
        print(
            json.dumps(
                meta
                | {key: results.get(key) for key in KEYS}
                | {key: value for key, value in results.items() if key not in KEYS}
                | {"notes": notes}
            )
        )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter finalisation: after the in-process GUI benchmarks, PySide6 6.12 can
    # abort while garbage-collecting its wrappers at exit ("bool_dealloc"), after the results.
    os._exit(code)
