"""Recording a procedure step (hearing, intention, letter sent, Inspectie report, ...)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.procedure import (
    PARTIES_REQUIRED,
    RECORDED_ELSEWHERE,
    StepKind,
    steps_for,
)
from desktop_app.services import cases
from desktop_app.services.dto import StepInfo

from .. import i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..refusals import mark_field
from ..widgets import (
    date_edit,
    from_qdate,
    labelled_form,
    ok_cancel,
    refuse_bad_dates,
    set_combo_data,
)


class StepDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        case_id: int,
        reference: str,
        kind: str | None = None,
        parent: QWidget | None = None,
        subject_kind: str | None = None,
        offered: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.reference = reference
        self.step: StepInfo | None = None
        self.setObjectName("stepDialog")
        self.kind = QComboBox()
        self.kind.setObjectName("stepKind")
        # The steps the domain offers for this case (procedure.offered_steps: the subject's
        # kind and the case's state); without a case's list, those of the subject's kind.
        if offered is None:
            fitting = steps_for(PersonKind(subject_kind)) if subject_kind else tuple(StepKind)
            heard_per_party = bool(subject_kind) and (
                PersonKind(str(subject_kind)) in PARTIES_REQUIRED)
            offered = [k.value for k in fitting if k not in RECORDED_ELSEWHERE
                       and not (k is StepKind.HEARING and heard_per_party)]
        if kind and kind not in offered:
            offered = [*offered, kind]  # the step a deadline or the next-step button asks for
        for code in offered:
            self.kind.addItem("", code)
        if kind:
            set_combo_data(self.kind, kind)
        self.on = date_edit(ctx.db.today())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.school = QLineEdit()
        self.confirmation = QLineEdit()
        self.registered = QLineEdit()
        mark_field(self.note, "note")
        mark_field(self.school, "school")
        self.buttons = ok_cancel(self)
        self.form, self.labels = labelled_form([
            ("kind", self.kind),
            ("on", self.on),
            ("note", self.note),
            ("school", self.school),
            ("confirmation", self.confirmation),
            ("registered", self.registered),
        ])
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.retranslate_ui()
        self.resize(520, 340)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Processtap vastleggen – {ref}").format(ref=self.reference))
        for row in range(self.kind.count()):
            self.kind.setItemText(row, i18n.step_label(str(self.kind.itemData(row))))
        for key, text in (
            ("kind", self.tr("&Stap:")),
            ("on", self.tr("&Datum:")),
            ("note", self.tr("&Toelichting:")),
            ("school", self.tr("Ontvangende sch&ool:")),
            ("confirmation", self.tr("&Bevestiging:")),
            ("registered", self.tr("&Aangetekend nr.:")),
        ):
            self.labels[key].setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update(self) -> None:
        kind = self.kind.currentData()
        receiving = kind == StepKind.RECEIVING_SCHOOL.value
        self.form.setRowVisible(self.labels["school"], receiving)
        self.form.setRowVisible(self.labels["confirmation"], receiving)
        self.form.setRowVisible(self.labels["registered"], kind == StepKind.INTENTION.value)

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        kind = str(self.kind.currentData())
        data: dict[str, str] = {}
        for key, field in (
            ("school", self.school),
            ("confirmation", self.confirmation),
            ("registered", self.registered),
        ):
            if field.text().strip():
                data[key] = field.text().strip()
        case_id, on, note = self.case_id, from_qdate(self.on.date()), self.note.toPlainText()

        def work(op: OpContext) -> StepInfo:
            return cases.record_step(op.db, op.actor, case_id, kind, on, note, data)

        def done(step: StepInfo) -> None:
            self.step = step
            super(StepDialog, self).accept()

        # A refusal shows its dialog; what was typed stays.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(done).owner(self).disabling(ok).run()
