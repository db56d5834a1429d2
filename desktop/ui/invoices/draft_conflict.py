"""Someone saved this draft after the editor loaded it (another app of the team, another
window): never last-write-wins.  The question ``draft_conflict`` says who and when, and the
user chooses: ``draft_conflict_reload`` shows their version (the edits here are dropped),
``draft_conflict_keep`` saves these edits over theirs.  Until then nothing is saved and the
edits stay on screen; one question at a time, however often the autosave tries meanwhile.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import StaleError

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor


class DraftConflict(QObject):
    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.box: QMessageBox | None = None

    def ask(self, stale: StaleError) -> None:
        if self.box is not None:  # already asking: the autosave's retries wait for it
            return
        when = stale.at
        shown = (
            QLocale().toString(when, QLocale.FormatType.ShortFormat)
            if isinstance(when, datetime)
            else str(when)
        )
        text = (
            self.tr("%1 saved this draft at %2, after you opened it here.")
            .replace("%1", stale.by or self.tr("Someone"))
            .replace("%2", shown)
        )
        box = QMessageBox(self.editor)
        box.setObjectName("draft_conflict")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The draft was changed elsewhere"))
        box.setText(text)
        box.setInformativeText(
            self.tr(
                "Reload theirs to see their version (your changes here are dropped), or keep "
                "yours to save them over it."
            )
        )
        reload = box.addButton(self.tr("Reload theirs"), QMessageBox.ButtonRole.RejectRole)
        reload.setObjectName("draft_conflict_reload")
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("draft_conflict_keep")
        self.box = box

        def chosen() -> None:
            self.box = None
            if box.clickedButton() is keep:
                self.editor.form.version = stale.version  # save over theirs, knowingly
                self.editor.save_now()
            else:
                self.editor.reload()

        box.finished.connect(chosen)
        box.open()
