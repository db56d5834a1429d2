"""Cold start: a new process until the invoice table has painted its first rows (10,000 invoices).

The app runs under ``benchmarks.first_paint``, which watches the table from outside the
product and writes the time of that paint to a file.  The floor is a bare PySide6
``QMainWindow`` script that exits the same way on its first paint.  Both run offscreen,
interleaved, after one warm-up each (so the OS file cache is equally warm for both and the
figure is the interpreter's and our own work).  Goal: ratio ≤ 3.0.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.fixtures import FixtureCache

ROOT = Path(__file__).resolve().parent.parent
INVOICES = 10_000

FLOOR_SCRIPT = """
import sys, time
from pathlib import Path
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


def _timed(command: list[str], ready: Path, env: dict[str, str]) -> float:
    ready.unlink(missing_ok=True)
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not ready.exists():
        raise RuntimeError(f"{command[:3]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return float(ready.read_text(encoding="utf-8")) - started


def app_command(data_dir: Path, ready: Path) -> list[str]:
    """The app under ``benchmarks.first_paint``, which writes ``ready`` at its first rows."""
    driver = [sys.executable, "-m", "benchmarks.first_paint", str(ready), "--"]
    return [*driver, "--data-dir", str(data_dir)]


def measure(quick: bool, fixtures: FixtureCache) -> dict[str, float | None]:
    runs = 3 if quick else 5
    scratch = Path(tempfile.mkdtemp(prefix="faktura-startup-", dir=fixtures.root))
    ready = scratch / "ready.txt"
    floor_script = scratch / "floor.py"
    floor_script.write_text(FLOOR_SCRIPT, encoding="utf-8")
    app_times: list[float] = []
    floor_times: list[float] = []
    for n in range(runs + 1):  # run 0 warms the file cache and is not counted
        floor = _timed([sys.executable, str(floor_script), str(ready)], ready, _environment())
        data_dir = fixtures.data_dir(INVOICES, f"startup-{n}")
        app = _timed(app_command(data_dir, ready), ready, _environment())
        if n:
            floor_times.append(floor)
            app_times.append(app)
    startup = statistics.median(app_times)
    floor_s = statistics.median(floor_times)
    return {"startup_s": startup, "startup_floor_s": floor_s, "startup_ratio": startup / floor_s}
