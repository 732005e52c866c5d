"""Registering an incident: rules and category from the protocol, severity, people, evidence."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.catalogue import PROTOCOL_RULES, RULES_BY_CODE, Category
from desktop_app.domain.severity import OverallRule, Severity
from desktop_app.services import board, incidents, people
from desktop_app.services import settings as board_settings
from desktop_app.services.dto import PersonInfo, SchoolInfo
from desktop_app.services.evidence_checks import read_evidence_file
from desktop_app.services.incident_track import TrackFlags

from .. import errors, i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..refusals import mark_field
from ..widgets import (
    date_edit,
    enable_with_selection,
    fit_to_screen,
    from_qdate,
    label,
    refuse_bad_dates,
)
from .track_box import TrackBox

PLATFORMS = ("WhatsApp", "Instagram", "Facebook", "TikTok", "Snapchat", "X", "YouTube", "LinkedIn")


@dataclass(frozen=True)
class Evidence:
    path: Path
    sha256: str
    size: int
    mime_type: str


def read_evidence(path: Path) -> Evidence:
    """Refused (CaseManagerError) when it is a folder, a link, empty, above 25 MB or not the
    type its extension claims; the same checks as the CLI and the service."""
    data = read_evidence_file(path)
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Evidence(path, hashlib.sha256(data).hexdigest(), len(data), mime)


class EvidenceList(QListWidget):
    """Accepts files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _files(self, data: QMimeData) -> list[Path]:
        return [
            Path(u.toLocalFile())
            for u in data.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).is_file()
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if self._files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event.mimeData())
        if files:
            self.files_dropped.emit(files)
            event.acceptProposedAction()


