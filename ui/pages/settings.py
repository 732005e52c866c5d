"""Instellingen: language, board and schools, the proposal policy, legal terms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.measures import LADDERS, Measure
from desktop_app.domain.policy import ProposalPolicy
from desktop_app.domain.severity import OverallRule
from desktop_app.services import board
from desktop_app.services import settings as board_settings
from desktop_app.services.dto import BoardInfo, SchoolInfo

from .. import errors, i18n, refusals
from ..context import AppContext
from ..guard import input_state
from ..ops import OpContext
from ..style import icon
from ..widgets import Page, label, set_combo_data
from .settings_calendar import CalendarEditor
from .settings_database import DatabaseSettings
from .template_editor import TemplateEditor


@dataclass(frozen=True)
class _Stored:
    """What the page shows, loaded in one op."""

    board: BoardInfo | None
    schools: list[SchoolInfo]
    policy: ProposalPolicy
    rule: OverallRule
    legal: LegalSettings


POLICY_KINDS = (PersonKind.STAFF, PersonKind.PUPIL, PersonKind.PARENT)
SCHOOL_FIELDS = (
    "name",
    "brin",
    "denomination",
    "address",
    "director",
    "signatory_name",
    "signatory_function",
    "mandate",
    "phone",
    "email",
)


class SettingsPage(Page):
    key = "settings"
    icon_name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        # Nine tabs do not fit a laptop at 150 %: the bar scrolls instead of widening the page.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._general_tab(), "")
        self.tabs.addTab(self._schools_tab(), "")
        self.tabs.addTab(self._policy_tab(), "")
        self.tabs.addTab(self._legal_tab(), "")
        self.template_editor = TemplateEditor(ctx)
        self.tabs.addTab(self.template_editor, "")
        from .settings_accounts import AccountsTab

        if AccountsTab.allowed(ctx):  # administrator only
            self.tabs.addTab(AccountsTab(ctx, self), AccountsTab.tab_title())
        self.calendar_editor = CalendarEditor(ctx)
        self.tabs.addTab(self.calendar_editor, "")
        self.database_tab = DatabaseSettings(ctx)
        self.tabs.addTab(self.database_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.schools: list[SchoolInfo] = []
        self._school_row = 0
        self._saved_state: list[list[object]] | None = None
        self.retranslate_ui()

    # --- tabs ---------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        widget = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        set_combo_data(self.language, i18n.language())
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(1, 60)
        self.idle_minutes.setValue(self.ctx.settings.idle_lock_minutes)
        self.idle_minutes.valueChanged.connect(self._idle_changed)
        self.idle_label = QLabel()
        self.idle_label.setBuddy(self.idle_minutes)
        self.account = label("muted", wrap=True)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self._load_demo)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.idle_label, self.idle_minutes)
        layout = QVBoxLayout(widget)
        layout.addLayout(form)
        layout.addWidget(self.account)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return widget

    def _schools_tab(self) -> QWidget:
        widget = QWidget()
        self.board_box = QGroupBox()
        self.board_name = QLineEdit()
        self.board_address = QLineEdit()
        self.board_save = QPushButton()
        self.board_save.clicked.connect(self._save_board)
        board_form = QFormLayout(self.board_box)
        self.board_name_label, self.board_address_label = QLabel(), QLabel()
        self.board_name_label.setBuddy(self.board_name)
        self.board_address_label.setBuddy(self.board_address)
        board_form.addRow(self.board_name_label, self.board_name)
        board_form.addRow(self.board_address_label, self.board_address)
        board_form.addRow("", self.board_save)

        self.school_list = QListWidget()
        self.school_list.setObjectName("schoolList")
        self.school_list.currentRowChanged.connect(self._school_chosen)
        self.school_list.setMaximumWidth(260)
        self.add_school_button = QPushButton(icon("add"), "")
        self.add_school_button.setObjectName("addSchool")
        self.add_school_button.clicked.connect(self.new_school)
        self._adding_school = False
        self.school_box = QGroupBox()
        self.school_edits: dict[str, QLineEdit | QComboBox] = {}
        self.school_labels: dict[str, QLabel] = {}
        school_form = QFormLayout(self.school_box)
        for key in SCHOOL_FIELDS:
            edit: QLineEdit | QComboBox
            if key == "denomination":
                edit = QComboBox()
                edit.addItem("", "openbaar")
                edit.addItem("", "bijzonder")
            else:
                edit = QLineEdit()
            caption = QLabel()
            caption.setBuddy(edit)
            self.school_edits[key] = edit
            self.school_labels[key] = caption
            school_form.addRow(caption, edit)
        self.logo = QLabel()
        self.logo.setFixedSize(160, 70)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px dashed #b8c2cc; background: #ffffff;")
        self.logo_button = QPushButton()
        self.logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch(1)
        self.logo_label = QLabel()
        school_form.addRow(self.logo_label, logo_row)
        self.school_save = QPushButton()
        self.school_save.setProperty("role", "primary")
        self.school_save.clicked.connect(self._save_school)
        school_form.addRow("", self.school_save)
        school_column = QVBoxLayout()
        school_column.addWidget(self.school_list, 1)
        school_column.addWidget(self.add_school_button)
        row = QHBoxLayout()
        row.addLayout(school_column)
        row.addWidget(self.school_box, 1)
        layout = QVBoxLayout(widget)
        layout.addWidget(self.board_box)
        layout.addLayout(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        return scroll

    def _policy_tab(self) -> QWidget:
        widget = QWidget()
        self.policy_intro = label("muted", wrap=True)
        self.policy_table = QTableWidget(4, len(POLICY_KINDS))
        self.policy_table.setObjectName("policyTable")
        self.policy_combos: dict[tuple[str, int], QComboBox] = {}
        for column, kind in enumerate(POLICY_KINDS):
            for row, severity in enumerate((1, 2, 3, 4)):
                combo = QComboBox()
                for m in LADDERS[kind]:
                    if m is not Measure.SUMMARY_DISMISSAL:
                        combo.addItem("", m.value)
                self.policy_combos[(kind.value, severity)] = combo
                self.policy_table.setCellWidget(row, column, combo)
        self.policy_table.horizontalHeader().setStretchLastSection(True)
        self.policy_table.horizontalHeader().setDefaultSectionSize(230)
        self.policy_table.verticalHeader().setDefaultSectionSize(34)
        self.policy_table.setFixedHeight(4 * 34 + 34)
        self.steps = QSpinBox()
        self.steps.setRange(0, 3)
        self.months = QSpinBox()
        self.months.setRange(0, 120)
        self.steps.setMaximumWidth(120)
        self.months.setMaximumWidth(120)
        self.severity_rule = QComboBox()
        self.severity_rule.setObjectName("severityRule")
        self.severity_rule.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for rule in OverallRule:
            self.severity_rule.addItem("", rule.value)
        self.steps_label, self.months_label = QLabel(), QLabel()
        self.severity_rule_label = QLabel()
        self.steps_label.setBuddy(self.steps)
        self.months_label.setBuddy(self.months)
        self.severity_rule_label.setBuddy(self.severity_rule)
        form = QFormLayout()
        form.addRow(self.severity_rule_label, self.severity_rule)
        form.addRow(self.steps_label, self.steps)
        form.addRow(self.months_label, self.months)
        self.policy_save = QPushButton()
        self.policy_save.setObjectName("policySave")
        self.policy_save.setProperty("role", "primary")
        self.policy_save.clicked.connect(self._save_policy)
        layout = QVBoxLayout(widget)
        layout.addWidget(self.policy_intro)
        layout.addWidget(self.policy_table)
        layout.addLayout(form)
        layout.addWidget(self.policy_save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return widget

    def _legal_tab(self) -> QWidget:
        widget = QWidget()
        self.legal_intro = label("muted", wrap=True)
        self.legal_edits: dict[str, QSpinBox | QLineEdit] = {}
        self.legal_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        defaults = LegalSettings()
        for f in fields(LegalSettings):
            value = getattr(defaults, f.name)
            edit: QSpinBox | QLineEdit
            if isinstance(value, int):
                edit = QSpinBox()
                edit.setRange(0, 1000)
            else:
                edit = QLineEdit()
            caption = QLabel()
            caption.setBuddy(edit)
            self.legal_edits[f.name] = edit
            self.legal_labels[f.name] = caption
            refusals.mark_field(edit, f.name)  # a refused value puts the cursor here
            form.addRow(caption, edit)
        self.legal_save = QPushButton()
        self.legal_save.setProperty("role", "primary")
        self.legal_save.clicked.connect(self._save_legal)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.legal_intro)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.legal_save, 0, Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        return widget

    # --- texts --------------------------------------------------------------------------
    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("SettingsPage", "Instellingen")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Instellingen"))
        self.tabs.setTabText(0, self.tr("&Algemeen"))
        self.tabs.setTabText(1, self.tr("Bestuur &en scholen"))
        self.tabs.setTabText(2, self.tr("&Voorstelbeleid"))
        self.tabs.setTabText(3, self.tr("&Wettelijke termijnen"))
        self.tabs.setTabText(4, self.tr("Briefs&jablonen"))
        self.tabs.setTabText(self.tabs.indexOf(self.calendar_editor),
                             self.tr("School&kalender"))
        self.tabs.setTabText(self.tabs.indexOf(self.database_tab), DatabaseSettings.title())
        self.language_label.setText(self.tr("Taa&l / Language:"))
        self.idle_label.setText(self.tr("Vergrendelen &na (minuten zonder activiteit):"))
        self.account.setText(
            self.tr("U werkt als {name} ({role}).").format(
                name=self.ctx.actor.display_name, role=role_text(self.ctx.actor.role)
            )
        )
        self.demo_button.setText(self.tr("Dem&obestuur laden"))
        self.board_box.setTitle(self.tr("Bestuur"))
        self.board_name_label.setText(self.tr("Naam:"))
        self.board_address_label.setText(self.tr("Adres:"))
        self.board_save.setText(self.tr("Bestuur opslaan"))
        self.school_box.setTitle(self.tr("School: briefhoofd en ondertekening"))
        self.add_school_button.setText(self.tr("Schoo&l toevoegen"))
        captions = {
            "name": self.tr("&Naam:"),
            "brin": self.tr("BR&IN-code:"),
            "denomination": self.tr("Denominatie:"),
            "address": self.tr("Adre&s:"),
            "director": self.tr("Directeur:"),
            "signatory_name": self.tr("&Ondertekenaar:"),
            "signatory_function": self.tr("&Functie ondertekenaar:"),
            "mandate": self.tr("&Mandaat:"),
            "phone": self.tr("Telefoon:"),
            "email": self.tr("E-mail:"),
        }
        for key, caption in captions.items():
            self.school_labels[key].setText(caption)
        denomination = self.school_edits["denomination"]
        if isinstance(denomination, QComboBox):
            denomination.setItemText(0, i18n.denomination_label("openbaar"))
            denomination.setItemText(1, i18n.denomination_label("bijzonder"))
        self.logo_label.setText(self.tr("Logo:"))
        if self.logo.pixmap().isNull():
            self.logo.setText(self.tr("(geen logo)"))
        self.logo_button.setText(self.tr("Logo kie&zen…"))
        self.school_save.setText(self.tr("School o&pslaan"))
        self.policy_intro.setText(
            self.tr(
                "De basismaatregel per ernst en soort betrokkene. Per eerdere maatregel in de "
                "gekozen periode gaat het voorstel een stap omhoog. Ontslag op staande voet wordt "
                "alleen voorgesteld bij ernst 4 met een dringende reden."
            )
        )
        self.policy_table.setHorizontalHeaderLabels(
            [i18n.kind_label(k.value) for k in POLICY_KINDS]
        )
        self.policy_table.setVerticalHeaderLabels([i18n.severity_label(s) for s in (1, 2, 3, 4)])
        for combo in self.policy_combos.values():
            for index in range(combo.count()):
                combo.setItemText(index, i18n.measure_label(str(combo.itemData(index))))
        self.severity_rule_label.setText(self.tr("T&otale ernst uit de drie assen:"))
        rule_texts = {
            OverallRule.MAXIMUM.value: self.tr("de hoogste as"),
            OverallRule.ROUNDED_MEAN.value: self.tr("het gemiddelde, naar boven afgerond"),
        }
        for index in range(self.severity_rule.count()):
            value = str(self.severity_rule.itemData(index))
            self.severity_rule.setItemText(index, rule_texts.get(value, value))
        self.steps_label.setText(self.tr("&Stappen omhoog per eerdere maatregel:"))
        self.months_label.setText(self.tr("Eerdere &maatregelen tellen (maanden):"))
        self.policy_save.setText(self.tr("Beleid o&pslaan"))
        self.legal_intro.setText(
            self.tr(
                "Termijnen en artikelnummers die de wet niet eenduidig vastlegt, stelt het bestuur "
                "zelf in. Ze komen terug in brieven en termijnen."
            )
        )
        for name, legal_caption in self.legal_labels.items():
            legal_caption.setText(legal_label(name))
        self.legal_save.setText(self.tr("Termijnen &opslaan"))

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """F5 and changes elsewhere reload the page, but never over what the user is typing."""
        if self.has_unsaved_changes():
            return
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Load what is stored off the GUI thread, show it, then run `then`."""
        def work(op: OpContext) -> _Stored:
            try:
                info: BoardInfo | None = board.get_board(op.db, op.actor)
            except Exception:  # noqa: BLE001 - a database without a board shows empty fields
                info = None
            return _Stored(info, board.list_schools(op.db, op.actor),
                           board_settings.get_policy(op.db, op.actor),
                           board_settings.get_severity_rule(op.db, op.actor),
                           board_settings.get_legal(op.db, op.actor))

        def loaded(stored: _Stored) -> None:
            self._show_stored(stored)
            if then is not None:
                then()

        self.ctx.ops.op(work).success(loaded).owner(self).run()

    def _show_stored(self, stored: _Stored) -> None:
        info = stored.board
        if info is not None:
            self.board_name.setText(info.name)
            self.board_address.setText(
                f"{info.street}, {info.postcode} {info.city}" if info.street else ""
            )
        self.schools = stored.schools
        self._adding_school = False
        row = max(self.school_list.currentRow(), 0)
        self.school_list.blockSignals(True)
        self.school_list.clear()
        for school in self.schools:
            self.school_list.addItem(QListWidgetItem(f"{school.name} ({school.brin})"))
        self.school_list.blockSignals(False)
        if self.schools:
            self.school_list.setCurrentRow(min(row, len(self.schools) - 1))
            self._show_school(self.school_list.currentRow())
        policy = stored.policy
        for (kind, severity), combo in self.policy_combos.items():
            set_combo_data(combo, policy.base.get(kind, {}).get(severity))
        self.steps.setValue(policy.steps_per_prior_measure)
        self.months.setValue(policy.history_months)
        set_combo_data(self.severity_rule, stored.rule.value)
        legal = stored.legal
        for name, edit in self.legal_edits.items():
            value = getattr(legal, name)
            if isinstance(edit, QSpinBox):
                edit.setValue(int(value))
            else:
                edit.setText(str(value))
        self.template_editor.refresh()
        self.calendar_editor.reload()
        self._load_versions()
        self._remember_saved()

    def _load_versions(self) -> None:
        """The settings' versions as loaded: a save after someone else's is refused."""
        keys = (board_settings.POLICY, board_settings.SEVERITY_RULE, board_settings.LEGAL)

        def load(op: OpContext) -> dict[str, int]:
            return {key: board_settings.setting_version(op.db, op.actor, key) for key in keys}

        def loaded(versions: dict[str, int]) -> None:
            self._versions = versions

        self.ctx.ops.op(load).success(loaded).owner(self).refresh().run()

    # --- unsaved changes ----------------------------------------------------------------
    def _guarded_tabs(self) -> list[QWidget]:
        """The tabs whose fields are saved with a button (the language applies at once; the
        template editor asks for itself)."""
        tabs = [self.tabs.widget(index) for index in (1, 2, 3)]
        return [tab for tab in tabs if tab is not None]

    def _remember_saved(self) -> None:
        self._saved_state = [input_state(tab) for tab in self._guarded_tabs()]

    def has_unsaved_changes(self) -> bool:
        saved = getattr(self, "_saved_state", None)
        if saved is None:
            return False
        return [input_state(tab) for tab in self._guarded_tabs()] != saved or \
            self.calendar_editor.has_unsaved_changes()

    def can_leave(self) -> bool:
        if self.has_unsaved_changes():
            if not errors.ask_discard(self):
                return False
            self.reload()  # discarded: the fields show what is stored again
        return self.template_editor.can_leave()

    def _school_chosen(self, row: int) -> None:
        """Another school in the list: its unsaved corrections are asked about first."""
        if self.has_unsaved_changes() and not errors.ask_discard(self):
            self.school_list.blockSignals(True)
            self.school_list.setCurrentRow(self._school_row)
            self.school_list.blockSignals(False)
            return
        self._adding_school = False
        self._show_school(row)
        self._remember_saved()

    def new_school(self) -> None:
        """Empty fields for a school to add; Opslaan adds it (the wizard promises this)."""
        if self.has_unsaved_changes() and not errors.ask_discard(self):
            return
        self.reload(then=self._empty_school)

    def _empty_school(self) -> None:
        self._adding_school = True
        self.school_list.blockSignals(True)
        self.school_list.clearSelection()
        self.school_list.setCurrentRow(-1)
        self.school_list.blockSignals(False)
        for edit in self.school_edits.values():
            if isinstance(edit, QComboBox):
                edit.setCurrentIndex(0)
            else:
                edit.clear()
        self.logo.clear()
        self.logo.setText(self.tr("(geen logo)"))
        self.logo_button.setEnabled(False)
        self.school_box.setTitle(self.tr("Nieuwe school"))
        self.school_save.setText(self.tr("Nieuwe school o&pslaan"))
        self.school_edits["name"].setFocus()

    def _show_school(self, row: int) -> None:
        if not (0 <= row < len(self.schools)):
            return
        self._school_row = row
        self.logo_button.setEnabled(True)
        self.school_box.setTitle(self.tr("School: briefhoofd en ondertekening"))
        self.school_save.setText(self.tr("School o&pslaan"))
        school = self.schools[row]
        for key, edit in self.school_edits.items():
            if isinstance(edit, QComboBox):
                set_combo_data(edit, school.denomination)
            elif key == "address":
                edit.setText(
                    f"{school.street}, {school.postcode} {school.city}" if school.street else ""
                )
            else:
                edit.setText(str(getattr(school, key)))
        school_id = school.id
        self.ctx.ops.op(lambda op: board.school_logo(op.db, op.actor, school_id)).success(
            self._show_logo).owner(self).run()

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(
                pixmap.scaled(
                    150,
                    60,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo.setText(self.tr("(geen logo)"))

    # --- saving -------------------------------------------------------------------------
    def _language_changed(self) -> None:
        chosen = str(self.language.currentData())
        self.ctx.settings.language = chosen
        i18n.set_language(chosen)  # LanguageChange reaches every widget: applied live

    def _idle_changed(self, minutes: int) -> None:
        """Applied at once; the lock counts again from now."""
        self.ctx.settings.idle_lock_minutes = minutes
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:
            lock.restart()

    def _load_demo(self) -> None:
        loader = getattr(self.window(), "load_demo", None)
        if loader is not None:
            loader()

    def _save_board(self) -> None:
        name, address = self.board_name.text(), self.board_address.text() or None

        def saved(_: object) -> None:
            self._remember_saved()
            errors.inform(self, self.tr("Opgeslagen"), self.tr("Het bestuur is opgeslagen."))

        self.ctx.ops.op(lambda op: board.update_board(op.db, op.actor, name, address)).success(
            saved).owner(self).run()

    def _school_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, edit in self.school_edits.items():
            value = str(edit.currentData()) if isinstance(edit, QComboBox) else edit.text()
            if key == "address" and not value.strip():
                continue
            values[key] = value
        return values

    def _save_school(self) -> None:
        values = self._school_values()
        if self._adding_school:
            self._add_school(values)
            return
        row = self.school_list.currentRow()
        if not (0 <= row < len(self.schools)):
            return
        school_id = self.schools[row].id
        version = self.schools[row].version  # as loaded: a newer change elsewhere is refused
        message = self.tr("De gegevens van {school} zijn opgeslagen.")

        def work(op: OpContext) -> tuple[int, list[SchoolInfo]]:
            saved = board.update_school(op.db, op.actor, school_id, expected_version=version,
                                        **values)
            return saved.id, board.list_schools(op.db, op.actor)

        self.ctx.ops.op(work).success(lambda r: self._saved_school(*r, message)).owner(
            self).run()

    def _add_school(self, values: dict[str, Any]) -> None:
        def add(op: OpContext) -> tuple[int, list[SchoolInfo]]:
            added = board.add_school(
                op.db, op.actor, values.get("name", ""), values.get("brin", ""),
                values.get("denomination", "openbaar"), values.get("address"),
                director=values.get("director", ""),
                signatory_name=values.get("signatory_name", ""),
                signatory_function=values.get("signatory_function", ""),
                mandate=values.get("mandate", ""), phone=values.get("phone", ""),
                email=values.get("email", ""))
            return added.id, board.list_schools(op.db, op.actor)

        message = self.tr("{school} is toegevoegd.")
        self.ctx.ops.op(add).success(lambda r: self._saved_school(*r, message)).owner(
            self).run()

    def _saved_school(self, school_id: int, schools: list[SchoolInfo], message: str) -> None:
        self._adding_school = False
        self.schools = schools
        row = next((i for i, s in enumerate(self.schools) if s.id == school_id), 0)
        self.school_list.blockSignals(True)
        self.school_list.clear()
        for school in self.schools:
            self.school_list.addItem(QListWidgetItem(f"{school.name} ({school.brin})"))
        self.school_list.setCurrentRow(row)
        self.school_list.blockSignals(False)
        self._show_school(row)
        self._remember_saved()
        errors.inform(self, self.tr("Opgeslagen"),
                      message.format(school=self.schools[row].name))

    def _choose_logo(self) -> None:
        row = self.school_list.currentRow()
        if not (0 <= row < len(self.schools)):
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo kiezen"),
            self.ctx.settings.last_folder,
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        data = Path(path).read_bytes()
        school_id = self.schools[row].id
        self.ctx.ops.op(lambda op: board.set_school_logo(op.db, op.actor, school_id, data)
                        ).success(lambda _: self._show_school(row)).owner(self).run()

    def _save_policy(self) -> None:
        base = {
            kind.value: {
                str(s): str(self.policy_combos[(kind.value, s)].currentData()) for s in (1, 2, 3, 4)
            }
            for kind in POLICY_KINDS
        }
        data = {
            "base": base,
            "steps_per_prior_measure": self.steps.value(),
            "history_months": self.months.value(),
        }
        rule = str(self.severity_rule.currentData())
        versions = getattr(self, "_versions", {})

        def save(op: OpContext) -> None:
            with op.db.batch():  # both or neither
                board_settings.set_policy(op.db, op.actor, data,
                                          versions.get(board_settings.POLICY))
                board_settings.set_severity_rule(op.db, op.actor, rule,
                                                 versions.get(board_settings.SEVERITY_RULE))

        def saved(_: None) -> None:
            self._load_versions()
            self._remember_saved()
            errors.inform(self, self.tr("Opgeslagen"), self.tr("Het voorstelbeleid is opgeslagen."))

        self.ctx.ops.op(save).success(saved).owner(self).run()

    def _save_legal(self) -> None:
        changes: dict[str, Any] = {}
        for name, edit in self.legal_edits.items():
            changes[name] = edit.value() if isinstance(edit, QSpinBox) else edit.text()
        expected = getattr(self, "_versions", {}).get(board_settings.LEGAL)

        def saved(_: object) -> None:
            self._load_versions()
            self._remember_saved()
            errors.inform(self, self.tr("Opgeslagen"), self.tr("De termijnen zijn opgeslagen."))

        self.ctx.ops.op(lambda op: board_settings.set_legal(
            op.db, op.actor, changes, expected)).success(saved).owner(self).run()


def role_text(code: str) -> str:
    """An account's role in the UI language (one definition: domain.access.ROLE_LABELS)."""
    from .settings_accounts import account_role_label

    return account_role_label(code)


def legal_label(name: str) -> str:
    """A legal setting's caption from the one table in the domain (Dutch and English), so a
    term added there is never shown by its key ('Parent response weeks')."""
    from desktop_app.domain.legal import legal_label as caption

    return caption(name, i18n.language()) + ":"
