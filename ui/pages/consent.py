"""Toestemmingen: the consent register per pupil and purpose (protocol A5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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

from desktop_app.services import consent, people
from desktop_app.services.dto import ConsentInfo

from .. import bus, errors, i18n
from ..context import AppContext
from ..guard import GuardedDialog
from ..models.listmodel import ListTableModel
from ..models.paged import Column
from ..style import DANGER, icon
from ..widgets import Page, label, ok_cancel, setup_table, show_done


def purpose_label(code: str) -> str:
    pair = consent.PURPOSE_LABELS.get(code)
    return i18n.pick(*pair) if pair else code


def consent_columns() -> list[Column[ConsentInfo]]:
    return [
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Doel"),
            lambda c: purpose_label(c.purpose),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Toestemming"),
            lambda c: (
                QCoreApplication.translate("ConsentPage", "ja")
                if c.granted
                else QCoreApplication.translate("ConsentPage", "nee")
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Gegeven door"),
            lambda c: c.given_by_name,
        ),
        Column(lambda: QCoreApplication.translate("ConsentPage", "Hoe"), lambda c: c.method),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Formulier"), lambda c: c.form_version
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Datum"),
            lambda c: i18n.short_date(c.given_at),
        ),
        Column(
            lambda: QCoreApplication.translate("ConsentPage", "Herzien op"),
            lambda c: i18n.short_date(c.review_on),
        ),
    ]


class ConsentPage(Page):
    key = "consent"
    icon_name = "consent"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = label("title")
        self.explanation = label("muted", wrap=True)
        self.pupil = QComboBox()
        self.pupil.setObjectName("consentPupil")
        self.pupil.setEditable(True)
        self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.pupil.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.pupil.currentIndexChanged.connect(self._load)
        self.pupil_label = QLabel()
        self.pupil_label.setBuddy(self.pupil)
        self.add_button = QPushButton(icon("add"), "")
        self.add_button.clicked.connect(lambda: self.record())
        self.withdraw_button = QPushButton()
        self.withdraw_button.clicked.connect(self.withdraw)
        self.model: ListTableModel[ConsentInfo] = ListTableModel(
            consent_columns(),
            lambda c: c.id,
            highlight=lambda c: None if c.granted else DANGER,
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("consentView")
        setup_table(self.view)
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(self.pupil_label)
        top.addWidget(self.pupil, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.withdraw_button)
        self.missing = label("muted", wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.missing)
        self.retranslate_ui()

    @classmethod
    def title(cls) -> str:
        # A class method: the navigation names pages that are built on first show.
        return QCoreApplication.translate("ConsentPage", "Toestemmingen")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Toestemmingen"))
        self.explanation.setText(
            self.tr(
                "Protocol A5: beeld en geluid alleen met aantoonbare schriftelijke toestemming, "
                "per leerling en per doel. Onder de 16 geeft een ouder met gezag toestemming, "
                "vanaf 16 de leerling zelf. Elk jaar herzien."
            )
        )
        self.pupil_label.setText(self.tr("&Leerling:"))
        self.add_button.setText(self.tr("Toestemming &vastleggen…"))
        self.withdraw_button.setText(self.tr("&Intrekken"))
        self.model.retranslate()
        self._update_missing()

    def refresh(self) -> None:
        current = self.pupil.currentData()
        self.pupil.blockSignals(True)
        self.pupil.clear()
        for p in people.list_people(self.ctx.db, self.ctx.actor, kind="pupil", limit=5000):
            self.pupil.addItem(
                f"{p.sort_name} ({p.group_name})" if p.group_name else p.sort_name, p.id
            )
        self.pupil.setCurrentIndex(max(self.pupil.findData(current), 0))
        self.pupil.blockSignals(False)
        self._load()

    def _load(self) -> None:
        pupil_id = self.pupil.currentData()
        rows = (consent.consent_register(self.ctx.db, self.ctx.actor, int(pupil_id))
                if pupil_id else [])
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self._update_missing()
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        """An empty box has no active button: Intrekken needs a granted consent selected."""
        index = self.view.currentIndex()
        selected = index.isValid() and self.view.selectionModel().isSelected(index)
        granted = selected and self.model.rows()[index.row()].granted
        self.withdraw_button.setEnabled(bool(granted))
        self.add_button.setEnabled(self.pupil.currentData() is not None)

    def _update_missing(self) -> None:
        if self.pupil.currentData() is None:  # no pupil chosen (or none yet): nothing to list
            self.missing.setText("")
            return
        have = {r.purpose for r in self.model.rows()}
        missing = [purpose_label(p) for p in consent.PURPOSES if p not in have]
        self.missing.setText(
            self.tr("Geen vastgelegde keuze (dus geen toestemming) voor: {list}").format(
                list=", ".join(missing)
            )
            if missing
            else ""
        )

    def record(self) -> QDialog | None:
        pupil_id = self.pupil.currentData()
        if pupil_id is None:
            return None
        dialog = ConsentDialog(self.ctx, int(pupil_id), self)
        dialog.accepted.connect(self._load)
        dialog.accepted.connect(lambda: show_done(self, self.tr("Toestemming vastgelegd.")))
        dialog.open()
        return dialog

    def withdraw(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        record_id = self.model.id_at(index.row())
        result = errors.attempt(
            self, lambda: consent.withdraw_consent(self.ctx.db, self.ctx.actor, record_id)
        )
        if not isinstance(result, errors.Failed):
            self.ctx.bus.notify(bus.CONSENT, [record_id], self)
            self._load()
            show_done(self, self.tr("Toestemming ingetrokken."))


class ConsentDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pupil_id = pupil_id
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Toestemming vastleggen"))
        self.purpose = QComboBox()
        for code in consent.PURPOSES:
            self.purpose.addItem(purpose_label(code), code)
        self.granted = QComboBox()
        self.granted.addItem(self.tr("ja, toestemming"), True)
        self.granted.addItem(self.tr("nee, geen toestemming"), False)
        self.giver = QComboBox()
        self.giver.addItem(self.tr("de leerling zelf (16+)"), None)
        for parent_info, authority in people.guardians_of(ctx.db, ctx.actor, pupil_id):
            if authority:
                self.giver.addItem(parent_info.full_name, parent_info.id)
        if self.giver.count() > 1:
            self.giver.setCurrentIndex(1)
        self.method = QLineEdit(self.tr("papieren formulier"))
        self.version = QLineEdit("2026-1")
        form = QFormLayout()
        for text, field in (
            (self.tr("&Doel:"), self.purpose),
            (self.tr("&Keuze:"), self.granted),
            (self.tr("&Gegeven door:"), self.giver),
            (self.tr("&Hoe:"), self.method),
            (self.tr("&Formulierversie:"), self.version),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        buttons = ok_cancel(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        result = errors.attempt(
            self,
            lambda: consent.record_consent(
                self.ctx.db,
                self.ctx.actor,
                self.pupil_id,
                str(self.purpose.currentData()),
                bool(self.granted.currentData()),
                given_by_id=self.giver.currentData(),
                method=self.method.text(),
                form_version=self.version.text(),
            ),
        )
        if isinstance(result, errors.Failed):
            return
        self.ctx.bus.notify(bus.CONSENT, [result.id], self)
        super().accept()
