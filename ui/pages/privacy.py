"""Privacy (AVG): what is due for destruction, legal holds and the Archiefwet flag, the
destruction run behind a confirmation dialog, and access requests with their one-month term,
the identity check, the extension by two months and the export."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.retention import PRIVACY_OFFICERS, dossier_label
from desktop_app.services import access_requests, people, retention
from desktop_app.services.access_requests import AccessExport, AccessRequestInfo
from desktop_app.services.database import Actor, Database
from desktop_app.services.dto import PersonInfo
from desktop_app.services.retention import DestructionResult, RetentionRow

from .. import errors, i18n
from ..context import AppContext
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import Op, OpContext
from ..pdfview import ask_pdf_path
from ..style import DANGER
from ..widgets import Page, date_edit, enable_with_selection, label, setup_table


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPage", text)


def retention_columns() -> list[Column[RetentionRow]]:
    return [
        Column(lambda: _tr("Vernietigen op"), lambda r: i18n.short_date(r.destroy_on)),
        Column(lambda: _tr("Persoon"), lambda r: f"{r.name} ({r.person})"),
        Column(lambda: _tr("Dossier"),
               lambda r: dossier_label(r.dossier, "en" if i18n.language() == "en" else "nl")),
        Column(lambda: _tr("Vertrokken op"), lambda r: i18n.short_date(r.left_on)),
        Column(lambda: _tr("Regel"), lambda r: r.rule),
        Column(lambda: _tr("Bewaarplicht"),
               lambda r: (_tr("ja: ") + r.hold_reason) if r.hold else ""),
        Column(lambda: _tr("Archiefwet"),
               lambda r: (_tr("ja: ") + r.archive_reason) if r.archive else ""),
    ]


def request_columns() -> list[Column[AccessRequestInfo]]:
    return [
        Column(lambda: _tr("Uiterlijk"), lambda r: i18n.short_date(r.due)),
        Column(lambda: _tr("Over"), lambda r: r.person_name),
        Column(lambda: _tr("Van"), lambda r: r.requester),
        Column(lambda: _tr("Ontvangen"), lambda r: i18n.short_date(r.received_on)),
        Column(lambda: _tr("Identiteit"),
               lambda r: (f"{i18n.short_date(r.identity_checked_on)}: {r.identity_check}"
                          if r.identity_checked_on else _tr("nog controleren"))),
        Column(lambda: _tr("Verlengd"),
               lambda r: (_tr("van {date}: {reason}").format(
                   date=i18n.short_date(r.extended_from), reason=r.extension_reason)
                   if r.extended_from else "")),
        Column(lambda: _tr("Afgehandeld"),
               lambda r: i18n.short_date(r.completed_at.date()) if r.completed_at else ""),
    ]


class ReasonDialog(QDialog):
    """Ask one required text: the reason for a legal hold, the documents under the
    Archiefwet, or why an access request needs more time."""

    def __init__(self, parent: QWidget, name: str, title: str, text: str,
                 missing: str) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.missing = missing
        self.reason = QLineEdit()
        self.reason.setObjectName(f"{name}Reason")
        form = QFormLayout(self)
        form.addRow(label("", text, wrap=True))
        form.addRow(self.tr("&Reden:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.reason.text().strip():
            errors.refuse(self, self.missing)
            return
        self.accept()


def hold_dialog(parent: QWidget, who: str) -> ReasonDialog:
    return ReasonDialog(parent, "hold", _tr("Bewaarplicht instellen"), _tr(
        "Bewaarplicht voor {who}: de gegevens worden niet vernietigd zolang die geldt.")
        .format(who=who), _tr("Geef de reden van de bewaarplicht."))


def archive_dialog(parent: QWidget, who: str) -> ReasonDialog:
    return ReasonDialog(parent, "archive", _tr("Archiefwet"), _tr(
        "Het dossier van {who} bevat documenten onder de Archiefwet (bijv. een besluit over "
        "verlof, Leerplichtwet art. 11). Niets van deze persoon wordt vernietigd tot een "
        "selectielijst dat toestaat. Noem de documenten.").format(who=who),
        _tr("Noem de documenten onder de Archiefwet."))


def extend_dialog(parent: QWidget, who: str) -> ReasonDialog:
    return ReasonDialog(parent, "extend", _tr("Termijn verlengen"), _tr(
        "Het inzageverzoek over {who} krijgt twee maanden extra (art. 12 lid 3 AVG). Laat de "
        "verzoeker dat binnen de eerste maand weten, met de reden.").format(who=who),
        _tr("Geef de reden van de verlenging."))


class IdentityDialog(QDialog):
    """Record how the requester's identity was checked (before any data is given)."""

    def __init__(self, parent: QWidget, ctx: AppContext, who: str) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.setWindowTitle(self.tr("Identiteit controleren"))
        self.day = date_edit(ctx.db.today())
        self.day.setObjectName("identityDate")
        self.how = QLineEdit()
        self.how.setObjectName("identityHow")
        self.how.setPlaceholderText(self.tr("bijvoorbeeld paspoort getoond aan de balie"))
        form = QFormLayout(self)
        form.addRow(label("", self.tr(
            "Verzoeker: {who}. Geef pas gegevens nadat de identiteit (en bij een ouder het "
            "gezag) is vastgesteld.").format(who=who), wrap=True))
        form.addRow(self.tr("Gecontroleerd &op:"), self.day)
        form.addRow(self.tr("&Hoe:"), self.how)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.day.is_valid() or self.day.value() is None:
            errors.refuse(self, self.tr("Vul een datum in als 24-11-2026."))
            return
        if not self.how.text().strip():
            errors.refuse(self, self.tr("Vul in hoe de identiteit is gecontroleerd."))
            return
        self.accept()


