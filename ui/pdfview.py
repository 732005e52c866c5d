"""Showing and saving PDF bytes: QPdfView over an in-memory document (printing: printing.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from desktop_app.services import outputs

from . import errors

log = logging.getLogger(__name__)


class PdfPreview(QWidget):
    """The real PDF, page after page, fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("background: #8a949e;")
        self._buffer: QBuffer | None = None
        self.data = b""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load_bytes(self, data: bytes) -> bool:
        self.document.close()
        self.data = data
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        ok = self.document.status() == QPdfDocument.Status.Ready
        if not ok:
            log.warning("PDF preview could not load %d bytes", len(data))
        return ok

    def clear(self) -> None:
        self.document.close()
        self.data = b""

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def ask_pdf_path(parent: QWidget, suggested: str, folder: str = "",
                 title: str = "") -> Path | None:
    """Where to save a PDF; the dialog itself asks before an existing file is replaced."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title or QCoreApplication.translate("pdf", "Kopie opslaan"),
        str(Path(folder or Path.home()) / suggested),
        QCoreApplication.translate("pdf", "PDF-bestanden (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    return target


def save_pdf(parent: QWidget, data: bytes, suggested: str, folder: str = "") -> Path | None:
    """Save a copy whole or not at all; a failure shows its sentence and returns None."""
    target = ask_pdf_path(parent, suggested, folder)
    if target is None:
        return None
    try:
        outputs.write_file(target, data, force=True)
    except Exception as error:  # noqa: BLE001 - shown as a sentence; nothing was saved
        errors.show_error(parent, error)
        return None
    return target
