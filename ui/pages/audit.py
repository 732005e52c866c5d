"""Audit: the trail filtered by person, case, account, action and period; who looked at a
dossier; exports to PDF and CSV; and the verification of the whole trail, in plain words."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.audit_actions import ACTION_GROUPS, action_label
from desktop_app.services import audit_trail, people
from desktop_app.services.audit import ChainCheck
from desktop_app.services.audit_trail import AuditFilter, AuditRow, Choice

from .. import i18n
from ..context import AppContext
from ..models.paged import Column, PagedTableModel
from ..ops import OpContext
from ..pdfview import save_pdf
from ..style import icon, light_icon
from ..widgets import Page, date_edit, label, optional_date, setup_table

CASE_NUMBER = re.compile(r"^\s*(?:SM-?)?0*(\d{1,9})\s*$", re.IGNORECASE)


def audit_columns() -> list[Column[AuditRow]]:
    # Written out with its context so that pyside6-lupdate files it under "AuditPage".
    translate = QCoreApplication.translate

    return [
        Column(lambda: translate("AuditPage", "Nr."), lambda r: str(r.seq), align_right=True),
        Column(lambda: translate("AuditPage", "Tijdstip"), lambda r: i18n.short_datetime(r.at)),
        Column(lambda: translate("AuditPage", "Account"), lambda r: r.account),
        Column(lambda: translate("AuditPage", "Handeling"),
               lambda r: i18n.pick(*action_label(r.action))),
        Column(lambda: translate("AuditPage", "Persoon"), lambda r: r.person),
        Column(lambda: translate("AuditPage", "Zaak"), lambda r: r.case),
    ]


class AuditTableModel(PagedTableModel[AuditRow]):
    """The trail, newest first, a page at a time through the op runner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.filter = AuditFilter()
        super().__init__(ctx.ops, audit_columns(), self._load, lambda r: r.seq,
                         counter=self._count, page_size=200, parent=parent)

    def set_filter(self, f: AuditFilter) -> None:
        self.filter = f
        self.reload()

    def _load(self, ctx: OpContext, offset: int, limit: int, _sort: str | None,
              _descending: bool) -> list[AuditRow]:
        return audit_trail.list_events(ctx.db, ctx.actor, self.filter, offset, limit)

    def _count(self, ctx: OpContext) -> int:
        return audit_trail.count_events(ctx.db, ctx.actor, self.filter)


