"""First run: the board, a first school, the administrator account, and the demo offer."""

from __future__ import annotations

from collections.abc import Callable

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

from desktop_app.domain.errors import CaseManagerError, InvalidInput
from desktop_app.services import accounts, board, demo
from desktop_app.services.database import Actor, Database

from .. import errors, i18n
from ..ops import OpContext, OpRunner
from ..settings import UiSettings
from ..style import icon
from ..widgets import label, labelled_form


class FormPage(QWizardPage):
    """A wizard page whose Volgende is enabled once its required fields hold text.

    QWizard's own mandatory fields ("name*") count a field as filled only when it differs from
    its initial text, so a pre-filled user name blocked Volgende; this page checks the text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.required: list[QLineEdit] = []
        self.check: Callable[[], bool] | None = None

    def require(self, *edits: QLineEdit) -> None:
        for edit in edits:
            self.required.append(edit)
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return all(edit.text().strip() for edit in self.required)

    def validatePage(self) -> bool:
        return self.check() if self.check is not None else True


class FirstRunWizard(QWizard):
    """Creates what the database needs before the main window can open."""

    finished_setup = Signal(object, bool)  # the administrator Actor, load the demo?

    def __init__(self, db: Database, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.actor: Actor | None = None
        self._brins: set[str] = set()  # schools that exist already (an interrupted set-up)
        self._created = False
        # Before the sign-in there is no account: ops without one.
        self.ops = OpRunner(db, None, on_error=errors.show_error, parent=self)
        self.setObjectName("firstRunWizard")
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        # Vorige keeps what was typed: pages are not reset when the user goes back.
        self.setOption(QWizard.WizardOption.IndependentPages, True)

        # Page 1: the board.
        self.board_page = FormPage()
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
        self.board_page.require(self.board_name)
        self.addPage(self.board_page)

        # Page 2: the first school.
        self.school_page = FormPage()
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
        self.school_page.require(self.school_name, self.brin)
        self.school_page.check = self._check_school
        self.addPage(self.school_page)

        # Page 3: the administrator.
        self.account_page = FormPage()
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
        self.password.setObjectName("adminPassword")
        self.account_page.require(self.username, self.display_name, self.password)
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
                          ("password", self.tr("&Wachtwoord (minstens 12 tekens):"))):
            self.account_labels[key].setText(text)
        self.demo_page.setTitle(self.tr("Demobestuur"))
        self.demo_page.setSubTitle(self.tr("Wilt u eerst rondkijken met voorbeeldgegevens?"))
        contents = demo.DEMO_CONTENTS
        self.load_demo.setText(self.tr(
            "&Demobestuur laden: {schools} fictieve scholen, {people} personen en {incidents} "
            "incidenten").format(schools=contents.schools, people=contents.people,
                                 incidents=contents.incidents))
        self.demo_note.setText(self.tr(
            "De demo bevat alleen verzonnen personen. U kunt hem ook later laden via "
            "Bestand › Demobestuur laden."))
        # One Alt+letter each: Alt+V goes forward, Alt+O back (with "&Vorige" too, Alt+V only
        # moved the focus between the two buttons and the wizard stayed on its page). In
        # English Ne&xt and Bac&k: "&Name" and "&BRIN" hold N and B.
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
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

    def _check_school(self) -> bool:
        """The BRIN code is checked here, on the page where it is typed, not at the end."""
        try:
            code = board.check_brin(self.brin.text())
            if code in self._brins:
                raise InvalidInput(f"Er is al een school met BRIN-code {code}.",
                                   f"A school with BRIN code {code} already exists.")
        except CaseManagerError as error:
            errors.show_refusal(self, error)
            self.brin.setFocus()
            self.brin.selectAll()
            return False
        self.brin.setText(code)
        return True

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is not self.demo_page:
            return super().validateCurrentPage()
        if not self._created:
            self._create()  # off the GUI thread; the wizard finishes when it is done
            return False
        return True

    def _create(self) -> None:
        """Account, board and school in that order, in an op; a refusal keeps the wizard
        open with what was typed."""
        actor, username, password = self.actor, self.username.text(), self.password.text()
        display_name = self.display_name.text()
        board_name, board_address = self.board_name.text(), self.board_address.text() or None
        director = self.director.text().strip()
        school = (self.school_name.text(), self.brin.text(),
                  str(self.denomination.currentData()), self.school_address.text() or None)
        function = self.signatory_function.text()

        def work(op: OpContext) -> tuple[Actor | None, set[str], BaseException | None]:
            account = actor
            try:
                if account is None:
                    if accounts.has_accounts(op.db):
                        # An account exists already (set-up was interrupted): log in with it.
                        account = accounts.login(op.db, username, password)
                    else:
                        account = accounts.create_user(op.db, None, username, display_name,
                                                       "administrator", password)
                if not board.is_initialised(op.db):
                    board.create_board(op.db, account, board_name, board_address)
                if not board.list_schools(op.db, account):
                    board.add_school(op.db, account, *school, director=director,
                                     signatory_name=director, signatory_function=function)
            except Exception as error:  # noqa: BLE001 - shown, the wizard stays open
                failed: BaseException | None = error
            else:
                failed = None
            brins = {s.brin for s in board.list_schools(op.db, account)} if account else set()
            return account, brins, failed

        def done(result: tuple[Actor | None, set[str], BaseException | None]) -> None:
            self.actor, self._brins, failed = result
            if failed is not None:
                errors.show_error(self, failed)
                return
            self._created = True
            self.accept()

        finish = self.button(QWizard.WizardButton.FinishButton)
        self.ops.op(work).success(done).owner(self).disabling(finish).run()

    def accept(self) -> None:
        if not self._created:
            self._create()  # accept() again when it is done
            return
        assert self.actor is not None
        super().accept()
        self.finished_setup.emit(self.actor, self.load_demo.isChecked())
