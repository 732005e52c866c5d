"""Printing a PDF off the GUI thread, with progress and cancel, as vector wherever the system
lets us hand the PDF itself to the printing system:

- print to a file (Qt's PDF printer): the letter's own PDF is written (the pages asked for), so
  the file holds the same vector text and fonts as the letter, not a picture of it;
- a printer on CUPS (Linux, macOS) when `lp` is there: the PDF goes to the queue as it is
  (copies, two-sided and the pages asked for passed as CUPS options); CUPS' own filters render
  it for the printer, at the printer's resolution;
- otherwise (Windows, where the print system takes no PDF; no `lp`): each page is drawn by
  Qt at the printer's resolution, in horizontal bands of BAND_ROWS rows, so memory stays at one
  band (about 5 MB at 600 dpi) instead of a full-page raster (139 MB per page at 600 dpi).

The page is placed in paper coordinates (full-page mode), so the address lands where a window
envelope expects it; a printer's unprintable margin clips, it never shrinks or shifts the page.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app import faults

from .ops import Cancelled, OpContext, OpRunner

log = logging.getLogger(__name__)
BAND_ROWS = 512
_JOB = re.compile(r"request id is (\S+)")


class Sent:
    """Where a print went, so a cancel after the sending can take it back."""

    def __init__(self) -> None:
        self.file: Path | None = None
        self.job = ""

    def take_back(self) -> None:
        self.taken_back()

    def taken_back(self) -> bool:
        """Remove the written file or cancel the queued job; False when drawn pages went."""
        if self.file is not None:
            self.file.unlink(missing_ok=True)
            return True
        if self.job and shutil.which("cancel"):
            subprocess.run(["cancel", self.job], check=False, capture_output=True, timeout=30)
            return True
        return False


def _pages_asked(printer: QPrinter, pages: int) -> list[int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return list(range(first - 1, last))
    return list(range(pages))


def _only(data: bytes, wanted: list[int], pages: int) -> bytes:
    if wanted == list(range(pages)):
        return data
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    reader = PdfReader(BytesIO(data))
    for page in wanted:
        writer.add_page(reader.pages[page])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _to_file(data: bytes, printer: QPrinter, wanted: list[int], pages: int,
             sent: Sent) -> None:
    target = Path(printer.outputFileName())
    target.write_bytes(_only(data, wanted, pages))
    sent.file = target


def _to_cups(lp: str, data: bytes, printer: QPrinter, wanted: list[int], pages: int,
             sent: Sent) -> None:
    command = [lp, "-d", printer.printerName(), "-t", printer.docName() or "Casemanager",
               "-n", str(max(1, printer.copyCount()))]
    if printer.collateCopies():
        command += ["-o", "collate=true"]
    sides = {QPrinter.DuplexMode.DuplexNone: "one-sided",
             QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}.get(printer.duplex())
    if sides:
        command += ["-o", f"sides={sides}"]
    if wanted != list(range(pages)):
        command += ["-P", f"{wanted[0] + 1}-{wanted[-1] + 1}"]
    name = printer.printerName()
    try:
        done = subprocess.run([*command, "-"], input=data, capture_output=True, timeout=120,
                              check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        log.info("lp could not be run: %s", type(error).__name__)
        raise faults.printer_refused(name) from error
    if done.returncode:
        # What lp said is for the log (its words are CUPS' English); the screen says ours.
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        log.info("lp refused the job (exit %s): %s", done.returncode, said[:1])
        raise faults.printer_refused(name)
    found = _JOB.search(done.stdout.decode("utf-8", "replace"))
    sent.job = found.group(1) if found else ""


def _passes_pdf(printer: QPrinter) -> str:
    """How this printer takes the PDF itself: 'file', a path to `lp`, or '' (draw it)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return "file" if printer.outputFileName() else ""
    if printer.printerName():
        return shutil.which("lp") or ""
    return ""


def print_bytes(
    data: bytes,
    printer: QPrinter,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Print the PDF (as vector where the printer takes the PDF itself, see above); returns
    the number of pages printed. Runs on any thread (also QPainter on a QPrinter)."""
    return print_to(data, printer, Sent(), progress, cancelled)


def print_to(
    data: bytes,
    printer: QPrinter,
    sent: Sent,
    progress: Callable[[int, int], None] = lambda done, total: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError("the PDF could not be read")
    pages = document.pageCount()
    wanted = _pages_asked(printer, pages)
    way = _passes_pdf(printer)
    if way:
        document.close()
        if cancelled():
            raise Cancelled()
        if way == "file":
            _to_file(data, printer, wanted, pages, sent)
        else:
            _to_cups(way, data, printer, wanted, pages, sent)
        if cancelled():  # pressed while it was being sent: take it back
            sent.take_back()
            raise Cancelled()
        progress(len(wanted), len(wanted))
        return len(wanted)
    printer.setFullPage(True)  # paper coordinates: 100 %, no shift by the hardware margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    try:
        for number, page in enumerate(wanted):
            if number:
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
            progress(number + 1, len(wanted))
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return len(wanted)


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

    sent = Sent()

    def work(op: OpContext) -> int:
        return print_to(data, printer, sent, lambda d, t: op.progress(d, t, ""),
                        lambda: op.cancelled)

    def progressed(page: int, pages: int, _label: str) -> None:
        box.setRange(0, pages)
        box.setValue(page)

    def finished(pages: int) -> None:
        cancelled = box.wasCanceled()
        box.reset()
        box.deleteLater()
        if cancelled and sent.taken_back():  # pressed after it went, before this was told
            return
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
