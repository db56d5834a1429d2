"""Collecting the texts a user sees, to compare them with the English sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tests.i18n.conftest import ROOT


def english_sources(lang: str) -> set[str]:
    """Source texts whose translation differs: seeing one of them on screen is a leak."""
    found = set()
    for message in ET.parse(ROOT / "i18n" / f"desktop_{lang}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = "" if translation is None else (translation.text or "")
        if message.get("numerus") != "yes" and text != source and "%" not in source:
            found.add(source)
    return found


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for labels, buttons, actions, titles, placeholders and headers.

    Widgets already handed to ``deleteLater`` (replaced by fresh ones) are deleted first,
    as the running event loop would have done before the user sees the screen.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name} tab {i}", widget.tabText(i)
        elif isinstance(widget, QMenu):
            yield name, widget.title()
        elif isinstance(widget, QDockWidget):
            yield name, widget.windowTitle()
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                yield f"{name} column {column}", str(header or "")
        if widget.isWindow():
            yield f"{name} title", widget.windowTitle()
        if widget.toolTip():
            yield f"{name} tooltip", widget.toolTip()
    for action in root.findChildren(QAction):
        yield action.objectName() or "QAction", action.text()
        yield f"{action.objectName()} tooltip", action.toolTip()


# Language names in Settings → Language are each language's own name, on purpose.
ENDONYMS = "action_language_"


def english_leftovers(root: QWidget, lang: str) -> list[str]:
    sources = english_sources(lang)
    return sorted(
        {
            f"{where}: {text!r}"
            for where, text in visible_texts(root)
            if text in sources and not where.startswith(ENDONYMS)
        }
    )
