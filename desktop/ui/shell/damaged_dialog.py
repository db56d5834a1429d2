"""The books are damaged at start: say so plainly, and offer the way back.

The dialog names the file and what is wrong with it (empty, not a database, broken inside),
and offers: restore the latest sound backup, choose a backup, open another data folder, or
quit.  Restoring sets the damaged file aside (it is never deleted) and start-up goes on with
the restored copy.  The same words go to stderr first, which is all a headless start (and
the command line) can say; they name the backups folder.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from desktop.paths import DataPaths
from desktop.services.database import FolderLockedError
from desktop.services.restore import (
    BackupCopy,
    RestoreRefusedError,
    latest_sound,
    list_backups,
    restore,
)
from desktop.ui.shell.restore_dialog import RestoreDialog, restored_notice, taken_text

log = logging.getLogger(__name__)

CONTEXT = "Startup"  # the command line says the same sentences (``desktop.cli.main``)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def damage_text(file: Path, damage: str) -> str:
    """What is wrong with the file, in one sentence (``storage.health.Damage`` values)."""
    texts = {
        "empty": _tr("The database file %1 is empty (0 bytes): the books it held are gone."),
        "not_database": _tr("The file %1 is damaged: it is not a database any more."),
    }
    text = texts.get(damage, _tr("The database file %1 is damaged: parts of it cannot be read."))
    return text.replace("%1", str(file))


def say_damaged(paths: DataPaths, file: Path, damage: str) -> None:
    """The line on stderr, before any dialog: the damage and where the backups are."""
    where = _tr(
        "Nothing has been changed. The backups are in %1; Faktura's window offers to "
        "restore one when it starts."
    ).replace("%1", str(paths.backups))
    print(f"{_tr('The database is damaged')}: {damage_text(file, damage)} {where}", file=sys.stderr)


@dataclass(frozen=True)
class Recovery:
    """How start-up goes on: with restored books (``notice`` says so) or another folder."""

    folder: Path | None = None
    notice: str | None = None


class DamagedBox(QMessageBox):
    """The four offers; ``choice`` names the button clicked."""

    def __init__(self, file: Path, damage: str, latest: BackupCopy | None, backups: Path) -> None:
        super().__init__()
        self.setObjectName("damaged_books_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(_tr("The database is damaged"))
        self.setText(damage_text(file, damage))
        if latest is not None:
            more = _tr(
                "The latest sound backup is from %1 (%n invoice(s)). Restoring it keeps the "
                "damaged file in the data folder; nothing is deleted.",
                latest.invoices or 0,
            ).replace("%1", taken_text(latest))
        else:
            more = _tr(
                "There is no sound backup in %1. Open another data folder, or quit; the "
                "damaged file stays as it is."
            ).replace("%1", str(backups))
        self.setInformativeText(more)
        role = QMessageBox.ButtonRole
        self.offers: dict[str, QPushButton] = {
            "restore_latest": self.addButton(_tr("Restore the latest backup"), role.AcceptRole),
            "choose_backup": self.addButton(_tr("Choose a backup…"), role.ActionRole),
            "other_folder": self.addButton(_tr("Open another folder…"), role.ActionRole),
            "quit": self.addButton(_tr("Quit"), role.RejectRole),
        }
        for name, button in self.offers.items():
            button.setObjectName(f"damaged_{name}")
        self.offers["restore_latest"].setEnabled(latest is not None)
        self.offers["choose_backup"].setEnabled(bool(list_backups(backups)))
        default = "restore_latest" if latest is not None else "other_folder"
        self.setDefaultButton(self.offers[default])
        self.setEscapeButton(self.offers["quit"])
        self.choice = "quit"
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        self.choice = next((n for n, b in self.offers.items() if b is button), "quit")


def recover(paths: DataPaths, file: Path, damage: str) -> Recovery | None:
    """Ask until the user restores a backup, picks another folder, or quits (None)."""
    while True:
        latest = latest_sound(paths.backups)
        box = DamagedBox(file, damage, latest, paths.backups)
        box.exec()
        if box.choice == "quit":
            return None
        if box.choice == "other_folder":
            folder = _other_folder(paths)
            if folder is not None:
                return Recovery(folder=folder)
            continue
        backup = latest.path if box.choice == "restore_latest" and latest else _chosen(paths)
        if backup is None:
            continue
        try:
            done = restore(paths, file, backup, damaged=True)
        except (RestoreRefusedError, FolderLockedError, OSError) as exc:
            log.warning("Could not restore %s: %s", backup, exc)
            _not_restored(why_not_restored(exc))
            continue
        return Recovery(notice=restored_notice(done, damaged=True))


def why_not_restored(exc: Exception) -> str:
    if isinstance(exc, RestoreRefusedError):
        return _tr("that copy is damaged as well")
    if isinstance(exc, FolderLockedError):
        return _tr("another Faktura is using the data folder")
    return getattr(exc, "strerror", None) or str(exc)


def _chosen(paths: DataPaths) -> Path | None:
    intro = _tr("Choose the copy to put in place of the damaged file.")
    dialog = RestoreDialog(list_backups(paths.backups), intro, None)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    copy = dialog.chosen()
    return copy.path if copy is not None else None


def _other_folder(paths: DataPaths) -> Path | None:
    dialog = QFileDialog(None, _tr("Open another data folder"), str(paths.root.parent))
    dialog.setObjectName("other_folder_dialog")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def _not_restored(reason: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("The backup was not restored"),
        _tr("The backup could not be put in place (%1). Nothing has been changed.").replace(
            "%1", reason
        ),
    )
    box.setObjectName("restore_failed")
    box.exec()
