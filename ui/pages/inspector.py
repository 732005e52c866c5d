"""Vertrouwensinspecteur: tell the employee, log the call (in that order), the call log."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cases import case_reference
from desktop_app.services import deadlines, exports, inspector, outputs
from desktop_app.services import settings as board_settings
from desktop_app.services.dto import InspectorCallInfo

from .. import i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..pdfview import ask_pdf_path
from ..refusals import mark_field
from ..style import icon, light_icon
from ..widgets import Page, label, ok_cancel, setup_table, show_done


def _datetime_edit(moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(
        QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
    )
    edit.setDisplayFormat("dd-MM-yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _value(edit: QDateTimeEdit) -> datetime:
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def call_columns() -> list[Column[InspectorCallInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("InspectorPage", "Zaak"),
            lambda c: case_reference(c.case),
        ),
        Column(
            lambda: QCoreApplication.translate("InspectorPage", "Gesprek"),
            lambda c: (
                i18n.short_datetime(c.started_at) + (f"–{c.ended_at:%H:%M}" if c.ended_at else "")
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("InspectorPage", "Inspecteur"),
            lambda c: c.inspector_name,
        ),
        Column(
            lambda: QCoreApplication.translate("InspectorPage", "Kenmerk"), lambda c: c.reference
        ),
        Column(
            lambda: QCoreApplication.translate("InspectorPage", "Redelijk vermoeden"),
            lambda c: i18n.outcome_label(c.outcome),
        ),
        Column(
            lambda: QCoreApplication.translate("InspectorPage", "Samenvatting"),
            lambda c: c.summary,
            tooltip=lambda c: "\n".join(
                x for x in (c.summary, c.advice, c.agreed_actions, c.follow_up) if x
            ),
        ),
    ]


class InspectorPage(Page):
    key = "inspector"
    icon_name = "inspector"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._phone = ""
        self.heading = label("title")
        self.explanation = label("muted", wrap=True)
        self.todo_box = QGroupBox()
        self.todo = QComboBox()
        self.todo.setObjectName("inspectorCase")
        self.todo_label = QLabel()
        self.todo_label.setBuddy(self.todo)
        self.todo.currentIndexChanged.connect(self._update_buttons)
        self.inform_button = QPushButton()
        self.inform_button.setObjectName("informButton")
        self.inform_button.clicked.connect(lambda: self.inform())
        self.call_button = QPushButton(light_icon("inspector"), "")
        self.call_button.setObjectName("callButton")
        self.call_button.setProperty("role", "primary")
        self.call_button.clicked.connect(lambda: self.log_call())
        self.inform_button.setEnabled(False)  # until a case is in the list
        self.call_button.setEnabled(False)
        todo_layout = QHBoxLayout(self.todo_box)
        todo_layout.addWidget(self.todo_label)
        todo_layout.addWidget(self.todo, 1)
        todo_layout.addWidget(self.inform_button)
        todo_layout.addWidget(self.call_button)
        self.log_box = QGroupBox()
        self.model: ListTableModel[InspectorCallInfo] = ListTableModel(
            call_columns(), lambda c: c.id, parent=self
        )
        self.view = QTableView()
        self.view.setObjectName("callView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.pdf_button = QPushButton(icon("save"), "")
        self.pdf_button.clicked.connect(self.export_pdf)
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addWidget(self.view)
        log_layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.todo_box)
        layout.addWidget(self.log_box, 1)
        self.retranslate_ui()

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("InspectorPage", "Vertrouwensinspecteur")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Vertrouwensinspecteur"))
        phone = self._phone or "…"  # the board's setting, loaded with the page
        self.explanation.setText(
            self.tr(
                "Protocol, Sancties 2: vindt het bestuur de communicatie van een medewerker "
                "grensoverschrijdend, dan licht het eerst de medewerker in en meldt het daarna "
                "telefonisch bij de Landelijke Vertrouwensinspecteur ({phone}). Het belregister is "
                "vertrouwelijk: elke inzage wordt vastgelegd."
            ).format(phone=phone)
        )
        self.todo_box.setTitle(self.tr("Zaken die een melding vragen"))
        self.todo_label.setText(self.tr("&Zaak:"))
        self.inform_button.setText(self.tr("Medewerker &ingelicht…"))
        self.call_button.setText(self.tr("Gesprek v&astleggen…"))
        self.log_box.setTitle(self.tr("Belregister"))
        self.pdf_button.setText(self.tr("Belregister als &PDF…"))
        self.model.retranslate()

    def refresh(self) -> None:
        current = self.todo.currentData()

        def work(op: OpContext) -> tuple[str, list[tuple[int, str]], list[InspectorCallInfo]]:
            phone = board_settings.get_legal(op.db, op.actor).inspector_phone
            due = deadlines.open_deadlines(
                op.db, op.actor, kinds=("employee_informed", "inspector_call")
            )
            seen: dict[int, str] = {}
            for d in due:
                seen.setdefault(d.case, f"{d.reference} – {d.subject_name}")
            calls = inspector.list_calls(op.db, op.actor)
            return phone, list(seen.items()), calls

        def show(result: tuple[str, list[tuple[int, str]], list[InspectorCallInfo]]) -> None:
            self._phone, todo, calls = result
            self.retranslate_ui()  # the inspector's number
            self.todo.clear()
            for case_id, text in todo:
                self.todo.addItem(text, case_id)
            index = self.todo.findData(current)
            self.todo.setCurrentIndex(max(index, 0))
            self.model.set_rows(calls)
            self.view.resizeColumnsToContents()
            self._update_buttons()

        self.ctx.ops.op(work).success(show).owner(self).run()

    def _update_buttons(self) -> None:
        """An empty list of cases leaves nothing to inform about or call for."""
        has_case = self.todo.currentData() is not None
        for button in (self.inform_button, self.call_button):
            button.setEnabled(has_case)
        self.pdf_button.setEnabled(bool(self.model.rows()))  # an empty register: no PDF

    def select_case(self, case_id: int, text: str = "") -> None:
        index = self.todo.findData(case_id)
        if index < 0:
            self.todo.addItem(text or case_reference(case_id), case_id)
            index = self.todo.count() - 1
        self.todo.setCurrentIndex(index)

    def _case(self) -> int | None:
        value = self.todo.currentData()
        return int(value) if value is not None else None

    def inform(self) -> QDialog | None:
        case_id = self._case()
        if case_id is None:
            return None
        dialog = InformDialog(self.ctx, case_id, self)
        dialog.accepted.connect(
            lambda: show_done(self, self.tr("Vastgelegd: medewerker ingelicht.")))
        dialog.open()  # its op's change set refreshes this page
        return dialog

    def log_call(self) -> QDialog | None:
        case_id = self._case()
        if case_id is None:
            return None
        dialog = CallDialog(self.ctx, case_id, self)
        dialog.accepted.connect(
            lambda: show_done(self, self.tr("Gesprek vastgelegd in het belregister.")))
        dialog.open()  # its op's change set refreshes this page
        return dialog

    def export_pdf(self) -> None:
        # Where first: the log is audited as printed only when the file is really written.
        path = ask_pdf_path(
            self, "belregister_vertrouwensinspecteur.pdf", self.ctx.settings.last_folder
        )
        if path is None:
            return

        def work(op: OpContext) -> bytes:
            with outputs.writing(op.db, force=True) as out:
                data = exports.inspector_log_pdf(op.db, op.actor)
                out.write(path, data)
            return data

        def done(_: bytes) -> None:
            self.ctx.settings.last_folder = str(path.parent)

        self.ctx.ops.op(work).success(done).owner(self).run()


class InformDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.setObjectName("informDialog")
        self.setWindowTitle(self.tr("Medewerker ingelicht – SM-{id:05d}").format(id=case_id))
        self.at = _datetime_edit(ctx.db.now() - timedelta(hours=1))
        self.how = QLineEdit()
        self.how.setObjectName("how")
        mark_field(self.how, "how")
        self.how.setPlaceholderText(self.tr("bijv. persoonlijk gesprek met de directeur"))
        form = QFormLayout()
        form.addRow(self.tr("&Moment:"), self.at)
        form.addRow(self.tr("&Hoe:"), self.how)
        buttons = ok_cancel(self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 160)

    def accept(self) -> None:
        case_id, at, how = self.case_id, _value(self.at), self.how.text()
        # A refusal shows its dialog; what was typed stays.
        self.ctx.ops.op(
            lambda op: inspector.inform_employee(op.db, op.actor, case_id, at, how)
        ).success(lambda _: super(InformDialog, self).accept()).owner(self).disabling(
            self.ok_button).run()


class CallDialog(GuardedDialog):
    """Every field of a call log entry (domain.md, 'The confidential inspector')."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.setObjectName("callDialog")
        self.setWindowTitle(
            self.tr("Gesprek met de vertrouwensinspecteur – SM-{id:05d}").format(id=case_id)
        )
        now = ctx.db.now().replace(second=0)
        self.started = _datetime_edit(now - timedelta(minutes=20))
        self.ended = _datetime_edit(now)
        self.number = QLineEdit()

        def phone_in(phone: str) -> None:
            with self.filling():
                if not self.number.text():
                    self.number.setText(phone)

        ctx.ops.op(lambda op: board_settings.get_legal(op.db, op.actor).inspector_phone
                   ).success(phone_in).owner(self).run()
        self.caller = QLineEdit(ctx.actor.display_name)
        self.caller.setReadOnly(True)
        self.caller_role = QLineEdit(self.tr("namens het bevoegd gezag"))
        self.inspector_name = QLineEdit()
        self.inspector_name.setObjectName("inspectorName")
        self.reference = QLineEdit()
        self.learned_at = _datetime_edit(now - timedelta(days=1))
        self.learned_from = QLineEdit()
        self.facts = QPlainTextEdit()
        self.outcome = QComboBox()
        for code in ("unclear", "no", "yes"):
            self.outcome.addItem(i18n.outcome_label(code), code)
        self.advice = QPlainTextEdit()
        self.agreed = QPlainTextEdit()
        self.follow_up = QPlainTextEdit()
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.reason = QLineEdit()
        self.reason.setObjectName("notInformedReason")
        mark_field(self.reason, "reason")
        for edit in (self.facts, self.advice, self.agreed, self.follow_up, self.summary):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 3 + 14)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Begin gesprek:"), self.started),
            (self.tr("&Einde gesprek:"), self.ended),
            (self.tr("Gebeld &nummer:"), self.number),
            (self.tr("Beller:"), self.caller),
            (self.tr("&Rol beller:"), self.caller_role),
            (self.tr("Naam &inspecteur:"), self.inspector_name),
            (self.tr("Ken&merk:"), self.reference),
            (self.tr("Bekend sinds:"), self.learned_at),
            (self.tr("Be&kend via:"), self.learned_from),
            (self.tr("Gedeelde &feiten:"), self.facts),
            (self.tr("Re&delijk vermoeden:"), self.outcome),
            (self.tr("&Advies:"), self.advice),
            (self.tr("Afs&praken (met wie):"), self.agreed),
            (self.tr("Verv&olg:"), self.follow_up),
            (self.tr("&Samenvatting:"), self.summary),
            (self.tr("Reden niet in&gelicht:"), self.reason),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.reason.setPlaceholderText(self.tr("alleen als de medewerker vooraf niet is ingelicht"))
        content = QWidget()
        content.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Vastleggen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 680)

    def accept(self) -> None:
        case_id = self.case_id
        fields: dict[str, Any] = dict(
                started_at=_value(self.started),
                ended_at=_value(self.ended),
                inspector_name=self.inspector_name.text(),
                summary=self.summary.toPlainText(),
                advice=self.advice.toPlainText(),
                reference=self.reference.text(),
                reason=self.reason.text(),
                caller_role=self.caller_role.text(),
                learned_at=_value(self.learned_at),
                learned_from=self.learned_from.text(),
                facts=self.facts.toPlainText(),
                outcome=str(self.outcome.currentData()),
                agreed_actions=self.agreed.toPlainText(),
                follow_up=self.follow_up.toPlainText(),
                number=self.number.text() or None,
        )
        # A refusal shows the rule's message; everything typed stays.
        self.ctx.ops.op(lambda op: inspector.log_call(op.db, op.actor, case_id, **fields)
                        ).success(lambda _: super(CallDialog, self).accept()).owner(
            self).disabling(self.save_button).run()
