"""A hidden hook for end-to-end tests of the real process (crash, autosave, restart).

When ``FAKTURA_TEST_SCRIPT`` names a Python file, the app runs it once the main window is
shown, with ``window`` in its namespace.  Tests use it to type into a running ``python -m
desktop`` they will later kill; without the variable this does nothing at all.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ENV = "FAKTURA_TEST_SCRIPT"


def run_test_hook(window: QWidget) -> None:
    script = os.environ.get(ENV)
    if not script:
        return

    def run() -> None:
        path = Path(script)
        log.warning("Running test script %s", path)
        namespace = {"window": window, "__name__": "__faktura_test__", "__file__": str(path)}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)

    QTimer.singleShot(0, run)
