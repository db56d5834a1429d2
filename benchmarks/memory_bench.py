"""Resident memory with all 100,000 invoices fetched into the list, beside a bare window.

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
while model.canFetchMore():
    model.fetchMore()
for _ in range(5):
    app.processEvents()
print(json.dumps({"rss_mb": rss_mb(), "rows": model.rowCount()}))
window.close()
window.shutdown()
started.close()
"""
)


def _run(script: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory run failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(quick: bool, fixtures: FixtureCache) -> dict[str, float | None]:
    if not Path("/proc/self/status").exists():
        return {"rss_mb": None, "rss_floor_mb": None}
    runs = 1 if quick else 3
    app: list[float] = []
    floor: list[float] = []
    for n in range(runs):
        floor.append(_run(FLOOR_SCRIPT)["rss_mb"])
        found = _run(APP_SCRIPT, str(fixtures.data_dir(INVOICES, f"memory-{n}")))
        if found["rows"] != INVOICES:
            raise RuntimeError(f"the list fetched {found['rows']} of {INVOICES} invoices")
        app.append(found["rss_mb"])
    return {"rss_mb": statistics.median(app), "rss_floor_mb": statistics.median(floor)}
