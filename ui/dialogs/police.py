"""Recording a police report (aangifte) for a case: protocol Sancties 6, law V4/V5."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import inspector
from desktop_app.services.dto import PoliceReportInfo

from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..refusals import mark_field
from ..widgets import date_edit, from_qdate, label, labelled_form, ok_cancel, refuse_bad_dates


class PoliceReportDialog(GuardedDialog):
    """Date, police unit, registration number, who reported and who was told beforehand."""

    def __init__(self, ctx: AppContext, case_id: int, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.reference = reference
        self.report: PoliceReportInfo | None = None
        self.setObjectName("policeDialog")
        self.intro = label("muted", wrap=True)
        self.on = date_edit(ctx.db.today())
        self.unit = QLineEdit()
        self.unit.setObjectName("policeUnit")
        self.number = QLineEdit()
        self.number.setObjectName("policeNumber")
        self.reported_by = QLineEdit(ctx.actor.display_name)
        self.informed = QPlainTextEdit()
        self.informed.setObjectName("policeInformed")
        mark_field(self.informed, "informed")
        self.informed.setTabChangesFocus(True)
        self.informed.setMaximumHeight(90)
        self.buttons = ok_cancel(self)
        form, self.labels = labelled_form([
            ("on", self.on), ("unit", self.unit), ("number", self.number),
            ("by", self.reported_by), ("informed", self.informed)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(540, 360)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Aangifte vastleggen – {ref}").format(ref=self.reference))
        self.intro.setText(self.tr(
            "Leg vast wanneer en bij welke politie-eenheid aangifte is gedaan. Bij een redelijk "
            "vermoeden na overleg met de vertrouwensinspecteur worden de ouders en de betrokken "
            "medewerker vooraf ingelicht: vermeld wie en wanneer."))
        for key, text in (("on", self.tr("&Datum aangifte:")),
                          ("unit", self.tr("&Politie-eenheid:")),
                          ("number", self.tr("&Registratienummer:")),
                          ("by", self.tr("Aangifte &gedaan door:")),
                          ("informed", self.tr("Vooraf &ingelicht:"))):
            self.labels[key].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        on = datetime.combine(from_qdate(self.on.date()), datetime.min.time())
        case_id, unit, number = self.case_id, self.unit.text(), self.number.text()
        by, informed = self.reported_by.text(), self.informed.toPlainText()

        def work(op: OpContext) -> PoliceReportInfo:
            return inspector.record_police_report(
                op.db, op.actor, case_id, reported_on=on, police_unit=unit,
                registration_number=number, reported_by=by, informed_beforehand=informed)

        def done(report: PoliceReportInfo) -> None:
            self.report = report
            super(PoliceReportDialog, self).accept()

        # A refusal shows its dialog; what was typed stays.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(done).owner(self).disabling(ok).run()