class AuditPage(Page):
    key = "audit"
    icon_name = "search"

    @staticmethod
    def allowed(ctx: AppContext) -> bool:
        return audit_trail.may_read_trail(ctx.actor)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title")
        self.explanation = label("muted", wrap=True)
        self.filter_box = QGroupBox()
        self.person = QComboBox()
        self.person.setObjectName("auditPerson")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.case = QLineEdit()
        self.case.setObjectName("auditCase")
        self.account = QComboBox()
        self.account.setObjectName("auditAccount")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.since = date_edit(optional=True)
        self.until = date_edit(optional=True)
        self.only_views = QCheckBox()
        self.only_views.setObjectName("auditOnlyViews")
        self.captions = {key: QLabel() for key in ("person", "case", "account", "action",
                                                    "since", "until")}
        for key, field in (("person", self.person), ("case", self.case),
                           ("account", self.account), ("action", self.action),
                           ("since", self.since), ("until", self.until)):
            self.captions[key].setBuddy(field)
        self.apply_button = QPushButton(light_icon("search"), "")
        self.apply_button.setObjectName("auditApply")
        self.apply_button.setProperty("role", "primary")
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filter)
        self.who_button = QPushButton()
        self.who_button.setObjectName("auditWho")
        self.who_button.clicked.connect(self.who_looked)
        self.problem = label("danger", wrap=True)
        self.problem.setVisible(False)
        for combo in (self.person, self.account, self.action):  # fits a small laptop at 150 %
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        grid = QGridLayout(self.filter_box)
        rows: tuple[tuple[tuple[str, QWidget], ...], ...] = (
            (("person", self.person), ("case", self.case)),
            (("account", self.account), ("action", self.action)),
            (("since", self.since), ("until", self.until)))
        for row, pair in enumerate(rows):
            for column, (key, widget) in enumerate(pair):
                grid.addWidget(self.captions[key], row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.only_views)
        buttons.addStretch(1)
        buttons.addWidget(self.who_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)
        grid.addLayout(buttons, 3, 0, 1, 4)
        grid.addWidget(self.problem, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.model = AuditTableModel(ctx, self)
        self.view = QTableView()
        self.view.setObjectName("auditView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.model.loaded.connect(self._fit_columns)
        self.count_label = label("muted")
        self.model.total_changed.connect(self._show_total)
        self.pdf_button = QPushButton(icon("save"), "")
        self.pdf_button.setObjectName("auditPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton(icon("save"), "")
        self.csv_button.setObjectName("auditCsv")
        self.csv_button.clicked.connect(self.export_csv)
        self.verify_button = QPushButton(icon("refresh"), "")
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.verify)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.verify_button)
        self.result = label(wrap=True)
        self.result.setObjectName("auditResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("auditFindings")
        self.findings.setReadOnly(True)
        self.findings.setMaximumHeight(110)
        self.findings.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.result)
        layout.addWidget(self.findings)
        self._check: ChainCheck | None = None
        self._choices_loaded = False
        self.retranslate_ui()

    # --- texts ----------------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Audittrail"))
        self.explanation.setText(self.tr(
            "Elke wijziging en elke inzage van een dossier staat hier, met wie en wanneer. De "
            "trail kan niet worden gewijzigd; controleren laat zien of iemand buiten de "
            "applicatie iets heeft veranderd."))
        self.filter_box.setTitle(self.tr("Filter"))
        self.captions["person"].setText(self.tr("&Persoon:"))
        self.captions["case"].setText(self.tr("&Zaak:"))
        self.captions["account"].setText(self.tr("&Account:"))
        self.captions["action"].setText(self.tr("Ha&ndeling:"))
        self.captions["since"].setText(self.tr("&Van:"))
        self.captions["until"].setText(self.tr("&Tot en met:"))
        self.case.setPlaceholderText(self.tr("bijv. SM-00012"))
        self.only_views.setText(self.tr("Alleen &inzage"))
        self.apply_button.setText(self.tr("Toepa&ssen"))
        self.clear_button.setText(self.tr("&Wissen"))
        self.who_button.setText(self.tr("Wie heeft dit d&ossier ingezien?"))
        self.pdf_button.setText(self.tr("Als PD&F…"))
        self.csv_button.setText(self.tr("Als &CSV…"))
        self.verify_button.setText(self.tr("A&udittrail controleren"))
        self._fill_actions()
        self.model.retranslate()
        self._show_total(self.model.total)
        self._show_check()

    def _fill_actions(self, actions: list[str] | None = None) -> None:
        current = self.action.currentData()
        if actions is None:
            actions = [self.action.itemData(i) for i in range(self.action.count())
                       if self.action.itemData(i) and not str(self.action.itemData(i))
                       .endswith(".")]
        self.action.clear()
        self.action.addItem(self.tr("Alle handelingen"), "")
        for prefix, pair in ACTION_GROUPS.items():
            self.action.addItem(i18n.pick(*pair), prefix)
        for code in sorted(actions, key=lambda c: i18n.pick(*action_label(c))):
            self.action.addItem(i18n.pick(*action_label(code)), code)
        index = self.action.findData(current)
        self.action.setCurrentIndex(max(index, 0))

    def _fit_columns(self) -> None:
        if self.model.rowCount() <= 200:  # the first page: size the columns to what it shows
            self.view.resizeColumnsToContents()

    def _show_total(self, total: int) -> None:
        self.count_label.setText(self.tr("{count} gebeurtenis(sen)").format(count=total))

    # --- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        def work(op: OpContext) -> tuple[list[tuple[int, str]], list[Choice], list[str]]:
            kind = "staff" if op.actor.role == "hr" else None
            persons = [(p.id, f"{p.sort_name} ({p.id})")
                       for p in people.list_people(op.db, op.actor, kind=kind, limit=20000)]
            return (persons, audit_trail.accounts(op.db, op.actor),
                    audit_trail.actions(op.db, op.actor))

        def show(result: tuple[list[tuple[int, str]], list[Choice], list[str]]) -> None:
            persons, accounts, actions = result
            person, account = self._person_id(), self.account.currentData()
            self.person.clear()
            self.person.addItem(self.tr("Iedereen"), None)
            for person_id, text in persons:
                self.person.addItem(text, person_id)
            self.person.setCurrentIndex(max(self.person.findData(person), 0))
            self.account.clear()
            self.account.addItem(self.tr("Alle accounts"), None)
            for choice in accounts:
                self.account.addItem(choice.label, choice.id)
            self.account.setCurrentIndex(max(self.account.findData(account), 0))
            self._fill_actions(actions)
            self._choices_loaded = True

        self.ctx.ops.op(work).success(show).owner(self).run()
        self.model.reload()

    def _person_id(self) -> int | None:
        index = self.person.findText(self.person.currentText())
        if index < 0:
            return None
        value = self.person.itemData(index)
        return int(value) if value is not None else None

    def current_filter(self) -> AuditFilter | None:
        """The filter as the widgets say it, or None (with a sentence shown) when a field is
        not understood."""
        self.problem.setVisible(False)
        typed = self.person.currentText().strip()
        person = self._person_id()
        if typed and person is None and self.person.findText(typed) < 0:
            self._refuse(self.tr("Kies een persoon uit de lijst."), self.person)
            return None
        case_text = self.case.text().strip()
        case: int | None = None
        if case_text:
            match = CASE_NUMBER.match(case_text)
            if not match:
                self._refuse(self.tr("Een zaaknummer ziet eruit als SM-00012 of 12."),
                             self.case)
                return None
            case = int(match.group(1))
        since, until = optional_date(self.since), optional_date(self.until)
        if since and until and since > until:
            self._refuse(self.tr("De periode eindigt voordat ze begint."), self.until)
            return None
        account = self.account.currentData()
        return AuditFilter(person_id=person, case_id=case,
                           account_id=int(account) if account is not None else None,
                           action=str(self.action.currentData() or ""), since=since,
                           until=until, only_views=self.only_views.isChecked())

    def _refuse(self, sentence: str, field: QWidget) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(True)
        field.setFocus()

    def apply_filter(self) -> None:
        f = self.current_filter()
        if f is not None:
            self.model.set_filter(f)

    def clear_filter(self) -> None:
        self.person.setCurrentIndex(0)
        self.case.clear()
        self.account.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.since.set_value(None)
        self.until.set_value(None)
        self.only_views.setChecked(False)
        self.apply_filter()

    def who_looked(self) -> None:
        """Who looked at this dossier? Every view, open, print or export of the chosen person."""
        if self._person_id() is None:
            self._refuse(self.tr("Kies eerst de persoon van wie u het dossier bedoelt."),
                         self.person)
            return
        self.only_views.setChecked(True)
        self.apply_filter()

    def select_person(self, person_id: int) -> None:
        index = self.person.findData(person_id)
        if index >= 0:
            self.person.setCurrentIndex(index)

    # --- exports and verification -----------------------------------------------------------
    def export_pdf(self) -> None:
        f = self.current_filter()
        if f is None:
            return

        def done(data: bytes) -> None:
            save_pdf(self, data, "audittrail.pdf", self.ctx.settings.last_folder)

        self.ctx.ops.op(lambda op: audit_trail.export_pdf(op.db, op.actor, f)).success(
            done).owner(self).run()

    def export_csv(self) -> None:
        f = self.current_filter()
        if f is None:
            return
        lang = i18n.language()

        def done(data: bytes) -> None:
            save_csv(self, data, "audittrail.csv", self.ctx.settings.last_folder)

        self.ctx.ops.op(lambda op: audit_trail.export_csv(op.db, op.actor, f, lang)).success(
            done).owner(self).run()

    def verify(self) -> None:
        self.result.setText(self.tr("Bezig met controleren…"))
        self.result.setProperty("role", "muted")
        self.result.style().polish(self.result)

        def done(check: ChainCheck) -> None:
            self._check = check
            self._show_check()
            self.model.reload()  # the check itself is now in the trail

        self.ctx.ops.op(lambda op: audit_trail.verify_trail(op.db, op.actor)).success(
            done).owner(self).run()

    def _show_check(self) -> None:
        check = self._check
        if check is None:
            self.result.setText("")
            self.findings.setVisible(False)
            return
        self.result.setText(i18n.pick(check.message_nl, check.message_en))
        self.result.setProperty("role", "subtitle" if check.intact else "danger")
        self.result.style().polish(self.result)
        lines = [i18n.pick(f.message_nl, f.message_en) for f in check.findings]
        self.findings.setPlainText("\n".join(f"• {line}" for line in lines))
        self.findings.setVisible(len(lines) > 1)


def save_csv(parent: QWidget, data: bytes, suggested: str, folder: str = "") -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AuditPage", "CSV opslaan"),
        str(Path(folder or Path.home()) / suggested),
        QCoreApplication.translate("AuditPage", "CSV-bestanden (*.csv)"),
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".csv":
        target = target.with_suffix(".csv")
    target.write_bytes(data)
    return target
