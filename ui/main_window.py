"""The main window: navigation on the left, pages on the right, status bar, shortcuts."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import audit_trail, board
from desktop_app.services.changes import Changes, Kind

from . import errors, i18n
from .context import AppContext
from .ops import OpContext
from .style import icon, light_icon
from .widgets import Page, fit_to_screen

log = logging.getLogger(__name__)


def _everyone(ctx: AppContext) -> bool:
    return True


@dataclass(frozen=True)
class PageRef:
    """A page as the navigation offers it before its module is imported: its key, icon and
    title (the page class's own, same translation context and text: tests/ui/
    test_startup_pages.py checks they agree). Calling it imports the module and builds the
    page, on first show: a start imports only the page it shows."""

    key: str
    icon_name: str
    module: str
    name: str
    source: str  # the title's Dutch source text; its translation context is `name`
    allowed: Callable[[AppContext], bool] = _everyone

    def title(self) -> str:
        return QCoreApplication.translate(self.name, self.source)

    def page_class(self) -> type[Page]:
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.name)
        return page_class

    def __call__(self, ctx: AppContext, parent: QWidget | None = None) -> Page:
        return self.page_class()(ctx, parent)


PAGES: tuple[PageRef, ...] = (
    PageRef("dashboard", "dashboard", "ui.pages.dashboard", "DashboardPage", "Overzicht"),
    PageRef("incidents", "incidents", "ui.pages.incidents", "IncidentsPage", "Incidenten"),
    PageRef("people", "people", "ui.pages.people", "PeoplePage", "Personen"),
    PageRef("dossiers", "dossiers", "ui.pages.dossiers", "DossiersPage", "Dossiers"),
    PageRef("inspector", "inspector", "ui.pages.inspector", "InspectorPage",
            "Vertrouwensinspecteur"),
    PageRef("consent", "consent", "ui.pages.consent", "ConsentPage", "Toestemmingen"),
    PageRef("settings", "settings", "ui.pages.settings", "SettingsPage", "Instellingen"),
    # administrator, board, and HR for staff (AuditPage.allowed asks the same)
    PageRef("audit", "search", "ui.pages.audit", "AuditPage", "Audit",
            lambda ctx: audit_trail.may_read_trail(ctx.actor)),
    # access requests for all; retention for the officers (inside the page)
    PageRef("privacy", "search", "ui.pages.privacy", "PrivacyPage", "Privacy (AVG)"),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(1000, 620))
        self._case_windows: dict[int, QWidget] = {}
        self._board_name = ""

        # Pages are built when first shown (or asked for): at start only the one that shows, and
        # only its module is imported. The navigation, the Go menu and the titles need only the
        # references (key, icon, title).
        self.page_types: list[PageRef] = [ref for ref in PAGES if ref.allowed(ctx)]
        self._built: dict[int, Page] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(236)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        for page_type in self.page_types:
            item = QListWidgetItem(light_icon(page_type.icon_name), "")
            item.setData(Qt.ItemDataRole.UserRole, page_type.key)
            self.navigation.addItem(item)
            holder = QWidget()  # the page moves in on first show; the stack never changes
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.navigation.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()
        from .idle_lock import IdleLock

        self.idle_lock = IdleLock(ctx, self)  # locks after the set idle minutes
        ctx.ops.busy_changed.connect(self._busy)
        ctx.bus.applied.connect(self._on_changed)
        self.retranslate_ui()
        self._load_board_name()
        self._restore()

    # --- construction -------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.new_incident_action = QAction(icon("add"), "", self)
        self.new_incident_action.setShortcut(QKeySequence.StandardKey.New)
        # triggered(bool) must not reach new_incident's person id: a lambda without parameters.
        self.new_incident_action.triggered.connect(lambda: self.new_incident())
        self.search_action = QAction(icon("search"), "", self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.refresh_action = QAction(icon("refresh"), "", self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.triggered.connect(self.refresh)
        self.demo_action = QAction("", self)
        self.demo_action.triggered.connect(self.load_demo)
        self.backup_action = QAction("", self)
        self.backup_action.triggered.connect(lambda: self.open_backup("make"))
        self.restore_action = QAction("", self)
        self.restore_action.triggered.connect(lambda: self.open_backup("restore"))
        self.password_action = QAction("", self)
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction("", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock())
        self.quit_action = QAction("", self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(icon("app"), "", self)
        self.about_action.triggered.connect(self.show_about)
        self.help_action = QAction("", self)
        self.help_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.help_action.triggered.connect(self.show_help)
        self._help: QWidget | None = None
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.file_menu.addAction(self.new_incident_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.password_action)
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        from .reports_menu import ReportsMenu

        self.reports_menu = ReportsMenu(self.ctx, self)
        menu.addMenu(self.reports_menu)
        self.view_menu = menu.addMenu("")
        self.view_menu.addAction(self.search_action)
        self.view_menu.addAction(self.refresh_action)
        self.go_menu = menu.addMenu("")
        self.go_actions: list[QAction] = []
        for number, page_type in enumerate(self.page_types, start=1):
            action = QAction(icon(page_type.icon_name), "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=page_type.key: self.show_page(key))
            self.go_menu.addAction(action)
            self.go_actions.append(action)
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.account_label = QLabel()
        # A long board name may shorten on a small screen rather than widen the window.
        # An explicit minimum replaces the label's text width as its minimum; it keeps its
        # full text whenever there is room.
        self.account_label.setMinimumWidth(120)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setVisible(False)
        self.busy_label.setVisible(False)
        status = self.statusBar()
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.busy_bar)
        status.addPermanentWidget(self.account_label)

    def retranslate_ui(self) -> None:
        # Qt adds the application's display name (i18n.app_name) after the title.
        self.setWindowTitle(self._board_name or i18n.app_name())
        for row, page_type in enumerate(self.page_types):
            item = self.navigation.item(row)
            item.setText(page_type.title())
            self.go_actions[row].setText(page_type.title())
        self.file_menu.setTitle(self.tr("&Bestand"))
        self.view_menu.setTitle(self.tr("Beel&d"))
        self.go_menu.setTitle(self.tr("&Ga naar"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.reports_menu.retranslate_ui()
        self.new_incident_action.setText(self.tr("&Nieuw incident…"))
        self.search_action.setText(self.tr("&Zoeken"))
        self.refresh_action.setText(self.tr("&Vernieuwen"))
        self.demo_action.setText(self.tr("&Demobestuur laden…"))
        self.backup_action.setText(self.tr("&Back-up maken…"))
        self.restore_action.setText(self.tr("Back-up &terugzetten…"))
        self.password_action.setText(self.tr("&Wachtwoord wijzigen…"))
        self.lock_action.setText(self.tr("&Vergrendelen"))
        self.quit_action.setText(self.tr("&Afsluiten"))
        self.about_action.setText(self.tr("&Over Casemanager…"))
        self.help_action.setText(self.tr("&Handleiding"))
        self.busy_label.setText(self.tr("Bezig…"))
        self._update_account_label()

    def _update_account_label(self) -> None:
        actor = self.ctx.actor
        text = self.tr("Gebruiker: {name}").format(name=actor.display_name)
        if self._board_name:
            text = self.tr("Bestuur: {board}").format(board=self._board_name) + "   ·   " + text
        self.account_label.setText(text)
        self.account_label.setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _load_board_name(self) -> None:
        def work(op: OpContext) -> str:
            try:
                return board.get_board(op.db, op.actor).name
            except Exception:  # noqa: BLE001 - no board yet is not an error worth a dialog
                return ""

        def show(name: str) -> None:
            self._board_name = name
            self.retranslate_ui()

        self.ctx.ops.op(work).success(show).owner(self).refresh().run()

    def _restore(self) -> None:
        settings = self.ctx.settings
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        else:
            fit_to_screen(self, 1280, 760)
        self.show_page(settings.last_page)

    # --- navigation ---------------------------------------------------------------------
    @property
    def pages(self) -> list[Page]:
        """The pages built so far (each is built when first shown or asked for)."""
        return [self._built[row] for row in sorted(self._built)]

    def _page_at(self, row: int) -> Page:
        page = self._built.get(row)
        if page is None:
            page = self.page_types[row](self.ctx, self)
            self._built[row] = page
            layout = self.stack.widget(row).layout()  # type: ignore[union-attr]
            assert layout is not None
            layout.addWidget(page)
            page.fit_width(self.width() - self.navigation.width())
        return page

    def page(self, key: str) -> Page:
        for row, page_type in enumerate(self.page_types):
            if page_type.key == key:
                return self._page_at(row)
        raise KeyError(key)

    def show_page(self, key: str) -> Page:
        keys = [p.key for p in self.page_types]
        row = keys.index(key) if key in keys else 0
        self.navigation.setCurrentRow(row)
        return self.current_page()  # still the old page when it kept unsaved changes

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        shown = self.stack.currentIndex()
        leaving = self._built.get(shown)  # a page never built has nothing unsaved
        if row != shown and leaving is not None and not leaving.can_leave():
            # Stay on the page with the unsaved changes; the navigation follows.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(shown)
            self.navigation.blockSignals(False)
            return
        page = self._page_at(row)
        self.stack.setCurrentIndex(row)
        self.ctx.settings.last_page = page.key
        page.refresh()

    def current_page(self) -> Page:
        return self._page_at(self.stack.currentIndex())

    def refresh(self) -> None:
        self.current_page().refresh()
        self.statusBar().showMessage(self.tr("Vernieuwd"), 2000)

    def focus_search(self) -> None:
        if not self.current_page().focus_search():
            self.show_page("incidents").focus_search()

    # --- actions ------------------------------------------------------------------------
    def new_incident(self, person_id: int | None = None) -> QWidget:
        from .dialogs.incident_editor import IncidentEditor

        editor = IncidentEditor(self.ctx, self, subject_id=person_id)
        editor.saved.connect(self._incident_saved)
        editor.show()
        return editor

    def _incident_saved(self, incident_id: int, case_ids: object) -> None:
        self.statusBar().showMessage(
            self.tr("Incident {id} geregistreerd").format(id=incident_id), 5000
        )
        ids = list(case_ids) if isinstance(case_ids, list | tuple) else []
        if ids:
            self.open_case(int(ids[0]))

    def open_case(self, case_id: int) -> QWidget:
        from .dialogs.case_view import CaseWindow

        existing = self._case_windows.get(case_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        window = CaseWindow(self.ctx, case_id, self)
        self._case_windows[case_id] = window
        window.destroyed.connect(lambda *_: self._case_windows.pop(case_id, None))
        window.show()
        return window

    def open_consent(self, person_id: int, kind: str) -> None:
        """The consent register of one person (the dashboard's yearly reviews)."""
        page = self.show_page("consent")
        show = getattr(page, "show_person", None)
        if show is not None:
            show(person_id, kind)

    def open_person(self, person_id: int) -> None:
        page = self.show_page("dossiers")
        from .pages.dossiers import DossiersPage

        if isinstance(page, DossiersPage):
            page.show_person(person_id)

    def load_demo(self) -> None:
        self.statusBar().showMessage(self.tr("Demobestuur laden…"))

        from desktop_app.services import demo

        def work(op: OpContext) -> demo.DemoSummary:
            return demo.load_demo(op.db, op.actor)

        def done(summary: demo.DemoSummary) -> None:
            self.statusBar().showMessage(
                self.tr(
                    "Demobestuur geladen: {schools} scholen, {people} personen, {incidents} "
                    "incidenten."
                ).format(
                    schools=summary.schools, people=summary.people, incidents=summary.incidents
                ),
                8000,
            )

        self.ctx.ops.op(work).success(done).owner(self).run()

    def open_backup(self, mode: str) -> QWidget:
        """Make or restore an encrypted backup (ui/dialogs/backup.py); on a shared server,
        say that the server's own backups apply."""
        from .dialogs.backup import BackupDialog, server_note

        note = server_note(self.ctx)
        if note is not None:
            return errors.inform(self, self.tr("Back-up"), note)
        dialog = BackupDialog(self.ctx, mode, self)
        dialog.open()
        return dialog

    def change_password(self) -> QWidget:
        """Bestand › Wachtwoord wijzigen: the signed-in account's own password."""
        from .dialogs.password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.open()
        return dialog

    def show_help(self) -> QWidget:
        """F1: the user guide, one window that comes to the front when asked again."""
        from .dialogs.help import HelpWindow

        if self._help is None:
            self._help = HelpWindow(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()
        return self._help

    def show_about(self) -> QWidget:
        from .dialogs.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def _busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)

    def _on_changed(self, changes: Changes, source: object) -> None:
        if changes.touches(Kind.BOARD) or changes.touches(Kind.SCHOOL):
            self._load_board_name()
        # Pages that are not visible refresh when they are shown; the visible one now, as a
        # refresh (it writes no view event: nobody chose to look again).
        with self.ctx.ops.refreshing():
            self.current_page().refresh()

    # --- closing ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        available = event.size().width() - self.navigation.width()
        for page in self._built.values():
            page.fit_width(available)
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.current_page().can_leave():
            event.ignore()
            return
        for window in list(self._case_windows.values()):
            if not window.close():
                event.ignore()
                return
        for child in self.findChildren(QWidget):
            if (
                child.isWindow()
                and child is not self
                and child.isVisible()
                and hasattr(child, "has_unsaved_changes")
                and not child.close()
            ):
                event.ignore()
                return
        settings = self.ctx.settings
        settings.geometry = self.saveGeometry()
        settings.last_page = self.current_page().key
        settings.sync()
        self.idle_lock.stop()
        self.ctx.ops.wait(10000)
        log.info("main window closed")
        event.accept()
