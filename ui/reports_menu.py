"""Rapporten: the anonymised annual report and the processing register, saved as PDF."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMenu, QWidget

from desktop_app.services import outputs
from desktop_app.services.database import Actor, Database

from . import errors
from .context import AppContext
from .ops import OpContext

# The reports' service (and ReportLab behind it) and the PDF viewer's save dialog load when a
# report is asked for: the menu is built with every main window, at start.


class ReportsMenu(QMenu):
    """The window's Rapporten menu; its actions run the reports through the op runner."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.setObjectName("reportsMenu")
        self.annual_action = QAction(self)
        self.annual_action.setObjectName("annualReportAction")
        self.annual_action.triggered.connect(lambda: self.ask_year())
        self.register_action = QAction(self)
        self.register_action.setObjectName("processingRegisterAction")
        self.register_action.triggered.connect(lambda: self.processing_register())
        self.addAction(self.annual_action)
        self.addAction(self.register_action)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Rapporten"))
        self.annual_action.setText(self.tr("&Jaarverslag zonder namen (bestuur en GMR)…"))
        self.register_action.setText(self.tr("&Verwerkingsregister (AVG art. 30)…"))

    def ask_year(self) -> QDialog:
        """Which year: a small dialog, then where to save it."""
        parent = self.parentWidget()
        dialog = QInputDialog(parent)
        dialog.setObjectName("annualYearDialog")
        dialog.setWindowTitle(self.tr("Jaarverslag"))
        dialog.setLabelText(self.tr("Over welk jaar?"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        today = self.ctx.db.today()
        dialog.setIntRange(2000, today.year)
        dialog.setIntValue(today.year - 1 if today.month < 7 else today.year)
        dialog.setOkButtonText(self.tr("Verder"))
        dialog.setCancelButtonText(self.tr("Annuleren"))
        dialog.intValueSelected.connect(self.annual_report)
        dialog.open()
        return dialog

    def annual_report(self, year: int) -> None:
        from desktop_app.services import board_reports

        self._save(f"jaarverslag_sociale_media_{year}.pdf", self.tr("Jaarverslag opslaan"),
                   self.tr("Jaarverslag"),
                   partial(board_reports.annual_report_pdf, year=year))  # run in the op

    def processing_register(self) -> None:
        from desktop_app.services import board_reports

        self._save("verwerkingsregister.pdf", self.tr("Verwerkingsregister opslaan"),
                   self.tr("Verwerkingsregister"), board_reports.processing_register_pdf)

    def _save(self, suggested: str, title: str, done_title: str,
              make: Callable[[Database, Actor], bytes]) -> None:
        parent = self.parentWidget()
        assert isinstance(parent, QWidget)
        from .pdfview import ask_pdf_path

        # Where first: a report is audited as made only when the file is really written.
        path = ask_pdf_path(parent, suggested, self.ctx.settings.last_folder, title)
        if path is None:
            return
        target: Path = path

        def work(op: OpContext) -> bytes:
            with outputs.writing(op.db, force=True) as out:
                data = make(op.db, op.actor)
                out.write(target, data)
            return data

        def done(_: bytes) -> None:
            self.ctx.settings.last_folder = str(target.parent)
            errors.inform(parent, done_title,
                          self.tr("Opgeslagen als {path}.").format(path=str(target)))

        self.ctx.ops.op(work).success(done).owner(parent).run()
