"""Any filed document opened read-only: PDF in the preview, images scaled, hash shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import documents
from desktop_app.services.dto import DocumentInfo

from .. import i18n
from ..context import AppContext
from ..ops import OpContext
from ..pdfview import PdfPreview, save_pdf
from ..printing import print_pdf
from ..style import icon
from ..widgets import fit_to_screen, label, show_done


class DocumentViewer(QWidget):
    def __init__(
        self, ctx: AppContext, info: DocumentInfo, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.info = info
        self.data = data
        self.setObjectName("documentViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.heading = label("subtitle")
        self.meta = label("muted", wrap=True)
        self.pdf: PdfPreview | None = None
        body: QWidget
        if info.mime_type == "application/pdf":
            self.pdf = PdfPreview()
            self.pdf.load_bytes(data)
            body = self.pdf
        elif info.mime_type.startswith("image/"):
            picture = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            picture.setPixmap(pixmap)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea()
            scroll.setWidget(picture)
            scroll.setWidgetResizable(True)
            body = scroll
        else:
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace")[:200_000])
            body = text
        self.print_button = QPushButton(icon("print"), "")
        self.print_button.setEnabled(self.pdf is not None)
        self.print_button.clicked.connect(self._print)
        self.save_button = QPushButton(icon("save"), "")
        self.save_button.clicked.connect(self._save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.retranslate_ui()
        fit_to_screen(self, 820, 760)

    def retranslate_ui(self) -> None:
        info = self.info
        self.setWindowTitle(info.title)
        self.heading.setText(info.title)
        self.meta.setText(
            self.tr("{dossier} · gearchiveerd {when} · {size} kB · SHA-256 {sha}").format(
                dossier=i18n.dossier_label(info.dossier),
                when=i18n.short_datetime(info.filed_at),
                size=max(1, info.size // 1024),
                sha=info.sha256,
            )
        )
        self.print_button.setText(self.tr("&Afdrukken…"))
        self.save_button.setText(self.tr("&Kopie opslaan…"))
        self.close_button.setText(self.tr("&Sluiten"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _print(self) -> None:
        if self.pdf is not None:
            print_pdf(self, self.ctx.ops, self.data, self.info.title, self._printed)

    def _printed(self, pages: int) -> None:
        show_done(self, self.tr("Afgedrukt: {pages} pagina('s).").format(pages=pages))
        self._record("print")

    def _record(self, how: str) -> None:
        """Printing or saving a copy of a dossier document belongs in the audit trail (AVG)."""
        document_id = self.info.id
        self.ctx.ops.op(
            lambda op: documents.record_output(op.db, op.actor, document_id, how)
        ).owner(self).run()

    def _save(self) -> None:
        path = (
            save_pdf(self, self.data, self.info.filename, self.ctx.settings.last_folder)
            if self.info.mime_type == "application/pdf"
            else None
        )
        if path is not None:
            self.ctx.settings.last_folder = str(path.parent)
            self._record("copy")


def open_document(ctx: AppContext, document_id: int, parent: QWidget) -> None:
    """Load (hash-checked by the service) off the GUI thread, then show the viewer."""

    def work(op: OpContext) -> tuple[DocumentInfo, bytes]:
        return documents.open_document(op.db, op.actor, document_id)

    def show(result: tuple[DocumentInfo, bytes]) -> None:
        viewer = DocumentViewer(ctx, result[0], result[1], parent)
        viewer.show()

    ctx.ops.op(work).success(show).owner(parent).run()
