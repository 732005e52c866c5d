"""Letters: choose a kind, see the real PDF, then file it, print it and/or save a copy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import documents, letters
from desktop_app.services.dto import CaseDetail, DocumentInfo

from .. import errors, i18n, refusals
from ..context import AppContext
from ..guard import GuardedDialog
from ..ops import OpContext
from ..pdfview import PdfPreview, save_pdf
from ..printing import print_pdf
from ..refusals import mark_field
from ..style import icon, light_icon
from ..widgets import fit_to_screen, label, show_done


@dataclass(frozen=True)
class LetterChoice:
    code: str
    title: str
    description: str
    fits: bool  # a decision letter fits only the decided measure
    measure: str = ""  # the decided measure this letter reports, if any
    registered: bool = False  # goes by registered post: the number is recorded (ST3, L4)
    dispatched: bool = False  # its dispatch is a procedure step (intention or decision)


def letter_choices(subject_kind: str, decided_measure: str | None) -> list[LetterChoice]:
    """The letter kinds for this case's subject, each marked whether it fits the decision."""
    return [
        LetterChoice(
            k.code,
            k.title,
            k.description,
            not k.measure or k.measure == decided_measure,
            k.measure,
            k.registered,
            letters.dispatch_step(k) is not None,
        )
        for k in letters.kinds_for_subject(subject_kind)
    ]


def missing_fields(error: BaseException) -> list[str]:
    """The template fields a refused letter names (MissingLetterData.missing)."""
    return [str(getattr(m, "name", m)) for m in getattr(error, "missing", ())]


