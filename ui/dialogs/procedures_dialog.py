"""Procedures beside the measure (issue 14), reachable from the case window: a staff
suspension as an order measure and its extension with their letters, the notices to the
leerplichtambtenaar and the Inspectie, and information to a parent without authority."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import people, procedures
from desktop_app.services.dto import CaseDetail

from .. import errors, i18n
from ..context import AppContext
from ..ops import OpContext
from ..widgets import date_edit, from_qdate, label, labelled_form, refuse_bad_dates
from .track_box import TrackBox


def _moment(edit: QDateTimeEdit) -> datetime:
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ProceduresDialog(QDialog):
    def __init__(self, ctx: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.case_id = detail.summary.id
        self.setObjectName("proceduresDialog")
        today = ctx.db.today()
        self.tabs = QTabWidget()
        kind = detail.subject.kind
        # Suspension as an order measure (ST5): staff only.
        self.orders = QListWidget()
        self.orders.setObjectName("orderList")
        self.order_start, self.order_end = date_edit(today), date_edit(today)
        self.urgency = QPlainTextEdit()
        self.urgency.setTabChangesFocus(True)
        self.urgency.setMaximumHeight(80)
        self.extend = QCheckBox()
        self.ground = QLineEdit()
        self.decide_order_button = QPushButton()
        self.decide_order_button.setObjectName("decideOrderButton")
        self.decide_order_button.clicked.connect(self.decide_order)
        self.sent = date_edit(today)
        self.registered = QLineEdit()
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("orderLetterButton")
        self.letter_button.clicked.connect(self.send_order_letter)
        self.response = QLineEdit()
        self.response_button = QPushButton()
        self.response_button.clicked.connect(self.record_response)
        self.order_form, self.order_labels = labelled_form([
            ("start", self.order_start), ("end", self.order_end), ("urgency", self.urgency),
            ("extend", self.extend), ("ground", self.ground)])
        self.letter_form, self.letter_labels = labelled_form([
            ("sent", self.sent), ("registered", self.registered), ("response", self.response)])
        order_tab = QWidget()
        order_layout = QVBoxLayout(order_tab)
        order_layout.addWidget(self.orders)
        order_layout.addLayout(self.order_form)
        order_layout.addWidget(self.decide_order_button)
        order_layout.addLayout(self.letter_form)
        row = QHBoxLayout()
        row.addWidget(self.letter_button)
        row.addWidget(self.response_button)
        order_layout.addLayout(row)
        # Notices (P-V7, P-S3): pupil and parent cases with a suspension or removal.
        self.notice_kind = QComboBox()
        self.notice_kind.setObjectName("noticeKind")
        self.notice_kind.addItem("", "leerplicht")
        self.notice_kind.addItem("", "inspectie")
        self.notice_sent = date_edit(today)
        self.notice_address = QLineEdit()
        self.notice_button = QPushButton()
        self.notice_button.setObjectName("noticeButton")
        self.notice_button.clicked.connect(self.make_notice)
        self.notice_form, self.notice_labels = labelled_form([
            ("kind", self.notice_kind), ("sent", self.notice_sent),
            ("address", self.notice_address)])
        notice_tab = QWidget()
        notice_layout = QVBoxLayout(notice_tab)
        notice_layout.addLayout(self.notice_form)
        notice_layout.addWidget(self.notice_button)
        notice_layout.addStretch(1)
        # Information to a parent without authority (BW 1:377c): pupil cases.
        self.info_parent = QComboBox()
        self.info_parent.setObjectName("infoParent")
        self.info_on = date_edit(today)
        self.info_note = QLineEdit()
        self.request_button = QPushButton()
        self.request_button.clicked.connect(self.record_request)
        self.info_button = QPushButton()
        self.info_button.setObjectName("infoLetterButton")
        self.info_button.clicked.connect(self.send_information)
        self.info_hint = label("muted", wrap=True)
        self.info_form, self.info_labels = labelled_form([
            ("parent", self.info_parent), ("on", self.info_on), ("note", self.info_note)])
        info_tab = QWidget()
        info_layout = QVBoxLayout(info_tab)
        info_layout.addWidget(self.info_hint)
        info_layout.addLayout(self.info_form)
        row = QHBoxLayout()
        row.addWidget(self.request_button)
        row.addWidget(self.info_button)
        info_layout.addLayout(row)
        info_layout.addStretch(1)
        # WPO art. 4a (V2): when the board itself received the report.
        self.track: procedures.TrackInfo | None = None
        self.order_rows: list[procedures.OrderInfo] = []
        now = ctx.db.now()
        self.board_at = QDateTimeEdit(QDateTime(now.year, now.month, now.day, now.hour,
                                                now.minute, 0))
        self.board_at.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.board_at.setCalendarPopup(True)
        self.board_by = QLineEdit()
        self.board_button = QPushButton()
        self.board_button.setObjectName("boardInformedButton")
        self.board_button.clicked.connect(self.record_board_informed)
        self.art4a_hint = label("muted", wrap=True)
        self.art4a_form, self.art4a_labels = labelled_form([
            ("at", self.board_at), ("by", self.board_by)])
        # The incident's route, changeable later too (a suspicion may surface after the report).
        self.track_box = TrackBox(ctx)
        self.track_button = QPushButton()
        self.track_button.setObjectName("trackButton")
        self.track_button.clicked.connect(self.save_track)
        art4a_tab = QWidget()
        art4a_layout = QVBoxLayout(art4a_tab)
        art4a_layout.addWidget(self.track_box)
        art4a_layout.addWidget(self.track_button)
        art4a_layout.addWidget(self.art4a_hint)
        art4a_layout.addLayout(self.art4a_form)
        art4a_layout.addWidget(self.board_button)
        art4a_layout.addStretch(1)
        self.tabs.addTab(art4a_tab, "")
        self._show_board(False)
        if kind == "staff":
            self.tabs.addTab(order_tab, "")
        if kind in ("pupil", "parent"):
            self.tabs.addTab(notice_tab, "")
        if kind == "pupil":
            self.tabs.addTab(info_tab, "")
        self._tabs = (art4a_tab, order_tab, notice_tab, info_tab)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(620, 520)
        self._load()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Procedures – {ref}").format(
            ref=self.detail.summary.reference))
        titles = (self.tr("Route en art. &4a WPO"), self.tr("Schorsing als &ordemaatregel"),
                  self.tr("&Kennisgevingen"), self.tr("&Informatie ouder zonder gezag"))
        for tab, title in zip(self._tabs, titles, strict=True):
            index = self.tabs.indexOf(tab)
            if index >= 0:
                self.tabs.setTabText(index, title)
        for key, text in (("start", self.tr("&Van:")), ("end", self.tr("&Tot en met:")),
                          ("urgency", self.tr("&Dringend noodzakelijk omdat:")),
                          ("extend", self.tr("&Verlenging:")),
                          ("ground", self.tr("&Grond verlenging:"))):
            self.order_labels[key].setText(text)
        self.extend.setText(self.tr("verleng de laatste schorsing (nieuw besluit)"))
        for key, text in (("sent", self.tr("&Verzonden op:")),
                          ("registered", self.tr("&Aangetekend nr.:")),
                          ("response", self.tr("&Zienswijze:"))):
            self.letter_labels[key].setText(text)
        self.art4a_hint.setText(self.tr(
            "Leg vast wanneer het bevoegd gezag zelf de melding ontving (melden aan de "
            "directeur is niet genoeg). Overleg daarna direct met de vertrouwensinspecteur, "
            "vóór de medewerker wordt ingelicht."))
        self.art4a_labels["at"].setText(self.tr("&Ontvangen op:"))
        self.art4a_labels["by"].setText(self.tr("Ontvangen &door:"))
        self.board_button.setText(self.tr("Melding bij bevoegd gezag &vastleggen"))
        self.track_button.setText(self.tr("Route op&slaan"))
        self.decide_order_button.setText(self.tr("Ordemaatregel &besluiten"))
        self.letter_button.setText(self.tr("&Brief versturen en archiveren"))
        self.response_button.setText(self.tr("Zienswijze &vastleggen"))
        self.notice_kind.setItemText(0, self.tr("Leerplichtambtenaar (verwijdering, schorsing)"))
        self.notice_kind.setItemText(1, self.tr("Inspectie (schorsing > 1 dag, verwijdering)"))
        for key, text in (("kind", self.tr("&Aan:")), ("sent", self.tr("&Verzonden op:")),
                          ("address", self.tr("A&dres (anders uit instellingen):"))):
            self.notice_labels[key].setText(text)
        self.notice_button.setText(self.tr("Kennisgeving &maken en archiveren"))
        self.info_hint.setText(self.tr(
            "Een ouder zonder ouderlijk gezag krijgt op verzoek informatie over het kind "
            "(art. 1:377c BW). Dit is informatie, geen besluit."))
        for key, text in (("parent", self.tr("&Ouder:")), ("on", self.tr("&Datum:")),
                          ("note", self.tr("&Toelichting:"))):
            self.info_labels[key].setText(text)
        self.request_button.setText(self.tr("&Verzoek vastleggen"))
        self.info_button.setText(self.tr("Informatie&brief versturen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load(self) -> None:
        """The incident's route, the orders (staff) and the parents without authority (pupil),
        off the GUI thread."""
        incident_id, case_id = self.detail.summary.incident_id, self.case_id
        kind, subject_id = self.detail.subject.kind, self.detail.subject.id

        def work(op: OpContext) -> tuple[procedures.TrackInfo, list[procedures.OrderInfo],
                                          list[tuple[str, int]]]:
            track = procedures.get_track(op.db, op.actor, incident_id)
            orders = procedures.list_orders(op.db, op.actor, case_id) if kind == "staff" else []
            without = [(person.full_name, person.id) for person, authority in
                       people.guardians_of(op.db, op.actor, subject_id) if not authority] \
                if kind == "pupil" else []
            return track, orders, without

        def loaded(result: tuple[procedures.TrackInfo, list[procedures.OrderInfo],
                                 list[tuple[str, int]]]) -> None:
            track, orders, without = result
            self._show_track(track)
            self.track_box.art4a.setChecked(track.art4a)
            self.track_box.meldcode.setChecked(track.meldcode)
            self.track_box.about_school.setChecked(track.about_school)
            self.track_box.disclaimer.setChecked(track.disclaimer)
            self._show_orders(orders)
            for name, person_id in without:
                self.info_parent.addItem(name, person_id)

        self.ctx.ops.op(work).success(loaded).owner(self).run()

    def _show_orders(self, rows: list[procedures.OrderInfo]) -> None:
        self.order_rows = rows
        self.orders.clear()
        for o in rows:
            state = self.tr("brief verstuurd") if o.letter_sent_on else self.tr("brief nog niet "
                                                                                "verstuurd")
            self.orders.addItem(self.tr("{start} t/m {end} ({days} dagen) – {state}").format(
                start=i18n.short_date(o.start_on), end=i18n.short_date(o.end_on), days=o.days,
                state=state))

    def _show_track(self, track: procedures.TrackInfo) -> None:
        self.track = track
        self._show_board(track.art4a)

    def _run(self, write: Callable[[OpContext], object], button: QPushButton) -> None:
        """One write off the GUI thread; the orders shown are re-read with it. Its change set
        tells the case window; a refusal shows its dialog and what was typed stays."""
        case_id, staff = self.case_id, self.detail.subject.kind == "staff"

        def work(op: OpContext) -> list[procedures.OrderInfo] | None:
            write(op)
            return procedures.list_orders(op.db, op.actor, case_id) if staff else None

        def done(rows: list[procedures.OrderInfo] | None) -> None:
            if rows is not None:
                self._show_orders(rows)

        self.ctx.ops.op(work).success(done).owner(self).disabling(button).run()

    def _show_board(self, art4a: bool) -> None:
        for widget in (self.art4a_hint, self.board_at, self.board_by, self.board_button,
                       self.art4a_labels["at"], self.art4a_labels["by"]):
            widget.setVisible(art4a)

    def save_track(self) -> None:
        flags, incident_id = self.track_box.flags(), self.detail.summary.incident_id

        def work(op: OpContext) -> procedures.TrackInfo:
            return procedures.set_track(op.db, op.actor, incident_id, **flags)

        self.ctx.ops.op(work).success(self._show_track).owner(self).disabling(
            self.track_button).run()

    def record_board_informed(self) -> None:
        incident_id, at, by = (self.detail.summary.incident_id, _moment(self.board_at),
                               self.board_by.text())

        def work(op: OpContext) -> object:
            return procedures.board_informed(op.db, op.actor, incident_id, at, by)

        self._run(work, self.board_button)

    def decide_order(self) -> None:
        if refuse_bad_dates(self):
            return
        last = self.order_rows[-1].id if self.order_rows and self.extend.isChecked() else None
        case_id = self.case_id
        start, end = from_qdate(self.order_start.date()), from_qdate(self.order_end.date())
        urgency, ground = self.urgency.toPlainText(), self.ground.text()

        def work(op: OpContext) -> object:
            return procedures.decide_order(op.db, op.actor, case_id, start_on=start,
                                           end_on=end, urgency=urgency, extends=last,
                                           extension_ground=ground)

        self._run(work, self.decide_order_button)

    def _pending(self, letter: bool) -> int | None:
        for o in self.order_rows:
            if (o.letter_sent_on is None) if letter else (o.response_on is None):
                return o.id
        return None

    def send_order_letter(self) -> None:
        order = self._pending(letter=True)
        if order is None:
            errors.refuse(self, self.tr("Er is geen ordemaatregel zonder verstuurde brief."))
            return
        sent, registered = from_qdate(self.sent.date()), self.registered.text()

        def work(op: OpContext) -> object:
            return procedures.send_order_letter(op.db, op.actor, order, sent_on=sent,
                                                registered=registered)

        self._run(work, self.letter_button)

    def record_response(self) -> None:
        order = self._pending(letter=False)
        if order is None:
            errors.refuse(self, self.tr("Er is geen ordemaatregel zonder vastgelegde zienswijze."))
            return
        on, text = from_qdate(self.sent.date()), self.response.text()

        def work(op: OpContext) -> object:
            return procedures.record_order_response(op.db, op.actor, order, on, text)

        self._run(work, self.response_button)

    def make_notice(self) -> None:
        fields = {"authority_address": self.notice_address.text()}
        case_id, kind = self.case_id, str(self.notice_kind.currentData())
        sent = from_qdate(self.notice_sent.date())

        def work(op: OpContext) -> object:
            return procedures.generate_notice(op.db, op.actor, case_id, kind, sent_on=sent,
                                              fields=fields)

        self._run(work, self.notice_button)

    def _parent(self) -> int | None:
        parent = self.info_parent.currentData()
        if parent is None:
            errors.refuse(self, self.tr("Deze leerling heeft geen ouder zonder ouderlijk gezag."))
        return parent

    def record_request(self) -> None:
        parent = self._parent()
        if parent is None:
            return
        pupil, on, note = self.detail.subject.id, from_qdate(self.info_on.date()), \
            self.info_note.text()

        def work(op: OpContext) -> object:
            return procedures.request_information(op.db, op.actor, int(parent), pupil, on, note)

        self._run(work, self.request_button)

    def send_information(self) -> None:
        parent = self._parent()
        if parent is None:
            return
        case_id, sent = self.case_id, from_qdate(self.info_on.date())

        def work(op: OpContext) -> object:
            return procedures.information_letter(op.db, op.actor, case_id, int(parent),
                                                 sent_on=sent)

        self._run(work, self.info_button)
