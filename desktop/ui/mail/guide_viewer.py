"""The setup guides inside the app: ``GuideBrowser`` beside a form, ``GuideDialog`` in Help.

Links between guides (``gmail.md#app-password``) stay inside the browser; web links open in
the system browser.  Sections are found by their heading text (``Guide.sections``) because
Qt's Markdown import makes no anchors for headings.  A section's position in pixels changes
whenever the text is laid out again (first show, a resize, the scroll bar appearing), so the
browser keeps the heading at the top until the user scrolls.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextBlock,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.modules.guides import GUIDE_NAMES, Guide, load_guide
from desktop.ui.context import AppContext

log = logging.getLogger(__name__)

_EXTERNAL = ("http", "https", "mailto")


class GuideBrowser(QTextBrowser):
    """Shows one guide in the UI language (English fallback) and scrolls to a section."""

    guide_shown = Signal(str)  # guide name

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smtp_guide")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self._language = language
        self.guide: Guide | None = None
        self.anchor: str | None = None
        self._pinned: int | None = None  # block number held at the top until the user scrolls
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._keep_pinned)
        bar.actionTriggered.connect(self._unpin)

    def set_language(self, language: str) -> None:
        self._language = language
        if self.guide is not None:
            self.show_guide(self.guide.name, self.anchor, force=True)

    def show_guide(self, name: str, anchor: str | None = None, *, force: bool = False) -> None:
        """Load ``name`` unless it is already shown, then scroll to ``anchor`` (or the top)."""
        if name not in GUIDE_NAMES:
            log.warning("no guide named %r", name)
            return
        if force or self.guide is None or self.guide.name != name:
            self._pinned = None  # block numbers of the old text mean nothing in the new one
            self.guide = load_guide(name, self._language)
            self.document().setMarkdown(self.guide.markdown)
            self.guide_shown.emit(name)
        self.anchor = anchor
        self.scroll_to_section(anchor)

    def scroll_to_section(self, anchor: str | None) -> bool:
        """Put the heading of section ``anchor`` at the top (no section: the guide's start) and
        keep it there while the text is laid out again; False if there is no such section."""
        heading = self.guide.heading(anchor) if self.guide is not None and anchor else None
        block = self._heading_block(heading) if heading else None
        target = block if block is not None else self.document().begin()
        # The cursor goes there too: ``setMarkdown`` leaves it at the end of the text, and
        # Qt scrolls the cursor into view when the browser is first shown.
        cursor = self.textCursor()
        cursor.setPosition(target.position())
        self.setTextCursor(cursor)
        self._pinned = target.blockNumber()
        self._keep_pinned()
        return block is not None

    def _keep_pinned(self, *_args: object) -> None:
        """Scroll the pinned heading to the top again (its pixel offset changes on relayout)."""
        if self._pinned is None:
            return
        block = self.document().findBlockByNumber(self._pinned)
        if not block.isValid():
            self._pinned = None
            return
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(round(top) if block.blockNumber() else 0)

    def _unpin(self, *_args: object) -> None:
        """The user scrolls (scroll bar, wheel, keys, a drag): from now on the view is theirs."""
        self._pinned = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_pinned()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._unpin()
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._unpin()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._unpin()
        super().mousePressEvent(event)

    def current_heading(self) -> str:
        """The heading text at the text cursor (what a section jump landed on)."""
        return self.textCursor().block().text()

    def _heading_block(self, heading: str) -> QTextBlock | None:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
                return block
            block = block.next()
        return None

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in _EXTERNAL:
            QDesktopServices.openUrl(url)
            return
        path = url.path()
        name = path.rsplit("/", 1)[-1].removesuffix(".md") if path else ""
        anchor = url.fragment() or None
        if not name and self.guide is not None:
            name = self.guide.name
        self.show_guide(name, anchor)

    def open_link(self, href: str) -> None:
        """Follow a link such as ``troubleshooting.md#auth_failed`` from outside the pane."""
        self._follow(QUrl(href))


class GuideDialog(QDialog):
    """Help → Setup guides: every guide, listed by title, read in the UI language."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.list = QListWidget(objectName="guide_list")
        self.list.setMaximumWidth(260)
        self.browser = GuideBrowser(context.language, self)
        self.browser.setObjectName("guide_browser")
        self.browser.guide_shown.connect(self._select)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(980, 680)
        self._fill()
        self.list.currentRowChanged.connect(self._show_row)
        self.list.setCurrentRow(0)
        self.retranslate()

    def _fill(self) -> None:
        self.list.clear()
        for name in GUIDE_NAMES:
            item = QListWidgetItem(load_guide(name, self._context.language).title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)

    def _show_row(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.browser.show_guide(str(item.data(Qt.ItemDataRole.UserRole)))

    def _select(self, name: str) -> None:
        row = GUIDE_NAMES.index(name)
        if self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setup guides"))
        language = self._context.language
        if language != getattr(self, "_shown_language", None):
            self._shown_language = language
            row = self.list.currentRow()
            self.list.blockSignals(True)
            self._fill()
            self.list.setCurrentRow(max(row, 0))
            self.list.blockSignals(False)
            self.browser.set_language(language)
