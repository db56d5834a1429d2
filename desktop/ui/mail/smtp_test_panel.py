# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""The "Test connection" result area: live step list, cancel, failure with what to do.

The test runs as a job (``smtp_test_job``) so the window stays responsive; the panel only
reacts to its steps and outcome, and Cancel is ``job.cancel()``, which aborts the
connection.  A test outlives a closed dialog only as long as its cancel takes; the job
runner waits for it at quit.  An untrusted certificate is shown with its fingerprint and a
button that asks the form to pin it (``trust_requested``).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.jobs import Job
from desktop.mail.diagnostics import ConnectionTestResult
from desktop.mail.errors import SmtpFailure
from desktop.mail.guidance import Guidance
from desktop.mail.providers import oauth_provider
from desktop.mail.settings import SmtpSettings
from desktop.mail.steps import Step
from desktop.mail.x509 import CertInfo
from desktop.modules.guides import guide_for_guidance
from desktop.ui.mail.guidance_text import guidance_advice, guidance_title
from desktop.ui.mail.smtp_test_job import cancelled_result, start_test
from desktop.ui.mail.smtp_texts import STEP_ROWS, row_step, step_label
from desktop.ui.widgets.field_errors import ERROR_COLOUR

log = logging.getLogger(__name__)
OK_COLOUR = "#1b7f3b"
SKIPPED_COLOUR = "#7a7a7a"
_MARKS = {"pending": "○", "running": "…", "ok": "✓", "failed": "✗", "skipped": "–"}
CERT_GUIDANCE = {
    Guidance.CERT_UNTRUSTED,
    Guidance.CERT_HOSTNAME_MISMATCH,
    Guidance.CERT_PIN_MISMATCH,
}


def format_fingerprint(sha256: str) -> str:
    """``AB:CD:…`` in two lines of 16 bytes, as browsers show it."""
    pairs = [sha256[i : i + 2].upper() for i in range(0, len(sha256), 2)]
    return (
        ":".join(pairs[:16]) + ":\n" + ":".join(pairs[16:]) if len(pairs) > 16 else ":".join(pairs)
    )


DETAILS_LINK = "#details"  # the result's link that shows a local error's own text


