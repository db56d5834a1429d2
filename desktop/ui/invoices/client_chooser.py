"""The editor's client field: pick a known client, or type a new name and create it inline.

Leaving the field with a name that is not in the list shows a small prompt under it
("create this client?") instead of a blocking dialog, so typing is never interrupted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ClientChooser(QWidget):
    client_chosen = Signal(int)  # an existing client was picked
    name_edited = Signal(str)  # free text typed (not yet a client)
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_client_box")
        self.combo = QComboBox(objectName="invoice_client")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(170)  # long names scroll; the three header boxes share ~800 px
        self.completer = QCompleter(self.combo.model(), self.combo)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(self.completer)

        self.prompt = QFrame(objectName="invoice_client_prompt")
        self.prompt.setStyleSheet(
            "#invoice_client_prompt { background: #fff8e1; border: 1px solid #e6c65c;"
            " border-radius: 4px; }"
        )
        self.prompt_text = QLabel()
        self.prompt_text.setWordWrap(True)
        self.create_button = QPushButton(objectName="invoice_client_create")
        self.dismiss_button = QPushButton(objectName="invoice_client_dismiss")
        self.dismiss_button.setFlat(True)
        prompt_layout = QVBoxLayout(self.prompt)
        prompt_layout.setContentsMargins(8, 6, 6, 6)
        prompt_layout.setSpacing(4)
        prompt_layout.addWidget(self.prompt_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        row.addWidget(self.create_button)
        prompt_layout.addLayout(row)
        self.prompt.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.combo)
        layout.addWidget(self.prompt)

        self._clients: dict[int, str] = {}
        self._updating = False
        line_edit = self.line_edit()
        line_edit.textEdited.connect(self._on_typed)
        line_edit.editingFinished.connect(self.evaluate)
        line_edit.editingFinished.connect(lambda: line_edit.setCursorPosition(0))
        self.combo.currentTextChanged.connect(self.combo.setToolTip)
        self.combo.activated.connect(self._on_activated)
        self.completer.activated.connect(lambda _text: self.evaluate())
        self.create_button.clicked.connect(self._on_create)
        self.dismiss_button.clicked.connect(self.prompt.hide)
        self.retranslate()

    # -- content -------------------------------------------------------------------------
    def set_clients(self, clients: list[tuple[int, str]]) -> None:
        text = self.combo.currentText()
        self._updating = True
        self.combo.clear()
        self._clients = dict(clients)
        for client_id, name in clients:
            self.combo.addItem(name, client_id)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(text)
        self._updating = False
        self._show_start()

    def set_current(self, client_id: int | None, name: str) -> None:
        self._updating = True
        position = self.combo.findData(client_id) if client_id is not None else -1
        self.combo.setCurrentIndex(position)
        if position < 0:
            self.combo.setEditText(name)
        self._updating = False
        self.prompt.hide()
        self._show_start()

    def _show_start(self) -> None:
        """A long name shows its start (it was scrolled to its end), the whole as tooltip."""
        line = self.line_edit()
        if not line.hasFocus():
            line.setCursorPosition(0)
        self.combo.setToolTip(self.combo.currentText())

    def line_edit(self) -> QLineEdit:
        line_edit = self.combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        return line_edit

    def text(self) -> str:
        return self.combo.currentText().strip()

    def setReadOnly(self, read_only: bool) -> None:
        self.combo.setEnabled(not read_only)
        if read_only:
            self.prompt.hide()

    # -- behaviour -----------------------------------------------------------------------
    def _on_typed(self, text: str) -> None:
        self.prompt.hide()
        self.name_edited.emit(text)

    def _on_activated(self, index: int) -> None:
        client_id = self.combo.itemData(index)
        if isinstance(client_id, int):
            self.prompt.hide()
            self.client_chosen.emit(client_id)

    def match(self, name: str) -> int | None:
        wanted = name.strip().lower()
        for client_id, known in self._clients.items():
            if known.strip().lower() == wanted:
                return client_id
        return None

    def evaluate(self) -> None:
        """Called when typing ends: pick the matching client, or offer to create one."""
        if self._updating or not self.combo.isEnabled():
            return
        name = self.text()
        if not name:
            self.prompt.hide()
            return
        client_id = self.match(name)
        if client_id is not None:
            if self.combo.currentData() != client_id:
                self.combo.setCurrentIndex(self.combo.findData(client_id))
                self.client_chosen.emit(client_id)
            self.prompt.hide()
            return
        self.prompt_text.setText(
            self.tr("“%1” is not in your clients yet. Create it?").replace("%1", name)
        )
        self.prompt.show()

    def _on_create(self) -> None:
        name = self.text()
        self.prompt.hide()
        if name:
            self.create_requested.emit(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.line_edit().setPlaceholderText(self.tr("Type a client's name"))
        self.create_button.setText(self.tr("Create client"))
        self.dismiss_button.setText(self.tr("Not now"))
