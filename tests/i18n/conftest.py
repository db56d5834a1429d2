"""Fixtures for the interface-language tests: an app started in a given language.

Translators are process-wide, so every fixture puts English back when its test ends.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop.paths import DataPaths
from desktop.ui.shell.app import Session
from desktop.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def load_update_script() -> ModuleType:
    """``i18n/update.py`` is a script, not a package module; load it by path."""
    spec = importlib.util.spec_from_file_location("faktura_i18n_update", ROOT / "i18n/update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def update_script() -> ModuleType:
    return load_update_script()


def start(data_paths: DataPaths, *args: str) -> Session:
    """Start-up like ``faktura --data-dir DIR *args``: lock, database, language, translators."""
    from desktop.options import parse_args
    from desktop.ui.shell.app import ensure_application, start_session
    from desktop.ui.shell.translations import install_translators

    ensure_application([])
    started = start_session(parse_args(["--data-dir", str(data_paths.root), *args]))
    assert not isinstance(started, int), f"start-up failed with code {started}"
    install_translators(started.context.language)
    return started


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    from desktop.ui.shell.translations import install_translators

    install_translators("en")


OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    data_paths: DataPaths, qtbot: Any, english_afterwards: None
) -> Iterator[OpenWindow]:
    """``open_window("--lang", "lt")`` starts a session and shows its main window.

    A second call closes the first session, as quitting the app would, so a test can
    check what the next start remembers.
    """
    running: list[tuple[Session, MainWindow]] = []

    def stop() -> None:
        while running:
            session, window = running.pop()
            window.close()
            window.shutdown()
            session.close()

    def opener(*args: str) -> MainWindow:
        stop()
        session = start(data_paths, *args)
        window = MainWindow(session.context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        running.append((session, window))
        return window

    try:
        yield opener
    finally:
        stop()
