"""The decision dialog: a measure from the subject's ladder; deviating needs a motivation."""

from __future__ import annotations

from datetime import timedelta

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
from desktop_app.domain.measures import LADDERS, Measure
from desktop_app.services import cases, people
from desktop_app.services.dto import CaseDetail, DecisionInfo

from .. import i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..refusals import mark_field
from ..widgets import date_edit, from_qdate, label, labelled_form, ok_cancel, refuse_bad_dates

PERIOD_MEASURES = {Measure.SUSPENSION.value, Measure.ACCESS_BAN.value}


class DecisionDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.decision: DecisionInfo | None = None
        self.setObjectName("decisionDialog")
        self.proposed = detail.proposal.measure if detail.proposal else None
        kind = PersonKind(detail.subject.kind)
        today = ctx.db.today()

        self.intro = label("", wrap=True)
        self.measure = QComboBox()
        self.measure.setObjectName("measure")
        for m in LADDERS.get(kind, ()):
            self.measure.addItem("", m.value)
        if self.proposed:
            self.measure.setCurrentIndex(max(self.measure.findData(self.proposed), 0))
        self.decided_on = date_edit(today)
        self.start_on = date_edit(today + timedelta(days=1))
        self.end_on = date_edit(today + timedelta(days=1))
        self.motivation = QPlainTextEdit()
        self.motivation.setObjectName("motivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setMinimumHeight(80)
        self.motivation_hint = label("warning", wrap=True)
        self.no_hearing = QLineEdit()
        self.education = QLineEdit()
        self.reasons = QLineEdit()  # P-S2: the reasons the parents read, not the motivation
        self.reasons.setObjectName("reasons")
        self.urgent_reason = QLineEdit()  # ST10: the reason as told to the employee
        self.urgent_reason.setObjectName("urgentReason")
        self.known_on = date_edit(optional=True)  # ST10: when the facts became known
        self.delay = QLineEdit()  # ST10: why it is still 'onverwijld' after some days
        self.delay.setObjectName("delayMotivation")
        self.early_start = QLineEdit()  # P-S2: why a suspension starts before the decision
        self.early_start.setObjectName("earlyStartReason")
        self.scope = QLineEdit()
        self.contact = QLineEdit()
        self.child = QComboBox()  # P-V8: the child a removal for a parent's behaviour is about
        self.child.setObjectName("child")
        if kind is PersonKind.PARENT:
            parent_id = detail.subject.id

            def children(op: OpContext) -> list[tuple[str, int]]:
                return [(p.full_name, p.id)
                        for p in people.children_of(op.db, op.actor, parent_id)]

            def fill(found: list[tuple[str, int]]) -> None:
                with self.filling():  # a load is no change of the user's
                    for name, pupil_id in found:
                        self.child.addItem(name, pupil_id)

            ctx.ops.op(children).success(fill).owner(self).run()
        self.buttons = ok_cancel(self)
        for widget, field in ((self.measure, "measure"), (self.motivation, "motivation"),
                              (self.start_on, "start"), (self.end_on, "end"),
                              (self.no_hearing, "no_hearing_reason"), (self.reasons, "reasons")):
            mark_field(widget, field)
        self.form, self.labels = labelled_form([
            ("measure", self.measure),
            ("decided_on", self.decided_on),
            ("start_on", self.start_on),
            ("end_on", self.end_on),
            ("motivation", self.motivation),
            ("no_hearing", self.no_hearing),
            ("education", self.education),
            ("reasons", self.reasons),
            ("urgent_reason", self.urgent_reason),
            ("known_on", self.known_on),
            ("delay", self.delay),
            ("early_start", self.early_start),
            ("scope", self.scope),
            ("contact", self.contact),
            ("child", self.child),
        ])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.motivation_hint)
        layout.addWidget(self.buttons)
        self.measure.currentIndexChanged.connect(self._update)
        self.retranslate_ui()
        self.resize(620, 520)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Besluit – {ref}").format(ref=self.detail.summary.reference))
        proposal = i18n.measure_label(self.proposed) if self.proposed else self.tr("(geen)")
        self.intro.setText(
            self.tr(
                "Het protocol stelt voor: <b>{proposal}</b>. U besluit; wijkt u af van het "
                "voorstel, dan is een schriftelijke motivering verplicht."
            ).format(proposal=proposal)
        )
        for row in range(self.measure.count()):
            self.measure.setItemText(row, i18n.measure_label(str(self.measure.itemData(row))))
        texts = {
            "measure": self.tr("&Maatregel:"),
            "decided_on": self.tr("Besluit&datum:"),
            "start_on": self.tr("&Ingangsdatum:"),
            "end_on": self.tr("&Einddatum:"),
            "motivation": self.tr("Mo&tivering:"),
            "no_hearing": self.tr("Niet &gehoord, omdat:"),
            "education": self.tr("&Onderwijs tijdens schorsing:"),
            "reasons": self.tr("&Redenen voor de ouders:"),
            "urgent_reason": self.tr("Dringende reden (zoals meegedeeld):"),
            "known_on": self.tr("Feiten be&kend geworden op:"),
            "delay": self.tr("&Waarom toch onverwijld:"),
            "early_start": self.tr("Eerder i&ngegaan dan het besluit, omdat:"),
            "scope": self.tr("&Omvang verbod:"),
            "contact": self.tr("&Contactpersoon:"),
            "child": self.tr("&Kind (gedrag ouder):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.no_hearing.setPlaceholderText(self.tr("alleen invullen als niet vooraf is gehoord"))
        self.early_start.setPlaceholderText(
            self.tr("alleen invullen als de schorsing vóór de besluitdatum inging"))
        self.education.setPlaceholderText(self.tr("bijv. huiswerkpakket via de groepsleerkracht"))
        self.scope.setPlaceholderText(self.tr("bijv. schoolgebouw en schoolplein"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Besluiten"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.labels[key], visible)

    def _update(self) -> None:
        chosen = str(self.measure.currentData())
        kind = self.detail.subject.kind
        self._set_row_visible("start_on", chosen in PERIOD_MEASURES or chosen == "removal")
        self._set_row_visible("end_on", chosen in PERIOD_MEASURES)
        self._set_row_visible("education", kind == "pupil" and chosen == "suspension")
        self._set_row_visible("reasons", kind == "pupil" and chosen == "suspension")
        self._set_row_visible("urgent_reason", chosen == "summary_dismissal")
        self._set_row_visible("known_on", chosen == "summary_dismissal")
        self._set_row_visible("delay", chosen == "summary_dismissal")
        self._set_row_visible("early_start", kind == "pupil" and chosen == "suspension")
        self._set_row_visible("scope", chosen == "access_ban")
        self._set_row_visible("contact", chosen == "access_ban")
        self._set_row_visible("child", kind == "parent" and chosen == "removal")
        deviates = self.proposed is not None and chosen != self.proposed
        self.motivation_hint.setVisible(deviates)
        self.motivation_hint.setText(
            self.tr("Dit besluit wijkt af van het voorstel: geef een motivering.")
        )
        self.labels["motivation"].setText(
            self.tr("Mo&tivering (verplicht):") if deviates else self.tr("Mo&tivering:")
        )

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        chosen = str(self.measure.currentData())
        details: dict[str, str] = {}
        if self.education.text().strip():
            details["education"] = self.education.text().strip()
        if self.reasons.text().strip() and chosen == "suspension":
            details["reasons"] = self.reasons.text().strip()
        if self.urgent_reason.text().strip() and chosen == "summary_dismissal":
            details["urgent_reason"] = self.urgent_reason.text().strip()
        if chosen == "summary_dismissal":
            known = self.known_on.value()
            if known is not None:
                details["known_on"] = known.isoformat()
            if self.delay.text().strip():
                details["delay_motivation"] = self.delay.text().strip()
        if self.early_start.text().strip() and chosen == "suspension":
            details["early_start_reason"] = self.early_start.text().strip()
        if self.scope.text().strip():
            details["scope"] = self.scope.text().strip()
        if self.contact.text().strip():
            details["contact"] = self.contact.text().strip()
        if self.detail.subject.kind == "parent" and chosen == "removal" and \
                self.child.currentData() is not None:
            details["child"] = str(self.child.currentData())
        with_period = chosen in PERIOD_MEASURES
        start = from_qdate(self.start_on.date()) if with_period or chosen == "removal" else None
        end = from_qdate(self.end_on.date()) if with_period else None
        case_id, motivation = self.detail.summary.id, self.motivation.toPlainText()
        no_hearing, decided_on = self.no_hearing.text(), from_qdate(self.decided_on.date())
        version = self.detail.summary.version

        def work(op: OpContext) -> DecisionInfo:
            return cases.decide(op.db, op.actor, case_id, chosen, motivation=motivation,
                                start_on=start, end_on=end, no_hearing_reason=no_hearing,
                                decided_on=decided_on, details=details,
                                expected_version=version)  # as shown: not over another's

        def done(decision: DecisionInfo) -> None:
            self.decision = decision
            super(DecisionDialog, self).accept()

        # A refusal shows its dialog; what was typed stays.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ctx.ops.op(work).success(done).owner(self).disabling(ok).run()
