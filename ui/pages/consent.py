"""Toestemmingen: the consent register for images (protocol A5; law F1-F8) per person and
purpose, for pupils, staff and parents: give, refuse, withdraw, the yearly review, the form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import consent as rules
from desktop_app.services import consent, outputs, people
from desktop_app.services.consent import ConsentStatus, PersonConsent, StatementInfo
from desktop_app.services.dto import PersonInfo

from .. import errors, i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..ops import OpContext
from ..pdfview import ask_pdf_path
from ..style import ACCENT, DANGER, icon
from ..widgets import (
    DateField,
    Page,
    label,
    labelled_form,
    ok_cancel,
    refuse_bad_dates,
    setup_table,
)

KINDS = ("pupil", "staff", "parent")


def purpose_label(code: str) -> str:
    try:
        return i18n.pick(*rules.PURPOSE_LABELS[rules.Purpose(code)])
    except ValueError:
        return code


def status_label(code: str) -> str:
    return i18n.pick(*rules.STATUS_LABELS[rules.Status(code)])


def choice_label(code: str) -> str:
    return i18n.pick(*rules.CHOICE_LABELS[rules.Choice(code)])


def relation_label(code: str) -> str:
    return i18n.pick(*rules.RELATION_LABELS[rules.Relation(code)])


_Statement = TypeVar("_Statement", ConsentStatus, StatementInfo)


def _statement_columns() -> list[Column[_Statement]]:
    """How, on which form and with what follow-up a statement was made: the last three
    columns of both the status table and the history, so the two read alike."""
    return [
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Hoe"),
            lambda s: s.how,
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Formulier"),
            lambda s: s.form_version,
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Vervolg"),
            lambda s: s.follow_up,
        ),
    ]


def status_columns() -> list[Column[ConsentStatus]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Doel"),
            lambda s: purpose_label(s.purpose),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Stand"),
            lambda s: status_label(s.status),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Door"),
            lambda s: s.by,
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Datum"),
            lambda s: i18n.short_date(s.on),
        ),
    ] + _statement_columns()


def history_columns() -> list[Column[StatementInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Datum"),
            lambda s: i18n.short_date(s.on),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Doel"),
            lambda s: purpose_label(s.purpose),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Keuze"),
            lambda s: choice_label(s.choice),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Door"),
            lambda s: f"{s.by} ({relation_label(s.relation)})",
        ),
    ] + _statement_columns()


def _highlight(s: ConsentStatus) -> str | None:
    if s.status == rules.Status.GRANTED.value:
        return None
    return DANGER if s.status != rules.Status.NONE.value else None


@dataclass(frozen=True)
class _Loaded:
    people: list[PersonInfo]
    register: PersonConsent | None


class ConsentPage(Page):
    key = "consent"
    icon_name = "consent"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: PersonConsent | None = None
        self._wanted: int | None = None
        self.heading = label("title")
        self.explanation = label("muted", wrap=True)
        self.kind = QComboBox()
        self.kind.setObjectName("consentKind")
        for code in KINDS:
            self.kind.addItem("", code)
        self.kind.currentIndexChanged.connect(lambda _=0: self.refresh())
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.person = QComboBox()
        self.person.setObjectName("consentPerson")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.person.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person.currentIndexChanged.connect(lambda _=0: self._load())
        self.person_label = QLabel()
        self.person_label.setBuddy(self.person)
        self.who = label("", wrap=True)
        self.who.setObjectName("consentWho")
        self.review_state = label("", wrap=True)
        self.review_state.setObjectName("consentReview")

        self.give_button = QPushButton(icon("add"), "")
        self.give_button.setObjectName("consentGive")
        self.give_button.clicked.connect(lambda: self.record(rules.Choice.GIVE.value))
        self.refuse_button = QPushButton()
        self.refuse_button.setObjectName("consentRefuse")
        self.refuse_button.clicked.connect(lambda: self.record(rules.Choice.REFUSE.value))
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("consentWithdraw")
        self.withdraw_button.clicked.connect(lambda: self.record(rules.Choice.WITHDRAW.value))
        self.review_button = QPushButton()
        self.review_button.setObjectName("consentReviewButton")
        self.review_button.clicked.connect(lambda: self.review())
        self.form_button = QPushButton(icon("print"), "")
        self.form_button.setObjectName("consentForm")
        self.form_button.clicked.connect(lambda: self.print_form())

        self.model: ListTableModel[ConsentStatus] = ListTableModel(
            status_columns(), lambda s: list(rules.Purpose).index(rules.Purpose(s.purpose)),
            highlight=_highlight, parent=self)
        self.view = QTableView()
        self.view.setObjectName("consentView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.view.activated.connect(lambda _: self.record(rules.Choice.GIVE.value))
        self.history_box = QGroupBox()
        self.history_model: ListTableModel[StatementInfo] = ListTableModel(
            history_columns(), lambda s: s.id, parent=self)
        self.history = QTableView()
        self.history.setObjectName("consentHistory")
        setup_table(self.history)
        self.history.setModel(self.history_model)
        box = QVBoxLayout(self.history_box)
        box.addWidget(self.history)

        top = QHBoxLayout()
        top.addWidget(self.kind_label)
        top.addWidget(self.kind)
        top.addSpacing(12)
        top.addWidget(self.person_label)
        top.addWidget(self.person, 1)
        # Two short rows, so the page fits a 1366x768 laptop at 150 % scaling.
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_state, 1)
        review_row.addWidget(self.review_button)
        review_row.addWidget(self.form_button)
        actions = QHBoxLayout()
        for button in (self.give_button, self.refuse_button, self.withdraw_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.who)
        layout.addLayout(review_row)
        layout.addLayout(actions)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.history_box, 1)
        self.retranslate_ui()
        self._enable()

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("ConsentPage", "Toestemmingen")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Toestemmingen"))
        self.explanation.setText(self.tr(
            "Protocol A5: beeld en geluid alleen met aantoonbare schriftelijke toestemming, "
            "per persoon en per doel. Onder de 16 beslist een ouder met gezag; weigert één "
            "ouder met gezag, dan is er geen toestemming. Vanaf 16 beslist de leerling zelf. "
            "Medewerkers en ouders die in beeld komen beslissen zelf. Geen keuze is geen "
            "toestemming; intrekken kan altijd. Elk jaar herzien."))
        self.kind_label.setText(self.tr("&Soort:"))
        for index, text in enumerate((self.tr("Leerlingen"), self.tr("Medewerkers"),
                                      self.tr("Ouders/verzorgers"))):
            self.kind.setItemText(index, text)
        self.person_label.setText(self.tr("&Persoon:"))
        self.give_button.setText(self.tr("&Toestemming geven…"))
        self.refuse_button.setText(self.tr("&Weigeren…"))
        self.withdraw_button.setText(self.tr("&Intrekken…"))
        self.review_button.setText(self.tr("&Jaarlijkse herziening…"))
        self.form_button.setText(self.tr("&Formulier afdrukken…"))
        self.history_box.setTitle(self.tr("Geschiedenis (nieuwste eerst)"))
        self.model.retranslate()
        self.history_model.retranslate()
        self._show_person()

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        kind = str(self.kind.currentData())
        wanted = self._wanted if self._wanted is not None else self.person.currentData()

        def work(op: OpContext) -> _Loaded:
            found = people.list_people(op.db, op.actor, kind=kind, limit=5000)
            chosen = wanted if any(p.id == wanted for p in found) else (
                found[0].id if found else None)
            register = (consent.person_register(op.db, op.actor, chosen)
                        if chosen is not None else None)
            return _Loaded(found, register)

        self.ctx.ops.op(work).success(self._filled).owner(self).run()

    def _filled(self, loaded: _Loaded) -> None:
        self._wanted = None
        self.person.blockSignals(True)
        self.person.clear()
        for p in loaded.people:
            text = f"{p.sort_name} ({p.group_name})" if p.group_name else p.sort_name
            self.person.addItem(text, p.id)
        chosen = loaded.register.person if loaded.register else None
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))
        self.person.blockSignals(False)
        self._shown(loaded.register)

    def show_person(self, person_id: int, kind: str) -> None:
        """Open the register of one person (from the dashboard's review list)."""
        self._wanted = person_id
        index = self.kind.findData(kind)
        if index >= 0 and index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)  # refreshes
        else:
            self.refresh()

    def _load(self) -> None:
        person_id = self.person.currentData()
        if person_id is None:
            self._shown(None)
            return
        chosen = int(person_id)
        self.ctx.ops.op(lambda op: consent.person_register(op.db, op.actor, chosen)).success(
            self._shown).owner(self).run()

    def _shown(self, register: PersonConsent | None) -> None:
        self.data = register
        self.model.set_rows(list(register.statuses) if register else [])
        self.history_model.set_rows(list(register.history) if register else [])
        self.view.resizeColumnsToContents()
        self.history.resizeColumnsToContents()
        self._show_person()
        self._enable()

    def _show_person(self) -> None:
        data = self.data
        if data is None:
            self.who.setText(self.tr("Kies een persoon."))
            self.review_state.setText("")
            return
        if not data.deciders:
            who = self.tr("Beslist: niemand – bij deze leerling is geen ouder met gezag "
                          "vastgelegd (F2).")
        else:
            who = self.tr("Beslist: {names}").format(names="; ".join(
                f"{d.name} ({relation_label(d.relation)})" for d in data.deciders))
        self.who.setText(who)
        if data.review_due is None:
            review = self.tr("Nog geen keuzes vastgelegd: zonder keuze geen toestemming.")
            color = ""
        elif data.review_due < self.ctx.db.today():
            review = self.tr("Jaarlijkse herziening te laat: uiterlijk {date}.").format(
                date=i18n.short_date(data.review_due))
            color = DANGER
        else:
            review = self.tr("Volgende jaarlijkse herziening: {date}.").format(
                date=i18n.short_date(data.review_due))
            color = ACCENT
        self.review_state.setText(review)
        self.review_state.setStyleSheet(f"color: {color};" if color else "")

    def _enable(self) -> None:
        has = self.data is not None
        may = self.ctx.actor.may_change
        for button in (self.give_button, self.refuse_button, self.withdraw_button):
            button.setEnabled(has and may and bool(self.data and self.data.deciders))
        self.review_button.setEnabled(has and may and bool(self.data and self.data.history))
        self.form_button.setEnabled(has)

    def _selected_purpose(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows()[index.row()].purpose

    # --- actions ------------------------------------------------------------------------
    def record(self, choice: str) -> QDialog | None:
        if self.data is None or not self.data.deciders:
            return None
        dialog = ChoiceDialog(self.ctx, self.data, choice, self._selected_purpose(), self)
        dialog.accepted.connect(self._load)
        dialog.open()
        return dialog

    def review(self) -> QDialog | None:
        if self.data is None or not self.data.history:
            return None
        dialog = ReviewDialog(self.ctx, self.data, self)
        dialog.accepted.connect(self._load)
        dialog.open()
        return dialog

    def print_form(self) -> None:
        if self.data is None:
            return
        person_id = self.data.person
        suggested = f"toestemming_{self.data.name}.pdf".replace(" ", "_")
        # Where first: the form is audited as printed only when the file is really written.
        path = ask_pdf_path(self, suggested, self.ctx.settings.last_folder,
                            self.tr("Toestemmingsformulier opslaan"))
        if path is None:
            return

        def work(op: OpContext) -> bytes:
            with outputs.writing(op.db, force=True) as out:
                data = consent.consent_form_pdf(op.db, op.actor, person_id)
                out.write(path, data)
            return data

        def done(_: bytes) -> None:
            self.ctx.settings.last_folder = str(path.parent)
            errors.inform(self, self.tr("Toestemmingsformulier"),
                          self.tr("Opgeslagen als {path}.").format(path=str(path)))

        self.ctx.ops.op(work).success(done).owner(self).run()


class ChoiceDialog(GuardedDialog):
    """Give, refuse or withdraw consent for one purpose: who, when, how, which form."""

    def __init__(self, ctx: AppContext, data: PersonConsent, choice: str,
                 purpose: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.choice = choice
        self.setObjectName("consentChoiceDialog")
        self.purpose = QComboBox()
        self.purpose.setObjectName("choicePurpose")
        for code in rules.Purpose:
            self.purpose.addItem(purpose_label(code.value), code.value)
        if purpose is not None:
            self.purpose.setCurrentIndex(max(self.purpose.findData(purpose), 0))
        self.giver = QComboBox()
        self.giver.setObjectName("choiceGiver")
        for d in data.deciders:
            self.giver.addItem(f"{d.name} ({relation_label(d.relation)})", d.id)
        self.on = DateField(ctx.db.today())
        self.how = QLineEdit()
        self.how.setObjectName("choiceHow")
        self.version = QLineEdit(rules.FORM_VERSION)
        self.version.setObjectName("choiceVersion")
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("choiceFollowUp")
        withdraw = choice == rules.Choice.WITHDRAW.value
        fields = [("purpose", self.purpose), ("giver", self.giver), ("on", self.on),
                  ("how", self.how)]
        fields.append(("follow_up", self.follow_up) if withdraw else ("version", self.version))
        form, self.captions = labelled_form(fields)
        self.person = label("", wrap=True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.person)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.how.setFocus()

    def retranslate_ui(self) -> None:
        titles = {
            rules.Choice.GIVE.value: self.tr("Toestemming geven"),
            rules.Choice.REFUSE.value: self.tr("Toestemming weigeren"),
            rules.Choice.WITHDRAW.value: self.tr("Toestemming intrekken"),
        }
        self.setWindowTitle(titles[self.choice])
        self.person.setText(self.tr("Voor: {name}").format(name=self.data.name))
        self.captions["purpose"].setText(self.tr("&Doel:"))
        self.captions["giver"].setText(self.tr("Doo&r:"))
        self.captions["on"].setText(self.tr("D&atum:"))
        self.captions["how"].setText(self.tr("&Hoe:"))
        self.how.setPlaceholderText(self.tr("bijvoorbeeld papieren formulier met handtekening"))
        if "version" in self.captions:
            self.captions["version"].setText(self.tr("&Formulierversie:"))
        if "follow_up" in self.captions:
            self.captions["follow_up"].setText(self.tr("Verv&olg:"))
            self.follow_up.setPlaceholderText(
                self.tr("waar de beelden staan en wat ermee gebeurt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren"))

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        person_id, purpose, choice = self.data.person, str(self.purpose.currentData()), \
            self.choice
        by_id = int(self.giver.currentData())
        on = self.on.value() or self.ctx.db.today()
        how, version, follow_up = self.how.text(), self.version.text(), self.follow_up.text()

        def work(op: OpContext) -> ConsentStatus:
            return consent.record_choice(op.db, op.actor, person_id, purpose, choice,
                                         by_id=by_id, on=on, how=how, form_version=version,
                                         follow_up=follow_up)

        def done(_: ConsentStatus) -> None:
            # The op's change set (consent statements) fires the change signal.
            GuardedDialog.accept(self)

        self.buttons.setEnabled(False)
        self.ctx.ops.op(work).success(done).failure(self._failed).owner(self).run()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        errors.show_error(self, error)


class ReviewDialog(GuardedDialog):
    """The yearly review (F6): the choices as they stand are re-confirmed."""

    def __init__(self, ctx: AppContext, data: PersonConsent,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.setObjectName("consentReviewDialog")
        self.giver = QComboBox()
        self.giver.setObjectName("reviewGiver")
        self.giver.addItem("", None)
        for d in data.deciders:
            self.giver.addItem(f"{d.name} ({relation_label(d.relation)})", d.id)
        if self.giver.count() > 1:
            self.giver.setCurrentIndex(1)
        self.on = DateField(ctx.db.today())
        self.how = QLineEdit()
        self.how.setObjectName("reviewHow")
        form, self.captions = labelled_form([("giver", self.giver), ("on", self.on),
                                             ("how", self.how)])
        self.text = label("", wrap=True)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.how.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Jaarlijkse herziening"))
        self.text.setText(self.tr(
            "{name}: de keuzes zoals ze nu staan zijn opnieuw bevestigd. Een gewijzigde keuze "
            "legt u vast met geven, weigeren of intrekken.").format(name=self.data.name))
        self.giver.setItemText(0, self.tr("(niet vastgelegd)"))
        self.captions["giver"].setText(self.tr("&Bevestigd door:"))
        self.captions["on"].setText(self.tr("D&atum:"))
        self.captions["how"].setText(self.tr("&Hoe:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuleren"))

    def accept(self) -> None:
        if refuse_bad_dates(self):
            return
        person_id = self.data.person
        by = self.giver.currentData()
        by_id = int(by) if by is not None else None
        on: date = self.on.value() or self.ctx.db.today()
        how = self.how.text()

        def done(_: PersonConsent) -> None:
            GuardedDialog.accept(self)

        self.buttons.setEnabled(False)
        self.ctx.ops.op(lambda op: consent.review(op.db, op.actor, person_id, by_id=by_id,
                                                  on=on, how=how)).success(done).failure(
            self._failed).owner(self).run()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        errors.show_error(self, error)
