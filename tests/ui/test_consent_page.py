"""The consent page and the Rapporten menu, driven with key presses and clicks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QSpinBox

from desktop_app.services import consent
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY
from tests.reports.pdfcheck import flat
from tests.ui.conftest import close_boxes, message_boxes, settle
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.consent import ChoiceDialog, ConsentPage, ReviewDialog
from ui.pages.dashboard import DashboardPage

DAAN, KARIN, ROBERT = 9, 19, 20  # the demo's pupil and his two parents with authority


def _page(qtbot, window: MainWindow, ctx: AppContext) -> ConsentPage:  # type: ignore[no-untyped-def]
    number = [p.key for p in window.page_types].index("consent") + 1
    qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ctx)
    page = window.current_page()
    assert isinstance(page, ConsentPage)
    return page


def _choose_person(qtbot, page: ConsentPage, ctx: AppContext, person_id: int) -> None:  # type: ignore[no-untyped-def]
    text = page.person.itemText(page.person.findData(person_id))
    line = page.person.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert page.data is not None and page.data.person == person_id


def _click_row(qtbot, page: ConsentPage, purpose: str) -> None:  # type: ignore[no-untyped-def]
    row = [s.purpose for s in page.model.rows()].index(purpose)
    rect = page.view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _dialog(page: ConsentPage, kind: type) -> ChoiceDialog | ReviewDialog:
    found = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def _fill(qtbot, page: ConsentPage, ctx: AppContext, button, how: str,  # type: ignore[no-untyped-def]
          giver: int | None = None, follow_up: str = "") -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, ChoiceDialog)
    assert isinstance(dialog, ChoiceDialog)
    if giver is not None:
        dialog.giver.setFocus()
        while dialog.giver.currentData() != giver:
            qtbot.keyClick(dialog.giver, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.how, how)
    if follow_up:
        qtbot.keyClicks(dialog.follow_up, follow_up)
    qtbot.keyClick(dialog.how, Qt.Key.Key_Return)
    settle(qtbot, ctx)


def _status(page: ConsentPage, purpose: str) -> str:
    row = [s.purpose for s in page.model.rows()].index(purpose)
    return str(page.model.index(row, 1).data())


def test_a_refusal_by_one_parent_wins_and_withdrawal_records_the_follow_up(
        qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window, ctx)
    _choose_person(qtbot, page, ctx, DAAN)
    assert "Karin Bakker" in page.who.text() and "Robert Bakker" in page.who.text()
    _click_row(qtbot, page, "website")
    _fill(qtbot, page, ctx, page.refuse_button, "mail aan de directeur", giver=KARIN)
    _click_row(qtbot, page, "website")
    _fill(qtbot, page, ctx, page.give_button, "papieren formulier", giver=ROBERT)
    assert _status(page, "website") == "geweigerd"
    assert page.history_model.rowCount() == 2
    _click_row(qtbot, page, "press")
    _fill(qtbot, page, ctx, page.give_button, "formulier", giver=KARIN)
    assert _status(page, "press") == "toestemming"
    _click_row(qtbot, page, "press")
    _fill(qtbot, page, ctx, page.withdraw_button, "telefoon", giver=KARIN,
          follow_up="Persfoto niet aanleveren")
    assert _status(page, "press") == "ingetrokken"
    row = [s.purpose for s in page.model.rows()].index("press")
    assert page.model.index(row, 6).data() == "Persfoto niet aanleveren"


def test_a_refused_choice_keeps_the_dialog_open_with_a_sentence(
        qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window, ctx)
    _choose_person(qtbot, page, ctx, DAAN)
    _click_row(qtbot, page, "video")
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, ChoiceDialog)
    qtbot.keyClicks(dialog.how, "mail")
    qtbot.keyClick(dialog.how, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    boxes = message_boxes()
    assert boxes and "Er is geen toestemming om in te trekken" in boxes[0].text()
    assert "--" not in boxes[0].text()
    close_boxes()
    assert dialog.isVisible()
    dialog.how.clear()
    qtbot.keyClick(dialog.how, Qt.Key.Key_Escape)


def test_staff_decide_themselves(qtbot, window: MainWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
                                 demo_db: Database, demo_actor: Actor) -> None:
    page = _page(qtbot, window, ctx)
    page.kind.setFocus()
    qtbot.keyClick(page.kind, Qt.Key.Key_Down)  # Medewerkers
    settle(qtbot, ctx)
    assert page.data is not None and page.data.kind == "staff"
    staff = page.data.person
    assert page.data.deciders[0].id == staff
    _click_row(qtbot, page, "website")
    _fill(qtbot, page, ctx, page.give_button, "formulier bij indiensttreding")
    assert _status(page, "website") == "toestemming"
    assert consent.register(demo_db, demo_actor, staff)[0].by_id == staff


def test_the_yearly_review_on_the_dashboard_opens_the_register_and_is_recorded(
        qtbot, window: MainWindow, ctx: AppContext, demo_db: Database,  # type: ignore[no-untyped-def]
        demo_actor: Actor) -> None:
    consent.give(demo_db, demo_actor, DAAN, "website", by_id=KARIN,
                 on=TODAY - timedelta(days=360), how="formulier")
    window.show_page("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot, ctx)
    dashboard = window.current_page()
    assert isinstance(dashboard, DashboardPage)
    # Daan's review is coming; the demo's pupil Lotte Meijer is overdue.
    assert dashboard.review_box.isVisible() and dashboard.review_model.rowCount() == 2
    mine = [r.person for r in dashboard.review_model.rows()].index(DAAN)
    rect = dashboard.review_view.visualRect(dashboard.review_model.index(mine, 1))
    qtbot.mouseClick(dashboard.review_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    settle(qtbot, ctx)
    page = window.current_page()
    assert isinstance(page, ConsentPage) and page.data is not None
    assert page.data.person == DAAN
    assert "Volgende jaarlijkse herziening" in page.review_state.text()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, ReviewDialog)
    qtbot.keyClicks(dialog.how, "jaarlijkse mail")
    qtbot.keyClick(dialog.how, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert page.data.last_review == TODAY
    window.show_page("dashboard")
    settle(qtbot, ctx)
    assert DAAN not in [r.person for r in dashboard.review_model.rows()]
    assert dashboard.review_model.rowCount() == 1 and dashboard.review_model.rows()[0].overdue


def test_the_form_is_printed_to_a_chosen_file(qtbot, window: MainWindow, ctx: AppContext,  # type: ignore[no-untyped-def]
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, window, ctx)
    _choose_person(qtbot, page, ctx, DAAN)
    target = tmp_path / "form.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.form_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(target.exists)
    text = flat(target.read_bytes())
    assert "Toestemming beeldmateriaal" in text and "Daan Bakker" in text
    close_boxes()


def _menu_action(window: MainWindow, name: str) -> None:
    action = next(a for a in window.reports_menu.actions() if a.objectName() == name)
    assert action.isEnabled() and action.text()
    action.trigger()


def test_reports_menu_saves_the_annual_report_and_the_processing_register(
        qtbot, window: MainWindow, ctx: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    targets = iter([tmp_path / "jaar.pdf", tmp_path / "register.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(next(targets)), "")))
    assert window.reports_menu.title() == "&Rapporten"
    _menu_action(window, "annualReportAction")
    qtbot.waitUntil(lambda: any(isinstance(w, QInputDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QInputDialog) and w.isVisible())
    year = dialog.findChild(QSpinBox).findChild(QLineEdit)
    year.selectAll()
    qtbot.keyClicks(year, str(TODAY.year))
    qtbot.keyClick(year, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    qtbot.waitUntil((tmp_path / "jaar.pdf").exists)
    data = (tmp_path / "jaar.pdf").read_bytes()
    text = flat(data)
    assert f"Jaarverslag incidenten sociale media {TODAY.year}" in text and "< 5" in text
    for name in ("Daan", "Bakker", "Karin"):
        assert name not in text
    close_boxes()
    _menu_action(window, "processingRegisterAction")
    settle(qtbot, ctx)
    qtbot.waitUntil((tmp_path / "register.pdf").exists)
    register = (tmp_path / "register.pdf").read_bytes()
    assert "Register van verwerkingsactiviteiten" in flat(register)
    close_boxes()
    for pdf in (data, register):  # one page of each, rendered: not blank
        image = pdfium.PdfDocument(pdf)[0].render(scale=0.5).to_pil().convert("L")
        low, high = image.getextrema()
        assert high - low > 100


def test_a_read_only_account_sees_the_register_but_cannot_change_it(
        qtbot, demo_db: Database, demo_actor: Actor, ui_settings) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services import accounts
    from ui.app import make_context

    consent.give(demo_db, demo_actor, DAAN, "website", by_id=KARIN, on=TODAY, how="formulier")
    reader = accounts.create_user(demo_db, demo_actor, "lezer", "Lezer", "readonly",
                                  "correct horse battery", [1])
    context = make_context(demo_db, reader, ui_settings)
    page = ConsentPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot, context)
    _choose_person(qtbot, page, context, DAAN)
    assert _status(page, "website") == "toestemming"
    for button in (page.give_button, page.refuse_button, page.withdraw_button,
                   page.review_button):
        assert not button.isEnabled()
    assert page.form_button.isEnabled()
    context.ops.wait()


def test_the_consent_page_and_the_reports_menu_read_in_english(
        qtbot, window: MainWindow, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QPushButton

    from resources.translations.phrasebook_en import EN
    from ui import i18n

    page = _page(qtbot, window, ctx)
    _choose_person(qtbot, page, ctx, DAAN)
    dutch_only = {nl.replace("&", "") for nl, en in EN.items() if nl != en}
    i18n.set_language("en")
    try:
        qtbot.waitUntil(lambda: page.title() == "Consent", timeout=3000)
        settle(qtbot, ctx)
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
        texts += [str(page.model.headerData(c, Qt.Orientation.Horizontal))
                  for c in range(page.model.columnCount())]
        texts += [window.reports_menu.title()] + [a.text() for a in window.reports_menu.actions()]
        shown = [t.replace("&", "") for t in texts if t.strip()]
        left = [t for t in shown if t in dutch_only]
        assert not left, left
        assert "Reports" in shown and "Give consent…" in shown
        assert page.model.index(0, 1).data() == "no choice (so no consent)"
    finally:
        i18n.set_language("nl")
