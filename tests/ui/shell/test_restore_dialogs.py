"""The damaged-database box, the backup list and the confirmation: named, translated, whole.

In Lithuanian and Czech every text is the catalogue's (none left in English), no button cuts
its label, and each dialog is grabbed as a PNG (``FAKTURA_SCREENSHOTS=DIR`` keeps them, to look
at after a change of texts).  Help → Restore from backup… opens the list of real copies.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QWidget,
)

from desktop.services.restore import BackupCopy, BackupKind
from desktop.ui.shell.app import ensure_application
from desktop.ui.shell.damaged_dialog import DamagedBox
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.restore_dialog import RestoreDialog, confirm_restore
from desktop.ui.shell.translations import install_translators
from tests.ui.helpers import seed_invoices
from tests.ui.shell.test_backup_menu import click_menu_item

ROOT = Path("/home/jonas/.local/share/faktura")
COPIES = [
    BackupCopy(ROOT / "backups/a.sqlite3", datetime(2026, 3, 5, 18, 40), BackupKind.ROLLING, 128),
    BackupCopy(ROOT / "backups/b.sqlite3", datetime(2026, 3, 2, 9, 15), BackupKind.MANUAL, 121),
    BackupCopy(ROOT / "backups/c.sqlite3", datetime(2026, 2, 1, 8, 30), BackupKind.UPGRADE, 96),
    BackupCopy(
        ROOT / "backups/d.sqlite3", datetime(2026, 1, 20, 8, 30), BackupKind.BEFORE_RESTORE, 1
    ),
    BackupCopy(ROOT / "backups/e.sqlite3", datetime(2026, 1, 3, 8, 30), BackupKind.OTHER, None),
]


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    ensure_application([])
    install_translators(request.param)
    try:
        yield request.param
    finally:
        install_translators("en")


def texts(widget: QWidget) -> list[str]:
    found = [label.text() for label in widget.findChildren(QLabel) if label.text()]
    found += [button.text() for button in widget.findChildren(QAbstractButton) if button.text()]
    if isinstance(widget, QMessageBox):
        found += [widget.text(), widget.informativeText()]
    tree = widget.findChild(QTreeWidget)
    if tree is not None:
        header = tree.headerItem()
        found += [header.text(c) for c in range(tree.columnCount())]
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            found += [item.text(c) for c in range(tree.columnCount())]  # type: ignore[union-attr]
    return found


def shown(widget: QWidget, name: str, tmp_path: Path) -> list[str]:
    """Show, check that no button cuts its label, save a PNG; returns the texts."""
    widget.show()
    QApplication.processEvents()
    for button in widget.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.width() >= button.sizeHint().width(), button.text()
    folder = Path(os.environ.get("FAKTURA_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"))
    found = texts(widget)
    widget.close()
    return found


def english() -> dict[str, list[str]]:
    install_translators("en")
    return {name: texts(widget) for name, widget in dialogs().items()}


def dialogs() -> dict[str, QWidget]:
    box = DamagedBox(ROOT / "faktura.sqlite3", "damaged", COPIES[0], ROOT / "backups")
    empty = DamagedBox(ROOT / "faktura.sqlite3", "empty", None, ROOT / "backups")
    listing = RestoreDialog(COPIES, "…", None)
    parent = QWidget()
    parent.resize(640, 400)
    confirm = confirm_restore(parent, COPIES[1], lambda _copy: None)
    confirm.setParent(None)
    return {"damaged": box, "damaged-empty": empty, "restore": listing, "confirm": confirm}


@pytest.mark.parametrize("language", ["lt", "cs"], indirect=True)
def test_the_dialogs_speak_the_language_and_fit(language: str, tmp_path: Path) -> None:
    source = english()
    install_translators(language)
    for name, widget in dialogs().items():
        translated = shown(widget, f"{name}-{language}", tmp_path)
        numbers_only = {"128", "121", "96", "1", ""}
        same = [
            text
            for text in set(translated) & set(source[name])
            if text not in numbers_only and "2026" not in text and text != "…"
        ]
        assert same == [], f"{name} in {language} still says {same}"


def test_help_restore_lists_the_copies(main_window: MainWindow, qtbot: Any) -> None:
    services = main_window.context.services
    seed_invoices(services, 2)
    copy = services.backups.backup()
    click_menu_item(qtbot, main_window, "menu_help", "action_restore")
    qtbot.waitUntil(
        lambda: (
            (d := main_window.findChild(RestoreDialog, "restore_dialog")) is not None
            and d.isVisible()
        ),
        timeout=3000,
    )
    dialog = main_window.findChild(RestoreDialog, "restore_dialog")
    chosen = dialog.chosen()
    assert chosen is not None and chosen.path == copy and chosen.invoices == 2
    assert str(main_window.context.paths.backups) in texts(dialog)[0]
    dialog.reject()
