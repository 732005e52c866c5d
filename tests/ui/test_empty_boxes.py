"""Issue 8, item 11: an empty box has no active buttons. A button that acts on the row chosen in
a list (a legal hold, lifting it, the Archiefwet flag, an access request's identity check,
editing a person or an account, removing a holiday) is disabled until a row is chosen; it is
never answered by "Kies eerst een persoon in de lijst". Walked on every main page, on an empty
board and on a board with data, through the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from desktop_app.services import access_requests, people, retention
from desktop_app.services.database import Actor, Database
from tests.ui.conftest import message_boxes, settle
from ui.app import make_context
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.widgets import SELECTION_BOUND

pytestmark = pytest.mark.gui

# Page key → (object name of the list, the attribute names of the buttons acting on its row).
EXPECTED: dict[str, list[tuple[str, list[str]]]] = {
    "privacy": [("retentionView", ["hold_button", "archive_button", "release_button",
                                   "unarchive_button"]),
                ("accessRequestView", ["identity_button", "extend_button", "export_button"])],
    "people": [("peopleView", ["edit_button"])],
}


def _walk_pages(qtbot, window: MainWindow) -> Iterator[QWidget]:  # type: ignore[no-untyped-def]
    """Every main page, opened the way the navigation opens it, and the settings tabs."""
    for page_type in window.page_types:
        page = window.show_page(page_type.key)
        settle(qtbot, window.ctx)
        settle(qtbot, window.ctx)
        yield page
        tabs = getattr(page, "tabs", None)
        if tabs is not None:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot, window.ctx)
                yield page


def _nothing_bound_is_enabled(page: QWidget) -> list[str]:
    return [f"{type(page).__name__}: {b.text()!r}" for b in page.findChildren(QPushButton)
            if b.property(SELECTION_BOUND) and b.isEnabled()]


def _assert_no_row_no_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    wrong: list[str] = []
    for page in _walk_pages(qtbot, window):
        wrong += _nothing_bound_is_enabled(page)
        for view_name, names in EXPECTED.get(getattr(page, "key", ""), []):
            assert page.findChild(QAbstractItemView, view_name) is not None
            for name in names:
                button = getattr(page, name)
                assert button.property(SELECTION_BOUND), name
                if button.isEnabled():
                    wrong.append(f"{page.key}.{name}")
    settings = window.show_page("settings")
    for button in (settings.calendar_editor.remove_button,):  # type: ignore[attr-defined]
        assert button.property(SELECTION_BOUND) and not button.isEnabled()
    assert wrong == [], f"active without a chosen row: {sorted(set(wrong))}"


@pytest.fixture
def empty_window(qtbot, db: Database, admin: Actor,  # type: ignore[no-untyped-def]
                 ui_settings: UiSettings) -> Iterator[MainWindow]:
    context = make_context(db, admin, ui_settings)
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    settle(qtbot, context)
    yield main
    context.ops.wait()


def test_an_empty_board_has_no_active_row_buttons(
        qtbot, empty_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _assert_no_row_no_button(qtbot, empty_window)


def _kept_and_asked(demo_db: Database, actor: Actor) -> tuple[int, int]:
    """Two pupils who left long ago: one under a legal hold, one with an access request."""
    held, asked = [p.id for p in people.list_people(demo_db, actor, kind="pupil")[:2]]
    for pupil in (held, asked):
        people.update_person(demo_db, actor, pupil, left_on=date(2024, 2, 1))
    retention.hold(demo_db, actor, held, "Klacht bij de rechter")
    access_requests.add_request(demo_db, actor, asked, "Ouder", demo_db.today())
    return held, asked


def test_with_data_but_no_row_chosen_no_row_button_is_active(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    _kept_and_asked(demo_db, window.ctx.actor)
    _assert_no_row_no_button(qtbot, window)


def _choose(qtbot, view: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    """A click on the row, as a user chooses it."""
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_choosing_a_row_enables_its_buttons_and_a_reload_disables_them(
        qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    held, asked = _kept_and_asked(demo_db, window.ctx.actor)
    page = window.show_page("privacy")
    settle(qtbot, window.ctx)
    rows = page.retention_model.rows()  # type: ignore[attr-defined]
    view = page.retention_view  # type: ignore[attr-defined]
    _choose(qtbot, view, next(i for i, r in enumerate(rows) if r.person == asked))
    assert page.hold_button.isEnabled() and page.archive_button.isEnabled()  # type: ignore[attr-defined]
    assert not page.release_button.isEnabled()  # no hold to lift  # type: ignore[attr-defined]
    assert not page.unarchive_button.isEnabled()  # type: ignore[attr-defined]
    _choose(qtbot, view, next(i for i, r in enumerate(rows) if r.person == held))
    assert page.release_button.isEnabled()  # type: ignore[attr-defined]
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle(qtbot, window.ctx)
    assert message_boxes() == []
    assert all(not r.hold for r in retention.retention_list(demo_db, window.ctx.actor,
                                                            only_due=False) if r.person == held)
    # The list was read again: nothing is chosen, so the buttons wait again.
    assert not page.hold_button.isEnabled() and not page.release_button.isEnabled()  # type: ignore[attr-defined]
    requests = page.request_view  # type: ignore[attr-defined]
    assert not page.identity_button.isEnabled()  # type: ignore[attr-defined]
    _choose(qtbot, requests, 0)
    for name in ("identity_button", "extend_button", "export_button"):
        assert getattr(page, name).isEnabled(), name
    people_page = window.show_page("people")
    settle(qtbot, window.ctx)
    assert not people_page.edit_button.isEnabled()  # type: ignore[attr-defined]
    people_view = people_page.view  # type: ignore[attr-defined]
    _choose(qtbot, people_view, 0)
    assert people_page.edit_button.isEnabled()  # type: ignore[attr-defined]
    # The holiday table: removing waits for a chosen row.
    settings = window.show_page("settings")
    editor = settings.calendar_editor  # type: ignore[attr-defined]
    settings.tabs.setCurrentWidget(editor)  # type: ignore[attr-defined]
    settle(qtbot, window.ctx)
    assert not editor.remove_button.isEnabled()
    count = editor.table.rowCount()
    first = editor.table.cellWidget(0, 0)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # into the first holiday's name
    assert first.hasFocus() and editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == count - 1
