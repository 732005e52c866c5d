"""Printing a PDF: off the GUI thread, page by page in bands at the printer's resolution, at
100 % on the paper whatever the printer's hardware margins, with progress and cancel.

The page is placed in paper coordinates (full-page mode), so the address lands where a window
envelope expects it; a printer's unprintable margin clips, it never shrinks or shifts the page.
Each page is drawn in horizontal bands of BAND_ROWS rows, so memory stays at one band (about
5 MB at 600 dpi) instead of a full-page raster (139 MB per page at 600 dpi).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from .ops import Cancelled, OpContext, OpRunner

BAND_ROWS = 512


def print_bytes(
    data: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Draw every page of the PDF on the printer; returns the number of pages printed.
    Runs on any thread (QPainter on a QPrinter is allowed off the GUI thread)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("the PDF could not be read")
    printer.setFullPage(True)  # paper coordinates: 100 %, no shift by the hardware margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    pages = document.pageCount()
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            size = document.pagePointSize(page)
            width = round(size.width() * dpi_x / 72)
            height = round(size.height() * dpi_y / 72)
            for top in range(0, height, BAND_ROWS):
                if cancelled():
                    printer.abort()
                    raise Cancelled()
                rows = min(BAND_ROWS, height - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(QSize(width, height))
                options.setScaledClipRect(QRect(0, top, width, rows))
                band = document.render(page, QSize(width, rows), options)
                painter.drawImage(QPoint(0, top), band)
            progress(page + 1, pages)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return pages


def print_pdf(
    parent: QWidget,
    ops: OpRunner,
    data: bytes,
    title: str,
    done: Callable[[int], None] = lambda pages: None,
) -> QPrinter | None:
    """The print dialog on the GUI thread, then the printing in the background with a
    progress dialog that can cancel; `done` runs on the GUI thread when every page is sent."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf", "Afdrukken"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    start_printing(parent, ops, data, printer, done)
    return printer


def start_printing(
    parent: QWidget,
    ops: OpRunner,
    data: bytes,
    printer: QPrinter,
    done: Callable[[int], None] = lambda pages: None,
) -> QProgressDialog:
    """Print on the op runner's worker; the window stays usable, the dialog shows progress."""
    box = QProgressDialog(parent)
    box.setObjectName("printProgress")
    box.setWindowTitle(QCoreApplication.translate("pdf", "Afdrukken"))
    box.setLabelText(QCoreApplication.translate("pdf", "De brief wordt naar de printer gestuurd…"))
    box.setCancelButtonText(QCoreApplication.translate("pdf", "Annuleren"))
    box.setRange(0, 0)
    box.setMinimumDuration(300)

    def work(op: OpContext) -> int:
        return print_bytes(data, printer, lambda d, t: op.progress(d, t, ""), lambda: op.cancelled)

    def progressed(page: int, pages: int, _label: str) -> None:
        box.setRange(0, pages)
        box.setValue(page)

    def finished(pages: int) -> None:
        box.reset()
        box.deleteLater()
        done(pages)

    def failed(error: BaseException) -> None:
        box.reset()
        box.deleteLater()
        from . import errors

        errors.show_error(parent, error)

    handle = ops.op(work).progress(progressed).success(finished).failure(failed).owner(parent)
    running = handle.run()
    box.canceled.connect(lambda: running.cancel())  # a lambda keeps the handle alive
    return box
