"""What a 1366x768 screen shows (issue 8 item 11): the incident table's columns fit, a long
description keeps the decision button on screen, an empty box has no active button."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.pages.consent import ConsentPage
from ui.pages.incidents import IncidentsPage

from .conftest import settle
from .test_refusal_words import open_new_case


def test_incident_table_columns_fit_at_1366(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    page = window.show_page("incidents")
    assert isinstance(page, IncidentsPage)
    settle(qtbot, window.ctx)
    QApplication.processEvents()
    header = page.view.horizontalHeader()
    columns = page.model.columnCount()
    used = sum(header.sectionSize(c) for c in range(columns))
    assert used <= page.view.viewport().width() + 1
    assert not page.view.horizontalScrollBar().isVisible()
    # The description (last) column still shows some of its text.
    assert header.sectionSize(columns - 1) >= 80


def test_long_description_keeps_the_decision_button_on_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = "Plaatste herhaald kritiek op collega's op Instagram. " * 60
    case = open_new_case(qtbot, window, 2, text)
    case.resize(1120, 720)  # as it opens on a 1366x768 laptop
    qtbot.mouseClick(case.propose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    QApplication.processEvents()
    scroll = case.tabs.widget(0)
    viewport = scroll.viewport()  # type: ignore[attr-defined]
    for button in (case.next_step_button, case.decide_button):
        assert button.isVisible()
        bottom = button.mapTo(viewport, QPoint(0, button.height())).y()
        assert bottom <= viewport.height(), (button.text(), bottom, viewport.height())
    case.close()


def test_consent_buttons_wait_for_a_person(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("consent")
    assert isinstance(page, ConsentPage)
    settle(qtbot, window.ctx)
    if page.data is None:  # nobody chosen: an empty box has no active button
        for button in (page.give_button, page.refuse_button, page.withdraw_button,
                       page.review_button, page.form_button):
            assert not button.isEnabled(), button.text()