class IncidentEditor(GuardedDialog):
    """A new incident. One case per subject is created by the service when saved."""

    saved = Signal(int, list)  # incident id, case ids

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, subject_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("incidentEditor")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dirty = False
        self._saved = False
        self._people: list[PersonInfo] = []
        self.evidence: list[Evidence] = []
        self.involved: list[tuple[int, str]] = []
        # The board's rule for combining the three axes (Instellingen); the service applies the
        # same rule when the incident is saved.
        # (loaded with the schools; until then the domain's default)
        self.severity_rule = OverallRule.MAXIMUM
        self._subject_id = subject_id  # preselected once the schools and people are in
        self._people_generation = 0

        today = ctx.db.today()
        self.school = QComboBox()
        self.occurred = date_edit(today)
        self.reported = date_edit(today)
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItems(PLATFORMS)
        self.platform.setCurrentText("")
        self.reporter = QComboBox()
        self.category = QComboBox()
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)

        self.rules = QListWidget()
        self.rules.setObjectName("rules")
        mark_field(self.rules, "rules")
        # Rule texts wrap instead of being cut off with "…"; the tooltip has the protocol text.
        self.rules.setWordWrap(True)
        self.rules.setTextElideMode(Qt.TextElideMode.ElideNone)
        for r in PROTOCOL_RULES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, r.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.rules.addItem(item)
        self.rules.currentItemChanged.connect(self._show_wording)
        self.rules.itemChanged.connect(self._rules_changed)
        self.wording = QTextBrowser()
        self.wording.setObjectName("wording")
        self.wording.setMaximumHeight(110)

        self.axes = {name: QComboBox() for name in ("statements", "behaviour", "consequences")}
        for combo in self.axes.values():
            combo.currentIndexChanged.connect(self._update_overall)
        self.overall = label("measure")

        self.people_table = QTableWidget(0, 3)
        self.people_table.setObjectName("involved")
        self.people_table.verticalHeader().setVisible(False)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setTabKeyNavigation(False)
        self.person_pick = QComboBox()
        self.person_pick.setObjectName("personPick")
        mark_field(self.person_pick, "subjects")
        self.person_pick.setEditable(True)
        self.person_pick.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long names must not widen the dialog past a small screen: the combo shrinks, the popup
        # still shows each name in full.
        for combo in (self.person_pick, self.reporter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        completer = self.person_pick.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.role_pick = QComboBox()
        for combo in (self.person_pick, self.reporter):
            combo.currentTextChanged.connect(combo.setToolTip)
        self.add_person_button = QPushButton()
        self.add_person_button.clicked.connect(self._add_person)
        self.remove_person_button = QPushButton()
        self.remove_person_button.clicked.connect(self._remove_person)
        enable_with_selection(self.people_table, [self.remove_person_button])

        self.boundary = QCheckBox()
        self.criminal = QCheckBox()
        self.urgent = QCheckBox()
        self.track_box = TrackBox(ctx)  # issue 14: art. 4a, Meldcode, C4

        self.evidence_list = EvidenceList()
        self.evidence_list.setObjectName("evidence")
        self.evidence_list.files_dropped.connect(self.add_evidence_files)
        self.evidence_list.currentRowChanged.connect(self._preview_evidence)
        self.evidence_list.setMaximumHeight(90)
        self.add_evidence_button = QPushButton()
        self.add_evidence_button.clicked.connect(self._choose_evidence)
        self.evidence_preview = QLabel()
        self.evidence_preview.setFixedHeight(90)
        self.evidence_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.evidence_hash = label("muted", wrap=True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self._build_layout()
        self.school.currentIndexChanged.connect(self._school_changed)
        self.retranslate_ui()
        self._load_schools()
        for widget in (self.description,):
            widget.textChanged.connect(self._mark_dirty)
        for combo in (self.category, self.reporter, *self.axes.values()):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for box in (self.boundary, self.criminal, self.urgent, self.track_box.art4a,
                    self.track_box.meldcode, self.track_box.about_school):
            box.toggled.connect(self._mark_dirty)
        self._dirty = False
        fit_to_screen(self, 1060, 700)

    # --- layout -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.facts_box = QGroupBox()
        facts = QFormLayout(self.facts_box)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.school_label, self.occurred_label = QLabel(), QLabel()
        self.reported_label, self.platform_label = QLabel(), QLabel()
        self.reporter_label, self.category_label = QLabel(), QLabel()
        self.description_label = QLabel()
        pairs = (
            (self.school_label, self.school),
            (self.occurred_label, self.occurred),
            (self.reported_label, self.reported),
            (self.platform_label, self.platform),
            (self.reporter_label, self.reporter),
            (self.category_label, self.category),
            (self.description_label, self.description),
        )
        for text_label, field in pairs:
            text_label.setBuddy(field)
            facts.addRow(text_label, field)
        self.flags_box = QGroupBox()
        flags = QVBoxLayout(self.flags_box)
        for box in (self.boundary, self.criminal, self.urgent):
            flags.addWidget(box)
        self.boundary_hint = label("muted", wrap=True)
        flags.addWidget(self.boundary_hint)
        flags.addWidget(self.track_box)

        self.rules_box = QGroupBox()
        rules = QVBoxLayout(self.rules_box)
        rules.addWidget(self.rules, 1)
        self.wording_label = label("muted")
        rules.addWidget(self.wording_label)
        rules.addWidget(self.wording)

        self.severity_box = QGroupBox()
        severity = QGridLayout(self.severity_box)
        self.axis_labels = {name: QLabel() for name in self.axes}
        for column, name in enumerate(self.axes):
            self.axis_labels[name].setBuddy(self.axes[name])
            severity.addWidget(self.axis_labels[name], 0, column)
            severity.addWidget(self.axes[name], 1, column)
        self.overall_caption = QLabel()
        severity.addWidget(self.overall_caption, 2, 0)
        severity.addWidget(self.overall, 2, 1, 1, 2)

        self.people_box = QGroupBox()
        people_layout = QVBoxLayout(self.people_box)
        people_layout.addWidget(self.people_table, 1)
        pick = QHBoxLayout()
        pick.addWidget(self.person_pick, 3)
        pick.addWidget(self.role_pick, 1)
        pick.addWidget(self.add_person_button)
        pick.addWidget(self.remove_person_button)
        people_layout.addLayout(pick)

        self.evidence_box = QGroupBox()
        evidence = QGridLayout(self.evidence_box)
        evidence.addWidget(self.evidence_list, 0, 0)
        evidence.addWidget(self.evidence_preview, 0, 1)
        evidence.addWidget(self.add_evidence_button, 1, 0)
        evidence.addWidget(self.evidence_hash, 2, 0, 1, 2)
        evidence.setColumnStretch(0, 2)
        evidence.setColumnStretch(1, 1)

        left = QVBoxLayout()
        left.addWidget(self.facts_box, 3)
        left.addWidget(self.flags_box)
        left.addWidget(self.evidence_box)
        right = QVBoxLayout()
        right.addWidget(self.rules_box, 3)
        right.addWidget(self.severity_box)
        right.addWidget(self.people_box, 2)
        body = QWidget()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.columns, self.left_column, self.right_column = columns, left, right
        # On a small laptop screen at 125-150 % scaling the form scrolls; the buttons stay.
        scroll = QScrollArea()
        scroll.setObjectName("incidentScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setMinimumSize(420, 260)
        self.form_scroll = scroll
        # A list filled later (the people, the schools) widens a column: arrange them again
        # whenever the form's layout changes, not only when the window is shown or resized.
        body.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_columns()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange_columns()  # the minimum widths are only final once the style is applied

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_scroll.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._arrange_columns()
        return super().eventFilter(watched, event)

    def _arrange_columns(self) -> None:
        """Two columns side by side when they fit; on a narrow screen (a laptop at 150 %) one
        below the other, so the form scrolls down instead of sideways."""
        needed = (self.left_column.minimumSize().width() + self.right_column.minimumSize().width()
                  + self.columns.spacing())
        # From the dialog's own width (the scroll area may not be laid out yet), less room for a
        # vertical scroll bar, so the choice does not depend on whether one is showing.
        margins = self.contentsMargins()
        outer = self.layout()
        if outer is not None:
            margins = outer.contentsMargins()
        room = (self.width() - margins.left() - margins.right()
                - 2 * self.form_scroll.frameWidth()
                - self.form_scroll.verticalScrollBar().sizeHint().width())
        wide = room >= needed
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Nieuw incident"))
        self.facts_box.setTitle(self.tr("Wat is er gebeurd"))
        self.school_label.setText(self.tr("&School:"))
        self.occurred_label.setText(self.tr("Datum &incident:"))
        self.reported_label.setText(self.tr("Datum &melding:"))
        self.platform_label.setText(self.tr("&Platform:"))
        self.reporter_label.setText(self.tr("M&elder:"))
        self.category_label.setText(self.tr("&Gedrag:"))
        self.description_label.setText(self.tr("&Omschrijving:"))
        self.description.setPlaceholderText(
            self.tr("Feitelijk: wat is er geplaatst of gedaan, waar, en wat waren de gevolgen?")
        )
        self.flags_box.setTitle(self.tr("Kenmerken"))
        self.boundary.setText(self.tr("Grensoverschrijde&nd (alleen medewerkers)"))
        self.criminal.setText(self.tr("Mogelijk strafbaar &feit"))
        self.urgent.setText(self.tr("&Dringende reden (ontslag op staande voet)"))
        self.boundary_hint.setText(
            self.tr(
                "Grensoverschrijdend: eerst de medewerker inlichten, dan de Landelijke "
                "Vertrouwensinspecteur bellen."
            )
        )
        self.rules_box.setTitle(self.tr("Overtreden regel(s) uit het protocol"))
        self.wording_label.setText(self.tr("Tekst van het protocol:"))
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            code = str(item.data(Qt.ItemDataRole.UserRole))
            suffix = self.tr(" (medewerkers)") if RULES_BY_CODE[code].staff_only else ""
            item.setText(i18n.rule_label(code) + suffix)
            item.setToolTip(f"{code}: {RULES_BY_CODE[code].wording}")
        self.severity_box.setTitle(self.tr("Ernst (protocol, Sancties 3 en 5)"))
        self.axis_labels["statements"].setText(self.tr("&Uitlatingen"))
        self.axis_labels["behaviour"].setText(self.tr("Gedr&agingen"))
        self.axis_labels["consequences"].setText(self.tr("Ge&volgen"))
        for combo in self.axes.values():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(kies)"), None)
            for level in (1, 2, 3, 4):
                combo.addItem(i18n.severity_label(level), level)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        self.overall_caption.setText(
            self.tr("Totale ernst (gemiddelde):")
            if self.severity_rule is OverallRule.ROUNDED_MEAN
            else self.tr("Totale ernst (hoogste as):")
        )
        self._update_overall()
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("(kies)"), None)
        for code in Category:
            self.category.addItem(i18n.category_label(code.value), code.value)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.people_box.setTitle(self.tr("Betrokkenen"))
        self.people_table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Soort"), self.tr("Rol")]
        )
        role = self.role_pick.currentData()
        self.role_pick.clear()
        for code in incidents.ROLES:
            self.role_pick.addItem(i18n.role_label(code), code)
        self.role_pick.setCurrentIndex(max(self.role_pick.findData(role), 0))
        self.add_person_button.setText(self.tr("&Toevoegen"))
        self.remove_person_button.setText(self.tr("Ver&wijderen"))
        self.evidence_box.setTitle(self.tr("Bewijsstukken (sleep bestanden hierheen)"))
        self.add_evidence_button.setText(self.tr("&Bestand toevoegen…"))
        self._refresh_people_table()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Registreren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data ---------------------------------------------------------------------------
    def _load_schools(self) -> None:
        """The board's severity rule, the schools and a preselected person, off the GUI
        thread; the person's school is chosen when they are in."""
        subject_id = self._subject_id

        def work(op: OpContext) -> tuple[OverallRule, list[SchoolInfo], PersonInfo | None]:
            rule = board_settings.get_severity_rule(op.db, op.actor)
            subject = people.get_person(op.db, op.actor, subject_id) \
                if subject_id is not None else None
            return rule, board.list_schools(op.db, op.actor), subject

        def loaded(result: tuple[OverallRule, list[SchoolInfo], PersonInfo | None]) -> None:
            dirty = self._dirty  # a load is no change of the user's
            with self.filling():
                self._schools_loaded(*result)
            self._dirty = dirty

        self.ctx.ops.op(work).success(loaded).owner(self).run()

    def _schools_loaded(self, rule: OverallRule, schools: list[SchoolInfo],
                        subject: PersonInfo | None) -> None:
        self.severity_rule = rule
        self.school.blockSignals(True)
        for school in schools:
            self.school.addItem(school.name, school.id)
        if subject is not None:
            self.school.setCurrentIndex(max(self.school.findData(subject.school_id), 0))
            self.involved = [(subject.id, "subject")]
        self.school.blockSignals(False)
        self.retranslate_ui()
        self._school_changed()

    def _school_changed(self) -> None:
        school_id = self.school.currentData()
        self._people_generation += 1
        generation = self._people_generation

        def work(op: OpContext) -> list[PersonInfo]:
            if school_id is None:
                return []
            return people.list_people(op.db, op.actor, school_id=school_id, limit=2000)

        def loaded(found: list[PersonInfo]) -> None:
            if generation == self._people_generation:  # the school chosen last
                dirty = self._dirty
                with self.filling():
                    self._show_people(found)
                self._dirty = dirty

        self.ctx.ops.op(work).success(loaded).owner(self).run()

    def _show_people(self, found: list[PersonInfo]) -> None:
        self._people = found
        self.person_pick.clear()
        self.reporter.clear()
        self.reporter.addItem(self.tr("(onbekend / anoniem)"), None)
        for person in self._people:
            text = f"{person.sort_name} ({i18n.kind_label(person.kind)})"
            self.person_pick.addItem(text, person.id)
            self.reporter.addItem(text, person.id)
            # A narrow box may cut a long name short: the full name is in the tooltip.
            for combo in (self.person_pick, self.reporter):
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.person_pick.setCurrentIndex(-1)
        # People from another school cannot stay involved.
        self.involved = [
            (pid, role) for pid, role in self.involved if any(p.id == pid for p in self._people)
        ]
        self._refresh_people_table()

    def person(self, person_id: int) -> PersonInfo | None:
        return next((p for p in self._people if p.id == person_id), None)

    def _refresh_people_table(self) -> None:
        involved = self.involved
        self.people_table.setRowCount(len(involved))
        for row, (pid, role) in enumerate(involved):
            person = self.person(pid)
            cells = (
                person.sort_name if person else str(pid),
                i18n.kind_label(person.kind) if person else "",
                i18n.role_label(role),
            )
            for column, text in enumerate(cells):
                self.people_table.setItem(row, column, QTableWidgetItem(text))
        self.people_table.resizeColumnToContents(0)

    def add_involved(self, person_id: int, role: str) -> None:
        involved = [(p, r) for p, r in self.involved if p != person_id]
        involved.append((person_id, role))
        self.involved = involved
        self._refresh_people_table()
        self._mark_dirty()

    def _add_person(self) -> None:
        index = self.person_pick.findText(self.person_pick.currentText())
        person_id = self.person_pick.itemData(index) if index >= 0 else None
        if person_id is None:
            return
        self.add_involved(int(person_id), str(self.role_pick.currentData()))
        self.person_pick.setCurrentIndex(-1)
        self.person_pick.setFocus()

    def _remove_person(self) -> None:
        row = self.people_table.currentRow()
        involved = self.involved
        if 0 <= row < len(involved):
            del involved[row]
            self._refresh_people_table()
            self._mark_dirty()

    def _rules_changed(self, item: QListWidgetItem) -> None:
        self._mark_dirty()

    def _show_wording(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.wording.clear()
            return
        rule = RULES_BY_CODE[str(item.data(Qt.ItemDataRole.UserRole))]
        self.wording.setPlainText(f"{rule.code} ({rule.section}): {rule.wording}")

    def check_rule(self, code: str, checked: bool = True) -> None:
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.rules.setCurrentItem(item)

    def chosen_rules(self) -> list[str]:
        return [
            str(self.rules.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.rules.count())
            if self.rules.item(r).checkState() == Qt.CheckState.Checked
        ]

    def axes_value(self) -> Severity | None:
        values = [combo.currentData() for combo in self.axes.values()]
        if any(v is None for v in values):
            return None
        return Severity(int(values[0]), int(values[1]), int(values[2]))

    def _update_overall(self) -> None:
        axes = self.axes_value()
        if axes is None:
            self.overall.setText(self.tr("– (kies de drie assen)"))
        else:
            self.overall.setText(i18n.severity_label(axes.overall(self.severity_rule)))

    # --- evidence -----------------------------------------------------------------------
    def _choose_evidence(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Bewijsstukken kiezen"),
            self.ctx.settings.last_folder,
            self.tr(
                "Afbeeldingen en documenten (*.png *.jpg *.jpeg *.gif *.pdf *.txt *.eml "
                "*.docx);;Alle bestanden (*)"
            ),
        )
        if files:
            self.ctx.settings.last_folder = str(Path(files[0]).parent)
            self.add_evidence_files([Path(f) for f in files])

    def add_evidence_files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                item = read_evidence(path)
            except Exception as error:  # noqa: BLE001 - a refusal or a fault, as a sentence
                errors.show_error(self, error)
                continue
            if any(e.sha256 == item.sha256 for e in self.evidence):
                continue
            self.evidence.append(item)
            entry = QListWidgetItem(f"{path.name}  ({item.size / 1024:.0f} kB)")
            entry.setToolTip(f"SHA-256: {item.sha256}")
            self.evidence_list.addItem(entry)
            self.evidence_list.setCurrentRow(self.evidence_list.count() - 1)
            self._mark_dirty()

    def _preview_evidence(self, row: int) -> None:
        if not (0 <= row < len(self.evidence)):
            self.evidence_preview.clear()
            self.evidence_hash.clear()
            return
        item = self.evidence[row]
        self.evidence_hash.setText(f"SHA-256: {item.sha256}")
        if item.mime_type.startswith("image/"):
            pixmap = QPixmap(str(item.path))
            if not pixmap.isNull():
                self.evidence_preview.setPixmap(
                    pixmap.scaled(
                        160,
                        90,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                return
        self.evidence_preview.setText(item.mime_type)

    # --- saving -------------------------------------------------------------------------
    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True

    def extra_changes(self) -> bool:
        """People, rules and evidence are lists the form builds; the fields speak for
        themselves (GuardedDialog compares them)."""
        return self._dirty and not self._saved

    def save(self) -> None:
        if refuse_bad_dates(self):
            return
        involved = self.involved
        subjects = [pid for pid, role in involved if role == "subject"]
        victims = [pid for pid, role in involved if role == "victim"]
        witnesses = [pid for pid, role in involved if role == "witness"]
        axes = self.axes_value()
        school_id = self.school.currentData()
        if school_id is None:
            errors.inform(
                self,
                self.tr("School ontbreekt"),
                self.tr("Voeg eerst een school toe in Instellingen."),
            )
            return

        track = TrackFlags(**self.track_box.flags())

        # What the form says, read on the GUI thread; the op only writes it.
        fields = dict(
            school_id=int(school_id),
            subjects=subjects,
            rules=self.chosen_rules(),
            category_code=self.category.currentData() or "",
            occurred_on=from_qdate(self.occurred.date()),
            reported_on=from_qdate(self.reported.date()),
            description=self.description.toPlainText(),
            axes=axes,
            reporter_id=self.reporter.currentData(),
            platform=self.platform.currentText(),
            boundary_crossing=self.boundary.isChecked(),
            criminal=self.criminal.isChecked(),
            urgent_reason=self.urgent.isChecked(),
            victims=victims,
            witnesses=witnesses,
        )
        evidence = [(item.path, item.mime_type) for item in self.evidence]

        def register(op: OpContext) -> tuple[int, list[int]]:
            # One service call, one transaction: a refused track (V1, V10, C4) saves nothing.
            info = incidents.register_incident(
                op.db, op.actor, **fields,
                evidence=[(path.name, mime, path.read_bytes()) for path, mime in evidence],
                track=track,
            )
            return info.id, [c.id for c in info.cases]

        def registered(result: tuple[int, list[int]]) -> None:
            incident_id, case_ids = result
            self._saved = True
            self.saved.emit(incident_id, case_ids)
            self.accept()

        # A refusal shows its dialog; what was typed stays.
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.ctx.ops.op(register).success(registered).owner(self).disabling(save).run()
