"""The list of backups to restore from: date, what made the copy, how many invoices it holds.

Shown by Help → Restore from backup… and by "Choose a backup…" when the books are damaged at
start.  The dialog only chooses; restoring is ``services.restore``, run while no books are
open (``app``, ``damaged_dialog``).  The invoice count is what lets the user tell copies of
one day apart, and a copy that cannot be read says so and cannot be chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.restore import BackupCopy, BackupKind, Restored
from desktop.ui.widgets.formatting import format_date

CONTEXT = "RestoreDialog"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def kind_label(kind: BackupKind) -> str:
    labels = {
        BackupKind.ROLLING: _t("Automatic copy"),
        BackupKind.MANUAL: _t("Made by hand"),
        BackupKind.UPGRADE: _t("Before an upgrade"),
        BackupKind.BEFORE_RESTORE: _t("Replaced by a restore"),
        BackupKind.OTHER: _t("Other file"),
    }
    return labels[kind]


def taken_text(copy: BackupCopy) -> str:
    return f"{format_date(copy.taken.date())} {copy.taken.strftime('%H:%M')}"


def restored_notice(done: Restored, *, damaged: bool) -> str:
    """What the status bar says once the restored books are open."""
    if done.set_aside is None:
        return _t("Restored the backup %1.").replace("%1", done.backup.name)
    text = (
        _t("Restored the backup %1. The damaged file is kept as %2.")
        if damaged
        else _t("Restored the backup %1. The books it replaced are kept as %2.")
    )
    return text.replace("%1", done.backup.name).replace("%2", str(done.set_aside))


def not_restored_notice(reason: str) -> str:
    return _t("The backup was not restored (%1); your books are as they were.").replace(
        "%1", reason or _t("the books are not a file in the data folder")
    )


class RestoreDialog(QDialog):
    """Chooses one copy; ``chosen()`` after ``accepted``."""

    def __init__(self, copies: list[BackupCopy], intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(_t("Restore from backup"))
        self._copies = copies
        layout = QVBoxLayout(self)
        label = QLabel(intro, objectName="restore_intro")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QTreeWidget(objectName="backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([_t("Date"), _t("Copy"), _t("Invoices")])
        self.list.setAllColumnsShowFocus(True)
        for index, copy in enumerate(copies):
            count = _t("cannot be read") if copy.invoices is None else str(copy.invoices)
            item = QTreeWidgetItem([taken_text(copy), kind_label(copy.kind), count])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(copy.path))
            if copy.invoices is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)  # the copy's kind takes the room, not the count
        for column in range(3):
            self.list.resizeColumnToContents(column)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.list)
        if not copies:
            empty = QLabel(_t("There are no backups yet."), objectName="backup_list_empty")
            layout.addWidget(empty)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(_t("Restore"), objectName="backup_restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._double_clicked())
        readable = [i for i, copy in enumerate(copies) if copy.invoices is not None]
        first = self.list.topLevelItem(readable[0]) if readable else None
        if first is not None:
            self.list.setCurrentItem(first)
        self._selected()
        width = sum(self.list.columnWidth(c) for c in range(3)) + 80
        self.resize(max(width, 480), 360)

    def chosen(self) -> BackupCopy | None:
        items = self.list.selectedItems()
        if not items:
            return None
        copy = self._copies[int(items[0].data(0, Qt.ItemDataRole.UserRole))]
        return copy if copy.invoices is not None else None

    def _selected(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _double_clicked(self) -> None:
        if self.chosen() is not None:
            self.accept()


def confirm_restore(
    parent: QWidget, copy: BackupCopy, confirmed: Callable[[BackupCopy], None]
) -> QMessageBox:
    """Asks before the open books are replaced; ``confirmed(copy)`` on Yes."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_restore")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_t("Restore from backup"))
    box.setText(
        _t("Replace your books with the copy of %1 (%n invoice(s))?", copy.invoices or 0).replace(
            "%1", taken_text(copy)
        )
    )
    box.setInformativeText(
        _t(
            "Faktura closes its windows, keeps the current books in the backups folder (so "
            "this can be undone the same way) and opens the restored copy."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(_t("Restore"))

    def answered(button: object) -> None:
        if button is box.button(QMessageBox.StandardButton.Yes):
            confirmed(copy)

    box.buttonClicked.connect(answered)
    box.open()
    return box
