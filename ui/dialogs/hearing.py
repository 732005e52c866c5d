"""Recording a hearing per party (P-S5, P-V2, P-V3, ST11), with an optional report (PDF).

The letter names exactly the parties ticked here and encloses the report only when one is
added. The case window shows the button this module makes (`HearingButton`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.procedure import HEARING_PARTIES
from desktop_app.services import hearings
from desktop_app.services.documents import NewDocument
from desktop_app.services.dto import CaseDetail, StepInfo
from desktop_app.services.evidence_checks import read_evidence_file

from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..style import icon
from ..widgets import date_edit, from_qdate, label, labelled_form, ok_cancel, refuse_bad_dates


def party_label(code: str) -> str:
    labels = {
        "pupil": QCoreApplication.translate("hearing", "de &leerling"),
        "parents": QCoreApplication.translate("hearing", "de &ouders"),
        "parent": QCoreApplication.translate("hearing", "de &ouder zelf"),
        "teacher": QCoreApplication.translate("hearing", "de &groepsleerkracht"),
        "employee": QCoreApplication.translate("hearing", "de &medewerker"),
    }
    return labels.get(code, code)


def heard_suffix(step: StepInfo) -> str:
    """': leerling, ouders (verslag)' after a hearing in the case's timeline; '' otherwise."""
    parties = [str(p) for p in step.data.get("parties", [])] if step.kind == "hearing" else []
    if not parties:
        return ""
    names = ", ".join(party_label(p).replace("&", "").split(" ", 1)[-1] for p in parties)
    if step.data.get("report_document"):
        names += QCoreApplication.translate("hearing", " (verslag)")
    return f": {names}"


class HearingDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.step: StepInfo | None = None
        self.report_path: Path | None = None
        self.setObjectName("hearingDialog")
        self.on = date_edit(ctx.db.today())
        self.parties: dict[str, QCheckBox] = {}
        party_box = QWidget()
        party_row = QHBoxLayout(party_box)
        party_row.setContentsMargins(0, 0, 0, 0)
        for code in HEARING_PARTIES.get(PersonKind(detail.subject.kind), ()):
            box = QCheckBox()
            box.setObjectName(f"party_{code}")
            self.parties[code] = box
            party_row.addWidget(box)
        party_row.addStretch(1)
        self.note = QPlainTextEdit()
        self.note.setObjectName("hearingNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.report_name = label("muted")
        self.report_button = QPushButton(icon("add"), "")
        self.report_button.setObjectName("hearingReport")
        self.report_button.clicked.connect(self.choose_report)
        report_box = QWidget()
        report_row = QHBoxLayout(report_box)
        report_row.setContentsMargins(0, 0, 0, 0)
        report_row.addWidget(self.report_name, 1)
        report_row.addWidget(self.report_button)
        self.hint = label("muted", wrap=True)
        self.buttons = ok_cancel(self)
        self.form, self.labels = labelled_form([
            ("on", self.on),
            ("parties", party_box),
            ("note", self.note),
            ("report", report_box),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 360)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hoorgesprek vastleggen – {ref}").format(
            ref=self.detail.summary.reference))
        for code, box in self.parties.items():
            box.setText(party_label(code))
        for key, text in (("on", self.tr("&Datum:")), ("parties", self.tr("Gehoord:")),
                          ("note", self.tr("&Samenvatting:")), ("report", self.tr("Verslag:"))):
            self.labels[key].setText(text)
        self.report_name.setText(self.report_path.name if self.report_path
                                 else self.tr("(geen verslag)"))
        self.report_button.setText(self.tr("&Verslag (PDF) kiezen…"))
        self.hint.setText(self.tr(
            "De brief noemt precies wie hier is aangevinkt. Een verslag wordt in het dossier "
            "bewaard en bij de brief gevoegd."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("V&astleggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose_report(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verslag kiezen"), self.ctx.settings.last_folder,
            self.tr("PDF-bestanden (*.pdf)"))
        if path:
            self.set_report(Path(path))

    def set_report(self, path: Path | None) -> None:
        self.report_path = path
        self.retranslate_ui()

    def chosen(self) -> list[str]:
        return [code for code, box in self.parties.items() if box.isChecked()]

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        on = from_qdate(self.on.date())
        parties = self.chosen()
        path = self.report_path

        case_id, note = self.detail.summary.id, self.note.toPlainText()

        def record(op: OpContext) -> StepInfo:
            report = None
            if path is not None:
                report = NewDocument(hearings.REPORT_KIND, "", path.name, "application/pdf",
                                     read_evidence_file(path))
            return hearings.record_hearing(op.db, op.actor, case_id, on, parties, note, report)

        def recorded(step: StepInfo) -> None:
            self.step = step
            super(HearingDialog, self).accept()

        # A refusal shows its dialog; what was ticked and typed stays.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(record).success(recorded).owner(self).disabling(ok).run()


class HearingButton(QPushButton):
    """'Hoorgesprek vastleggen…' for the case window; `detail` gives the case shown."""

    def __init__(self, ctx: AppContext, detail: Callable[[], CaseDetail | None],
                 done: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(icon("add"), "", parent)
        self.ctx = ctx
        self.detail = detail
        self.done = done
        self.setObjectName("hearingButton")
        self.clicked.connect(lambda: self.open_dialog())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Hoorgesprek vastleggen…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def open_dialog(self) -> HearingDialog | None:
        detail = self.detail()
        if detail is None:
            return None
        dialog = HearingDialog(self.ctx, detail, self.window())
        dialog.accepted.connect(self.done)
        dialog.open()
        return dialog