class LetterDialog(GuardedDialog):
    def __init__(
        self,
        ctx: AppContext,
        detail: CaseDetail,
        parent: QWidget | None = None,
        kind: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.setObjectName("letterDialog")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.rendered: list[tuple[str, bytes]] = []
        self.filed: list[DocumentInfo] = []
        self._previewed_key: tuple[str, tuple[tuple[str, str], ...]] | None = None
        self.field_edits: dict[str, QLineEdit] = {}
        decided = detail.decision.measure if detail.decision else None
        self.choices = letter_choices(detail.subject.kind, decided)

        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        mark_field(self.kind, "kind")
        for choice in self.choices:
            self.kind.addItem(choice.title, choice.code)
        fitting = [c.code for c in self.choices if c.fits and not c.measure]
        wanted = (
            kind
            or next((c.code for c in self.choices if decided and c.measure == decided), None)
            or (fitting[0] if fitting else None)
        )
        if wanted is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(wanted), 0))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.description = label("muted", wrap=True)
        self.fields_box = QGroupBox()
        self.fields_form = QFormLayout(self.fields_box)
        # Each caption ("Plaats van het (hoor)gesprek") goes above its field, so the field
        # has the box's whole width and what is typed stays readable (beside a long caption
        # it was 95 px wide).
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_hint = label("muted", wrap=True)
        self.fields_form.addRow(self.fields_hint)
        self.recipient = QComboBox()
        self.recipient.currentIndexChanged.connect(self._show_recipient)
        self.preview_button = QPushButton(icon("search"), "")
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.make_preview)
        self.file_button = QPushButton(light_icon("dossiers"), "")
        self.file_button.setObjectName("fileButton")
        self.file_button.setProperty("role", "primary")
        self.file_button.clicked.connect(self.file_letter)
        # The letter is dated on its dispatch day; every term it prints runs from it.
        today = ctx.db.today()
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setObjectName("sentOn")
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("dd-MM-yyyy")
        self.sent_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.sent_on.dateChanged.connect(self._invalidate)
        self.sent_label = QLabel()
        self.sent_label.setBuddy(self.sent_on)
        self.registered = QLineEdit()
        mark_field(self.registered, "registered")
        self.registered.setObjectName("registeredNumber")
        self.registered_label = QLabel()
        self.registered_label.setBuddy(self.registered)
        self.print_button = QPushButton(icon("print"), "")
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(icon("save"), "")
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        for button in (
            self.preview_button,
            self.file_button,
            self.print_button,
            self.save_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter does not file a letter by accident
        self.status = label("", wrap=True)
        self.status.setObjectName("letterStatus")
        self.preview = PdfPreview()
        self.preview.setMinimumWidth(480)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        left_layout.addWidget(self.kind_label)
        left_layout.addWidget(self.kind)
        left_layout.addWidget(self.description)
        left_layout.addWidget(self.fields_box, 1)
        self.recipient_label = QLabel()
        self.recipient_label.setBuddy(self.recipient)
        left_layout.addWidget(self.recipient_label)
        left_layout.addWidget(self.recipient)
        left_layout.addWidget(self.preview_button)
        dispatch = QFormLayout()
        dispatch.addRow(self.sent_label, self.sent_on)
        dispatch.addRow(self.registered_label, self.registered)
        left_layout.addLayout(dispatch)
        left_layout.addWidget(self.file_button)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.status)
        left_layout.addStretch(0)
        left_layout.addWidget(self.close_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()
        self._kind_changed()
        fit_to_screen(self, 1060, 720)

    @staticmethod
    def _is_decision_letter(code: str) -> bool:
        return code in ("reprimand", "suspension", "removal", "ban", "summary_dismissal")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Brief – {ref} – {name}").format(
                ref=self.detail.summary.reference, name=self.detail.subject.full_name
            )
        )
        self.kind_label.setText(self.tr("Soort &brief:"))
        self.fields_box.setTitle(self.tr("Aanvullende gegevens"))
        self.fields_hint.setText(
            self.tr(
                "Gegevens uit de zaak worden automatisch ingevuld. Ontbreekt er iets, dan vraagt "
                "de brief erom na 'Voorbeeld maken'."
            )
        )
        self.recipient_label.setText(self.tr("&Geadresseerde:"))
        self.preview_button.setText(self.tr("&Voorbeeld maken"))
        self.file_button.setText(self.tr("Archiveren in &dossier"))
        self.sent_label.setText(self.tr("Verzonden &op:"))
        self.registered_label.setText(self.tr("Aange&tekend nummer:"))
        self.print_button.setText(self.tr("&Afdrukken…"))
        self.save_button.setText(self.tr("&Kopie opslaan…"))
        self.close_button.setText(self.tr("&Sluiten"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- state --------------------------------------------------------------------------
    def sent_day(self) -> date:
        """The dispatch day typed in 'Verzonden op' (the letter's date)."""
        day = self.sent_on.date()
        return date(day.year(), day.month(), day.day())

    def current_code(self) -> str:
        return str(self.kind.currentData() or "")

    def fields(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.field_edits.items() if e.text().strip()}

    def _key(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        return self.current_code(), tuple(sorted(self.fields().items()))

    def _kind_changed(self) -> None:
        choice = next((c for c in self.choices if c.code == self.current_code()), None)
        text = choice.description if choice and i18n.is_english() else ""
        if choice is not None and not choice.fits:
            text += "\n" + self.tr("Past niet bij het besluit in deze zaak.")
        self.description.setText(text)
        registered = choice is not None and choice.registered and choice.dispatched
        self.registered.setVisible(registered)
        self.registered_label.setVisible(registered)
        self._invalidate()

    def _invalidate(self) -> None:
        self._previewed_key = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        previewed = self._previewed_key is not None and self._previewed_key == self._key()
        self.file_button.setEnabled(previewed and not self.filed)
        has_pdf = bool(self.preview.data)
        self.print_button.setEnabled(has_pdf)
        self.save_button.setEnabled(has_pdf)

    def _ensure_field(self, name: str) -> QLineEdit:
        edit = self.field_edits.get(name)
        if edit is None:
            edit = QLineEdit()
            edit.setObjectName(f"field_{name}")
            mark_field(edit, name)
            if name.endswith("_date"):
                edit.setPlaceholderText(self.tr("bijv. 24-11-2026"))
            edit.textChanged.connect(self._invalidate)
            self.field_edits[name] = edit
            caption = letters.field_label(name, "en" if i18n.is_english() else "nl")
            self.fields_form.addRow(caption[:1].upper() + caption[1:] + ":", edit)
        return edit

    def set_field(self, name: str, value: str) -> None:
        self._ensure_field(name).setText(value)

    # --- preview, file, print, save -----------------------------------------------------
    def make_preview(self) -> None:
        code, values = self.current_code(), self.fields()
        case_id = self.detail.summary.id
        key = self._key()
        self.status.setText(self.tr("Voorbeeld wordt gemaakt…"))
        self.preview_button.setEnabled(False)

        sent_on = self.sent_day()

        def work(op: OpContext) -> list[tuple[str, bytes]]:
            return letters.preview_letter(op.db, op.actor, case_id, code, fields=values,
                                          sent_on=sent_on)

        self.ctx.ops.op(work).success(lambda r: self._previewed(key, r)).failure(
            self._preview_failed
        ).owner(self).run()

    def _previewed(
        self, key: tuple[str, tuple[tuple[str, str], ...]], rendered: list[tuple[str, bytes]]
    ) -> None:
        self.preview_button.setEnabled(True)
        self.rendered = rendered
        self._previewed_key = key
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for title, _ in rendered:
            self.recipient.addItem(title)
        self.recipient.blockSignals(False)
        self._show_recipient(0)
        self.status.setText(
            self.tr("Dit is de echte brief. Controleer hem en kies 'Archiveren in dossier'.")
        )
        self._update_buttons()

    def _preview_failed(self, error: BaseException) -> None:
        self.preview_button.setEnabled(True)
        # Only what the letter itself takes gets a field here; the signatory, the school's
        # town or an address are put right where the refusal says (settings, the person);
        # facts of the case file (a warning's date, who was heard) are recorded, not typed.
        missing = [name for name in missing_fields(error)
                   if letters.field_source(name) == "letter" and name not in letters.DERIVED_ONLY]
        for name in missing:
            self._ensure_field(name)
        self.status.setText("")
        box = errors.show_error(self, error)
        if missing:
            self.field_edits[missing[0]].setFocus()
            refusals.focus_when_closed(box, self.field_edits[missing[0]])

    def _show_recipient(self, index: int) -> None:
        if 0 <= index < len(self.rendered):
            self.preview.load_bytes(self.rendered[index][1])
        self._update_buttons()

    def file_letter(self) -> None:
        code, values = self.current_code(), self.fields()
        case_id = self.detail.summary.id
        sent_on = self.sent_day()
        registered = self.registered.text().strip() if self.registered.isVisible() else ""

        # One service call files the letter and records its dispatch (the intention or
        # 'besluit verstuurd' step) on the date given, with the registered-mail number.
        def work(op: OpContext) -> list[DocumentInfo]:
            return letters.generate_letter(op.db, op.actor, case_id, code, fields=values,
                                           sent_on=sent_on, registered=registered)

        def filed(result: list[DocumentInfo]) -> None:
            self.filed = result
            dossiers = sorted({i18n.dossier_label(d.dossier) for d in result})
            self.status.setText(
                self.tr("Gearchiveerd in {dossier}: {count} document(en).").format(
                    dossier=", ".join(dossiers), count=len(result)
                )
            )
            self._update_buttons()

        self.ctx.ops.op(work).success(filed).owner(self).disabling(self.file_button).run()

    def current_title(self) -> str:
        return self.kind.currentText()

    def print_letter(self) -> None:
        if self.preview.data:  # printed in the background; the filed letter's print is audited
            print_pdf(self, self.ctx.ops, self.preview.data, self.current_title(),
                      self._printed)

    def _printed(self, pages: int) -> None:
        """Sent: said on the window's status line and in the main window (issue 8 item 11)."""
        text = self.tr("Afgedrukt: {pages} pagina('s).").format(pages=pages)
        self.status.setText(text)
        show_done(self, text)
        self._record("print")

    def _record(self, how: str) -> None:
        """A filed letter printed or saved as a copy is audited (AVG); a preview is not filed."""
        ids = [d.id for d in self.filed]

        def work(op: OpContext) -> None:
            for doc_id in ids:
                documents.record_output(op.db, op.actor, doc_id, how)

        self.ctx.ops.op(work).owner(self).run()

    def save_copy(self) -> None:
        if not self.preview.data:
            return
        suggested = f"{self.detail.summary.reference}_{self.current_code()}.pdf"
        path = save_pdf(self, self.preview.data, suggested, self.ctx.settings.last_folder)
        if path is not None:
            self.ctx.settings.last_folder = str(path.parent)
            self.status.setText(self.tr("Kopie opgeslagen: {path}").format(path=path))
            self._record("copy")

    def reject(self) -> None:
        """Escape closes like the Sluiten button: through the questions in closeEvent."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        previewed = self._previewed_key is not None and not self.filed
        if previewed:
            if not errors.ask(
                self,
                self.tr("Brief niet gearchiveerd"),
                self.tr("De brief is nog niet in het dossier gearchiveerd. Toch sluiten?"),
            ):
                event.ignore()
                return
            self._done = True
        elif self.filed:
            self._done = True  # what was typed is in the filed letter
        if self.has_unsaved_changes and not errors.ask_discard(self):
            event.ignore()
            return
        self._done = True
        event.accept()
