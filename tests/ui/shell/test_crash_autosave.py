"""The real process: a draft survives SIGKILL within seconds of typing; one app per data dir.

The app runs on the offscreen platform.  Since nobody can type into a subprocess, the crash
test starts it through ``tests.app_runner``, which runs ``crash_autosave_steps.run`` inside it
once the main window is shown: it types like a user, waits for autosave, writes a marker.  The
second-instance test needs no steps and starts the shipped ``python -m desktop`` itself.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage.database import open_database
from desktop.storage.models import Invoice

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

ROOT = Path(__file__).resolve().parents[3]

STEPS = Path(__file__).with_name("crash_autosave_steps.py")


def _app_args(data_dir: Path) -> list[str]:
    return ["--data-dir", str(data_dir), "--lang", "en"]


def _command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "desktop", *_app_args(data_dir)]


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def _wait_for(
    check: Callable[[], bool], process: subprocess.Popen[bytes], timeout: float = 40
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if process.poll() is not None:
            _out, err = process.communicate()
            raise AssertionError(f"app exited with {process.returncode}: {err.decode()[-2000:]}")
        time.sleep(0.1)
    raise AssertionError("timed out waiting for the app")


@pytest.fixture
def app_process() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def test_draft_survives_sigkill(
    data_paths: DataPaths, tmp_path: Path, app_process: list[subprocess.Popen[bytes]]
) -> None:
    marker = tmp_path / "marker"
    runner = [sys.executable, "-m", "tests.app_runner", str(STEPS), str(marker), "--"]
    process = subprocess.Popen(
        [*runner, *_app_args(data_paths.root)],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    app_process.append(process)
    _wait_for(marker.exists, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    db = open_database(data_paths.database_url())
    try:
        with db.session() as session:
            drafts = session.query(Invoice).all()
            assert len(drafts) == 1
            draft = drafts[0]
            assert draft.status == "draft"
            assert draft.client_name == "Crash Test Client"
            assert [ln.description for ln in draft.lines] == ["Typed right before the crash"]
    finally:
        db.dispose()


def test_second_instance_refuses_the_same_data_dir(
    data_paths: DataPaths, app_process: list[subprocess.Popen[bytes]]
) -> None:
    env = _env()
    first = subprocess.Popen(
        _command(data_paths.root),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    app_process.append(first)
    log = data_paths.log_file
    _wait_for(lambda: log.exists() and "started with data" in log.read_text("utf-8"), first)
    second = subprocess.run(
        _command(data_paths.root),
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert second.returncode != 0
    assert "already running" in second.stderr.decode()
    assert first.poll() is None
