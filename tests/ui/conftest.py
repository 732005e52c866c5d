"""GUI fixtures: offscreen Qt, QSettings in tmp, real SQLite files, the demo board, screenshots."""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.orm import sessionmaker

from desktop_app.services import accounts, audit_key, board, demo
from desktop_app.services.database import Actor, Database
from tests.conftest import NOW, DatabaseTemplate, on_postgresql
from ui import errors, i18n
from ui.app import create_application, make_context
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]
# Screenshots go to docs/ only when `python -m tests.ui.tools.screenshots` asks for them; a
# normal test run still makes each one (the grab must work) but in its temporary folder.
SHOTS_ENV = "CASEMANAGER_SCREENSHOTS"


def shots_dir(fallback: Path) -> Path:
    chosen = os.environ.get(SHOTS_ENV)
    return Path(chosen) if chosen else fallback


@pytest.fixture(autouse=True)
def _qt_profile(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """QSettings go to a temporary INI file; the language starts Dutch; questions say yes."""
    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    i18n.set_language("nl")
    monkeypatch.setattr(errors, "ask", lambda *args, **kwargs: True)
    yield
    i18n.set_language("nl")
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    # The test's windows, op runner and their Qt objects go now, on the GUI thread: left to the
    # cycle collector they would be freed wherever it next runs, perhaps on the next test's
    # worker thread, and a QObject deleted off its thread crashes Qt.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


UI_FOLDER = str(ROOT / "ui")
# Before any window: opening (and upgrading) the database at start; the self-test's scratch
# database (`casemanager --selftest`).
STARTUP = frozenset({"open_database"})
SELFTEST = str(ROOT / "ui" / "selftest.py")


@pytest.fixture(autouse=True)
def gui_thread_never_touches_the_database(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every session the GUI code opens on the GUI thread is a failure: the op runner's worker
    does the database work. (The tests themselves may read the database directly.)"""
    opened = sessionmaker.__call__
    found: list[str] = []

    def guarded(self: sessionmaker, **kwargs: object):  # type: ignore[no-untyped-def, type-arg]
        if threading.current_thread() is threading.main_thread():
            frame = sys._getframe(1)
            while frame is not None:
                if frame.f_code.co_name in STARTUP or frame.f_code.co_filename == SELFTEST:
                    break
                if frame.f_code.co_filename.startswith(UI_FOLDER):
                    found.append(f"{frame.f_code.co_filename}:{frame.f_lineno}")
                    break
                frame = frame.f_back  # type: ignore[assignment]
        return opened(self, **kwargs)

    monkeypatch.setattr(sessionmaker, "__call__", guarded)
    yield
    assert found == [], f"the GUI thread opened a database session: {found}"


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def _build_demo(database: Database) -> None:
    actor = accounts.create_user(database, None, "admin", "Marieke de Wit", "administrator")
    board.create_board(
        database, actor, "Stichting Eemland Onderwijs", "Stationsstraat 1, 3811 MH Amersfoort"
    )
    demo.load_demo(database, actor)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseTemplate]:
    """The demo board, built once through the services and copied for each test (a file on
    SQLite, a template database on PostgreSQL)."""
    folder = tmp_path_factory.mktemp("demo")
    template = DatabaseTemplate(folder, _build_demo)
    shutil.copy(audit_key.key_path(), folder / "audit.key")  # the key that chained its trail
    template.key = folder / "audit.key"
    yield template
    template.close()


@pytest.fixture
def demo_db(demo_template: DatabaseTemplate, tmp_path: Path) -> Iterator[Database]:
    url = demo_template.copy(tmp_path / "case.sqlite3")
    if not audit_key.key_path().exists() and demo_template.key:  # the same audit key
        shutil.copy(demo_template.key, audit_key.key_path())
    database = Database(url, clock=lambda: NOW)
    yield database
    database.dispose()


@pytest.fixture
def demo_actor(demo_db: Database) -> Actor:
    return accounts.actor_for(demo_db, "admin")


@pytest.fixture
def ctx(demo_db: Database, demo_actor: Actor, ui_settings: UiSettings) -> Iterator[AppContext]:
    context = make_context(demo_db, demo_actor, ui_settings)
    yield context
    context.ops.wait()


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, ctx)
    yield main
    ctx.ops.wait()


def settle(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background op has delivered its result."""
    # A server answers each statement over the network: loading the demo takes longer there.
    qtbot.waitUntil(lambda: ctx.ops.active == 0, timeout=90000 if on_postgresql() else 20000)
    QApplication.processEvents()


def message_boxes(name: str | None = None) -> list[QMessageBox]:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for widget in QApplication.allWidgets():
        if isinstance(widget, QMessageBox) and widget not in boxes:
            boxes.append(widget)
    return [b for b in boxes if b.isVisible() and (name is None or b.objectName() == name)]


def close_boxes() -> None:
    for box in message_boxes():
        box.close()


@pytest.fixture
def shoot(tmp_path: Path) -> Callable[[QWidget, str], Path]:
    folder = shots_dir(tmp_path / "screenshots")

    def save(widget: QWidget, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        path = folder / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save
