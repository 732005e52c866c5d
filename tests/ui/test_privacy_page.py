"""The Privacy page on the real main window: what is due, the destroy dialog, holds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import audit_trail, people, retention
from desktop_app.services.database import Database
from tests.ui.conftest import settle
from ui.main_window import MainWindow
from ui.pages.privacy import DestroyDialog, PrivacyPage

pytestmark = pytest.mark.gui


def _page(qtbot, window: MainWindow) -> PrivacyPage:  # type: ignore[no-untyped-def]
    page = window.show_page("privacy")
    assert isinstance(page, PrivacyPage)
    settle(qtbot, window.ctx)
    return page


def _leave(demo_db: Database, window: MainWindow) -> int:
    pupil = people.list_people(demo_db, window.ctx.actor, kind="pupil")[0].id
    people.update_person(demo_db, window.ctx.actor, pupil, left_on=date(2024, 2, 1))
    return pupil


def test_destroy_dialog_needs_the_tick_then_destroys_with_a_report(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    pupil = _leave(demo_db, window)
    page = _page(qtbot, window)
    assert pupil in [r.person for r in page.retention_model.rows()]
    assert page.retention_model.index(0, 4).data() == "R5.1-LL"
    qtbot.mouseClick(page.destroy_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DestroyDialog) and dialog.isVisible()
    assert any(f"({pupil})" in dialog.list.item(i).text() for i in range(dialog.list.count()))
    assert not dialog.destroy_button.isEnabled()
    qtbot.mouseClick(dialog.sure, Qt.MouseButton.LeftButton)
    assert dialog.destroy_button.isEnabled()
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    assert "vernietigingsverslag: document" in page.result.text()
    assert pupil not in [r.person for r in page.retention_model.rows()]
    assert all(p.id != pupil for p in people.list_people(demo_db, window.ctx.actor))
    assert audit_trail.verify_trail(demo_db, window.ctx.actor).intact


def test_cancelling_the_dialog_destroys_nothing_and_a_hold_set_meanwhile_wins(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    pupil = _leave(demo_db, window)
    page = _page(qtbot, window)
    qtbot.mouseClick(page.destroy_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DestroyDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot, window.ctx)
    assert people.get_person(demo_db, window.ctx.actor, pupil).id == pupil
    qtbot.mouseClick(page.destroy_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DestroyDialog)
    retention.hold(demo_db, window.ctx.actor, pupil, "Klacht bij de rechter")  # meanwhile
    qtbot.mouseClick(dialog.sure, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    assert "bewaarplicht" in page.result.text()
    assert people.get_person(demo_db, window.ctx.actor, pupil).id == pupil


def test_archive_law_flag_from_the_page_keeps_the_person_out_of_the_run(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.privacy import ReasonDialog

    pupil = _leave(demo_db, window)
    page = _page(qtbot, window)
    row = [r.person for r in page.retention_model.rows()].index(pupil)
    page.retention_view.setCurrentIndex(page.retention_model.index(row, 0))
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog) and dialog.objectName() == "archiveDialog"
    qtbot.keyClicks(dialog.reason, "verlofbesluit Leerplichtwet art. 11")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    row = [r.person for r in page.retention_model.rows()].index(pupil)
    assert page.retention_model.index(row, 6).data() == "ja: verlofbesluit Leerplichtwet art. 11"
    assert all(r.person != pupil for r in page.retention_model.rows()
               if r.due and not r.kept)
    result = retention.destroy(demo_db, window.ctx.actor)
    assert pupil in result.archived and pupil not in result.destroyed


def test_leaving_date_dialog_puts_the_person_on_the_list_and_mnemonics_are_unique(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_keyboard import assert_unique_mnemonics
    from ui.pages.privacy import LeftOnDialog, RequestDialog

    page = _page(qtbot, window)
    assert_unique_mnemonics(page)
    assert page.retention_model.rowCount() == 0
    qtbot.mouseClick(page.left_on_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)  # the people are read by an op first
    dialog = page.dialog
    assert isinstance(dialog, LeftOnDialog)
    assert_unique_mnemonics(dialog)
    pupil = people.list_people(demo_db, window.ctx.actor, kind="pupil")[0]
    dialog.person.setCurrentIndex(dialog.person.findData(pupil.id))
    qtbot.keyClicks(dialog.day, "3-2-2024")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    # The pupil, and the parents who follow their only child.
    rows = page.retention_model.rows()
    assert pupil.id in [r.person for r in rows]
    mine = [r for r, row in enumerate(rows) if row.person == pupil.id][0]
    assert page.retention_model.index(mine, 3).data() == "03-02-2024"
    request = RequestDialog(page, window.ctx, people.list_people(demo_db, window.ctx.actor))
    qtbot.addWidget(request)
    assert_unique_mnemonics(request)


def test_an_access_request_shows_on_the_dashboard_and_opens_the_privacy_page(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import access_requests
    from ui.pages.dashboard import DashboardPage

    pupil = people.list_people(demo_db, window.ctx.actor, kind="pupil")[0].id
    access_requests.add_request(demo_db, window.ctx.actor, pupil, "vader", date(2026, 11, 10))
    page = window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    page.refresh()
    settle(qtbot, window.ctx)
    model = page.deadline_model
    rows = [r for r in range(model.rowCount()) if model.index(r, 1).data() == "AVG-1"]
    assert len(rows) == 1
    assert model.index(rows[0], 4).data() == "R5.5"
    assert model.index(rows[0], 0).data() == "10-12-2026"
    index = model.index(rows[0], 1)
    page.deadline_view.scrollTo(index)
    rect = page.deadline_view.visualRect(index)
    qtbot.mouseClick(page.deadline_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    settle(qtbot, window.ctx)
    assert isinstance(window.current_page(), PrivacyPage)


def test_a_director_sees_access_requests_of_his_school_but_not_the_retention_list(
        qtbot, demo_db: Database, demo_actor, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import access_requests, accounts
    from tests.conftest import PASSWORD
    from ui.app import make_context

    pupil = people.list_people(demo_db, demo_actor, kind="pupil", school_id=1)[0].id
    other = people.list_people(demo_db, demo_actor, kind="pupil", school_id=2)[0].id
    people.update_person(demo_db, demo_actor, pupil, left_on=date(2024, 2, 1))
    mine = access_requests.add_request(demo_db, demo_actor, pupil, "moeder", date(2026, 11, 1))
    access_requests.add_request(demo_db, demo_actor, other, "vader", date(2026, 11, 1))
    director = accounts.create_user(demo_db, demo_actor, "piet", "Piet de Vries", "director",
                                    PASSWORD, [1])
    ctx = make_context(demo_db, director, ui_settings)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, ctx)
    page = _page(qtbot, window)
    assert page.retention_box.isHidden()
    assert page.retention_model.rowCount() == 0
    assert [r.id for r in page.request_model.rows()] == [mine.id]
    ctx.ops.wait()


def test_register_an_access_request_in_the_dialog_and_export_pdf_and_json(
        qtbot, window: MainWindow, demo_db: Database, tmp_path,
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from PySide6.QtWidgets import QFileDialog

    from ui.pages.privacy import IdentityDialog, ReasonDialog, RequestDialog

    page = _page(qtbot, window)
    qtbot.mouseClick(page.add_request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)  # the people are read by an op first
    dialog = page.dialog
    assert isinstance(dialog, RequestDialog)
    pupil = people.list_people(demo_db, window.ctx.actor, kind="pupil")[0]
    dialog.person.setCurrentIndex(dialog.person.findData(pupil.id))
    qtbot.keyClicks(dialog.requester, "moeder, per brief")
    dialog.received.clear()
    qtbot.keyClicks(dialog.received, "30-10-2026")
    qtbot.keyClick(dialog.requester, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    assert page.request_model.rowCount() == 1
    assert page.request_model.index(0, 0).data() == "30-11-2026"
    assert page.request_model.index(0, 2).data() == "moeder, per brief"
    page.request_view.setCurrentIndex(page.request_model.index(0, 0))
    assert page.request_model.index(0, 4).data() == "nog controleren"
    # The identity check first (R5.5), then the extension with its reason (art. 12(3)).
    qtbot.mouseClick(page.identity_button, Qt.MouseButton.LeftButton)
    identity = page.dialog
    assert isinstance(identity, IdentityDialog)
    qtbot.keyClicks(identity.how, "paspoort getoond")
    qtbot.keyClick(identity.how, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    assert page.request_model.index(0, 4).data() == "24-11-2026: paspoort getoond"
    page.request_view.setCurrentIndex(page.request_model.index(0, 0))
    qtbot.mouseClick(page.extend_button, Qt.MouseButton.LeftButton)
    extend = page.dialog
    assert isinstance(extend, ReasonDialog) and extend.objectName() == "extendDialog"
    qtbot.keyClicks(extend.reason, "drie schooljaren aan documenten")
    qtbot.keyClick(extend.reason, Qt.Key.Key_Return)
    settle(qtbot, window.ctx)
    settle(qtbot, window.ctx)
    assert page.request_model.index(0, 0).data() != "30-11-2026"
    assert page.request_model.index(0, 5).data() == (
        "van 30-11-2026: drie schooljaren aan documenten")
    assert "verlengd tot" in page.result.text()
    page.request_view.setCurrentIndex(page.request_model.index(0, 0))
    target = tmp_path / "inzage.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    settle(qtbot, window.ctx)
    assert target.read_bytes().startswith(b"%PDF")
    data = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["person"]["id"] == pupil.id
    assert "inzage.json" in page.result.text()
    assert page.request_model.index(0, 6).data() != ""  # answered