class DestroyDialog(QDialog):
    """Shows exactly what will be destroyed; destroying needs an explicit tick."""

    def __init__(self, parent: QWidget, rows: list[RetentionRow]) -> None:
        super().__init__(parent)
        self.setObjectName("destroyDialog")
        self.rows = rows
        self.setWindowTitle(self.tr("Vernietigen"))
        layout = QVBoxLayout(self)
        layout.addWidget(label("", self.tr(
            "Deze gegevens worden definitief vernietigd: de persoon, de dossierdocumenten, "
            "zaken, besluiten en toestemmingen. Er wordt een vernietigingsverslag bewaard. Dit "
            "kan niet ongedaan worden gemaakt."), wrap=True))
        self.list = QListWidget()
        self.list.setObjectName("destroyList")
        for row in rows:
            self.list.addItem(f"{row.name} ({row.person}) – {row.rule} – "
                              f"{i18n.short_date(row.destroy_on)}")
        layout.addWidget(self.list)
        self.sure = QCheckBox(self.tr("&Ik begrijp dat dit niet ongedaan kan worden"))
        self.sure.setObjectName("destroySure")
        layout.addWidget(self.sure)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.destroy_button = buttons.addButton(self.tr("&Vernietigen"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.destroy_button.setObjectName("destroyConfirm")
        self.destroy_button.setEnabled(False)
        self.sure.toggled.connect(self.destroy_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class RequestDialog(QDialog):
    """Register an access request: about whom, from whom, received on."""

    def __init__(self, parent: QWidget, ctx: AppContext, found: list[PersonInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("accessRequestDialog")
        self.setWindowTitle(self.tr("Inzageverzoek registreren"))
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in found:
            self.person.addItem(p.sort_name, p.id)
        self.requester = QLineEdit()
        self.received = date_edit(ctx.db.today())
        form = QFormLayout(self)
        form.addRow(self.tr("&Over:"), self.person)
        form.addRow(self.tr("&Van (verzoeker):"), self.requester)
        form.addRow(self.tr("O&ntvangen op:"), self.received)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class LeftOnDialog(QDialog):
    """Record the day a person left (a pupil leaving school, the end of employment); an empty
    date clears it. Retention counts from this day."""

    def __init__(self, parent: QWidget, found: list[PersonInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("leftOnDialog")
        self.setWindowTitle(self.tr("Vertrekdatum vastleggen"))
        self.person = QComboBox()
        self.person.setObjectName("leftOnPerson")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in found:
            self.person.addItem(p.sort_name, p.id)
        self.day = date_edit(None, optional=True)
        self.day.setObjectName("leftOnDate")
        form = QFormLayout(self)
        form.addRow(self.tr("&Persoon:"), self.person)
        form.addRow(self.tr("Ver&trokken op (leeg: wissen):"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.day.is_valid():
            errors.refuse(self, self.tr("Vul een datum in als 24-11-2026, of laat het leeg."))
            return
        self.accept()


class PrivacyPage(Page):
    key = "privacy"
    icon_name = "search"

    @staticmethod
    def allowed(ctx: AppContext) -> bool:
        """Every account may answer access requests about the people it sees; retention
        and destruction are for the privacy officers (administrator, board) only."""
        return True

    def officer(self) -> bool:
        return self.ctx.actor.role in PRIVACY_OFFICERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title")
        self.explanation = label("muted", wrap=True)
        self.result = label("", wrap=True)
        self.result.setObjectName("privacyResult")
        self.retention_box = QGroupBox()
        self.retention_model: ListTableModel[RetentionRow] = ListTableModel(
            retention_columns(), lambda r: r.person,
            highlight=lambda r: DANGER if r.due and not r.hold else None, parent=self)
        self.retention_view = QTableView()
        self.retention_view.setObjectName("retentionView")
        setup_table(self.retention_view)
        self.retention_view.setModel(self.retention_model)
        self.hold_button = QPushButton()
        self.hold_button.clicked.connect(self.hold)
        self.release_button = QPushButton()
        self.release_button.clicked.connect(self.release)
        self.destroy_button = QPushButton()
        self.destroy_button.setObjectName("destroyButton")
        self.destroy_button.setProperty("role", "danger")
        self.destroy_button.clicked.connect(self.ask_destroy)
        self.left_on_button = QPushButton()
        self.left_on_button.clicked.connect(self.record_left_on)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.clicked.connect(self.archive)
        self.unarchive_button = QPushButton()
        self.unarchive_button.clicked.connect(self.unarchive)
        box = QVBoxLayout(self.retention_box)
        box.addWidget(self.retention_view)
        # Two short rows, so the page fits a 1366x768 laptop at 150 % scaling.
        for row in ((self.left_on_button, self.hold_button, self.release_button),
                    (self.archive_button, self.unarchive_button, self.destroy_button)):
            buttons = QHBoxLayout()
            for button in row:
                buttons.addWidget(button)
            buttons.addStretch(1)
            box.addLayout(buttons)
        self.request_box = QGroupBox()
        self.request_model: ListTableModel[AccessRequestInfo] = ListTableModel(
            request_columns(), lambda r: r.id,
            highlight=lambda r: DANGER if r.overdue else None, parent=self)
        self.request_view = QTableView()
        self.request_view.setObjectName("accessRequestView")
        setup_table(self.request_view)
        self.request_view.setModel(self.request_model)
        self.add_request_button = QPushButton()
        self.add_request_button.clicked.connect(self.add_request)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_request)
        self.identity_button = QPushButton()
        self.identity_button.setObjectName("identityButton")
        self.identity_button.clicked.connect(self.check_identity)
        self.extend_button = QPushButton()
        self.extend_button.setObjectName("extendButton")
        self.extend_button.clicked.connect(self.extend_request)
        request_buttons = QHBoxLayout()
        for button in (self.add_request_button, self.identity_button, self.extend_button,
                       self.export_button):
            request_buttons.addWidget(button)
        request_buttons.addStretch(1)
        rbox = QVBoxLayout(self.request_box)
        rbox.addWidget(self.request_view)
        rbox.addLayout(request_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.retention_box, 3)
        self.retention_box.setVisible(self.officer())
        may_change = ctx.actor.may_change
        self.add_request_button.setEnabled(may_change)
        # A button that acts on the chosen row waits for a row (issue 8, item 11).
        rows = self.retention_model.rows
        enable_with_selection(self.retention_view, [self.hold_button, self.archive_button])
        enable_with_selection(self.retention_view, [self.release_button],
                              when=lambda row: rows()[row].hold)
        enable_with_selection(self.retention_view, [self.unarchive_button],
                              when=lambda row: rows()[row].archive)
        enable_with_selection(self.request_view, [self.identity_button, self.extend_button,
                                                  self.export_button],
                              when=lambda _row: may_change)
        self.destroy_button.setEnabled(False)  # until something is due (see `show`)
        layout.addWidget(self.request_box, 2)
        layout.addWidget(self.result)
        self.dialog: QDialog | None = None
        self.retranslate_ui()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PrivacyPage", "Privacy (AVG)")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Privacy (AVG)"))
        self.explanation.setText(self.tr(
            "Bewaartermijnen: een dossier wordt vernietigd als de termijn na vertrek is "
            "verstreken (instelbaar bij Instellingen › Wettelijke termijnen); een bewaarplicht "
            "of de Archiefwet houdt het tegen. Inzageverzoeken: eerst de identiteit "
            "controleren, dan binnen een maand beantwoorden (art. 15 AVG); verlengen met twee "
            "maanden kan binnen die maand, met de reden (art. 12 lid 3)."))
        self.retention_box.setTitle(self.tr("Bewaartermijnen en vernietiging"))
        self.left_on_button.setText(self.tr("Ver&trekdatum…"))
        self.hold_button.setText(self.tr("Be&waarplicht…"))
        self.release_button.setText(self.tr("Bewaarplicht &opheffen"))
        self.destroy_button.setText(self.tr("&Vernietigen…"))
        self.archive_button.setText(self.tr("&Archiefwet…"))
        self.unarchive_button.setText(self.tr("Ar&chiefwet opheffen"))
        self.identity_button.setText(self.tr("&Identiteit gecontroleerd…"))
        self.extend_button.setText(self.tr("Ver&lengen…"))
        self.request_box.setTitle(self.tr("Inzageverzoeken"))
        self.add_request_button.setText(self.tr("Verzoek regi&streren…"))
        self.export_button.setText(self.tr("&Exporteren…"))
        self.retention_model.retranslate()
        self.request_model.retranslate()

    def refresh(self) -> None:
        officer = self.officer()

        def load(op: OpContext) -> tuple[list[RetentionRow], list[AccessRequestInfo]]:
            return (retention.retention_list(op.db, op.actor, only_due=False) if officer
                    else [], access_requests.list_requests(op.db, op.actor))

        def show(data: tuple[list[RetentionRow], list[AccessRequestInfo]]) -> None:
            self.retention_model.set_rows(data[0])
            self.destroy_button.setEnabled(any(r.due and not r.kept for r in data[0]))
            self.request_model.set_rows(data[1])
            self.retention_view.resizeColumnsToContents()
            self.request_view.resizeColumnsToContents()

        self.ctx.ops.op(load).success(show).owner(self).run()

    def _selected(self) -> RetentionRow | None:
        index = self.retention_view.currentIndex()
        rows = self.retention_model.rows()
        if not index.isValid() or index.row() >= len(rows):
            errors.refuse(self, self.tr("Kies eerst een persoon in de lijst."))
            return None
        return rows[index.row()]

    def _ask(self, dialog: QDialog, done: Callable[[], None]) -> None:
        """Every question this page asks is a window-modal dialog, kept in `self.dialog` for the
        next action (and the tests) to reach, whose acceptance runs `done`: one way for all."""
        self.dialog = dialog
        dialog.accepted.connect(done)
        dialog.open()

    def _refreshed(self, change: Op[Any]) -> None:
        """Run a change the page asked for, then read both lists again so the page shows what
        it did (a refusal shows its own dialog and leaves the lists as they were)."""
        change.success(lambda _info: self.refresh()).owner(self).run()

    # --- retention ------------------------------------------------------------------------
    def _with_people(self, then: Callable[[list[PersonInfo]], None]) -> None:
        """The people the account sees, read by an op (never on the GUI thread)."""
        self.ctx.ops.op(lambda op: people.list_people(op.db, op.actor, limit=5000)) \
            .success(then).owner(self).run()

    def record_left_on(self) -> None:
        self._with_people(self._ask_left_on)

    def _ask_left_on(self, found: list[PersonInfo]) -> None:
        dialog = LeftOnDialog(self, found)

        def done() -> None:
            person = dialog.person.currentData()
            day = dialog.day.value()
            if person is None:
                return
            self._refreshed(self.ctx.ops.op(lambda op: people.update_person(
                op.db, op.actor, int(person), left_on=day)))

        self._ask(dialog, done)

    def hold(self) -> None:
        self._with_reason(hold_dialog, retention.hold)

    def release(self) -> None:
        self._on_selected(retention.release)

    def archive(self) -> None:
        self._with_reason(archive_dialog, retention.archive)

    def unarchive(self) -> None:
        self._on_selected(retention.unarchive)

    def _with_reason(self, make_dialog: Callable[[QWidget, str], Any],
                     action: Callable[[Database, Actor, int, str], object]) -> None:
        """A hold or an Archiefwet flag on the chosen person: its dialog asks the reason."""
        row = self._selected()
        if row is None:
            return
        dialog = make_dialog(self, row.name)

        def done() -> None:
            reason = dialog.reason.text()
            self._refreshed(self.ctx.ops.op(
                lambda op: action(op.db, op.actor, row.person, reason)))

        self._ask(dialog, done)

    def _on_selected(self, action: Callable[[Database, Actor, int], object]) -> None:
        """Lift a hold or a flag from the chosen person."""
        row = self._selected()
        if row is None:
            return
        self._refreshed(self.ctx.ops.op(lambda op: action(op.db, op.actor, row.person)))

    def ask_destroy(self) -> None:
        rows = [r for r in self.retention_model.rows() if r.due and not r.kept]
        if not rows:
            errors.refuse(self, self.tr("Er is nu niets te vernietigen."))
            return
        dialog = DestroyDialog(self, rows)
        confirmed = [r.person for r in rows]

        def done() -> None:
            self.ctx.ops.op(lambda op: retention.destroy(op.db, op.actor, confirmed)) \
                .success(self._destroyed).owner(self).run()

        self._ask(dialog, done)

    def _destroyed(self, result: DestructionResult) -> None:
        text = self.tr("{count} persoon/personen vernietigd; vernietigingsverslag: document "
                       "{report}.").format(count=len(result.destroyed), report=result.report)
        if result.held:
            text += " " + self.tr("Niet vernietigd wegens een bewaarplicht: {ids}.").format(
                ids=", ".join(str(i) for i in result.held))
        if result.archived:
            text += " " + self.tr("Niet vernietigd wegens de Archiefwet: {ids}.").format(
                ids=", ".join(str(i) for i in result.archived))
        if result.blocked:
            text += " " + self.tr("Niet vernietigd omdat de gegevens ook in een dossier staan "
                                  "dat blijft: {ids}.").format(
                ids=", ".join(str(i) for i in result.blocked))
        self.result.setText(text)
        self.refresh()

    # --- access requests --------------------------------------------------------------------
    def add_request(self) -> None:
        self._with_people(self._ask_request)

    def _ask_request(self, found: list[PersonInfo]) -> None:
        dialog = RequestDialog(self, self.ctx, found)

        def done() -> None:
            person = dialog.person.currentData()
            requester = dialog.requester.text()
            received = dialog.received.value()
            if person is None or received is None:
                errors.refuse(self, self.tr("Kies een persoon en een geldige ontvangstdatum."))
                return
            self._refreshed(self.ctx.ops.op(lambda op: access_requests.add_request(
                op.db, op.actor, int(person), requester, received)))

        self._ask(dialog, done)

    def _selected_request(self) -> AccessRequestInfo | None:
        index = self.request_view.currentIndex()
        rows = self.request_model.rows()
        if not index.isValid() or index.row() >= len(rows):
            errors.refuse(self, self.tr("Kies eerst een inzageverzoek in de lijst."))
            return None
        return rows[index.row()]

    def check_identity(self) -> None:
        request = self._selected_request()
        if request is None:
            return
        dialog = IdentityDialog(self, self.ctx, request.requester)

        def done() -> None:
            day, how = dialog.day.value(), dialog.how.text()
            if day is None:
                return
            self._refreshed(self.ctx.ops.op(lambda op: access_requests.check_identity(
                op.db, op.actor, request.id, day, how)))

        self._ask(dialog, done)

    def extend_request(self) -> None:
        request = self._selected_request()
        if request is None:
            return
        dialog = extend_dialog(self, request.person_name)

        def done() -> None:
            reason = dialog.reason.text()

            def extended(info: AccessRequestInfo) -> None:
                self.result.setText(self.tr(
                    "Inzageverzoek verlengd tot {date}; laat de verzoeker dit met de reden "
                    "weten.").format(date=i18n.short_date(info.due)))
                self.refresh()

            self.ctx.ops.op(lambda op: access_requests.extend_request(
                op.db, op.actor, request.id, reason)).success(extended).owner(self).run()

        self._ask(dialog, done)

    def export_request(self) -> None:
        request = self._selected_request()
        if request is None:
            return

        def save(export: AccessExport) -> None:
            target = ask_pdf_path(self, f"inzageverzoek-{request.id}.pdf",
                                  self.ctx.settings.last_folder)
            if target is None:
                return
            from desktop_app.services import outputs

            outputs.write_file(target.with_suffix(".json"), json.dumps(
                export.data, ensure_ascii=False, indent=2).encode("utf-8"), force=True)
            outputs.write_file(target, export.pdf, force=True)
            self.result.setText(self.tr("Opgeslagen: {pdf} en {json}.").format(
                pdf=target.name, json=target.with_suffix(".json").name))
            self.refresh()

        self.ctx.ops.op(lambda op: access_requests.export_request(op.db, op.actor, request.id)) \
            .success(save).owner(self).run()


__all__ = ["PrivacyPage"]
