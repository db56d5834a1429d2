"""The mailer's patience with failures that are not the server's: growing waits, few lines."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from desktop.core.errors import StorageError
from desktop.mail.outbox_backoff import Backoff, RepeatedFailureLog, is_environment


def test_waits_double_up_to_the_cap_and_start_over() -> None:
    backoff = Backoff(2.0, 300.0)
    assert [backoff.next_delay() for _ in range(10)] == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    backoff.reset()
    assert backoff.next_delay() == 2


def test_the_users_situation_is_told_apart_from_our_bugs() -> None:
    assert is_environment(FileNotFoundError("message.eml"))
    assert is_environment(StorageError("full"))
    locked = sqlite3.OperationalError("database is locked")
    locked.sqlite_errorcode = 5  # type: ignore[attr-defined]  # SQLITE_BUSY
    assert is_environment(locked)
    assert not is_environment(KeyError("a bug"))


@pytest.mark.expected_log("WARNING", r"cannot send mail.*PermissionError")
def test_a_failure_that_keeps_coming_is_logged_once_per_wait(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [0.0]
    failures = RepeatedFailureLog(logging.getLogger("desktop.test"), clock=lambda: now[0])
    error = PermissionError(13, "Permission denied")
    # 45 tries a second for 10 s (the old busy loop), with waits of 2 s logged after each.
    for tick in range(450):
        now[0] = tick / 45
        failures.failed(error, retry_in=2.0)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 5  # at 0, 2, 4, 6, 8 s
    assert lines[0].startswith("cannot send mail: PermissionError")
    assert lines[1].startswith("still cannot send mail (90 more failures in 2 s)")
    failures.recovered()
    failures.failed(error, retry_in=2.0)  # after a success, a new story
    assert caplog.records[-1].getMessage().startswith("cannot send mail")


@pytest.mark.expected_log("ERROR", r"cannot send mail.*KeyError")
def test_our_bug_keeps_its_traceback_once(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    failures = RepeatedFailureLog(logging.getLogger("desktop.test"), clock=lambda: now[0])
    for tick in range(3):
        now[0] = tick * 5.0
        failures.failed(KeyError("row"), retry_in=4.0)
    records = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(records) == 3 and records[0].exc_info and not records[1].exc_info
