"""PDF pages as images and on a printer, through PDFium (``pypdfium2``).

The preview and printing show the very bytes that Export PDF writes, so what the user sees
is what the client gets; nothing is drawn a second way.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI_LIMIT = 300  # enough for text on paper; a 1200 dpi printer does not need more


def page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Every page rendered at ``dpi``, as RGB images (copies: the PDF can be closed)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            fmt = (
                QImage.Format.Format_RGBA8888
                if bitmap.n_channels == 4
                else (QImage.Format.Format_RGB888)
            )
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
            ).copy()
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page, each fitted to the printable area; returns the pages printed."""
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    printed = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for image in page_images(pdf, dpi):
            if printed:
                printer.newPage()
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
