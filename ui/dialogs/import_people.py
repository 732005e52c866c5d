"""Personen › Importeren…: pick a school and a file, see what it would change, then apply."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.importing.records import Refusal, field_label
from desktop_app.paths import resources_dir
from desktop_app.services import board, imports
from desktop_app.services.dto import SchoolInfo
from desktop_app.services.imports import ImportPreview, ImportResult, PreviewRow

from .. import errors, i18n
from ..context import AppContext
from ..models.columns import ROOT, Index
from ..ops import Cancelled, OpContext
from ..widgets import fit_to_screen, label, labelled_form, setup_table

TEMPLATES = {"parent": "ouders-sjabloon.csv", "staff": "personeel-sjabloon.csv"}
CANCELLED = object()  # what a cancelled op returns, so the dialog can tidy up


class PreviewModel(QAbstractTableModel):
    """The preview's lines: refused rows first (they need the user's attention), then new,
    changed and left people."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []
        self._headers = ("", "", "", "")

    def set_headers(self, headers: tuple[str, str, str, str]) -> None:
        self._headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def set_rows(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < 4 else None
        return None


class ImportDialog(QDialog):
    """Preview first (nothing changes), then apply in one go; both run off the GUI thread with
    progress and a cancel button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 school_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importDialog")
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self._handle: Any = None
        self.school = QComboBox()

        def schools_in(schools: list[SchoolInfo]) -> None:
            for s in schools:
                self.school.addItem(f"{s.name} ({s.brin})", s.id)
            if school_id is not None:
                self.school.setCurrentIndex(max(self.school.findData(school_id), 0))

        ctx.ops.op(lambda op: board.list_schools(op.db, op.actor)).success(
            schools_in).owner(self).run()
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.template_button = QPushButton()
        self.template_button.setObjectName("saveTemplate")
        self.template_button.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        file_widget = QWidget()
        file_widget.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        form, self.labels = labelled_form(
            [("school", self.school), ("kind", self.kind), ("file", file_widget)])
        self.labels["file"].setBuddy(self.path)
        self.hint = label("muted", wrap=True)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.run_preview)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        actions.addWidget(self.template_button)
        actions.addStretch(1)
        actions.addWidget(self.progress, 2)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.preview_button)
        self.counts: dict[str, QLabel] = {}
        self.count_captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, key in enumerate(("new", "changed", "left", "refused")):
            number = label("title", "–")
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = label("muted")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.counts[key] = number
            self.count_captions[key] = caption
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
        self.message = label("", wrap=True)
        self.message.setObjectName("importMessage")
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        setup_table(self.table)
        self.table.setModel(self.model)
        for column, width in enumerate((110, 60, 240)):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.run_apply)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.school.currentIndexChanged.connect(self._forget_preview)
        self.path.textChanged.connect(self._forget_preview)
        self.retranslate_ui()
        fit_to_screen(self, 820, 620)

    # Texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Personen importeren"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Leerlingen, groepen en leerkrachten (EDEXML)"), "edexml")
        self.kind.addItem(self.tr("Ouders en verzorgers (CSV of Excel)"), "parent")
        self.kind.addItem(self.tr("Personeel (CSV of Excel)"), "staff")
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.labels["school"].setText(self.tr("&School:"))
        self.labels["kind"].setText(self.tr("S&oort:"))
        self.labels["file"].setText(self.tr("&Bestand:"))
        self.browse_button.setText(self.tr("B&laderen…"))
        self.template_button.setText(self.tr("S&jabloon opslaan…"))
        self.preview_button.setText(self.tr("&Voorvertoning"))
        self.cancel_button.setText(self.tr("&Afbreken"))
        self.apply_button.setText(self.tr("&Toepassen"))
        self.close_button.setText(self.tr("Sl&uiten"))
        for key, text in (("new", self.tr("nieuw")), ("changed", self.tr("gewijzigd")),
                          ("left", self.tr("vertrokken")), ("refused", self.tr("geweigerd"))):
            self.count_captions[key].setText(text)
        self.model.set_headers((self.tr("Wat"), self.tr("Regelnr."), self.tr("Naam of veld"),
                                self.tr("Toelichting")))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.template_button.setVisible(kind in TEMPLATES)
        if kind == "edexml":
            self.hint.setText(self.tr(
                "Maak in ParnasSys of Esis een EDEXML-export van deze school. Leerlingen en "
                "leerkrachten die in een volgende export ontbreken, worden als vertrokken "
                "gemarkeerd; niemand wordt verwijderd en met de hand ingevoerde personen "
                "blijven ongemoeid."))
        else:
            self.hint.setText(self.tr(
                "Vul het sjabloon in (één regel per persoon; een ouder van twee kinderen staat "
                "er twee keer in) en sla het op als CSV of Excel-werkmap. Ouders worden aan "
                "hun kind gekoppeld via de sleutel uit de EDEXML-export."))
        self._forget_preview()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Files ------------------------------------------------------------------------------

    def browse(self) -> None:
        kind = self.kind.currentData()
        pattern = (self.tr("EDEXML-bestanden (*.xml)") if kind == "edexml"
                   else self.tr("Spreadsheets (*.csv *.xlsx *.txt)"))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importbestand kiezen"),
            self.ctx.settings.last_folder or str(Path.home()), pattern)
        if path:
            self.path.setText(path)
            self.ctx.settings.last_folder = str(Path(path).parent)

    def save_template(self) -> None:
        name = TEMPLATES.get(str(self.kind.currentData()))
        if name is None:
            return
        folder = self.ctx.settings.last_folder or str(Path.home())
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Sjabloon opslaan"), str(Path(folder) / name),
            self.tr("CSV-bestanden (*.csv)"))
        if target:
            self.save_template_to(Path(target))

    def save_template_to(self, target: Path) -> None:
        name = TEMPLATES[str(self.kind.currentData())]
        try:
            shutil.copyfile(resources_dir() / "import" / name, target)
        except OSError:
            errors.inform(self, self.tr("Sjabloon opslaan"),
                          self.tr("Het sjabloon kon niet worden opgeslagen in {path}.")
                          .format(path=target))
            return
        self.message.setText(self.tr("Sjabloon opgeslagen als {path}.").format(path=target))

    # Preview and apply -------------------------------------------------------------------

    def _forget_preview(self) -> None:
        self.preview = None
        self.apply_button.setEnabled(False)
        for number in self.counts.values():
            number.setText("–")
        self.model.set_rows([])
        self.message.setText("")

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for widget in (self.preview_button, self.school, self.kind, self.path,
                       self.browse_button, self.close_button):
            widget.setEnabled(not busy)
        if busy:
            self.apply_button.setEnabled(False)

    def _on_progress(self, done: int, total: int, _: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def run_preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Kies eerst een bestand."))
            return
        if self.school.currentData() is None:
            return  # the schools are still loading
        school_id = int(self.school.currentData())
        kind = str(self.kind.currentData())
        path = Path(text)

        def work(op: OpContext) -> object:
            try:
                return imports.preview_import(op.db, op.actor, school_id=school_id, kind=kind,
                                              path=path, progress=_reporter(op))
            except Cancelled:
                return CANCELLED

        self._forget_preview()
        self._busy(True)
        self.message.setText(self.tr("Het bestand wordt gelezen en vergeleken…"))
        self._handle = (self.ctx.ops.op(work).success(self._show_preview)
                        .failure(self._failed).progress(self._on_progress).owner(self).run())

    def _show_preview(self, preview: object) -> None:
        self._busy(False)
        if preview is CANCELLED:
            self.message.setText(self.tr("Afgebroken; er is niets gewijzigd."))
            return
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self._fill(preview)
        self.apply_button.setEnabled(not preview.changes_nothing)
        if preview.changes_nothing:
            self.message.setText(self.tr(
                "Niets te wijzigen: de personen zijn al gelijk aan dit bestand."))
        else:
            self.message.setText(self.tr(
                "Dit is een voorvertoning; er is nog niets gewijzigd. Kies Toepassen om de "
                "wijzigingen in één keer door te voeren. Datum van de export: {day}.")
                .format(day=i18n.short_date(preview.export_date)))

    def _fill(self, preview: ImportPreview) -> None:
        self.counts["new"].setText(str(preview.new))
        self.counts["changed"].setText(str(preview.changed))
        self.counts["left"].setText(str(preview.left))
        self.counts["refused"].setText(str(len(preview.refused)))
        lang = i18n.language()
        rows = [self._refusal_row(r, lang) for r in preview.refused]
        rows += [self._change_row(r, lang) for r in preview.rows]
        self.model.set_rows(rows)

    def _refusal_row(self, refusal: Refusal, lang: str) -> tuple[str, str, str, str]:
        return (self.tr("geweigerd"), str(refusal.line), refusal.field_label(lang),
                refusal.reason(lang))

    def _change_row(self, row: PreviewRow, lang: str) -> tuple[str, str, str, str]:
        status = {"new": self.tr("nieuw"), "changed": self.tr("gewijzigd"),
                  "left": self.tr("vertrokken")}[row.status]
        fields = ", ".join(field_label(f, lang) for f in row.fields)
        return (status, str(row.line) if row.line else "", row.name, fields)

    def run_apply(self) -> None:
        preview = self.preview
        if preview is None or preview.changes_nothing:
            return
        if preview.left and not errors.ask(
                self, self.tr("Vertrekkers markeren"),
                self.tr("{count} personen staan niet meer in dit bestand en worden gemarkeerd "
                        "als vertrokken per {day}. Er wordt niemand verwijderd. Doorgaan?")
                .format(count=preview.left, day=i18n.short_date(preview.export_date))):
            return

        def work(op: OpContext) -> object:
            try:
                return imports.apply_import(op.db, op.actor, preview, progress=_reporter(op))
            except Cancelled:
                return CANCELLED

        self._busy(True)
        self.message.setText(self.tr("De wijzigingen worden doorgevoerd…"))
        self._handle = (self.ctx.ops.op(work).success(self._applied).failure(self._failed)
                        .progress(self._on_progress).owner(self).run())

    def _applied(self, result: object) -> None:
        self._busy(False)
        if result is CANCELLED:
            self.apply_button.setEnabled(True)
            self.message.setText(self.tr("Afgebroken; er is niets gewijzigd."))
            return
        assert isinstance(result, ImportResult)
        self.outcome = result
        self.preview = None
        self.apply_button.setEnabled(False)
        self.message.setText(self.tr(
            "Geïmporteerd: {new} nieuw, {changed} gewijzigd, {left} vertrokken. De import staat "
            "in het auditspoor met de SHA-256 van het bestand.").format(
                new=result.new, changed=result.changed, left=result.left))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.message.setText("")
        errors.show_error(self, error)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Afbreken…"))


def _reporter(op: OpContext) -> Any:
    def report(done: int, total: int) -> None:
        op.check_cancelled()
        op.progress(done, total, "")

    return report
