"""Test isolation shared by every test (after Vorta's ``tests/unit/conftest.py``).

Each test gets its own data directory and an in-memory keyring, so nothing touches the
developer's real files or real Secret Service unless a test asks for it explicitly.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop.paths import DataPaths
from tests.pg_server import PgServer
from tests.pg_server import required as pg_required
from tests.pg_server import running as pg_running

pytest_plugins = ["tests.smtp_fixtures"]

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.shell.main_window import MainWindow


class MemoryKeyring(KeyringBackend):
    """A keyring backend that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError as exc:
            raise PasswordDeleteError(username) from exc


def pytest_runtest_setup(item: pytest.Item) -> None:
    """A permission drill means nothing to root, who may write a read-only file: it skips
    there, and ``.ci/run`` runs the ``unprivileged`` tests again as an ordinary user."""
    if item.get_closest_marker("unprivileged") and hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("permissions do not apply to root; .ci/run repeats this as an ordinary user")


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("secret_service"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def data_paths(tmp_path: Path) -> DataPaths:
    """A fresh, empty data directory for every test."""
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def app_context(data_paths: DataPaths) -> Iterator[AppContext]:
    """A started app session (lock, migrated database) on the test's data dir, in English."""
    from desktop.options import parse_args
    from desktop.ui.shell.app import ensure_application, start_session
    from desktop.ui.shell.translations import install_translators

    ensure_application([])
    started = start_session(parse_args(["--data-dir", str(data_paths.root), "--lang", "en"]))
    assert not isinstance(started, int), f"start-up failed with code {started}"
    install_translators("en")
    try:
        yield started.context
    finally:
        started.close()


@pytest.fixture
def main_window(app_context: AppContext, qtbot: Any) -> Iterator[MainWindow]:
    """The whole main window, shown offscreen, driven by object names like a user would."""
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        window.shutdown()


LAYOUT_FONT = "DejaVu Sans"  # Debian's fonts-dejavu-core; .ci/run installs it


@pytest.fixture(scope="session")
def layout_font() -> str:
    """The font that tests measuring text widths rely on, or a clear failure (never a skip).

    Their widths (the default window, columns that fit their headings) hold for the font Qt
    picks for its default "Sans Serif" on Debian. Without it Qt falls back to whatever fontconfig
    has, or to no font at all, and those tests would fail far from the cause.
    """
    from PySide6.QtGui import QFontInfo

    from desktop.ui.shell.app import ensure_application

    family = QFontInfo(ensure_application([]).font()).family()
    if family != LAYOUT_FONT:
        found = repr(family) if family else "no font at all"
        pytest.fail(
            f"Qt's default font is {found}, not {LAYOUT_FONT!r}, so the"
            " layout tests cannot measure text as they expect: install Debian's"
            " fonts-dejavu-core (apt-get install fonts-dejavu-core; .ci/run does) and check"
            " that `fc-match sans-serif` names DejaVu Sans.",
            pytrace=False,
        )
    return family


class _Records(logging.Handler):
    """Every WARNING and above, from any thread, while one test runs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _unexpected(record: logging.LogRecord, expected: list[tuple[str, re.Pattern[str]]]) -> bool:
    if record.levelno < logging.ERROR and not record.name.startswith("desktop"):
        return False  # a library's own warnings (aiosmtpd's deprecations) are not ours
    message = record.getMessage()
    return not any(
        record.levelname == level and pattern.search(message) for level, pattern in expected
    )


@pytest.fixture(autouse=True)
def no_unexpected_log(request: pytest.FixtureRequest) -> Iterator[None]:
    """A logged error is a failing test (after qutebrowser's ``logfail``): any ERROR, and any
    WARNING of ours, fails the test unless it declares it with
    ``@pytest.mark.expected_log("WARNING", r"regex")``."""
    handler = _Records()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    expected = [
        (str(mark.args[0]), re.compile(str(mark.args[1])))
        for mark in request.node.iter_markers("expected_log")
    ]
    bad = [r for r in handler.records if _unexpected(r, expected)]
    if bad:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in bad)
        pytest.fail(f"unexpected log records (declare them with expected_log):\n{lines}")


# -- PostgreSQL (team mode) --------------------------------------------------------------------
ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL cluster for the session (``tests/pg_server.py``).

    Skipped where PostgreSQL is not installed, except in CI (``CI=true``), where a missing
    server fails the tests that need it: ``.ci/run`` installs Debian's ``postgresql``."""
    with pg_running() as server:
        if server is None:
            reason = "PostgreSQL is not installed (Debian: apt-get install postgresql)"
            if pg_required():
                pytest.fail(f"{reason}; CI must run the PostgreSQL tests", pytrace=False)
            pytest.skip(reason)
        yield server


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on the session's cluster (dropped after the test)."""
    name = pg_server.new_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def database_url(data_paths: DataPaths) -> str:
    """The books' URL for fixtures that open a database; the SQLite file by default.
    Test folders that run on both engines override it with ``engine_url``."""
    return data_paths.database_url()


@pytest.fixture(params=ENGINES)
def engine_url(request: pytest.FixtureRequest, data_paths: DataPaths) -> str:
    """The same test once on the SQLite file and once on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return data_paths.database_url()
    return str(request.getfixturevalue("pg_url"))
