"""Instellingen → Briefsjablonen: reword a letter template with a live preview of the real PDF.

Checking the text is instant (unknown fields are refused as you type); the preview is rendered
off the UI thread, a moment after typing stops. Saving applies to new letters only: filed
letters are immutable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CaseManagerError
from desktop_app.services import cases, templates
from desktop_app.services.dto import CaseSummary

from .. import errors, i18n
from ..context import AppContext
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..pdfview import PdfPreview
from ..widgets import label, setup_table

PREVIEW_DELAY_MS = 600


def _template_columns() -> list[Column[templates.TemplateInfo]]:
    return [
        Column(lambda: QCoreApplication.translate("templates", "Voor"),
               lambda t: _audience_label(t.audience)),
        Column(lambda: QCoreApplication.translate("templates", "Sjabloon"), template_title,
               tooltip=lambda t: f"{template_title(t)}\n{t.path}"),
    ]


def template_title(info: templates.TemplateInfo) -> str:
    """The letter's own (Dutch) title; a legal-remedies clause by what it is for, in words."""
    if info.audience != "clause":
        return info.title

    # Written out with its context so that pyside6-lupdate files it under "templates".
    translate = QCoreApplication.translate

    school = {"openbaar": translate("templates", "openbaar"),
              "bijzonder": translate("templates", "bijzonder")}
    topics = {
        "complaint": translate("templates", "Klachtregeling (waarschuwing)"),
        "staff_appeal": translate("templates", "Beroep medewerker"),
        "summary_dismissal": translate("templates", "Ontslag op staande voet"),
        "parent_ban": translate("templates", "Toegangsverbod ouder"),
        "pupil_decision": translate("templates", "Besluit leerling"),
        "removal": translate("templates", "Verwijdering leerling"),
    }
    topic, _, denomination = info.kind.rpartition("_")
    if denomination in school and topic in topics:
        return f"{topics[topic]} – {school[denomination]}"
    return topics.get(info.kind, info.kind.replace("_", " "))


def _audience_label(audience: str) -> str:
    if audience == "clause":
        return QCoreApplication.translate("templates", "rechtsmiddelen")
    return i18n.kind_label(audience)


