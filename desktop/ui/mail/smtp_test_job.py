"""Runs "Test connection" as a job of the job runner, off the GUI thread.

The steps travel from the job's thread on a relay's signal, queued to the GUI thread in the
order they happened and always before the job's outcome.  The relay is not the panel's
child: a dialog closed mid-test must not delete it under the running job; it goes when the
job has finished.  The password lives only as long as the job.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.jobs import Job, job_runner
from desktop.mail.diagnostics import ConnectionTestResult, StepEvent
from desktop.mail.settings import SmtpSettings
from desktop.services.control import JobControl
from desktop.services.mail_account import MailAccountService

JOB_NAME = "smtp_connection_test"


class _StepRelay(QObject):
    step = Signal(str, str, str)  # step value, state, detail

    def forward(self, event: StepEvent) -> None:
        self.step.emit(event.step.value, event.state, event.detail)


def start_test(
    settings: SmtpSettings,
    password: str | None,
    send_test_to: str | None,
    on_step: Callable[[str, str, str], None],
) -> Job:
    """Start the test; connect to the job's outcome right away.  ``on_step`` should be a
    QObject's method, so that it is no longer called once that object is gone."""
    runner = job_runner()
    relay = _StepRelay(runner)
    relay.step.connect(on_step)
    forward = relay.forward
    secret = [password]

    def work(control: JobControl) -> ConnectionTestResult:
        try:
            return MailAccountService.test_connection(
                settings, secret.pop(), send_test_to=send_test_to, control=control,
                on_event=forward,
            )  # fmt: skip
        finally:
            secret.clear()

    job = runner.start(JOB_NAME, work)
    job.finished.connect(relay.deleteLater)
    return job


def cancelled_result() -> ConnectionTestResult:
    """What the panel shows after Cancel (the job reports only that it was cancelled)."""
    return ConnectionTestResult(
        ok=False, failure=None, capabilities={}, auth_mechanisms=[], max_size=None, cert=None,
        cancelled=True,
    )  # fmt: skip
