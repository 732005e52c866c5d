"""Personen: everyone sorted the Dutch way, with a dialog to add or edit a person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.catalogue import PersonKind
from desktop_app.services import board, people
from desktop_app.services.dto import PersonInfo, SchoolInfo

from .. import i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..models.people import PeopleTableModel
from ..ops import OpContext
from ..style import icon
from ..widgets import (
    Page,
    date_edit,
    enable_with_selection,
    label,
    optional_date,
    refuse_bad_dates,
    set_combo_data,
    setup_table,
    show_done,
    to_qdate,
)


class PeoplePage(Page):
    key = "people"
    icon_name = "people"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title")
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.clicked.connect(self.add_person)
        self.import_button = QPushButton(icon("people"), "")
        self.import_button.setObjectName("importPeopleButton")
        self.import_button.clicked.connect(lambda: self.import_people())
        self.edit_button = QPushButton(icon("edit"), "")
        self.edit_button.setObjectName("editPersonButton")
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.edit_button.setEnabled(False)
        self.incident_button = QPushButton(icon("incidents"), "")
        self.incident_button.clicked.connect(self._new_incident)
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.kind = QComboBox()
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.school = QComboBox()
        self.school.currentIndexChanged.connect(self.apply_filter)
        self.school_names: dict[int, str] = {}
        self.model = PeopleTableModel(ctx.ops, self.school_names, self)
        self.view = QTableView()
        self.view.setObjectName("peopleView")
        setup_table(self.view)
        self.view.setModel(self.model)
        enable_with_selection(self.view, [self.edit_button])
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        for column, width in enumerate((260, 130, 200, 170)):
            self.view.setColumnWidth(column, width)
        self.hint = label("muted", wrap=True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.add_button)
        # What acts on the selected person sits under the list (and keeps the page narrow
        # enough for a 1366x768 laptop at 150 %).
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.incident_button)
        bottom.addWidget(self.edit_button)
        filters = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.school, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.retranslate_ui()

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("PeoplePage", "Personen")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Personen"))
        self.add_button.setText(self.tr("Persoon &toevoegen…"))
        self.import_button.setText(self.tr("I&mporteren…"))
        self.edit_button.setText(self.tr("Persoon be&werken…"))
        self.incident_button.setText(self.tr("&Incident voor deze persoon…"))
        self.search_label.setText(self.tr("&Zoeken:"))
        self.search.setPlaceholderText(self.tr("Zoek op voor- of achternaam…"))
        self.hint.setText(
            self.tr(
                "Gesorteerd op achternaam zonder tussenvoegsel. Dubbelklik of Enter opent het "
                "dossier."
            )
        )
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("(alle soorten)"), None)
        for k in PersonKind:
            self.kind.addItem(i18n.kind_label(k.value), k.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self._fill_schools()
        self.model.retranslate()

    def _fill_schools(self) -> None:
        def work(op: OpContext) -> list[SchoolInfo]:
            try:
                return board.list_schools(op.db, op.actor)
            except Exception:  # noqa: BLE001 - the list stays usable
                return []

        self.ctx.ops.op(work).success(self._show_schools).owner(self).run()

    def _show_schools(self, schools: list[SchoolInfo]) -> None:
        self.model.set_school_names({s.id: s.name for s in schools})
        current = self.school.currentData()
        self.school.blockSignals(True)
        self.school.clear()
        self.school.addItem(self.tr("(alle scholen)"), None)
        for s in schools:
            self.school.addItem(s.name, s.id)
        self.school.setCurrentIndex(max(self.school.findData(current), 0))
        self.school.blockSignals(False)

    def apply_filter(self) -> None:
        self.model.kind = self.kind.currentData()
        self.model.school_id = self.school.currentData()
        self.model.search = self.search.text().strip()
        self.model.reload()

    def refresh(self) -> None:
        self._fill_schools()
        self.apply_filter()

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def selected_person(self) -> PersonInfo | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            opener = getattr(self.window(), "open_person", None)
            if opener is not None:
                opener(self.model.id_at(index.row()))

    def _new_incident(self) -> None:
        person = self.selected_person()
        opener = getattr(self.window(), "new_incident", None)
        if opener is not None:
            opener(person.id if person else None)

    def add_person(self) -> QDialog:
        dialog = PersonDialog(self.ctx, self)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: show_done(self, self.tr("Persoon toegevoegd.")))
        dialog.open()
        return dialog

    def import_people(self) -> QDialog:
        """Personen › Importeren…: EDEXML, parent and staff lists, for the chosen school."""
        from ..dialogs.import_people import ImportDialog

        dialog = ImportDialog(self.ctx, self, school_id=self.school.currentData())
        dialog.finished.connect(lambda _: self.refresh())
        dialog.open()
        return dialog

    def edit_person(self, person: PersonInfo | None = None) -> QDialog | None:
        """Change the selected person's name, address and details (kind and school stay)."""
        person = person or self.selected_person()
        if person is None:
            return None
        dialog = PersonDialog(self.ctx, self, person=person)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(lambda: show_done(self, self.tr("Wijzigingen opgeslagen.")))
        dialog.open()
        return dialog


