"""Cold start: a new process until the invoice table has painted its first rows, and until the
window is usable (those rows painted and then 1 s without an event-loop stall over 50 ms).

With 10,000 invoices: ``startup_*`` (first rows) and ``tti_*`` (usable); with 1,000,000:
``startup_1m_*`` (usable, as ``tti``).  The app runs under ``benchmarks.first_paint``, which
watches the table and the event loop from outside the product and writes both times to a file.
The floor is a bare PySide6 ``QMainWindow`` script that exits the same way on its first
paint.  Both run offscreen,
interleaved, after one warm-up each (so the OS file cache is equally warm for both and the
figure is the interpreter's and our own work).  Goals: ``tti_ratio`` ≤ 2.5,
``startup_1m_ratio`` ≤ 3.0.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.fixtures import FixtureCache

ROOT = Path(__file__).resolve().parent.parent
INVOICES = 10_000
MILLION = 1_000_000
SHARED = 100_000  # books larger than this are copied once per run, not once per start

FLOOR_SCRIPT = """
import sys, time
from pathlib import Path
from typing import Any
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
window.setWindowTitle("floor")

def done():
    Path(sys.argv[1]).write_text(repr(time.time()))
    app.quit()

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

hook = FirstPaint()
window.installEventFilter(hook)
window.show()
app.exec()
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _timed(command: list[str], ready: Path, env: dict[str, str]) -> dict[str, float]:
    """Seconds from the process start to each time its driver wrote into ``ready``."""
    ready.unlink(missing_ok=True)
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not ready.exists():
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    found = json.loads(ready.read_text(encoding="utf-8"))
    if isinstance(found, float):
        return {"painted": found - started}
    return {
        key: value - started if key != "longest_gap_s" else value for key, value in found.items()
    }


def app_command(data_dir: Path, ready: Path) -> list[str]:
    """The app under ``benchmarks.first_paint``, which writes ``ready`` at its first rows."""
    driver = [sys.executable, "-m", "benchmarks.first_paint", str(ready), "--"]
    return [*driver, "--data-dir", str(data_dir)]


def _runs(
    quick: bool, fixtures: FixtureCache, invoices: int
) -> tuple[list[float], list[dict[str, float]]]:
    """Interleaved floor and app starts; run 0 warms the file cache and is not counted.

    10,000 invoices get a fresh copy of the books per start; a million share one copy (the
    app leaves the file as it found it, bar ``PRAGMA optimize``, which a user's file gets too).
    """
    runs = 3 if quick else 5
    scratch = Path(tempfile.mkdtemp(prefix="faktura-startup-", dir=fixtures.root))
    ready = scratch / "ready.txt"
    floor_script = scratch / "floor.py"
    floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    floors: list[float] = []
    apps: list[dict[str, float]] = []
    shared = fixtures.data_dir(invoices, f"startup-{invoices}") if invoices > SHARED else None
    for n in range(runs + 1):
        floor = _timed([sys.executable, str(floor_script), str(ready)], ready, _environment())
        data_dir = shared or fixtures.data_dir(invoices, f"startup-{invoices}-{n}")
        app = _timed(app_command(data_dir, ready), ready, _environment())
        if n:
            floors.append(floor["painted"])
            apps.append(app)
    return floors, apps


def measure(quick: bool, fixtures: FixtureCache) -> dict[str, Any]:
    """First rows and usable (``tti``) with 10,000 invoices; usable with a million."""
    floors, apps = _runs(quick, fixtures, INVOICES)
    floor_s = statistics.median(floors)
    startup = statistics.median(a["painted"] for a in apps)
    tti = statistics.median(a["usable"] for a in apps)
    floors_1m, apps_1m = _runs(quick, fixtures, MILLION)
    floor_1m = statistics.median(floors_1m)
    tti_1m = statistics.median(a["usable"] for a in apps_1m)
    return {
        "startup_s": startup, "startup_floor_s": floor_s, "startup_ratio": startup / floor_s,
        "tti_s": tti, "tti_floor_s": floor_s, "tti_ratio": tti / floor_s,
        "tti_longest_gap_ms": statistics.median(a["longest_gap_s"] for a in apps) * 1000,
        "startup_1m_s": tti_1m, "startup_1m_floor_s": floor_1m,
        "startup_1m_ratio": tti_1m / floor_1m,
        "startup_1m_first_rows_s": statistics.median(a["painted"] for a in apps_1m),
    }  # fmt: skip
