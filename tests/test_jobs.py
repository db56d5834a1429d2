"""The job runner: outcomes and progress on the GUI thread, cancel hooks, a bounded shutdown."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from desktop.jobs import Job, JobRunner, job_runner
from desktop.services.control import CancelledError, JobControl


@pytest.fixture
def runner(qapp: Any) -> Any:
    made = JobRunner()
    yield made
    assert made.shutdown(2000) == 0
    made.deleteLater()


def finished(seen: list[tuple[str, Any, bool]]) -> bool:
    return bool(seen) and seen[-1][0] == "finished"


def gui() -> bool:
    """True on the application's (GUI) thread."""
    app = QCoreApplication.instance()
    assert app is not None
    return QThread.currentThread() == app.thread()


def record(job: Job) -> list[tuple[str, Any, bool]]:
    """Every signal of ``job`` in order, with whether it arrived on the GUI thread."""
    seen: list[tuple[str, Any, bool]] = []
    job.progress.connect(lambda d, t, text: seen.append(("progress", (d, t, text), gui())))
    job.succeeded.connect(lambda value: seen.append(("succeeded", value, gui())))
    job.failed.connect(lambda exc: seen.append(("failed", exc, gui())))
    job.cancelled.connect(lambda: seen.append(("cancelled", None, gui())))
    job.finished.connect(lambda: seen.append(("finished", None, gui())))
    return seen


def test_progress_and_result_arrive_on_the_gui_thread_in_order(runner: Any, qtbot: Any) -> None:
    worker_threads: list[bool] = []

    def work(control: JobControl) -> str:
        worker_threads.append(gui())
        for done in range(3):
            control.progress(done + 1, 3, f"step {done + 1}")
        return "result"

    job = runner.start("counting", work)
    seen = record(job)
    qtbot.waitUntil(lambda: finished(seen), timeout=5000)
    assert worker_threads == [False]  # the work ran off the GUI thread
    assert [name for name, _, _ in seen] == ["progress"] * 3 + ["succeeded", "finished"]
    assert [value for _, value, _ in seen[:3]] == [
        (1, 3, "step 1"),
        (2, 3, "step 2"),
        (3, 3, "step 3"),
    ]
    assert seen[3][1] == "result"
    assert all(on_gui for _, _, on_gui in seen)
    assert runner.running() == []


def test_an_exception_is_reported_as_failed(runner: Any, qtbot: Any) -> None:
    def work(control: JobControl) -> None:
        raise ValueError("the user's input")

    job = runner.start("failing", work)
    seen = record(job)
    qtbot.waitUntil(lambda: finished(seen), timeout=5000)
    assert [name for name, _, _ in seen] == ["failed", "finished"]
    assert isinstance(seen[0][1], ValueError) and seen[0][2]


def test_cancel_reaches_the_hooks_and_reports_cancelled(runner: Any, qtbot: Any) -> None:
    started = threading.Event()
    hooked: list[bool] = []  # from which thread each hook ran: the cancelling one

    def work(control: JobControl) -> str:
        unblock = threading.Event()
        control.on_cancel(lambda: hooked.append(gui()))
        control.on_cancel(unblock.set)  # what closing a socket does to a blocked call
        started.set()
        unblock.wait(10)
        control.check()
        return "not reached"

    job = runner.start("blocking", work)
    seen = record(job)
    assert started.wait(5)
    job.cancel()
    assert hooked == [True]
    qtbot.waitUntil(lambda: finished(seen), timeout=5000)
    assert [name for name, _, _ in seen] == ["cancelled", "finished"]


def test_work_that_returns_after_a_cancel_is_cancelled_not_succeeded(
    runner: Any, qtbot: Any
) -> None:
    def work(control: JobControl) -> str:
        control.wait(10)  # returns True at once when cancelled
        return "partial"

    job = runner.start("polite", work)
    seen = record(job)
    job.cancel()
    qtbot.waitUntil(lambda: finished(seen), timeout=5000)
    assert [name for name, _, _ in seen] == ["cancelled", "finished"]


def test_a_hook_added_after_cancel_runs_at_once() -> None:
    control = JobControl()
    control.cancel()
    ran: list[int] = []
    control.on_cancel(lambda: ran.append(1))
    assert ran == [1]
    with pytest.raises(CancelledError):
        control.check()


def test_shutdown_cancels_and_waits(runner: Any) -> None:
    ended: list[str] = []

    def work(control: JobControl) -> None:
        control.wait(30)
        time.sleep(0.2)  # some clean-up after the cancel
        ended.append("done")

    jobs = [runner.start(f"waiting {i}", work) for i in range(3)]
    time.sleep(0.1)
    began = time.monotonic()
    assert runner.shutdown(5000) == 0
    assert time.monotonic() - began < 2
    assert ended == ["done"] * 3
    assert all(job.wait(0) for job in jobs)
    assert runner.running() == []


@pytest.mark.expected_log("WARNING", r"jobs still running at quit")
def test_shutdown_reports_a_job_that_will_not_stop(
    runner: Any, caplog: pytest.LogCaptureFixture
) -> None:
    release = threading.Event()
    job = runner.start("stubborn", lambda control: release.wait(10))
    time.sleep(0.1)
    began = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="desktop.jobs"):
        assert runner.shutdown(300) == 1
    assert time.monotonic() - began < 1.5
    assert "stubborn" in caplog.text
    assert not job.wait(0)
    release.set()
    assert job.wait(5000)


def test_one_runner_per_application(qapp: Any) -> None:
    assert job_runner() is job_runner()
    assert job_runner().parent() is qapp


def test_a_job_that_ends_before_anyone_listens_still_reports(runner: Any, qtbot: Any) -> None:
    job = runner.start("instant", lambda control: 42)
    assert job.wait(5000)  # the work is over before the first connection is made
    seen = record(job)
    qtbot.waitUntil(lambda: finished(seen), timeout=5000)
    assert [(name, value) for name, value, _ in seen] == [("succeeded", 42), ("finished", None)]
