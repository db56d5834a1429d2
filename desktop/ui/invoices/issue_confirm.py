"""The question before issuing (``confirm_issue``), with the characters the PDF cannot print.

An issued invoice cannot be corrected but by a credit note, so a name or a line whose emoji,
Hebrew or Arabic letters the invoice font lacks (the PDF prints them as "�") is worth a word
before the number is taken, not after.  Finding them loads reportlab (about a second the first
time), so the check runs as a job and the question opens when it is done; the Issue button
waits meanwhile, so a second click cannot ask twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.jobs import job_runner

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor

log = logging.getLogger(__name__)

MAX_LISTED = 12  # more than this is a script the font lacks; the first ones say enough


def describe_characters(characters: list[str]) -> str:
    """``😀 (U+1F600), א (U+05D0)``: the code point names a character a font cannot draw."""
    shown = [f"{char} (U+{ord(char):04X})" for char in characters[:MAX_LISTED]]
    if len(characters) > MAX_LISTED:
        shown.append("…")
    return ", ".join(shown)


class IssueConfirmation(QObject):
    """Checks the stored invoice's characters, then asks; ``confirmed`` runs on Yes."""

    def __init__(self, editor: InvoiceEditor, confirmed: Callable[[], None]) -> None:
        super().__init__(editor)
        self.editor = editor
        self._confirmed = confirmed

    def start(self, invoice_id: int) -> None:
        invoices = self.editor.context.services.invoices  # resolved here, not on the job
        self.editor.issue_button.setEnabled(False)
        job = job_runner().start(
            "issue_glyph_check", lambda _control: invoices.unprintable_characters(invoice_id)
        )
        job.succeeded.connect(self._ask)
        job.failed.connect(self._check_failed)
        job.finished.connect(self._done)

    def _done(self) -> None:
        self.editor.issue_button.setEnabled(True)

    def _check_failed(self, error: object) -> None:
        """The check is a courtesy: without it the question still comes, without the list."""
        log.warning("Could not check the invoice's characters for the PDF: %r", error)
        self._ask([])

    def _ask(self, missing: object) -> None:
        characters = [str(char) for char in missing] if isinstance(missing, list) else []
        box = QMessageBox(self.editor)
        box.setObjectName("confirm_issue")
        box.setIcon(QMessageBox.Icon.Warning if characters else QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Issue invoice"))
        box.setText(self.tr("Issue this invoice now?"))
        informative = self.tr(
            "It gets the next number in the series and its content can no longer be "
            "changed; corrections are made with a credit note."
        )
        if characters:
            warning = self.tr(
                "The invoice font cannot print these characters; the PDF will show “�” "
                "in their place: %1"
            ).replace("%1", describe_characters(characters))
            informative = f"{warning}\n\n{informative}"
        box.setInformativeText(informative)
        box.setProperty("unprintable", "".join(characters))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Issue"))
        yes.setObjectName("confirm_issue_yes")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(box.deleteLater)
        box.buttonClicked.connect(lambda button: self._confirmed() if button is yes else None)
        box.open()
