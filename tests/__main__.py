"""Run the test suite: ``python -m tests [pytest args]``.

Where gnome-keyring and dbus are installed, the suite runs inside a private D-Bus session with
an unlocked Secret Service, so the one real-keyring test can store and read a password (the
way a desktop session would).  Elsewhere that test skips, unless ``FAKTURA_REQUIRE_SECRET_SERVICE``
is set (CI sets it), which turns the skip into a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MARKER = "FAKTURA_TEST_DBUS_SESSION"


def _reexec_in_dbus_session() -> None:
    dbus = shutil.which("dbus-run-session")
    keyring_daemon = shutil.which("gnome-keyring-daemon")
    if os.environ.get(MARKER) or not dbus or not keyring_daemon:
        return
    env = dict(os.environ, **{MARKER: "1"})
    os.execvpe(dbus, [dbus, "--", sys.executable, "-m", "tests", *sys.argv[1:]], env)


def _unlock_keyring() -> None:
    daemon = shutil.which("gnome-keyring-daemon")
    if not os.environ.get(MARKER) or not daemon:
        return
    # A throwaway keyring in a throwaway folder: never the user's own login keyring, whose
    # password we don't know (and must not touch).
    home = tempfile.mkdtemp(prefix="faktura-keyring-")
    result = subprocess.run(
        [daemon, "--unlock", "--components=secrets"],
        input=b"faktura-test-session",
        capture_output=True,
        timeout=30,
        check=False,
        env=dict(os.environ, XDG_DATA_HOME=home),
    )
    for line in result.stdout.decode().splitlines():
        key, _, value = line.partition("=")
        if key and value:
            os.environ[key] = value


class _Counts:
    """Collects outcomes so CI can repeat them as its last line (``FAKTURA_TEST_SUMMARY``)."""

    def __init__(self) -> None:
        self.passed = self.failed = self.skipped = 0

    def pytest_runtest_logreport(self, report: object) -> None:
        when, outcome = getattr(report, "when", ""), getattr(report, "outcome", "")
        if outcome == "failed":
            self.failed += 1
        elif when == "call" and outcome == "passed":
            self.passed += 1
        elif outcome == "skipped" and when in ("setup", "call"):
            self.skipped += 1

    def line(self) -> str:
        return f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped"


def main() -> int:
    _reexec_in_dbus_session()
    _unlock_keyring()
    import pytest

    counts = _Counts()
    code = int(pytest.main(sys.argv[1:], plugins=[counts]))
    summary = os.environ.get("FAKTURA_TEST_SUMMARY")
    if summary:
        Path(summary).write_text(counts.line() + "\n", encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main())
