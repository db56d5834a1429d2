"""The window's banner while the database server cannot be reached (team mode).

It names the server (``host:port`` and the database, never the password), says what still
works (the lists show what was last read; an open draft keeps what is typed and is saved
when the server answers again) and that Faktura keeps trying by itself, so there is nothing
to click.  It hides again as soon as the server answers.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

_STYLE = (
    "QFrame#server_unreachable { background: #fff4e5; border: 1px solid #b26a00;"
    " border-radius: 4px; } QLabel { color: #4d2e00; }"
)


class ServerBanner(QFrame):
    def __init__(self, address: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_unreachable")
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # a strip
        self._address, self._database = address, database
        self.text = QLabel(objectName="server_unreachable_text", wordWrap=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        self.hide()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = (
            self.tr("The database server %1 (database %2) cannot be reached.")
            .replace("%1", self._address)
            .replace("%2", self._database)
        )
        more = self.tr(
            "The lists show what was last read. An open draft keeps what you type and is "
            "saved as soon as the server answers; Faktura keeps trying by itself."
        )
        self.text.setText(f"<b>{escape(title)}</b> {escape(more)}")

    def lost_text(self) -> str:
        """The status bar's line when the server goes away."""
        return self.tr("The database server %1 cannot be reached.").replace("%1", self._address)

    def back_text(self) -> str:
        return self.tr("The database server %1 answers again.").replace("%1", self._address)
