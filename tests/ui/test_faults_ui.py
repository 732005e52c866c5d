"""Faults in the desktop app: a sentence in a dialog, nothing audited that did not happen, and
start-up problems with their ways out."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent
from desktop_app.services import outputs
from tests.ui.conftest import close_boxes, message_boxes, settle
from ui.app import open_database
from ui.dialogs.startup import StartupProblem
from ui.main_window import MainWindow
from ui.pages.dossiers import DossiersPage
from ui.pages.inspector import InspectorPage


def audit_count(window: MainWindow, action: str) -> int:
    with window.ctx.db.sessions() as session:
        return int(session.scalar(select(func.count(AuditEvent.seq))
                                  .where(AuditEvent.action == action)) or 0)


def test_failed_dossier_export_is_not_audited(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    page = window.show_page("dossiers")
    assert isinstance(page, DossiersPage)
    page.show_person(13)
    settle(qtbot, window.ctx)
    before = audit_count(window, "dossier.export")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "dossier.pdf"
    page.export_to(target)
    qtbot.waitUntil(lambda: bool(message_boxes("faultBox")), timeout=20000)
    box = message_boxes("faultBox")[0]
    assert "schijf" in box.text() and "vol" in box.text() and "Errno" not in box.text()
    close_boxes()
    settle(qtbot, window.ctx)
    assert audit_count(window, "dossier.export") == before
    assert not list((tmp_path / "out").iterdir())  # neither the PDF nor a temporary file


def test_cancelled_call_log_save_prints_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: ("", "")))
    page = window.show_page("inspector")
    assert isinstance(page, InspectorPage)
    settle(qtbot, window.ctx)
    before = audit_count(window, "inspector.log.print")
    page.pdf_button.click()
    settle(qtbot, window.ctx)
    assert audit_count(window, "inspector.log.print") == before


def _answer(choice: str) -> None:
    """Click a button of the start-up dialog once it shows (it runs its own event loop)."""
    def click() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, StartupProblem) and widget.isVisible():
                button = widget.findChild(QPushButton, f"startup_{choice}")
                assert button is not None
                button.click()
                return
        QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)


# A path where no database file exists yet; a server's database is made by IT (README).
@pytest.mark.sqlite_only
def test_missing_database_offers_to_create(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "typo.sqlite3"
    seen: list[str] = []

    def remember() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, StartupProblem) and widget.isVisible():
                seen.append(widget.text())
                return
        QTimer.singleShot(10, remember)

    QTimer.singleShot(10, remember)
    _answer("create")
    db = open_database(str(path))
    assert db is not None and path.exists()
    assert seen and f"Er is nog geen database op {path}." in seen[0]
    assert "casemanager" not in seen[0].replace(str(path), "")  # no command on screen
    db.dispose()


# A file that is not a SQLite database: a server has no such file.
@pytest.mark.sqlite_only
def test_not_a_database_offers_no_create_and_leaves_the_file(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brief.docx"
    path.write_bytes(b"PK\x03\x04 not a database at all")
    texts: list[str] = []

    def inspect() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, StartupProblem) and widget.isVisible():
                texts.append(widget.text())
                assert widget.findChild(QPushButton, "startup_create") is None
                widget.findChild(QPushButton, "startup_quit").click()
                return
        QTimer.singleShot(10, inspect)

    QTimer.singleShot(10, inspect)
    assert open_database(str(path)) is None
    assert texts and "geen database van Casemanager" in texts[0]
    assert path.read_bytes() == b"PK\x03\x04 not a database at all"


# The encrypted backup is of the embedded file; on a server pg_dump applies (the backup
# command says so: tests/cli/test_backup.py).
@pytest.mark.sqlite_only
def test_backup_and_restore_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.services import audit, people
    from ui import errors
    from ui.dialogs.backup import BackupDialog

    monkeypatch.setattr(errors, "ask", lambda *a: True)
    assert window.backup_action in window.file_menu.actions()
    window.backup_action.trigger()
    dialog = window.findChild(BackupDialog, "backupDialog")
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "kopie.cmbackup"
    dialog.path.setText(str(target))
    qtbot.keyClicks(dialog.passphrase, "een lang wachtwoord")
    qtbot.keyClicks(dialog.again, "een lang wachtwoord")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(target.exists, timeout=20000)
    settle(qtbot, window.ctx)
    close_boxes()
    db, actor = window.ctx.db, window.ctx.actor
    added = people.add_person(db, actor, school_id=1, kind="staff", first="Later",
                              last="Toegevoegd")

    window.restore_action.trigger()
    restore = window.findChild(BackupDialog, "restoreDialog")
    assert restore is not None
    restore.path.setText(str(target))
    qtbot.keyClicks(restore.passphrase, "fout wachtwoord!")
    restore.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(message_boxes("refusalBox")), timeout=20000)
    assert "wachtwoord klopt niet" in message_boxes("refusalBox")[0].text()
    close_boxes()
    assert restore.isVisible() and restore.path.text() == str(target)  # input kept
    assert people.get_person(db, actor, added.id).id == added.id
    restore.passphrase.clear()
    qtbot.keyClicks(restore.passphrase, "een lang wachtwoord")
    restore.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not restore.isVisible(), timeout=20000)
    settle(qtbot, window.ctx)
    close_boxes()
    assert all(p.id != added.id for p in people.list_people(db, actor, search="Toegevoegd"))
    with db.sessions() as session:
        assert audit.verify(session).intact


def test_unexpected_error_names_the_log_and_keeps_the_input(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            caplog) -> None:
    from desktop_app.services import inspector
    from ui import errors
    from ui.dialogs.police import PoliceReportDialog

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("SELECT secret FROM person WHERE name = 'Jansen'")

    monkeypatch.setattr(inspector, "record_police_report", broken)
    dialog = PoliceReportDialog(window.ctx, 4, "SM-00004", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.unit, "Eenheid Midden-Nederland")
    qtbot.keyClicks(dialog.number, "2026-123456")
    dialog.accept()
    settle(qtbot, window.ctx)
    boxes = message_boxes("unexpectedBox")
    assert boxes
    box = boxes[0]
    assert str(errors.log_file()) in box.informativeText()
    shown = box.text() + box.informativeText() + box.detailedText()
    assert "SELECT" not in shown and "Jansen" not in shown
    assert "niet verloren" in box.text()
    close_boxes()
    assert dialog.isVisible()
    assert dialog.unit.text() == "Eenheid Midden-Nederland"
    assert dialog.number.text() == "2026-123456"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "Jansen" not in logged and "SELECT" not in logged
    caplog.clear()  # provoked on purpose
