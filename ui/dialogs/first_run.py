"""First run: the board, a first school, the administrator account, and the demo offer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.errors import CaseManagerError
from desktop_app.services import accounts, board
from desktop_app.services.database import Actor, Database

from .. import errors, i18n
from ..settings import UiSettings
from ..style import icon
from ..widgets import label, labelled_form


class FirstRunWizard(QWizard):
    """Creates what the database needs before the main window can open."""

    finished_setup = Signal(object, bool)  # the administrator Actor, load the demo?

    def __init__(self, db: Database, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.actor: Actor | None = None
        self.setObjectName("firstRunWizard")
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)

        # Page 1: the board.
        self.board_page = QWizardPage()
        self.board_name = QLineEdit()
        self.board_name.setObjectName("boardName")
        self.board_address = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        layout = QVBoxLayout(self.board_page)
        board_form, self.board_labels = labelled_form([
            ("name", self.board_name), ("address", self.board_address),
            ("language", self.language)])
        layout.addLayout(board_form)
        self.board_page.registerField("boardName*", self.board_name)
        self.addPage(self.board_page)

        # Page 2: the first school.
        self.school_page = QWizardPage()
        self.school_name = QLineEdit()
        self.school_name.setObjectName("schoolName")
        self.brin = QLineEdit()
        self.brin.setObjectName("brin")
        self.brin.setPlaceholderText("12AB")
        self.denomination = QComboBox()
        self.denomination.addItem(i18n.denomination_label("openbaar"), "openbaar")
        self.denomination.addItem(i18n.denomination_label("bijzonder"), "bijzonder")
        self.school_address = QLineEdit()
        self.director = QLineEdit()
        self.signatory_function = QLineEdit()
        self.signatory_function.setText(self.tr("directeur"))
        layout = QVBoxLayout(self.school_page)
        school_form, self.school_labels = labelled_form([
            ("name", self.school_name), ("brin", self.brin),
            ("denomination", self.denomination), ("address", self.school_address),
            ("director", self.director), ("function", self.signatory_function)])
        layout.addLayout(school_form)
        self.school_page.registerField("schoolName*", self.school_name)
        self.school_page.registerField("brin*", self.brin)
        self.addPage(self.school_page)

        # Page 3: the administrator.
        self.account_page = QWizardPage()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QVBoxLayout(self.account_page)
        account_form, self.account_labels = labelled_form([
            ("username", self.username), ("name", self.display_name),
            ("password", self.password)])
        layout.addLayout(account_form)
        self.account_page.registerField("username*", self.username)
        self.account_page.registerField("displayName*", self.display_name)
        self.addPage(self.account_page)

        # Page 4: the demo.
        self.demo_page = QWizardPage()
        self.load_demo = QCheckBox()
        self.load_demo.setObjectName("loadDemo")
        self.load_demo.setChecked(True)
        layout = QVBoxLayout(self.demo_page)
        layout.addWidget(self.load_demo)
        self.demo_note = label("muted", wrap=True)
        layout.addWidget(self.demo_note)
        layout.addStretch(1)
        self.addPage(self.demo_page)
        self.retranslate_ui()
        self.resize(640, 460)

    def retranslate_ui(self) -> None:
        """Every text of the wizard; runs again when the language is switched on page one."""
        self.setWindowTitle(self.tr("Casemanager instellen"))
        self.board_page.setTitle(self.tr("Welkom"))
        self.board_page.setSubTitle(
            self.tr("Deze database is nieuw. Vul eerst de gegevens van het schoolbestuur in."))
        self.board_address.setPlaceholderText(self.tr("Stationsstraat 1, 3811 MH Amersfoort"))
        for key, text in (("name", self.tr("&Naam van het bestuur:")),
                          ("address", self.tr("&Adres:")),
                          ("language", self.tr("&Taal / Language:"))):
            self.board_labels[key].setText(text)
        self.school_page.setTitle(self.tr("Eerste school"))
        self.school_page.setSubTitle(self.tr(
            "Meer scholen voegt u later toe in Instellingen. De denominatie bepaalt de "
            "bezwaarclausule in brieven."))
        self.school_address.setPlaceholderText(self.tr("Lindelaan 4, 3818 AB Amersfoort"))
        for key, text in (("name", self.tr("&Naam:")), ("brin", self.tr("&BRIN-code:")),
                          ("denomination", self.tr("&Denominatie:")),
                          ("address", self.tr("&Adres:")),
                          ("director", self.tr("D&irecteur (ondertekent):")),
                          ("function", self.tr("&Functie ondertekenaar:"))):
            self.school_labels[key].setText(text)
        self.denomination.setItemText(0, i18n.denomination_label("openbaar"))
        self.denomination.setItemText(1, i18n.denomination_label("bijzonder"))
        self.account_page.setTitle(self.tr("Beheerder"))
        self.account_page.setSubTitle(self.tr(
            "Het eerste account is de beheerder. Namens dit account worden alle handelingen "
            "in de audittrail vastgelegd."))
        for key, text in (("username", self.tr("&Gebruikersnaam:")),
                          ("name", self.tr("&Uw naam:")),
                          ("password", self.tr("&Wachtwoord (optioneel):"))):
            self.account_labels[key].setText(text)
        self.demo_page.setTitle(self.tr("Demobestuur"))
        self.demo_page.setSubTitle(self.tr("Wilt u eerst rondkijken met voorbeeldgegevens?"))
        self.load_demo.setText(self.tr(
            "&Demobestuur laden: twee fictieve scholen, dertig personen en twintig incidenten"))
        self.demo_note.setText(self.tr(
            "De demo bevat alleen verzonnen personen. U kunt hem ook later laden via "
            "Bestand › Demobestuur laden."))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Vorige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Starten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        chosen = str(self.language.currentData())
        self.settings.language = chosen
        i18n.set_language(chosen)

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.demo_page:
            return super().validateCurrentPage()
        return self._create()

    def _create(self) -> bool:
        """Account, board and school in that order; a refusal keeps the wizard open."""
        try:
            if self.actor is None:
                if accounts.has_accounts(self.db):
                    # An account exists already (set-up was interrupted): log in with it.
                    self.actor = accounts.login(
                        self.db, self.username.text(), self.password.text()
                    )
                else:
                    self.actor = accounts.create_user(
                        self.db,
                        None,
                        self.username.text(),
                        self.display_name.text(),
                        "administrator",
                        self.password.text(),
                    )
            if not board.is_initialised(self.db):
                board.create_board(
                    self.db, self.actor, self.board_name.text(), self.board_address.text() or None
                )
            if not board.list_schools(self.db, self.actor):
                name = self.director.text().strip()
                board.add_school(
                    self.db,
                    self.actor,
                    self.school_name.text(),
                    self.brin.text(),
                    str(self.denomination.currentData()),
                    self.school_address.text() or None,
                    director=name,
                    signatory_name=name,
                    signatory_function=self.signatory_function.text(),
                )
        except CaseManagerError as error:
            errors.show_refusal(self, error)
            return False
        except Exception as error:  # noqa: BLE001 - shown, logged, the wizard stays open
            errors.show_unexpected(self, error)
            return False
        return True

    def accept(self) -> None:
        if self.actor is None and not self._create():
            return
        assert self.actor is not None
        super().accept()
        self.finished_setup.emit(self.actor, self.load_demo.isChecked())
