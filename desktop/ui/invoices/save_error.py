"""What the editor shows while a draft cannot be saved, and what it asks before closing one.

The banner (``invoice_save_error``) names the reason in plain words and stays until a save
works, so a message can never outlive the problem or vanish before it is solved.  Closing a
tab or quitting with unsaved edits asks (``unsaved_draft``): try again, discard, or cancel;
nothing is dropped without the user saying so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.ui.widgets.storage_messages import bug_text, storage_problem_text

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor

log = logging.getLogger(__name__)

_STYLE = (
    "QFrame#invoice_save_error { background: #fdecea; border: 1px solid #b3261e;"
    " border-radius: 4px; } QLabel { color: #5f1410; }"
)


class SaveErrorBanner(QFrame):
    """Shown while the draft is only on screen; ``retry_requested`` by its button."""

    retry_requested = Signal()

    def __init__(self, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_save_error")
        self.setStyleSheet(_STYLE)
        self._log_file = log_file
        self._problem: str | None = None
        self.text = QLabel(objectName="invoice_save_error_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(objectName="invoice_save_retry")
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate()

    @property
    def problem(self) -> str | None:
        """The ``StorageError.problem`` shown, or None for our bug (and when hidden)."""
        return self._problem

    def reason(self) -> str:
        """The one sentence that says why; for the question before closing too."""
        if self._problem is None:
            return bug_text(self._log_file)
        return storage_problem_text(self._problem)

    def show_problem(self, problem: str | None) -> None:
        self._problem = problem
        self.retranslate()
        self.show()

    def clear(self) -> None:
        self._problem = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try again"))
        title = escape(self.tr("This draft is not saved."))
        kept = escape(
            self.tr("Your changes are kept in this window, and Faktura keeps trying to save them.")
        )
        self.text.setText(f"<b>{title}</b> {escape(self.reason())}<br>{kept}")


class UnsavedQuestion(QMessageBox):
    """Try again / Discard / Cancel for a draft whose changes could not be saved.

    ``retry`` and ``discard`` run after the box closes; Cancel (and Esc) does nothing.
    """

    def __init__(
        self,
        parent: QWidget,
        reason: str,
        retry: Callable[[], None],
        discard: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unsaved_draft")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Draft not saved"))
        self.setText(self.tr("The changes to this draft could not be saved."))
        self.setInformativeText(
            reason
            + "\n\n"
            + self.tr("Try again, discard the changes, or cancel and keep the draft open.")
        )
        role = QMessageBox.ButtonRole
        self.retry = self.addButton(self.tr("Try again"), role.AcceptRole)
        self.retry.setObjectName("unsaved_draft_retry")
        self.discard = self.addButton(self.tr("Discard changes"), role.DestructiveRole)
        self.discard.setObjectName("unsaved_draft_discard")
        self.cancel = self.addButton(self.tr("Cancel"), role.RejectRole)
        self.cancel.setObjectName("unsaved_draft_cancel")
        self.setDefaultButton(self.retry)
        self.setEscapeButton(self.cancel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            button = self.clickedButton()
            if button is self.retry:
                retry()
            elif button is self.discard:
                discard()

        self.finished.connect(answered)  # after the box has closed: a retry may ask again


class CloseGuard(QObject):
    """Closing an editor (its tab, or the whole window) saves first and asks if that fails."""

    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self._question: UnsavedQuestion | None = None

    def close_when_saved(self, close: Callable[[], object]) -> None:
        """Save, then ``close``; if the save fails, ask: try again, discard, or cancel."""
        if self.editor.flush():
            close()
        else:
            self.ask(close)

    def ask(self, close: Callable[[], object]) -> None:
        """The edits could not be saved: the user decides; Cancel keeps the editor open."""
        if self._question is not None and self._question.isVisible():
            self._question.raise_()
            return
        editor = self.editor

        def discard() -> None:
            log.info("Unsaved changes of draft %s discarded by the user", editor.invoice_id)
            editor.autosave.clear()
            close()

        self._question = UnsavedQuestion(
            editor, editor.save_error.reason(), lambda: self.close_when_saved(close), discard
        )
        self._question.open()