class PersonDialog(GuardedDialog):
    """Add a person, or (given `person`) edit one: then the school and kind are fixed, since a
    new role is a new person."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, person: PersonInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editing = person
        self.person: PersonInfo | None = None
        self.setObjectName("personDialog")
        self.setWindowTitle(
            self.tr("Persoon bewerken") if person else self.tr("Persoon toevoegen")
        )
        self.school = QComboBox()
        self._pupils_generation = 0
        self.kind = QComboBox()
        for k in (PersonKind.STAFF, PersonKind.PUPIL, PersonKind.PARENT, PersonKind.OTHER):
            self.kind.addItem(i18n.kind_label(k.value), k.value)
        self.first = QLineEdit()
        self.first.setObjectName("firstName")
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("bijv. van der"))
        self.last = QLineEdit()
        self.last.setObjectName("lastName")
        self.salutation = QComboBox()
        self.salutation.addItem(self.tr("(geen)"), "")
        self.salutation.addItem(self.tr("heer"), "heer")
        self.salutation.addItem(self.tr("mevrouw"), "mevrouw")
        self.function = QLineEdit()
        self.group = QLineEdit()
        self.birth = date_edit(optional=True)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Straat 1, 1234 AB Plaats"))
        self.email = QLineEdit()
        self.guardian_of = QComboBox()
        self.authority = QCheckBox(self.tr("heeft ouderlijk ge&zag"))
        self.authority.setChecked(True)
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text, field in (
            ("school", self.tr("&School:"), self.school),
            ("kind", self.tr("Soor&t:"), self.kind),
            ("first", self.tr("&Voornaam:"), self.first),
            ("prefix", self.tr("T&ussenvoegsel:"), self.prefix),
            ("last", self.tr("&Achternaam:"), self.last),
            ("salutation", self.tr("Aan&hef:"), self.salutation),
            ("function", self.tr("&Functie:"), self.function),
            ("group", self.tr("&Groep:"), self.group),
            ("birth", self.tr("Geboorte&datum:"), self.birth),
            ("address", self.tr("Ad&res:"), self.address),
            ("email", self.tr("&E-mail:"), self.email),
            ("guardian", self.tr("Ouder va&n:"), self.guardian_of),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            self.labels[key] = caption
            form.addRow(caption, field)
        form.addRow("", self.authority)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self.school.currentIndexChanged.connect(self._update)
        if person is not None:
            self._fill(person)
        self._update()
        self.resize(520, 520 if person is None else self.sizeHint().height())

        def schools_in(schools: list[SchoolInfo]) -> None:
            with self.filling():
                self.school.blockSignals(True)
                for s in schools:
                    self.school.addItem(s.name, s.id)
                self.school.blockSignals(False)
                if person is not None:
                    set_combo_data(self.school, person.school_id)
                self._update()

        ctx.ops.op(lambda op: board.list_schools(op.db, op.actor)).success(
            schools_in).owner(self).run()

    def _fill(self, person: PersonInfo) -> None:
        set_combo_data(self.school, person.school_id)
        set_combo_data(self.kind, person.kind)
        self.school.setEnabled(False)
        self.kind.setEnabled(False)
        self.first.setText(person.first_name)
        self.prefix.setText(person.name_prefix)
        self.last.setText(person.last_name)
        set_combo_data(self.salutation, person.salutation)
        self.function.setText(person.function)
        self.group.setText(person.group_name)
        if person.birth_date is not None:
            self.birth.setDate(to_qdate(person.birth_date))
        self.address.setText(address_text(person))
        self.email.setText(person.email)

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.labels["function"], kind == "staff")
        self.form.setRowVisible(self.labels["group"], kind == "pupil")
        self.form.setRowVisible(self.labels["birth"], kind == "pupil")
        adding_parent = kind == "parent" and self.editing is None
        self.form.setRowVisible(self.labels["guardian"], adding_parent)
        self.form.setRowVisible(self.authority, adding_parent)
        if adding_parent:
            school_id = self.school.currentData()
            self._pupils_generation += 1
            generation = self._pupils_generation

            def work(op: OpContext) -> list[PersonInfo]:
                return people.list_people(op.db, op.actor, school_id=school_id, kind="pupil",
                                          limit=2000)

            def pupils_in(pupils: list[PersonInfo]) -> None:
                if generation != self._pupils_generation:
                    return  # another school was chosen since
                with self.filling():
                    self.guardian_of.clear()
                    self.guardian_of.addItem(self.tr("(geen)"), None)
                    for p in pupils:
                        self.guardian_of.addItem(p.sort_name, p.id)

            self.ctx.ops.op(work).success(pupils_in).owner(self).run()

    def changes(self, person: PersonInfo) -> dict[str, object]:
        """The fields that differ from what is stored (only those are sent and audited)."""
        now: dict[str, object] = {
            "first": self.first.text().strip(),
            "prefix": self.prefix.text().strip(),
            "last": self.last.text().strip(),
            "salutation": str(self.salutation.currentData()),
            "address": self.address.text().strip() or None,
            "email": self.email.text().strip(),
        }
        before: dict[str, object] = {
            "first": person.first_name,
            "prefix": person.name_prefix,
            "last": person.last_name,
            "salutation": person.salutation,
            "address": address_text(person) or None,
            "email": person.email,
        }
        if person.kind == "staff":
            now["function"], before["function"] = self.function.text().strip(), person.function
        if person.kind == "pupil":
            now["group"], before["group"] = self.group.text().strip(), person.group_name
            now["birth"], before["birth"] = optional_date(self.birth), person.birth_date
        return {k: v for k, v in now.items() if v != before[k]}

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        if self.editing is not None:
            self._save_changes(self.editing)
            return
        kind = str(self.kind.currentData())
        if self.school.currentData() is None:
            return  # the schools are still loading
        fields: dict[str, Any] = dict(
            school_id=int(self.school.currentData()),
            kind=kind,
            first=self.first.text(),
            last=self.last.text(),
            prefix=self.prefix.text(),
            birth=optional_date(self.birth) if kind == "pupil" else None,
            group=self.group.text() if kind == "pupil" else "",
            function=self.function.text() if kind == "staff" else "",
            address=self.address.text() or None,
            email=self.email.text(),
            salutation=str(self.salutation.currentData()),
            guardian_of=self.guardian_of.currentData() if kind == "parent" else None,
            authority=self.authority.isChecked(),
        )

        def work(op: OpContext) -> PersonInfo:
            return people.add_person(op.db, op.actor, **fields)

        self._write(work)

    def _write(self, work: Callable[[OpContext], PersonInfo]) -> None:
        """Save off the GUI thread; a refusal shows its dialog and what was typed stays."""
        def saved(person: PersonInfo) -> None:
            self.person = person
            super(PersonDialog, self).accept()

        self.ctx.ops.op(work).success(saved).owner(self).disabling(self.save_button).run()

    def _save_changes(self, person: PersonInfo) -> None:
        changes = self.changes(person)
        if not changes:
            super().accept()
            return
        # The version loaded with the form: someone else's change since is not overwritten.
        def work(op: OpContext) -> PersonInfo:
            return people.update_person(op.db, op.actor, person.id,
                                        expected_version=person.version,
                                        **cast(dict[str, Any], changes))

        self._write(work)


def address_text(person: PersonInfo) -> str:
    """The address as one line, the way the form takes it ("Straat 1, 1234 AB Plaats")."""
    if not person.street:
        return ""
    return f"{person.street}, {person.postcode} {person.city}".strip()
