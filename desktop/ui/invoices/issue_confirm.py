"""The question before issuing (``confirm_issue``), with the characters the PDF cannot print
(``widgets.glyph_check``).

The question opens when the check is done; the Issue button waits meanwhile, so a second
click cannot ask twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.ui.widgets.glyph_check import check_characters, unprintable_warning

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor


class IssueConfirmation(QObject):
    """Checks the stored invoice's characters, then asks; ``confirmed`` runs on Yes."""

    def __init__(self, editor: InvoiceEditor, confirmed: Callable[[], None]) -> None:
        super().__init__(editor)
        self.editor = editor
        self._confirmed = confirmed

    def start(self, invoice_id: int) -> None:
        self.editor.issue_button.setEnabled(False)
        job = check_characters(self.editor.context.services, invoice_id, self._ask)
        job.finished.connect(self._done)

    def _done(self) -> None:
        self.editor.issue_button.setEnabled(True)

    def _ask(self, characters: list[str]) -> None:
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
            informative = f"{unprintable_warning(characters)}\n\n{informative}"
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
