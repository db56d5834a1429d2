"""Run the real app with test steps inside it: ``python -m tests.app_runner STEPS [ARG…] -- ARGS``.

Nobody can type into a subprocess, and the shipped app runs no code named by its environment,
so end-to-end tests start the app through this runner instead of ``python -m desktop``.  It
creates the QApplication, waits for the shown ``main_window``, then calls ``run(window, *ARG)``
from STEPS (a Python file that must live under ``tests/``); ARGS after ``--`` go to
``desktop.__main__.main``, which reuses the application and runs the event loop as usual.

A step that raises ends the app with exit code 70 and its trace on stderr, so the test sees a
failure at once instead of waiting for a marker that never comes.
"""

from __future__ import annotations

import runpy
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

TESTS = Path(__file__).resolve().parent
USAGE = "usage: python -m tests.app_runner STEPS_FILE [STEP_ARG ...] -- <faktura args>"
STEP_FAILED = 70  # EX_SOFTWARE
POLL_MS = 20


def shown_main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "main_window" and widget.isVisible():
            return widget
    return None


def load_steps(path: Path) -> Callable[..., object]:
    """The ``run`` function of a steps file; only test code from this folder is accepted."""
    if not path.resolve().is_relative_to(TESTS):
        raise ValueError(f"steps must live under {TESTS}, not {path}")
    steps = runpy.run_path(str(path), run_name="__app_steps__")
    run: Callable[..., object] | None = steps.get("run")
    if not callable(run):
        raise ValueError(f"{path} defines no run(window, ...)")
    return run


def run_when_shown(app: QApplication, run: Callable[..., object], args: list[str]) -> QTimer:
    """Polls for the main window; calls ``run`` once, the first time it is shown."""
    timer = QTimer(app)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        window = shown_main_window()
        if window is None:
            return
        timer.stop()
        try:
            run(window, *args)
        except Exception:
            traceback.print_exc()
            QApplication.exit(STEP_FAILED)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == 0:
        print(USAGE, file=sys.stderr)
        return 2
    split = argv.index("--")
    steps_file, step_args, app_args = Path(argv[0]), argv[1:split], argv[split + 1 :]
    try:
        run = load_steps(steps_file)
    except (OSError, ValueError) as exc:
        print(f"app_runner: {exc}", file=sys.stderr)
        return 2
    # Qt's own options among the app's arguments (-platform, -style) apply as they would to
    # ``faktura``; ``main`` finds this application and reuses it.
    app = QApplication([sys.argv[0], *app_args])
    poller = run_when_shown(app, run, step_args)
    from desktop.__main__ import main as faktura_main

    try:
        return faktura_main(app_args)
    finally:
        poller.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
