"""Someone saved this draft after the editor loaded it (another app of the team, another
window): never last-write-wins.  The question ``draft_conflict`` (``widgets.stale_question``,
shared with the client, product and company dialogs) says who and when, and the user
chooses: ``draft_conflict_reload`` shows their version (the edits here are dropped),
``draft_conflict_keep`` saves these edits over theirs.  Until then nothing is saved and the
edits stay on screen; one question at a time, however often the autosave tries meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import StaleError
from desktop.ui.widgets.stale_question import StaleQuestion

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor


class DraftConflict:
    def __init__(self, editor: InvoiceEditor) -> None:
        self.editor = editor
        self.question = StaleQuestion(editor, "draft_conflict", self._keep, editor.reload)

    @property
    def box(self) -> QMessageBox | None:
        return self.question.box

    def ask(self, stale: StaleError) -> None:
        self.question.ask(stale)

    def _keep(self, version: int) -> None:
        self.editor.form.version = version  # save over theirs, knowingly
        self.editor.save_now()
