"""The invoice as it will print: the exported PDF's pages, updated as the draft is edited.

A window of its own (``invoice_preview``) beside the editor: it shows the bytes Export PDF
would write, rendered by PDFium.  After an edit it waits for a pause (``UPDATE_MS``), saves
the draft like autosave would and renders again, so the pages follow the editing within
half a second.  Ctrl++ / Ctrl+- / Ctrl+0 zoom; Page Up / Page Down go from page to page.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFoundError, StorageError
from desktop.ui.invoices.pdf_pages import page_images
from desktop.ui.widgets.screen_fit import resize_to_fit

if TYPE_CHECKING:
    from desktop.ui.invoices.editor import InvoiceEditor

log = logging.getLogger(__name__)

UPDATE_MS = 350  # after the last edit; rendering takes the rest of the half second
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SCREEN_DPI = 96


class InvoicePreview(QDialog):
    def __init__(self, editor: InvoiceEditor) -> None:
        super().__init__(editor.window())
        self.setObjectName("invoice_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        self.zoom: float | None = None  # None: the page's width fits the window
        self.images: list[QPixmap] = []
        self.pages = QWidget()
        self.page_box = QVBoxLayout(self.pages)
        self.page_box.setSpacing(12)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_area = QScrollArea(objectName="invoice_preview_pages")
        self.page_area.setWidget(self.pages)
        self.page_area.setWidgetResizable(True)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_area.setStyleSheet("QScrollArea { background: #808080; }")
        self.note = QLabel(objectName="invoice_preview_note")
        self.note.setWordWrap(True)
        self.zoom_out = QPushButton("−", objectName="invoice_preview_zoom_out")
        self.zoom_in = QPushButton("+", objectName="invoice_preview_zoom_in")
        self.zoom_label = QLabel(objectName="invoice_preview_zoom")
        self.print_button = QPushButton(objectName="invoice_preview_print")
        for button in (self.zoom_out, self.zoom_in, self.print_button):
            button.setAutoDefault(False)
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.print_button.clicked.connect(editor.print_invoice)
        bar = QHBoxLayout()
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.page_area, 1)
        self.timer = QTimer(self, singleShot=True, interval=UPDATE_MS)
        self.timer.timeout.connect(self.refresh)
        editor.model.lines_changed.connect(self.timer.start)
        editor.header.changed.connect(self.timer.start)
        editor.notes.textChanged.connect(self.timer.start)
        editor.legal_basis.changed.connect(self.timer.start)
        self.retranslate()
        resize_to_fit(self, 860, 900)
        self.refresh()

    def refresh(self) -> None:
        """Save what is on screen and render it as Export PDF would."""
        self.timer.stop()
        editor = self.editor
        invoice_id = editor.ensure_saved()
        if invoice_id is None:  # cannot be saved now: the editor's banner says why
            self.note.setText(self.tr("The preview shows the last version that could be saved."))
            self.note.show()
            return
        try:
            pdf = editor.context.services.exports.pdf_bytes(invoice_id)
        except (NotFoundError, StorageError) as exc:
            log.info("no preview of invoice %s: %s", invoice_id, exc)
            self.note.setText(self.tr("The preview could not be made."))
            self.note.show()
            return
        self.note.hide()
        dpi = SCREEN_DPI * self.devicePixelRatioF()
        self.images = [QPixmap.fromImage(image) for image in page_images(pdf, dpi * 2)]
        self._show_pages()

    def page_labels(self) -> list[QLabel]:
        items = (self.page_box.itemAt(i) for i in range(self.page_box.count()))
        return [w for w in (i.widget() if i else None for i in items) if isinstance(w, QLabel)]

    def _show_pages(self) -> None:
        while self.page_box.count() < len(self.images):
            label = QLabel(objectName=f"invoice_preview_page_{self.page_box.count() + 1}")
            label.setStyleSheet("background: white;")
            self.page_box.addWidget(label)
        while self.page_box.count() > len(self.images):
            item = self.page_box.takeAt(self.page_box.count() - 1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        ratio = self.devicePixelRatioF()
        zoom = self.effective_zoom()
        for label, image in zip(self.page_labels(), self.images, strict=True):
            width = round(image.width() / 2 * zoom * ratio)
            scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            label.setPixmap(scaled)
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def effective_zoom(self) -> float:
        """The chosen zoom, or the one at which the first page fills the window's width."""
        if self.zoom is not None or not self.images:
            return self.zoom or 1.0
        room = self.page_area.viewport().width() - 2 * self.page_box.contentsMargins().left() - 4
        page = self.images[0].width() / 2 / self.devicePixelRatioF()
        return max(0.25, min(2.0, room / page)) if page > 0 else 1.0

    def step_zoom(self, step: int) -> None:
        now = self.effective_zoom()
        at = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - now))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, at + step))]
        self._show_pages()

    def go_page(self, step: int) -> None:
        """Scroll to the next (or previous) page's top."""
        bar = self.page_area.verticalScrollBar()
        tops = [label.y() for label in self.page_labels()]
        now = bar.value()
        later = [t for t in tops if t > now + 1] if step > 0 else [t for t in tops if t < now - 1]
        if later:
            bar.setValue(later[0] if step > 0 else later[-1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.ZoomIn) or event.key() == Qt.Key.Key_Plus:
            self.step_zoom(1)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or event.key() == Qt.Key.Key_Minus:
            self.step_zoom(-1)
        elif (
            event.key() == Qt.Key.Key_0 and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom = 1.0
            self._show_pages()
        elif event.key() == Qt.Key.Key_PageDown:
            self.go_page(1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.go_page(-1)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom is None and self.images:  # fitting the width: follow the window
            self._show_pages()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preview – %1").replace("%1", self.editor.windowTitle()))
        self.print_button.setText(self.tr("Print…"))
        self.zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
