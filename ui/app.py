"""Starting the desktop application: QApplication, language, database, first run, main window."""

from __future__ import annotations

import importlib
import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app import APP_NAME, __version__, faults, logprivacy
from desktop_app.faults import Fault
from desktop_app.logfile import setup_logging
from desktop_app.paths import default_database_url, embedded_database_url
from desktop_app.services import accounts, board
from desktop_app.services.database import Actor, Database

from . import errors, i18n, style
from .bus import ChangeBus
from .context import AppContext
from .dialogs.login import LoginDialog
from .ops import OpContext, OpRunner
from .settings import APPLICATION, ORGANISATION, UiSettings

log = logging.getLogger(__name__)
_FIRST_PAGE = "<the page the window opens with>"
# What the main window imports when it opens (see Launcher._warm_up), in that order.
_WARM_UP = ("ui.main_window", _FIRST_PAGE, "ui.reports_menu", "ui.idle_lock", "ui.daily_backup")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    # Organisation and application name first: QSettings() depends on them.
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("casemanager")
    style.apply(app)
    return app


def needs_first_run(op: OpContext) -> bool:
    """An op: a new database (no board or no account yet) starts with the wizard."""
    return not board.is_initialised(op.db) or not accounts.has_accounts(op.db)


def make_context(db: Database, actor: Actor, settings: UiSettings) -> AppContext:
    def on_error(owner: QObject | None, error: BaseException) -> None:
        errors.show_error(owner, error)

    changes = ChangeBus()
    ops = OpRunner(db, actor, on_error=on_error, bus=changes)
    return AppContext(db=db, actor=actor, ops=ops, bus=changes, settings=settings)


class Launcher(QObject):
    """Shows the first-run wizard when the database is new, then the main window."""

    ready = Signal(object)  # the MainWindow

    def __init__(self, db: Database, settings: UiSettings) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.wizard: QDialog | None = None
        self.login: QDialog | None = None
        self.window: QObject | None = None
        self.ops = OpRunner(db, None, on_error=errors.show_error, parent=self)

    def launch(self) -> None:
        """Ask the database (off the GUI thread) whether it is new, then show the wizard or
        the login dialog."""
        self.ops.op(needs_first_run).success(self._start).run()

    def _start(self, first_run: bool) -> None:
        if first_run:
            from .dialogs.first_run import FirstRunWizard

            wizard = FirstRunWizard(self.db, self.settings)
            self.wizard = wizard
            wizard.finished_setup.connect(self._after_wizard)
            wizard.rejected.connect(self._cancelled)
            wizard.show()
            return
        login = LoginDialog(self.db, self.settings.username)
        self.login = login
        login.accepted.connect(lambda: self._logged_in(login))
        login.rejected.connect(self._cancelled)
        login.show()
        self._warm_up(list(_WARM_UP))

    def _warm_up(self, modules: list[str]) -> None:
        """While the user types: import what the main window and the page it opens with need,
        one module per turn of the event loop, so that after "Aanmelden" the password check,
        the widgets and the page's data are what is left (~60 ms less to wait on an office
        PC; the same CPU either way). On the GUI thread, where their Qt objects belong; one
        module at a time, so typing goes on. Stops once the window is open (it imported what
        it needed itself)."""
        if not modules or self.window is not None:
            return
        name = modules.pop(0)
        if name == _FIRST_PAGE:
            from .main_window import PAGES

            name = next((p.module for p in PAGES if p.key == self.settings.last_page),
                        PAGES[0].module)
        importlib.import_module(name)
        QTimer.singleShot(0, self, lambda: self._warm_up(modules))

    def _logged_in(self, login: LoginDialog) -> None:
        assert login.actor is not None
        self._open(login.actor, load_demo=False)

    def _after_wizard(self, actor: Actor, load_demo: bool) -> None:
        self._open(actor, load_demo)

    def _cancelled(self) -> None:
        QCoreApplication.quit()

    def _open(self, actor: Actor, load_demo: bool) -> None:
        from .main_window import MainWindow

        self.settings.username = actor.username
        window = MainWindow(make_context(self.db, actor, self.settings))
        self.window = window
        window.show()
        if load_demo:
            window.load_demo()
        else:
            from .daily_backup import start_daily_backup

            start_daily_backup(window.ctx, window)
        self.ready.emit(window)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An exception escaping a slot: log it and show the dialog, never crash silently."""
    log.error("uncaught exception", exc_info=(kind, error, tb))
    if QApplication.instance() is not None:
        errors.show_error(QApplication.activeWindow(), error)


def _setup_logging() -> None:
    setup_logging()
    logprivacy.protect()  # no exception texts (they may hold personal data); the file 0600


def open_database(url: str, create: bool = False) -> Database | None:
    """Open the database, or say why not and offer the ways out until one works or the user
    quits: create one where none exists, choose another file. Only the embedded default is
    created without asking (the first-run wizard follows); a mistyped path never is."""
    from .dialogs.startup import CHOOSE, CREATE, StartupProblem, choose_database_file

    while True:
        try:
            return Database(url, create=create)
        except Fault as fault:
            faults.log_failure(log, fault, "cannot open the database")
            problem = StartupProblem(fault)
            problem.exec()
            if problem.choice == CREATE:
                create = True
                continue
            if problem.choice == CHOOSE:
                chosen = choose_database_file()
                if chosen:
                    url, create = chosen, False
                    continue
            return None


def run(database_url: str | None = None) -> int:
    """`casemanager` without arguments: open the desktop application on this database."""
    _setup_logging()
    app = create_application()
    settings = UiSettings()
    i18n.set_language(settings.language)
    sys.excepthook = _excepthook
    try:
        url = database_url or default_database_url()
        db = open_database(url, create=url == embedded_database_url())
    except Exception as error:  # noqa: BLE001 - shown, logged, and a non-zero exit
        box = errors.show_unexpected(None, error)
        box.finished.connect(app.quit)
        app.exec()
        return 1
    if db is None:
        return 1
    launcher = Launcher(db, settings)
    launcher.launch()
    code = app.exec()
    db.dispose()
    return int(code)
