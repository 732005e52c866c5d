"""Printing a letter: in the background, at 100 % on A4 whatever the printer's margins, in
bands at the printer's resolution, and it can be cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from reports.examples import example_request
from reports.kinds import KINDS_BY_KEY
from reports.letter import render_letter
from reports.model import Audience
from tests.reports.pdfcheck import reader
from ui import printing
from ui.context import AppContext

MM = 72 / 25.4


def letter() -> bytes:
    return render_letter(example_request(KINDS_BY_KEY[(Audience.STAFF, "warning")]))


def pdf_printer(path: Path, dpi: int = 150) -> QPrinter:
    """A printer that writes a PDF file, with wide 'hardware' margins (15 mm, 20 mm)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 20, 15, 20), QPageLayout.Unit.Millimeter))
    return printer


def ink_box(data: bytes, box_mm: tuple[float, float, float, float]) -> tuple[float, float]:
    """Left and top (mm from the paper's top-left) of the dark pixels inside box_mm on page 1."""
    scale = 100 / 72  # 100 dpi
    image = pdfium.PdfDocument(data)[0].render(scale=scale, grayscale=True).to_pil()
    left, top, right, bottom = (round(v * MM * scale) for v in box_mm)
    pixels = image.crop((left, top, right, bottom)).load()
    assert pixels is not None
    dark = [(x, y) for x in range(right - left) for y in range(bottom - top)
            if pixels[x, y] < 128]  # type: ignore[operator]
    assert dark, "no ink in the address window"
    px_per_mm = MM * scale
    return (left + min(x for x, _ in dark)) / px_per_mm, (top + min(y for _, y in dark)) / px_per_mm


@pytest.mark.parametrize("drawn", [False, True], ids=["pdf-passed-on", "drawn-in-bands"])
def test_printed_page_is_a4_at_full_size_with_the_address_in_place(
        qtbot, ctx: AppContext, tmp_path: Path, drawn: bool,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    if drawn:  # as on Windows, where the print system takes no PDF: Qt draws each page
        monkeypatch.setattr(printing, "_passes_pdf", lambda printer: "")
    parent = QWidget()
    qtbot.addWidget(parent)
    original = letter()
    target = tmp_path / "printed.pdf"
    pages: list[int] = []
    threads: list[str] = []
    real = printing.print_to

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    printing.print_to = spy  # type: ignore[assignment]
    try:
        printing.start_printing(parent, ctx.ops, original, pdf_printer(target), pages.append)
        assert not pages  # the call returned at once: printing runs in the background
        qtbot.waitUntil(lambda: bool(pages), timeout=60000)
    finally:
        printing.print_to = real  # type: ignore[assignment]
    assert threads and threads[0] != threading.main_thread().name
    printed = target.read_bytes()
    assert pages == [len(reader(original).pages)] == [len(reader(printed).pages)]
    box = reader(printed).pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1
    # the address block (window envelope: left 20-110 mm, 40-95 mm from the top) sits where
    # the letter puts it: not scaled down to the printable area, not shifted by the margins
    window = (15.0, 40.0, 110.0, 95.0)
    (x0, y0), (x1, y1) = ink_box(original, window), ink_box(printed, window)
    assert abs(x0 - x1) < 1.5 and abs(y0 - y1) < 1.5, ((x0, y0), (x1, y1))
    assert len(printed) < 4_000_000, len(printed)  # bands at 150 dpi, not a huge raster


def test_printing_can_be_cancelled(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    pages: list[int] = []
    box = printing.start_printing(parent, ctx.ops, letter(),
                                  pdf_printer(tmp_path / "x.pdf", dpi=600), pages.append)
    cancel = box.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuleren"
    cancel.click()
    qtbot.waitUntil(lambda: ctx.ops.active == 0, timeout=60000)
    assert not pages


def test_print_to_file_is_the_letter_in_vector(qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Printing to a PDF file writes the letter's text and fonts, not a picture of the page."""
    parent = QWidget()
    qtbot.addWidget(parent)
    original = letter()
    target = tmp_path / "printed.pdf"
    pages: list[int] = []
    printing.start_printing(parent, ctx.ops, original, pdf_printer(target, dpi=1200),
                            pages.append)
    qtbot.waitUntil(lambda: bool(pages), timeout=60000)
    printed = reader(target.read_bytes())
    text = " ".join(page.extract_text() for page in printed.pages)
    wanted = " ".join(page.extract_text() for page in reader(original).pages)
    assert "Waarschuwing" in text or "waarschuwing" in text
    assert text == wanted  # every word is text, as in the letter
    assert not any("/Image" in str(page.get("/Resources", {}).get("/XObject", {}))
                   for page in printed.pages)
    assert target.stat().st_size < 200_000  # kilobytes, not the megabytes of a raster


def test_printing_a_page_range_to_file_keeps_those_pages(
        qtbot, ctx: AppContext, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = letter()
    if len(reader(original).pages) < 2:
        original = printing_two_pages(original)
    printer = pdf_printer(tmp_path / "page2.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert printing.print_bytes(original, printer) == 1
    printed = reader((tmp_path / "page2.pdf").read_bytes())
    assert len(printed.pages) == 1
    assert printed.pages[0].extract_text() == reader(original).pages[1].extract_text()


def printing_two_pages(data: bytes) -> bytes:
    """The letter twice over: a document with a second page to choose."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.append(io.BytesIO(data))
    writer.append(io.BytesIO(data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