class SmtpTestPanel(QWidget):
    guide_link = Signal(str)  # e.g. "troubleshooting.md#auth_failed"
    trust_requested = Signal(object)  # CertInfo
    test_finished = Signal(object)  # ConnectionTestResult | Exception

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp_test_panel")
        self.send_message = QCheckBox(objectName="smtp_test_send_message")
        self.cancel_button = QPushButton(objectName="smtp_test_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.steps = QListWidget(objectName="smtp_test_steps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideRight)  # full text in the tooltip
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps.setUniformItemSizes(True)
        self.result_label = QLabel(objectName="smtp_test_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.result_label.linkActivated.connect(self._link)
        self.details_open = False  # a local error's own words (exception, errno), on request
        self.cert_box = QGroupBox(objectName="smtp_cert_box")
        self.cert_details = QLabel(objectName="smtp_cert_details")
        self.cert_details.setWordWrap(True)
        self.cert_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = QPushButton(objectName="smtp_trust_certificate")
        self.trust_button.clicked.connect(lambda: self.trust_requested.emit(self.cert))
        cert_layout = QVBoxLayout(self.cert_box)
        cert_layout.addWidget(self.cert_details)
        cert_layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cert_box.hide()
        top = QHBoxLayout()
        top.addWidget(self.send_message, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.steps)
        layout.addWidget(self.result_label)
        layout.addWidget(self.cert_box)
        self._job: Job | None = None
        self._rows: tuple[Step, ...] = STEP_ROWS[:-1]
        self._states: dict[Step, tuple[str, str]] = {s: ("pending", "") for s in self._rows}
        self.result: ConnectionTestResult | Exception | None = None
        self.cert: CertInfo | None = None
        self.host = ""
        self._provider = ""  # who the OAuth step signs in with
        self.send_message.toggled.connect(self._preview_rows)
        self.retranslate()

    def _preview_rows(self, send: bool) -> None:
        if not self.is_running():
            self._rows = STEP_ROWS if send else STEP_ROWS[:-1]
            self._states = {step: ("pending", "") for step in self._rows}
            self.result, self.cert = None, None
            self._render_steps()
            self._render_result()

    # -- running -------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._job is not None

    def start(self, settings: SmtpSettings, password: str | None) -> None:
        if self.is_running():
            return
        send_to = settings.sender_email if self.send_message.isChecked() else None
        self.host = settings.host
        self.result, self.cert = None, None
        self._rows = STEP_ROWS if send_to else STEP_ROWS[:-1]
        self._provider = oauth_provider(settings.oauth_token_url) if settings.uses_oauth else ""
        if settings.uses_oauth:  # "Signing in with Microsoft/Google", then the SMTP steps
            self._rows = (Step.OAUTH, *self._rows)
        self._states = {step: ("pending", "") for step in self._rows}
        self._render_steps()
        self.result_label.clear()
        self.cert_box.hide()
        self._job = job = start_test(settings, password, send_to, self._on_step)
        job.succeeded.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        control = job.control
        self._stop_on_destroy = self.destroyed.connect(lambda *_: control.cancel())
        self.cancel_button.setEnabled(True)
        self.result_label.setText(self.tr("Testing…"))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def shutdown(self) -> None:
        """Cancel without waiting (closing the dialog): the job ends a moment later."""
        self.cancel()

    def _on_failed(self, exc: Exception) -> None:
        """The test refused its input (an invalid sender or test address), or our bug."""
        if isinstance(exc, ValueError):  # InvalidAddressError, HeaderInjectionError
            log.info("connection test refused its input: %s", type(exc).__name__)
        else:
            log.error("the connection test failed", exc_info=exc)
        self._on_finished(exc)

    def _on_cancelled(self) -> None:
        self._on_finished(cancelled_result())

    def _on_step(self, step_value: str, state: str, detail: str) -> None:
        row = row_step(Step(step_value))
        if row is None or row not in self._states:
            return
        if row is Step.MAIL and state == "ok" and Step(step_value) is not Step.DATA:
            state = "running"
        self._states[row] = (state, detail if state in ("ok", "failed") else "")
        self._render_steps()

    def _on_finished(self, result: ConnectionTestResult | Exception) -> None:
        self._job = None
        QObject.disconnect(self._stop_on_destroy)
        self.cancel_button.setEnabled(False)
        self.result = result
        self.details_open = False  # a new result starts with its details closed
        if isinstance(result, ConnectionTestResult) and result.failure is not None:
            self.cert = result.failure.cert or result.cert
        for step, (state, detail) in self._states.items():  # steps never reached
            if state in ("pending", "running"):
                self._states[step] = ("skipped" if state == "pending" else "failed", detail)
        self._render_steps()
        self._render_result()
        self.test_finished.emit(result)

    # -- showing -------------------------------------------------------------------------
    def step_state(self, step: Step) -> str:
        return self._states.get(step, ("", ""))[0]

    def _render_steps(self) -> None:
        self.steps.clear()
        for step in self._rows:
            state, detail = self._states[step]
            text = f"{_MARKS[state]}  {step_label(step, self._provider)}"
            if detail and state == "ok":
                text += f" — {detail}"
            item = QListWidgetItem(text, self.steps)
            item.setData(Qt.ItemDataRole.UserRole, state)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole + 1, step.value)
            colour = {"ok": OK_COLOUR, "failed": ERROR_COLOUR, "skipped": SKIPPED_COLOUR}.get(state)
            if colour:
                item.setForeground(QBrush(QColor(colour)))
        rows = max(self.steps.count(), 1)
        self.steps.setFixedHeight(
            self.steps.sizeHintForRow(0) * rows + 2 * self.steps.frameWidth() + 6
        )

    def _link(self, href: str) -> None:
        if href == DETAILS_LINK:
            self.details_open = True
            self._render_result()
        else:
            self.guide_link.emit(href)

    def _render_result(self) -> None:
        result = self.result
        self.cert_box.hide()
        if result is None:
            self.result_label.clear()
        elif isinstance(result, Exception):
            self.result_label.setText(
                self.tr("The test message could not be prepared: check the sender address.")
            )
        elif result.cancelled:
            self.result_label.setText(self.tr("Test cancelled."))
        elif result.ok:
            self.result_label.setText(self._success_text(result))
        elif result.failure is not None:
            self.result_label.setText(self._failure_text(result.failure))
            if self.cert is not None and result.failure.guidance in CERT_GUIDANCE:
                self._show_cert(self.cert)

    def _success_text(self, result: ConnectionTestResult) -> str:
        text = f'<b style="color:{OK_COLOUR}">✓ ' + self.tr("Everything works.") + "</b>"
        if result.auth_mechanisms:
            text += " " + self.tr("Login methods offered: %1.").replace(
                "%1", html.escape(", ".join(result.auth_mechanisms), quote=False)
            )
        if result.max_size:
            size = f"{result.max_size / 1_000_000:.0f}"
            text += " " + self.tr("Largest message the server accepts: %1 MB.").replace("%1", size)
        return text

    def _failure_text(self, failure: SmtpFailure) -> str:
        row = row_step(failure.step) or failure.step
        parts = [
            f'<b style="color:{ERROR_COLOUR}">✗ {html.escape(guidance_title(failure.guidance), quote=False)}</b>',
            self.tr("Failed step: %1").replace(
                "%1", html.escape(step_label(row, self._provider), quote=False)
            ),
        ]
        if failure.reply_code is not None:
            reply = f"{failure.reply_code} {failure.reply_text}".strip()
            parts.append(
                self.tr("Server reply: %1").replace(
                    "%1", f"<code>{html.escape(reply, quote=False)}</code>"
                )
            )
        elif failure.detail and self.details_open:  # not the server's words: on request
            parts.append(
                self.tr("Details: %1").replace(
                    "%1", f"<code>{html.escape(failure.detail, quote=False)}</code>"
                )
            )
        elif failure.detail:
            parts.append(f'<a href="{DETAILS_LINK}">' + self.tr("Details…") + "</a>")
        parts.append(
            "<b>"
            + self.tr("What to do:")
            + "</b> "
            + html.escape(guidance_advice(failure.guidance), quote=False)
        )
        name, anchor = guide_for_guidance(failure.guidance.value)
        parts.append(f'<a href="{name}.md#{anchor}">' + self.tr("Read more in the guide") + "</a>")
        return "<br>".join(parts)

    def _show_cert(self, cert: CertInfo) -> None:
        rows = [
            (self.tr("SHA-256 fingerprint:"), format_fingerprint(cert.sha256)),
            (self.tr("Issued to:"), cert.subject),
            (
                self.tr("Issued by:"),
                cert.issuer + (" " + self.tr("(self-signed)") if cert.self_signed else ""),
            ),
            (self.tr("Valid until:"), cert.not_after.replace("T", " ")[:16] + " UTC"),
        ]
        body = "".join(
            f"<tr><td><b>{html.escape(k, quote=False)}</b>&nbsp;</td><td><tt>{html.escape(v, quote=False).replace(chr(10), '<br>')}</tt></td></tr>"
            for k, v in rows
        )
        self.cert_details.setText(f"<table>{body}</table>")
        self.trust_button.setText(
            self.tr("Trust this certificate for %1…").replace("%1", self.host)
        )
        self.cert_box.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.send_message.setText(self.tr("Also send a test message to myself"))
        self.cancel_button.setText(self.tr("Cancel test"))
        self.cert_box.setTitle(self.tr("The server's certificate"))
        self._render_steps()
        if self.result is not None:
            self._render_result()
