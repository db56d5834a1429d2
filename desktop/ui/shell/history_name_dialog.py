"""Settings → Your name in the history: the name an invoice's history shows beside what this
app's user did (issue 13, "who did what").

Kept per computer (``services.history_name``), never in the shared books: in a team each
person names themselves.  Empty, the history shows the login on this computer, or the
database role on a server, which the field shows as its placeholder.

Object names: ``history_name_dialog``, the field ``history_name`` (its message
``history_name_message``), ``history_name_save``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import Services
from desktop.services.history_name import MAX_LENGTH
from desktop.ui.widgets.field_errors import FieldMessage


class HistoryNameDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_name_dialog")
        self._preferences = services.preferences
        self.setWindowTitle(self.tr("Your name in the history"))
        about = QLabel(
            self.tr(
                "Each invoice's history shows who created, issued, sent, paid or cancelled it. "
                "Give the name your colleagues know you by; leave it empty to show your login."
            )
        )
        about.setWordWrap(True)
        self.field = QLineEdit(objectName="history_name")
        self.field.setMaxLength(MAX_LENGTH)
        self.field.setText(self._preferences.history_name())
        self.field.setPlaceholderText(self._preferences.default_history_name())
        self.message = FieldMessage(self.field, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("history_name_save")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _save(self) -> None:
        try:
            self._preferences.set_history_name(self.field.text())
        except OSError as exc:
            self.message.show_message(
                self.tr("The name could not be kept: %1").replace("%1", exc.strerror or str(exc))
            )
            return
        self.accept()
