"""Dossiers: a person's page with cases, the dossier as a timeline, preview and export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cases import case_reference
from desktop_app.services import cases, documents, exports, outputs, people
from desktop_app.services.dto import CaseSummary, DocumentInfo, PersonInfo

from .. import errors, i18n
from ..context import AppContext
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..pdfview import PdfPreview
from ..style import icon
from ..widgets import Page, label, setup_table


@dataclass
class PersonPage:
    person: PersonInfo
    relatives: list[tuple[PersonInfo, str]]
    cases: list[CaseSummary]
    documents: list[DocumentInfo]


def timeline_columns() -> list[Column[DocumentInfo]]:
    from PySide6.QtCore import QCoreApplication

    return [
        Column(
            lambda: QCoreApplication.translate("DossiersPage", "Datum"),
            lambda d: i18n.short_datetime(d.filed_at),
        ),
        Column(lambda: QCoreApplication.translate("DossiersPage", "Document"), lambda d: d.title,
               tooltip=lambda d: d.title),  # the title whole, where the column elides it
        Column(
            lambda: QCoreApplication.translate("DossiersPage", "Zaak"),
            lambda d: case_reference(d.case_id) if d.case_id else "",
        ),
        Column(
            lambda: QCoreApplication.translate("DossiersPage", "Dossier"),
            lambda d: i18n.dossier_label(d.dossier),
        ),
    ]


class DossiersPage(Page):
    key = "dossiers"
    icon_name = "dossiers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current: PersonPage | None = None
        self.person_id: int | None = None
        self.heading = label("title")
        self.picker = QComboBox()
        self.picker.setObjectName("personPicker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.picker.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.activated.connect(self._picked)
        self.picker_label = QLabel()
        self.picker_label.setBuddy(self.picker)
        self.redact = QCheckBox()
        self.export_button = QPushButton(icon("save"), "")
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)

        self.name = label("subtitle")
        self.details = label("muted", wrap=True)
        self.cases_box = QGroupBox()
        self.cases_list = QListWidget()
        self.cases_list.setObjectName("personCases")
        self.cases_list.itemActivated.connect(self._open_case)
        self.cases_list.itemClicked.connect(self._open_case)
        cases_layout = QVBoxLayout(self.cases_box)
        cases_layout.addWidget(self.cases_list)
        self.timeline_box = QGroupBox()
        self.model: ListTableModel[DocumentInfo] = ListTableModel(
            timeline_columns(), lambda d: d.id, parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("dossierView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.view.selectionModel().currentRowChanged.connect(self._preview)
        self.view.activated.connect(self._open_document)
        self.view.doubleClicked.connect(self._open_document)
        self.view.viewport().installEventFilter(self)
        timeline_layout = QVBoxLayout(self.timeline_box)
        timeline_layout.addWidget(self.view)
        self.empty = label("muted", wrap=True)
        timeline_layout.addWidget(self.empty)
        self.preview = PdfPreview()
        self.preview_caption = label("muted", wrap=True)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 2)
        # The export controls sit under the person's name, so the page fits a small laptop
        # screen at 150 % scaling.
        export_row = QHBoxLayout()
        export_row.addWidget(self.redact)
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.name)
        left_layout.addLayout(export_row)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.cases_box, 1)
        left_layout.addWidget(self.timeline_box, 3)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_caption)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("DossiersPage", "Dossiers")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Dossiers"))
        self.picker_label.setText(self.tr("&Persoon:"))
        self._picker_edit().setPlaceholderText(self.tr("Typ een naam…"))
        self.redact.setText(self.tr("&Namen van derden weglakken"))
        self.export_button.setText(self.tr("Dossier &exporteren…"))
        self.cases_box.setTitle(self.tr("Zaken (klik om te openen)"))
        self.timeline_box.setTitle(self.tr("Dossier: tijdlijn van gearchiveerde documenten"))
        self.empty.setText(self.tr("Nog niets gearchiveerd."))
        self.model.retranslate()
        if self.current is not None:
            self._show(self.current)
        else:
            self.name.setText(self.tr("Kies een persoon"))
            self.details.setText(self.tr("Typ een naam of open een persoon vanuit Personen."))
            self.preview_caption.setText("")

    def _picker_edit(self) -> QLineEdit:
        edit = self.picker.lineEdit()
        assert edit is not None  # the picker is editable
        return edit

    def refresh(self) -> None:
        self._fill_picker()
        if self.person_id is not None:
            self.show_person(self.person_id)

    def focus_search(self) -> bool:
        self.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._picker_edit().selectAll()
        return True

    def _fill_picker(self) -> None:
        self.ctx.ops.op(lambda op: people.list_people(op.db, op.actor, limit=5000)).success(
            self._picker_in).owner(self).run()

    def _picker_in(self, everyone: list[PersonInfo]) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for p in everyone:
            self.picker.addItem(f"{p.sort_name} ({i18n.kind_label(p.kind)})", p.id)
        if self.person_id is not None:
            self.picker.setCurrentIndex(self.picker.findData(self.person_id))
        else:
            self.picker.setCurrentIndex(-1)
        self.picker.blockSignals(False)

    def _picked(self, index: int) -> None:
        person_id = self.picker.itemData(index)
        if person_id is not None:
            self.show_person(int(person_id))

    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        if self.picker.count() == 0:
            self._fill_picker()
        self.picker.setCurrentIndex(self.picker.findData(person_id))

        def work(op: OpContext) -> PersonPage:
            person = people.get_person(op.db, op.actor, person_id)
            relatives: list[tuple[PersonInfo, str]] = []
            if person.kind == "pupil":
                relatives = [
                    (p, "authority" if a else "parent")
                    for p, a in people.guardians_of(op.db, op.actor, person_id)
                ]
            elif person.kind == "parent":
                relatives = [(p, "child") for p in people.children_of(op.db, op.actor, person_id)]
            found = cases.list_cases(op.db, op.actor, person_id=person_id, limit=10_000)
            docs = documents.list_dossier(op.db, op.actor, person_id)
            return PersonPage(person, relatives, found, docs)

        self.ctx.ops.op(work).success(self._show).owner(self).run()

    def _fit_columns(self) -> None:
        """Date, case and dossier as wide as their text; the title takes what is left (at
        least 140 px, whole in its tooltip), so the table never scrolls sideways: on a laptop
        the case and dossier columns were out of sight behind a scroll bar."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        # The dossier column stretches: its own width is its text's (at least the default).
        others = sum(header.sectionSize(c) for c in (0, 2)) + max(
            self.view.sizeHintForColumn(3), header.sectionSizeHint(3),
            header.defaultSectionSize())
        room = self.view.viewport().width() - others - 2  # short of the edge: no scroll bar
        self.view.setColumnWidth(1, max(140, min(room, max(header.sectionSize(1), 200))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _show(self, page: PersonPage) -> None:
        self.current = page
        p = page.person
        self.name.setText(p.full_name)  # once: "Jan van der Berg", not also "Berg, Jan van der"
        parts = [i18n.kind_label(p.kind)]
        if p.function:
            parts.append(p.function)
        if p.group_name:
            parts.append(p.group_name)
        if p.birth_date:
            parts.append(self.tr("geboren {day}").format(day=i18n.long_date(p.birth_date)))
        if p.street:
            parts.append(f"{p.street}, {p.postcode} {p.city}")
        lines = [" · ".join(parts)]
        for other, relation in page.relatives:
            text = {
                "authority": self.tr("ouder met gezag: {name}"),
                "parent": self.tr("ouder zonder gezag: {name}"),
                "child": self.tr("ouder van: {name}"),
            }[relation]
            lines.append(text.format(name=other.full_name))
        self.details.setText("\n".join(lines))
        self.cases_list.clear()
        for case in page.cases:
            item = QListWidgetItem(
                f"{case.reference}  ·  {i18n.status_label(case.status)}"
                + (f"  ·  {i18n.severity_label(case.severity)}" if case.severity else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.cases_list.addItem(item)
        if not page.cases:
            self.cases_list.addItem(self.tr("Geen zaken."))
        ordered = sorted(page.documents, key=lambda d: (d.filed_at, d.id), reverse=True)
        self.model.set_rows(ordered)
        self._fit_columns()
        self.empty.setVisible(not ordered)
        self.export_button.setEnabled(p.kind != "other")
        if ordered:
            self.view.selectRow(0)
        else:
            self.preview.clear()
            self.preview_caption.setText("")

    def _open_case(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        opener = getattr(self.window(), "open_case", None)
        if case_id is not None and opener is not None:
            opener(int(case_id))

    def _preview(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        info = self.model.row(current.row())
        self.preview_caption.setText(f"{info.title}\nSHA-256 {info.sha256}")
        document_id = info.id

        def work(op: OpContext) -> tuple[DocumentInfo, bytes]:
            return documents.open_document(op.db, op.actor, document_id)

        def shown(result: tuple[DocumentInfo, bytes]) -> None:
            if result[0].mime_type == "application/pdf":
                self.preview.load_bytes(result[1])
            else:
                self.preview.clear()
                self.preview_caption.setText(
                    self.preview_caption.text()
                    + "\n"
                    + self.tr("Geen PDF: dubbelklik om te openen.")
                )

        self.ctx.ops.op(work).success(shown).owner(self).run()

    def _open_document(self, index: QModelIndex) -> None:
        if index.isValid():
            from ..dialogs.document_viewer import open_document

            open_document(self.ctx, self.model.id_at(index.row()), self)

    def export(self) -> None:
        if self.current is None:
            return
        person = self.current.person
        suggested = f"dossier_{person.last_name}_{person.first_name}.pdf".replace(" ", "_")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Dossier exporteren"),
            str(Path(self.ctx.settings.last_folder or Path.home()) / suggested),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, target: Path) -> QProgressDialog:
        """Export off the GUI thread with a progress dialog that can cancel."""
        assert self.current is not None
        person_id = self.current.person.id
        redact = self.redact.isChecked()
        progress = QProgressDialog(
            self.tr("Dossier wordt samengesteld…"), self.tr("Annuleren"), 0, 0, self
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Dossier exporteren"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(op: OpContext) -> bytes:
            def report(done: int, total: int) -> None:
                op.check_cancelled()
                op.progress(done, total, "")

            # The file is part of the export: if it cannot be written, no audit event says
            # the dossier was exported (desktop_app/services/outputs.py).
            with outputs.writing(op.db, force=True) as out:
                data = exports.export_dossier(
                    op.db, op.actor, person_id, redact=redact, progress=report
                )
                out.write(target, data)
            return data

        def on_progress(done: int, total: int, _: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def done(data: bytes) -> None:
            progress.reset()
            self.ctx.settings.last_folder = str(target.parent)
            errors.inform(
                self,
                self.tr("Dossier geëxporteerd"),
                self.tr("Opgeslagen als {path}").format(path=target),
            )

        def failed(error: BaseException) -> None:
            progress.reset()
            errors.show_error(self, error)

        handle = (
            self.ctx.ops.op(work)
            .success(done)
            .failure(failed)
            .progress(on_progress)
            .owner(self)
            .run()
        )
        progress.canceled.connect(handle.cancel)
        return progress
