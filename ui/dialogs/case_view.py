"""One case: incident, proposal with reasons and comparable decisions, decision, procedure
timeline with what is still due, and the letters and documents filed for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cases import case_reference
from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.procedure import PARTIES_REQUIRED, StepKind
from desktop_app.services import cases, exports, inspector, outputs
from desktop_app.services.changes import Changes, Kind
from desktop_app.services.dto import (
    CaseDetail,
    DeadlineInfo,
    DocumentInfo,
    PoliceReportInfo,
    SimilarCase,
)

from .. import errors, i18n
from ..context import AppContext
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..pdfview import ask_pdf_path
from ..style import DANGER, MUTED, icon, light_icon
from ..widgets import DONE_LINE, fit_to_screen, label, setup_table, show_done
from .hearing import HearingButton, heard_suffix
from .letter import letter_choices


def similar_columns() -> list[Column[SimilarCase]]:
    from PySide6.QtCore import QCoreApplication

    return [
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "Zaak"),
            lambda s: case_reference(s.case),
        ),
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "Besluit"),
            lambda s: i18n.measure_label(s.measure),
        ),
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "Datum"),
            lambda s: i18n.short_date(s.decided_on),
        ),
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "Ernst"),
            lambda s: i18n.severity_label(s.severity),
        ),
    ]


def document_columns() -> list[Column[DocumentInfo]]:
    from PySide6.QtCore import QCoreApplication

    return [
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "Gearchiveerd"),
            lambda d: i18n.short_datetime(d.filed_at),
        ),
        Column(lambda: QCoreApplication.translate("CaseWindow", "Document"), lambda d: d.title),
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "Dossier"),
            lambda d: i18n.dossier_label(d.dossier),
        ),
        Column(
            lambda: QCoreApplication.translate("CaseWindow", "SHA-256"),
            lambda d: d.sha256[:16] + "…",
            tooltip=lambda d: d.sha256,
        ),
    ]


NEXT_STEP = "next_step"  # the "Nog te doen" entry that stands for the next step or decision
# Tasks after the decision that the next-step button does (procedure.deadlines' `what`).
AFTER_DECISION_TASKS = ("letter_sent", "inspectie_report", "leerplicht_informed",
                        "objection_decision")


class CaseWindow(QWidget):
    """A separate window per case, so a case can stay open beside the incident list."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.police_reports: list[PoliceReportInfo] = []
        self.setObjectName("caseWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowIcon(icon("incidents"))

        self.heading = label("title")
        self.subheading = label("muted", wrap=True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(self._build_overview(), "")
        self.reminders = label("warning", wrap=True)
        self.reminders.setObjectName("reminders")
        self.tabs.addTab(self._build_procedure(), "")
        self.tabs.addTab(self._build_documents(), "")
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.done_line = label("muted")
        self.done_line.setObjectName(DONE_LINE)  # "✓ Besluit vastgelegd…" after an action
        bottom = QHBoxLayout()
        bottom.addWidget(self.done_line, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, lambda: self.reload(refresh=True))
        ctx.bus.applied.connect(self._on_changed)
        self.retranslate_ui()
        self.reload()
        fit_to_screen(self, 1120, 720)

    # --- construction -------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        self.incident_box = QGroupBox()
        form = QFormLayout(self.incident_box)
        self.incident_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "date",
            "school",
            "platform",
            "rules",
            "category",
            "flags",
            "severity",
            "description",
        ):
            caption, value = QLabel(), label("", wrap=True)
            self.incident_labels[key] = (caption, value)
            if key == "description":
                # A very long description scrolls in its own box: it never pushes the
                # decision and its buttons off the screen.
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                box = QScrollArea()
                box.setObjectName("descriptionBox")
                box.setWidgetResizable(True)
                box.setFrameShape(QScrollArea.Shape.NoFrame)
                box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                box.setWidget(value)
                box.setMaximumHeight(130)
                form.addRow(caption, box)
                continue
            form.addRow(caption, value)

        self.proposal_box = QGroupBox()
        proposal = QVBoxLayout(self.proposal_box)
        self.proposal_measure = label("measure")
        self.proposal_measure.setObjectName("proposalMeasure")
        self.proposal_reasons = label("", wrap=True)
        self.propose_button = QPushButton()
        self.propose_button.setObjectName("proposeButton")
        self.propose_button.clicked.connect(lambda: self.propose())  # clicked(bool) is no `then`
        proposal.addWidget(self.proposal_measure)
        proposal.addWidget(self.proposal_reasons)
        proposal.addWidget(self.propose_button, 0, Qt.AlignmentFlag.AlignLeft)
        proposal.addStretch(1)

        self.similar_box = QGroupBox()
        similar = QVBoxLayout(self.similar_box)
        self.similar_model: ListTableModel[SimilarCase] = ListTableModel(
            similar_columns(), lambda s: s.case, parent=self
        )
        self.similar_view = QTableView()
        setup_table(self.similar_view)
        self.similar_view.setModel(self.similar_model)
        self.similar_view.setObjectName("similarView")
        # All four columns stay visible: the short ones fit their contents, the measure takes
        # the rest of the width (and is elided, never pushed off to the right).
        self.similar_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        similar_header = self.similar_view.horizontalHeader()
        similar_header.setStretchLastSection(False)
        similar_header.setMinimumSectionSize(40)
        for column in (0, 2, 3):
            similar_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        similar_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.similar_view.activated.connect(self._open_similar)
        self.similar_view.doubleClicked.connect(self._open_similar)
        self.similar_empty = label("muted", wrap=True)
        similar.addWidget(self.similar_view)
        similar.addWidget(self.similar_empty)

        self.decision_box = QGroupBox()
        decision = QVBoxLayout(self.decision_box)
        # Guidance instead of learning by refusal: what the rules ask first for the proposed
        # measure (procedure.next_step), with the button that does it.
        self.next_step_text = label("warning", wrap=True)
        self.next_step_text.setObjectName("nextStepText")
        self.next_step_button = QPushButton()
        self.next_step_button.setObjectName("nextStepButton")
        self.next_step_button.setProperty("role", "primary")
        self.next_step_button.clicked.connect(lambda: self.do_next_step())
        decision.addWidget(self.next_step_text)
        decision.addWidget(self.next_step_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.decision_text = label("", wrap=True)
        self.decision_text.setObjectName("decisionText")
        self.decide_button = QPushButton()
        self.decide_button.setObjectName("decideButton")
        self.decide_button.setProperty("role", "primary")
        self.decide_button.clicked.connect(self.decide)
        decision.addWidget(self.decision_text)
        decision.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignLeft)
        decision.addStretch(1)

        # Two columns, so the comparable decisions get half the width: what happened and the
        # decisions like it on the left, the proposal and the decision on the right.
        # The columns are independent: however long the incident's text, the decision box on
        # the right keeps its place below the proposal.
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.incident_box, 3)
        left.addWidget(self.similar_box, 2)
        right.addWidget(self.proposal_box, 2)
        right.addWidget(self.decision_box, 3)
        grid = QHBoxLayout()
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    def _build_procedure(self) -> QWidget:
        widget = QWidget()
        self.timeline_box = QGroupBox()
        timeline = QVBoxLayout(self.timeline_box)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setResizeMode(QListWidget.ResizeMode.Adjust)
        timeline.addWidget(self.timeline)
        self.step_button = QPushButton(icon("add"), "")
        self.step_button.setObjectName("stepButton")
        self.step_button.clicked.connect(lambda: self.record_step())
        self.police_button = QPushButton()
        self.police_button.setObjectName("policeButton")
        self.police_button.clicked.connect(lambda: self.record_police_report())
        self.police_sheet_button = QPushButton(icon("save"), "")
        self.police_sheet_button.setObjectName("policeSheetButton")
        self.police_sheet_button.clicked.connect(self.save_police_sheet)
        self.procedures_button = QPushButton()  # issue 14: order measure, notices, information
        self.procedures_button.setObjectName("proceduresButton")
        self.procedures_button.clicked.connect(lambda: self.open_procedures())
        self.close_case_button = QPushButton()
        self.close_case_button.setObjectName("closeCaseButton")
        self.close_case_button.clicked.connect(self.close_case)
        self.hearing_button = HearingButton(self.ctx, lambda: self.detail, self.reload)
        # Two rows: six buttons in one would not fit a 1366×768 laptop at 150 % (test_scaling).
        step_buttons = QVBoxLayout()
        rows = QHBoxLayout(), QHBoxLayout()
        for button in (self.step_button, self.hearing_button, self.procedures_button):
            rows[0].addWidget(button)
        rows[0].addStretch(1)
        for button in (self.police_button, self.police_sheet_button):
            rows[1].addWidget(button)
        rows[1].addStretch(1)
        rows[1].addWidget(self.close_case_button)
        for row in rows:
            step_buttons.addLayout(row)
        self.due_box = QGroupBox()
        due = QVBoxLayout(self.due_box)
        self.due_list = QListWidget()
        self.due_list.setObjectName("dueList")
        self.due_list.setWordWrap(True)
        self.due_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wraps when resized
        self.due_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due_list.itemActivated.connect(self._due_activated)
        self.due_list.itemDoubleClicked.connect(self._due_activated)
        self.due_hint = label("muted", wrap=True)
        due.addWidget(self.due_list)
        due.addWidget(self.due_hint)
        # What the law and the protocol ask to keep in mind for this case.
        self.reminders_box = QGroupBox()
        reminders = QVBoxLayout(self.reminders_box)
        reminders.addWidget(self.reminders)
        columns = QHBoxLayout()
        columns.addWidget(self.timeline_box, 3)
        columns.addWidget(self.due_box, 2)
        layout = QVBoxLayout(widget)
        layout.addLayout(columns, 1)
        layout.addWidget(self.reminders_box)
        layout.addLayout(step_buttons)  # across the full width, so both lists keep theirs
        return widget

    def _build_documents(self) -> QWidget:
        widget = QWidget()
        self.documents_model: ListTableModel[DocumentInfo] = ListTableModel(
            document_columns(), lambda d: d.id, parent=self
        )
        self.documents_view = QTableView()
        self.documents_view.setObjectName("caseDocuments")
        setup_table(self.documents_view)
        self.documents_view.setModel(self.documents_model)
        self.documents_view.activated.connect(self._open_document)
        self.documents_view.doubleClicked.connect(self._open_document)
        self.letter_button = QPushButton(light_icon("letter"), "")
        self.letter_button.setObjectName("letterButton")
        self.letter_button.setProperty("role", "primary")
        self.letter_button.clicked.connect(lambda: self.new_letter())
        self.open_document_button = QPushButton()
        self.open_document_button.setObjectName("openDocumentButton")
        self.open_document_button.clicked.connect(
            lambda: self._open_document(self.documents_view.currentIndex())
        )
        self.open_document_button.setEnabled(False)  # active once a document is selected
        self.documents_view.selectionModel().selectionChanged.connect(
            lambda *_: self.open_document_button.setEnabled(
                self.documents_view.selectionModel().hasSelection()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.open_document_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.documents_view)
        return widget

    # --- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("&Voorstel en besluit"))
        self.tabs.setTabText(1, self.tr("&Procedure en termijnen"))
        self.tabs.setTabText(2, self.tr("Brieven en &documenten"))
        self.incident_box.setTitle(self.tr("Incident"))
        captions = {
            "date": self.tr("Datum:"),
            "school": self.tr("School:"),
            "platform": self.tr("Platform:"),
            "rules": self.tr("Regels:"),
            "category": self.tr("Gedrag:"),
            "flags": self.tr("Kenmerken:"),
            "severity": self.tr("Ernst:"),
            "description": self.tr("Omschrijving:"),
        }
        for key, (caption, _) in self.incident_labels.items():
            caption.setText(captions[key])
        self.proposal_box.setTitle(self.tr("Voorstel volgens het protocol"))
        self.propose_button.setText(self.tr("Voorstel be&rekenen"))
        self.similar_box.setTitle(self.tr("Eerdere vergelijkbare besluiten"))
        self.similar_empty.setText(self.tr("Geen vergelijkbare eerdere besluiten."))
        self.decision_box.setTitle(self.tr("Besluit"))
        self.decide_button.setText(self.tr("&Besluiten…"))
        self.timeline_box.setTitle(self.tr("Tijdlijn van de procedure"))
        self.step_button.setText(self.tr("&Stap vastleggen…"))
        self.police_button.setText(self.tr("&Aangifte vastleggen…"))
        self.police_sheet_button.setText(self.tr("Aangifte&formulier opslaan…"))
        self.close_case_button.setText(self.tr("Zaak slui&ten"))
        self.procedures_button.setText(self.tr("Pr&ocedures…"))
        self.due_box.setTitle(self.tr("Nog te doen"))
        self.reminders_box.setTitle(self.tr("Let op"))
        self.due_hint.setText(self.tr("Dubbelklik op een taak om de stap vast te leggen."))
        self.letter_button.setText(self.tr("&Brief maken…"))
        self.open_document_button.setText(self.tr("Document &openen"))
        self.close_button.setText(self.tr("Sl&uiten"))
        self.similar_model.retranslate()
        self.documents_model.retranslate()
        if self.detail is not None:
            self._show(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------
    def reload(self, refresh: bool = False) -> None:
        """Load the case off the GUI thread. Opening it is audited as a view; a `refresh`
        (after a change, F5) re-reads what is open and writes no view event."""
        case_id = self.case_id

        def work(op: OpContext) -> tuple[CaseDetail, list[PoliceReportInfo]]:
            detail = cases.show(op.db, op.actor, case_id)
            return detail, inspector.police_reports(op.db, op.actor, case_id)

        def loaded(result: tuple[CaseDetail, list[PoliceReportInfo]]) -> None:
            self.police_reports = result[1]
            self._show(result[0])

        op = self.ctx.ops.op(work).success(loaded).owner(self)
        (op.refresh() if refresh else op).run()

    def _on_changed(self, changes: Changes, source: object) -> None:
        if source is self:
            return  # this window's own op showed its result already
        if changes.touches(Kind.CASE) and changes.of(Kind.CASE) \
                and self.case_id not in changes.of(Kind.CASE) \
                and not any(changes.touches(k) for k in (Kind.DOCUMENT, Kind.INSPECTOR)):
            return  # another case changed
        if any(changes.touches(k) for k in (Kind.CASE, Kind.DOCUMENT, Kind.INSPECTOR)):
            self.reload(refresh=True)

    def _show(self, d: CaseDetail) -> None:
        self.detail = d
        s = d.summary
        self.setWindowTitle(
            self.tr("Zaak {ref} – {name}").format(ref=s.reference, name=s.subject_name)
        )
        self.heading.setText(
            self.tr("Zaak {ref}: {name}").format(ref=s.reference, name=s.subject_name)
        )
        self.subheading.setText(
            self.tr("{kind} · {school} · status: {status}").format(
                kind=i18n.kind_label(s.subject_kind),
                school=d.school.name,
                status=i18n.status_label(s.status),
            )
        )
        inc = d.incident
        values = self.incident_labels
        values["date"][1].setText(
            self.tr("{occurred} (gemeld {reported})").format(
                occurred=i18n.long_date(inc.occurred_on), reported=i18n.short_date(inc.reported_on)
            )
        )
        values["school"][1].setText(d.school.name)
        values["platform"][1].setText(inc.platform or "–")
        values["rules"][1].setText("\n".join(i18n.rule_label(r) for r in inc.rules))
        values["category"][1].setText(i18n.category_label(inc.category))
        flags = []
        if inc.boundary_crossing:
            flags.append(self.tr("grensoverschrijdend"))
        if inc.criminal:
            flags.append(self.tr("mogelijk strafbaar feit"))
        if inc.urgent_reason:
            flags.append(self.tr("dringende reden"))
        values["flags"][1].setText(", ".join(flags) or "–")
        if d.severity is not None:
            sev = d.severity
            axes = ""
            if sev.statements is not None:
                axes = self.tr(" (uitlatingen {a}, gedragingen {b}, gevolgen {c})").format(
                    a=sev.statements, b=sev.behaviour, c=sev.consequences
                )
            values["severity"][1].setText(i18n.severity_label(sev.overall) + axes)
        else:
            values["severity"][1].setText(self.tr("nog niet beoordeeld"))
        values["description"][1].setText(inc.description)

        if d.proposal is not None:
            p = d.proposal
            self.proposal_measure.setText(i18n.measure_label(p.measure))
            reasons = p.reasons_en if i18n.is_english() and p.reasons_en else p.reasons
            self.proposal_reasons.setText("\n".join(f"• {r}" for r in reasons))
        else:
            self.proposal_measure.setText(self.tr("Nog geen voorstel"))
            self.proposal_reasons.setText(
                self.tr("Het voorstel volgt uit de ernst, het beleid en eerdere maatregelen.")
            )
        decided = d.decision is not None
        self.propose_button.setVisible(not decided and s.status != "closed")
        self.propose_button.setText(
            self.tr("Voorstel opnieuw be&rekenen") if d.proposal else self.tr("Voorstel be&rekenen")
        )
        similar = d.proposal.similar if d.proposal else ()
        self.similar_model.set_rows(list(similar))
        self.similar_view.setVisible(bool(similar))
        self.similar_empty.setVisible(not similar)

        if d.decision is not None:
            dec = d.decision
            lines = [
                f"<b>{i18n.measure_label(dec.measure)}</b> – "
                + self.tr("besloten op {day}").format(day=i18n.long_date(dec.decided_on))
            ]
            if dec.start_on:
                period = i18n.long_date(dec.start_on)
                if dec.end_on:
                    period += " – " + i18n.long_date(dec.end_on)
                lines.append(self.tr("Periode: {period}").format(period=period))
            if dec.deviates:
                lines.append(
                    f"<span style='color:{DANGER}'>"
                    + self.tr("Wijkt af van het voorstel.")
                    + "</span>"
                )
            if dec.motivation:
                lines.append(self.tr("Motivering: {text}").format(text=dec.motivation))
            for notice in dec.notices:
                lines.append(f"<span style='color:{MUTED}'>{notice}</span>")
            self.decision_text.setText("<br>".join(lines))
        else:
            self.decision_text.setText(
                self.tr("Nog geen besluit. Het voorstel is een advies: u besluit.")
            )
        self.decide_button.setVisible(not decided and s.status != "closed")
        self._show_next_step(d)

        self.timeline.clear()
        entries: list[tuple[object, int, str, str]] = []
        for step in d.steps:
            text = f"{i18n.short_date(step.on)}   {i18n.step_label(step.kind)}"
            text += heard_suffix(step)  # who was heard, and whether a report is filed
            if step.note:
                text += f"\n      {step.note}"
            entries.append((step.on, 0, "add", text))
        if d.decision is not None:
            entries.append((d.decision.decided_on, 1, "letter",
                            f"{i18n.short_date(d.decision.decided_on)}   "
                            + self.tr("besluit: {measure}").format(
                                measure=i18n.measure_label(d.decision.measure))))
        for report in self.police_reports:
            entries.append((report.reported_on, 2, "inspector",
                            f"{i18n.short_date(report.reported_on)}   "
                            + self.tr("aangifte bij {unit}, nr. {number}").format(
                                unit=report.police_unit, number=report.registration_number)))
        for _, _, icon_name, text in sorted(entries, key=lambda e: (str(e[0]), e[1])):
            self.timeline.addItem(QListWidgetItem(icon(icon_name), text))
        if not entries:
            self.timeline.addItem(self.tr("Nog geen stappen vastgelegd."))
        self.close_case_button.setVisible(s.status != "closed")
        self.due_list.clear()
        for dl in d.deadlines:
            overdue = dl.overdue
            text = (f"{i18n.short_date(dl.due)}  {i18n.pick(dl.label, dl.label_en)}  "
                    f"[{i18n.rule_id_label(dl.rule)}]")
            if overdue:
                text = self.tr("TE LAAT: ") + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dl.what)
            if overdue:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.due_list.addItem(item)
        if d.decision is None and s.status != "closed":
            # The decision is still to come: never "nothing left" while it waits or is blocked.
            item = QListWidgetItem(self._next_step_line(d))
            item.setData(Qt.ItemDataRole.UserRole, NEXT_STEP)
            self.due_list.insertItem(0, item)
        elif not d.deadlines:
            self.due_list.addItem(self.tr("Niets meer te doen."))
        reminders = d.reminders_en if i18n.is_english() else d.reminders
        self.reminders.setText("\n".join(f"• {r}" for r in reminders))
        self.reminders_box.setVisible(bool(reminders))
        self.documents_model.set_rows(list(d.documents))
        self.open_document_button.setEnabled(self.documents_view.selectionModel().hasSelection())
        self.documents_view.resizeColumnsToContents()
        self.tabs.setTabText(
            2, self.tr("Brieven en &documenten ({count})").format(count=len(d.documents))
        )

    # --- the next step ------------------------------------------------------------------
    def _step_title(self, d: CaseDetail) -> str:
        """What the next-step button does: the letter's title, or the step's label."""
        nxt = d.next_step
        if nxt is None:
            return ""
        if nxt.letter:
            for choice in letter_choices(d.subject.kind, None):
                if choice.code == nxt.letter:
                    return choice.title
        return i18n.step_label(nxt.step)

    def _next_step_line(self, d: CaseDetail) -> str:
        nxt = d.next_step
        if nxt is None:
            if d.proposal is None:
                return self.tr("Voorstel berekenen en besluiten")
            return self.tr("Besluiten over de maatregel ({measure})").format(
                measure=i18n.measure_label(d.proposal.measure))
        return self.tr("Eerst: {step} – daarna besluiten").format(step=self._step_title(d))

    @staticmethod
    def _task_after_decision(d: CaseDetail) -> DeadlineInfo | None:
        """After the decision the engine's first open task (procedure.deadlines) is the next
        step: the decision letter, the Inspectie report, the objection decision."""
        if d.decision is None or d.summary.status == "closed":
            return None
        doable = [dl for dl in d.deadlines if dl.what in AFTER_DECISION_TASKS]
        return min(doable, key=lambda dl: dl.due) if doable else None

    def _show_next_step(self, d: CaseDetail) -> None:
        nxt = d.next_step if d.summary.status != "closed" else None
        task = self._task_after_decision(d)
        self.next_step_text.setVisible(nxt is not None or task is not None)
        self.next_step_button.setVisible(nxt is not None or task is not None)
        if task is not None and d.decision is not None:
            self.next_step_text.setText(
                self.tr("Volgende stap voor {measure}: {text} (uiterlijk {day}).").format(
                    measure=i18n.measure_label(d.decision.measure),
                    text=i18n.pick(task.label, task.label_en), day=i18n.short_date(task.due)))
            if task.what == "letter_sent":
                self.next_step_button.setText(self.tr("Volgende &stap: besluitbrief maken…"))
            else:
                self.next_step_button.setText(
                    self.tr("Volgende &stap: {what} vastleggen…").format(
                        what=i18n.step_label(task.what)))
            return
        if nxt is None:
            if d.blocked and d.decision is None and d.summary.status != "closed":
                # A rule no step answers (O4): said before deciding, not refused after.
                self.next_step_text.setText(
                    self.tr("Nog niet te besluiten voor {measure}: {text} Kies zo nodig een "
                            "andere maatregel.").format(
                        measure=i18n.measure_label(d.proposal.measure) if d.proposal else "",
                        text=i18n.pick(d.blocked, d.blocked_en)))
                self.next_step_text.setVisible(True)
            return
        text = i18n.pick(nxt.message, nxt.message_en)
        self.next_step_text.setText(
            self.tr("Volgende stap voor {measure}: {text}").format(
                measure=i18n.measure_label(nxt.measure), text=text))
        if nxt.letter:
            self.next_step_button.setText(
                self.tr("Volgende &stap: {what} maken…").format(what=self._step_title(d)))
        else:
            self.next_step_button.setText(
                self.tr("Volgende &stap: {what} vastleggen…").format(what=self._step_title(d)))

    def do_next_step(self) -> QWidget | None:
        """Open what the next step needs: its letter (filing it records the step) or the step
        dialog with the step chosen; without a step in the way, the decision."""
        d = self.detail
        if d is None:
            return None
        task = self._task_after_decision(d)
        if task is not None:
            return self._do_task(task.what)
        nxt = d.next_step
        if nxt is None:
            return self.decide() if d.decision is None else None
        if nxt.letter:
            return self.new_letter(nxt.letter)
        return self.record_step(nxt.step)

    def _do_task(self, what: str) -> QWidget | None:
        """A task's own way: the decision letter (its filing records 'besluit verstuurd')."""
        if what == "letter_sent":
            return self.new_letter()
        return self.record_step(what)

    # --- actions ------------------------------------------------------------------------
    def propose(self) -> None:
        """Ask for the proposal; the case shows it when it is in."""
        self._propose()

    def _propose(self, then: Callable[[], object] | None = None) -> None:
        case_id = self.case_id

        def work(op: OpContext) -> tuple[CaseDetail, list[PoliceReportInfo]]:
            cases.propose(op.db, op.actor, case_id)
            with op.db.refreshing():  # the open case, re-read: no second view event
                return (cases.show(op.db, op.actor, case_id),
                        inspector.police_reports(op.db, op.actor, case_id))

        def proposed(result: tuple[CaseDetail, list[PoliceReportInfo]]) -> None:
            self.police_reports = result[1]
            self._show(result[0])
            if result[0].proposal is not None:  # a successful action says so
                show_done(self, self.tr("Voorstel berekend: {measure}.").format(
                    measure=i18n.measure_label(result[0].proposal.measure)))
            if then is not None:
                then()

        self.ctx.ops.op(work).success(proposed).owner(self).disabling(
            self.propose_button).run()

    def decide(self) -> QWidget | None:
        """The decision dialog; without a proposal yet, it opens once the proposal is in."""
        from .decision import DecisionDialog

        if self.detail is None:
            return None
        if self.detail.proposal is None:
            self._propose(then=lambda: self.decide() if self.detail and self.detail.proposal
                         else None)
            return None
        dialog = DecisionDialog(self.ctx, self.detail, self)
        dialog.accepted.connect(self._decided)
        dialog.open()
        return dialog

    def _decided(self) -> None:
        self.tabs.setCurrentIndex(2)  # the change signal reloads the case
        decision = getattr(self.sender(), "decision", None)
        if decision is not None:
            show_done(self, self.tr("Besluit vastgelegd: {measure}. Maak nu de brief.").format(
                measure=i18n.measure_label(decision.measure)))

    def record_step(self, kind: str | None = None) -> QWidget | None:
        from .step import StepDialog

        if self.detail is None:
            return None
        if kind == StepKind.HEARING.value and \
                PersonKind(self.detail.subject.kind) in PARTIES_REQUIRED:
            return self.hearing_button.open_dialog()  # heard per party (P-S5, P-V3)
        dialog = StepDialog(self.ctx, self.case_id, self.detail.summary.reference, kind, self,
                            subject_kind=self.detail.subject.kind,
                            offered=self.detail.offered_steps)
        dialog.accepted.connect(lambda: self._step_recorded(dialog))
        dialog.open()  # its op's change set reloads this window
        return dialog

    def _step_recorded(self, dialog: QWidget) -> None:
        step = getattr(dialog, "step", None)
        if step is not None:
            show_done(self, self.tr("Stap vastgelegd: {step}.").format(
                step=i18n.step_label(step.kind)))

    def record_police_report(self) -> QWidget | None:
        from .police import PoliceReportDialog

        if self.detail is None:
            return None
        dialog = PoliceReportDialog(self.ctx, self.case_id, self.detail.summary.reference, self)
        dialog.accepted.connect(lambda: show_done(self, self.tr("Aangifte vastgelegd.")))
        dialog.open()  # its op's change set reloads this window
        return dialog

    def open_procedures(self) -> QWidget | None:
        """Order suspension, notices and information letters (issue 14)."""
        from .procedures_dialog import ProceduresDialog

        if self.detail is None:
            return None
        dialog = ProceduresDialog(self.ctx, self.detail, self)
        dialog.finished.connect(self.reload)
        dialog.open()
        return dialog

    def save_police_sheet(self) -> None:
        """The police-report sheet as a PDF, made off the UI thread, then saved where chosen."""
        reference = self.detail.summary.reference if self.detail else str(self.case_id)
        case_id = self.case_id
        # Where first: the sheet is audited as printed only when the file is really written.
        path = ask_pdf_path(self, f"{reference}_aangifte.pdf", self.ctx.settings.last_folder)
        if path is None:
            return

        def work(op: OpContext) -> bytes:
            with outputs.writing(op.db, force=True) as out:
                data = exports.police_sheet_pdf(op.db, op.actor, case_id)
                out.write(path, data)
            return data

        def saved(_: bytes) -> None:
            self.ctx.settings.last_folder = str(path.parent)

        self.ctx.ops.op(work).success(saved).owner(self).run()

    def close_case(self) -> None:
        """Closing is refused, with the open tasks listed, while anything is still due."""
        if not errors.ask(self, self.tr("Zaak sluiten"),
                          self.tr("De zaak wordt gesloten en verdwijnt uit de termijnen. "
                                  "Doorgaan?")):
            return
        case_id = self.case_id
        shown = self.detail.summary.version if self.detail is not None else None
        # Refused while tasks are open (the refusal names them); else the change reloads it.
        self.ctx.ops.op(lambda op: cases.close_case(op.db, op.actor, case_id,
                                                    expected_version=shown)).success(
            lambda _: show_done(self, self.tr("Zaak gesloten."))).owner(self).source(None).run()

    def _due_activated(self, item: QListWidgetItem) -> None:
        what = item.data(Qt.ItemDataRole.UserRole)
        if what == NEXT_STEP:
            self.do_next_step()
            return
        if what in ("employee_informed", "inspector_call"):
            window = self.parent()
            opener = getattr(window, "show_page", None)
            if opener is not None:
                opener("inspector")
            return
        if what == "letter_sent":
            self._do_task(what)
            return
        if isinstance(what, str):
            self.record_step(
                "objection_decision"
                if what == "objection_decision"
                else what
                if what != "response"
                else "response"
            )

    def new_letter(self, kind: str | None = None) -> QWidget | None:
        from .letter import LetterDialog

        if self.detail is None:
            return None
        dialog = LetterDialog(self.ctx, self.detail, self, kind)
        dialog.show()
        return dialog

    def _open_similar(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        opener = getattr(self.parent(), "open_case", None)
        if opener is not None:
            opener(self.similar_model.id_at(index.row()))

    def _open_document(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        from .document_viewer import open_document

        open_document(self.ctx, self.documents_model.id_at(index.row()), self)

    def closeEvent(self, event: QCloseEvent) -> None:
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible() and not child.close():
                event.ignore()
                return
        event.accept()