class TemplateEditor(QWidget):
    """A list of templates, the text, a case to preview with, and the real letter beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.ctx = ctx
        self.infos = templates.list_templates()
        self.current: templates.TemplateText | None = None
        self.valid = False

        self.model: ListTableModel[templates.TemplateInfo] = ListTableModel(
            _template_columns(), lambda t: self.infos.index(t), parent=self)
        self.model.set_rows(self.infos)
        self.list_view = QTableView()
        self.list_view.setObjectName("templateList")
        setup_table(self.list_view)
        self.list_view.setModel(self.model)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_view.setMinimumWidth(330)
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._select_row())

        self.intro = label("hint", wrap=True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateText")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.textChanged.connect(self._text_changed)
        self.status = label("hint", wrap=True)
        self.status.setObjectName("templateStatus")
        self.case_label = QLabel()
        self.case_combo = QComboBox()
        self.case_combo.setObjectName("templateCase")
        self.case_combo.currentIndexChanged.connect(lambda *_: self._schedule_preview())
        self.case_label.setBuddy(self.case_combo)
        self.save_button = QPushButton()
        self.save_button.setObjectName("templateSave")
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("templateReset")
        self.reset_button.clicked.connect(lambda: self.reset())  # clicked(bool) is no parameter
        self.preview = PdfPreview()

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)

        form = QFormLayout()
        form.addRow(self.case_label, self.case_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.intro)
        middle_layout.addWidget(self.editor, 1)
        middle_layout.addWidget(self.status)
        middle_layout.addLayout(form)
        middle_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_view)
        splitter.addWidget(middle)
        splitter.addWidget(self.preview)
        splitter.setSizes([430, 420, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self.retranslate_ui()

    # --- texts --------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        # A word joiner after "$" keeps ${naam} on one line when the text wraps.
        self.intro.setText(self.tr(
            "Pas de tekst van een brief aan. Velden staan als ${naam}; onbekende velden worden "
            "geweigerd. Een gewijzigd sjabloon geldt alleen voor nieuwe brieven: gearchiveerde "
            "brieven veranderen nooit.").replace("${", "$\u2060{"))
        self.case_label.setText(self.tr("Voorbeeld met &zaak:"))
        self.save_button.setText(self.tr("Sjabloon &opslaan"))
        self.reset_button.setText(self.tr("Standaardtekst &herstellen"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if self.current is not None:
            self._text_changed()  # the status line in the new language
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the cases to preview with (in the background) and select the first template."""
        self.ctx.ops.op(lambda op: cases.list_cases(op.db, op.actor, limit=300)).success(
            self._cases_loaded).owner(self).run()
        if self.current is None and self.infos:
            self.list_view.selectRow(0)

    def _cases_loaded(self, rows: list[CaseSummary]) -> None:
        self.all_cases = rows
        self._fill_cases()

    def _fill_cases(self) -> None:
        rows: list[CaseSummary] = getattr(self, "all_cases", [])
        info = self._info()
        if info is not None and info.audience != "clause":
            rows = [c for c in rows if c.subject_kind == info.audience]
        chosen = self.case_combo.currentData()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        for case in rows:
            self.case_combo.addItem(
                f"{case.reference} · {case.subject_name} ({i18n.kind_label(case.subject_kind)})",
                case.id)
        index = self.case_combo.findData(chosen)
        self.case_combo.setCurrentIndex(max(index, 0))
        self.case_combo.blockSignals(False)
        self._schedule_preview()

    def _info(self) -> templates.TemplateInfo | None:
        row = self.list_view.currentIndex().row()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    def _select_row(self) -> None:
        info = self._info()
        if info is None:
            return
        if self.current is not None and self.current.path != info.path and self.dirty() \
                and not errors.ask_discard(self):
            return
        path = info.path
        self.ctx.ops.op(lambda op: templates.get_template(op.db, op.actor, path)).success(
            self._template_in).owner(self).run()

    def _template_in(self, template: templates.TemplateText) -> None:
        self.current = template
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.current.text)
        self.editor.blockSignals(False)
        self._text_changed()
        self._fill_cases()

    def can_leave(self) -> bool:
        """Leaving Instellingen with an edited, unsaved template asks first."""
        if self.dirty() and not errors.ask_discard(self):
            return False
        if self.dirty() and self.current is not None:
            self.editor.setPlainText(self.current.text)  # discarded
        return True

    # --- editing ------------------------------------------------------------------------
    def dirty(self) -> bool:
        return self.current is not None and self.editor.toPlainText() != self.current.text

    def _text_changed(self) -> None:
        if self.current is None:
            return
        try:
            templates.check_template(self.current.path, self.editor.toPlainText())
        except CaseManagerError as error:
            self.valid = False
            self.status.setText(i18n.error_text(error))
            self.status.setProperty("role", "error")
        else:
            self.valid = True
            self.status.setText(self.tr("De tekst is in orde."))
            self.status.setProperty("role", "hint")
        self.status.style().polish(self.status)
        self._update_state()
        self._schedule_preview()

    def _update_state(self) -> None:
        self.save_button.setEnabled(self.valid and self.dirty())
        self.reset_button.setEnabled(self.current is not None and self.current.overridden)

    def _schedule_preview(self) -> None:
        if self.valid:
            self.timer.start()

    def render_preview(self) -> None:
        """Render the real letter for the chosen case with the text as typed, off the UI thread."""
        if self.current is None or not self.valid or self.case_combo.currentData() is None:
            return
        path, text = self.current.path, self.editor.toPlainText()
        case_id = int(self.case_combo.currentData())

        def work(op: OpContext) -> bytes:
            return templates.preview_template(op.db, op.actor, case_id, path, text)

        self.ctx.ops.op(work).success(self._preview_ready).failure(
            self._preview_failed).owner(self).run()

    def _preview_ready(self, data: bytes) -> None:
        self.preview.load_bytes(data)

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, CaseManagerError):
            self.preview.clear()
            self.status.setText(self.tr("Geen voorbeeld met deze zaak: {reason}").format(
                reason=i18n.error_text(error)))
            return
        errors.show_error(self, error)

    def save(self) -> None:
        if self.current is None:
            return
        path, text = self.current.path, self.editor.toPlainText()

        def saved(result: templates.TemplateText) -> None:
            self.current = result
            self.status.setText(self.tr("Opgeslagen. Nieuwe brieven gebruiken deze tekst."))
            self._update_state()

        version = self.current.version  # as loaded: someone else's later save is not overwritten
        self.ctx.ops.op(lambda op: templates.save_template(
            op.db, op.actor, path, text, expected_version=version)).success(
            saved).owner(self).disabling(self.save_button).run()

    def reset(self) -> None:
        if self.current is None or not errors.ask(
                self, self.tr("Standaardtekst herstellen"),
                self.tr("De eigen tekst van het bestuur voor dit sjabloon vervalt. Doorgaan?")):
            return
        path, version = self.current.path, self.current.version

        def restored(result: templates.TemplateText) -> None:
            self.current = result
            self.editor.setPlainText(result.text)

        self.ctx.ops.op(lambda op: templates.reset_template(
            op.db, op.actor, path, expected_version=version)).success(
            restored).owner(self).run()
