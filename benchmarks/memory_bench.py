"""Resident memory with every invoice fetched into the list, beside a bare window.

With 100,000 invoices (``rss_*``) and with 1,000,000 (``rss_1m_*``): the list is scrolled
through to its end (``fetchMore`` until it has no more), as a user holding Page Down would.
Goals: ``rss_ratio`` ≤ 2.0, ``rss_1m_ratio`` ≤ 2.5.

Each figure comes from its own subprocess reading ``VmRSS`` from ``/proc/self/status``
(Linux), so neither measurement inherits the other's heap.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.fixtures import FixtureCache

ROOT = Path(__file__).resolve().parent.parent
INVOICES = 100_000
MILLION = 1_000_000

RSS = """
def rss_mb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")
"""

FLOOR_SCRIPT = (
    RSS
    + """
import json
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 760)
window.show()
for _ in range(5):
    app.processEvents()
print(json.dumps({"rss_mb": rss_mb()}))
"""
)

APP_SCRIPT = (
    RSS
    + """
import json, sys
from desktop.options import parse_args
from desktop.ui.shell.app import ensure_application, start_session
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.translations import install_translators

app = ensure_application([])
started = start_session(parse_args(["--data-dir", sys.argv[1], "--lang", "en"]))
install_translators("en")
window = MainWindow(started.context)
window.show()
model = window.list_page.model
import time
began = time.perf_counter()
while model.canFetchMore():
    model.fetchMore()
fetched_s = time.perf_counter() - began
for _ in range(5):
    app.processEvents()
print(json.dumps({"rss_mb": rss_mb(), "rows": model.rowCount(), "fetch_s": fetched_s}))
window.close()
window.shutdown()
started.close()
"""
)


def _run(script: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=900
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory run failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _median_rss(runs: int, fixtures: FixtureCache, invoices: int) -> tuple[float, float, float]:
    """(app MB, floor MB, seconds to fetch every row), medians of interleaved runs."""
    app: list[float] = []
    floor: list[float] = []
    fetch: list[float] = []
    shared = fixtures.data_dir(invoices, f"memory-{invoices}") if invoices > INVOICES else None
    for n in range(runs):
        floor.append(_run(FLOOR_SCRIPT)["rss_mb"])
        data_dir = shared or fixtures.data_dir(invoices, f"memory-{invoices}-{n}")
        found = _run(APP_SCRIPT, str(data_dir))
        if found["rows"] != invoices:
            raise RuntimeError(f"the list fetched {found['rows']} of {invoices} invoices")
        app.append(found["rss_mb"])
        fetch.append(found["fetch_s"])
    return statistics.median(app), statistics.median(floor), statistics.median(fetch)


def measure(quick: bool, fixtures: FixtureCache) -> dict[str, float | None]:
    if not Path("/proc/self/status").exists():
        return {"rss_mb": None, "rss_floor_mb": None, "rss_ratio": None}
    runs = 1 if quick else 3
    rss, floor, fetch = _median_rss(runs, fixtures, INVOICES)
    rss_1m, floor_1m, fetch_1m = _median_rss(runs, fixtures, MILLION)
    return {
        "rss_mb": rss, "rss_floor_mb": floor, "rss_ratio": rss / floor,
        "rss_1m_mb": rss_1m, "rss_1m_floor_mb": floor_1m, "rss_1m_ratio": rss_1m / floor_1m,
        "list_fetch_all_s": fetch, "list_fetch_all_1m_s": fetch_1m,
    }  # fmt: skip
