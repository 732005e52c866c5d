"""Whole stories through the real widgets, offscreen, on a copy of the demo board."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from desktop_app.services import people
from ui.context import AppContext
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.decision import DecisionDialog
from ui.dialogs.hearing import HearingDialog
from ui.dialogs.incident_editor import IncidentEditor
from ui.dialogs.letter import LetterDialog
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.pages.dossiers import DossiersPage
from ui.pages.inspector import CallDialog, InformDialog, InspectorPage
from ui.widgets import set_combo_data, to_qdate

from .conftest import close_boxes, message_boxes, settle

Shoot = Callable[[QWidget, str], Path]


def person_id(ctx: AppContext, last: str, kind: str) -> int:
    return next(p.id for p in people.list_people(ctx.db, ctx.actor, kind=kind, search=last))


def register(
    qtbot,
    window: MainWindow,
    subject: int,
    rule: str,
    category: str,  # type: ignore[no-untyped-def]
    level: int,
    text: str,
    shoot: Shoot | None = None,
    boundary: bool = False,
) -> CaseWindow:
    editor = window.new_incident()
    assert isinstance(editor, IncidentEditor)
    settle(qtbot, window.ctx)  # the schools are in
    subject_info = people.get_person(window.ctx.db, window.ctx.actor, subject)
    set_combo_data(editor.school, subject_info.school_id)
    settle(qtbot, window.ctx)  # and that school's people
    editor.person_pick.setCurrentIndex(editor.person_pick.findData(subject))
    set_combo_data(editor.role_pick, "subject")
    qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    editor.check_rule(rule)
    set_combo_data(editor.category, category)
    for combo in editor.axes.values():
        set_combo_data(combo, level)
    editor.platform.setCurrentText("Instagram")
    qtbot.keyClicks(editor.description, text)
    if boundary:
        editor.boundary.setChecked(True)
    if shoot is not None:
        editor.resize(1060, 700)  # as it opens on a 1366x768 laptop at 100 %
        shoot(editor, "04-incident-editor")
    before = set(window._case_windows)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    opened = [w for k, w in window._case_windows.items() if k not in before]
    assert len(opened) == 1
    case_window = opened[0]
    assert isinstance(case_window, CaseWindow)
    return case_window


def test_teacher_incident_to_letter_in_the_personnel_dossier(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    shoot: Shoot,
) -> None:
    ctx = window.ctx
    jan = person_id(ctx, "Berg", "staff")
    case = register(
        qtbot,
        window,
        jan,
        "C4",
        "discrediting",
        1,
        "Plaatste kritiek op de school zonder vermelding 'persoonlijke mening'.",
        shoot,
    )
    qtbot.waitExposed(case)
    qtbot.mouseClick(case.propose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert case.detail is not None and case.detail.proposal is not None
    assert case.detail.proposal.measure == "warning"
    assert case.proposal_measure.text() == "waarschuwing"  # Dutch label, never the code
    case.resize(1120, 720)  # as it opens on a 1366x768 laptop at 100 %
    shoot(case, "05-case-proposal")

    dialog = case.decide()
    assert isinstance(dialog, DecisionDialog)
    assert dialog.measure.currentData() == "warning"
    shoot(dialog, "06-decision-dialog")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot, ctx)
    assert case.detail.decision is not None and case.detail.decision.measure == "warning"

    letter = case.new_letter()
    assert isinstance(letter, LetterDialog)
    assert letter.current_code() == "warning"
    assert not letter.file_button.isEnabled()  # nothing is filed before it was seen
    qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert letter.preview.page_count >= 1
    assert letter.preview.data.startswith(b"%PDF")
    assert letter.file_button.isEnabled()
    letter.resize(1200, 760)
    qtbot.wait(800)  # QPdfView renders pages on its own thread
    shoot(letter, "07-letter-preview")
    qtbot.mouseClick(letter.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert len(letter.filed) == 1 and letter.filed[0].dossier == "personeelsdossier"
    assert "personeelsdossier" in letter.status.text()
    letter.close()
    case.reload()
    settle(qtbot, ctx)
    assert any(s.kind == "letter_sent" for s in case.detail.steps)
    case.tabs.setCurrentIndex(2)
    shoot(case, "08-case-documents")
    case.close()

    window.open_person(jan)
    settle(qtbot, ctx)
    page = window.current_page()
    assert isinstance(page, DossiersPage)
    titles = [d.title for d in page.model.rows()]
    assert "Waarschuwing aan Jan van der Berg" in titles
    settle(qtbot, ctx)
    assert page.preview.page_count >= 1  # the newest document is shown in the preview
    qtbot.wait(800)
    shoot(window, "09-personnel-dossier")


def test_pupil_suspension_puts_the_inspectie_task_on_the_dashboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    ctx = window.ctx
    emma = person_id(ctx, "Jong", "pupil")
    case = register(
        qtbot,
        window,
        emma,
        "A7",
        "bullying",
        2,
        "Plaatste een gemene bewerkte foto van een klasgenoot op Instagram.",
    )
    qtbot.mouseClick(case.propose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert case.detail is not None and case.detail.proposal is not None
    assert case.detail.proposal.measure == "suspension"

    # A pupil is heard per party (P-S5): the hearing step opens the hearing dialog.
    hearing = case.record_step("hearing")
    assert isinstance(hearing, HearingDialog)
    for party in ("pupil", "parents", "teacher"):
        qtbot.mouseClick(hearing.parties[party], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(hearing.note, "Leerling, ouders en groepsleerkracht gehoord.")
    qtbot.mouseClick(
        hearing.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot, ctx)
    assert [s.kind for s in case.detail.steps] == ["hearing"]
    assert case.detail.steps[0].data["parties"] == ["pupil", "parents", "teacher"]

    dialog = case.decide()
    assert isinstance(dialog, DecisionDialog)
    today = ctx.db.today()
    dialog.start_on.setDate(to_qdate(today + timedelta(days=1)))
    dialog.end_on.setDate(to_qdate(today + timedelta(days=2)))
    qtbot.keyClicks(dialog.education, "Huiswerk via de groepsleerkracht.")
    qtbot.keyClicks(dialog.reasons, "Een bewerkte foto heeft een klasgenoot gekwetst.")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    reference = case.detail.summary.reference
    tasks = [case.due_list.item(i).text() for i in range(case.due_list.count())]
    assert any("Inspectie" in t for t in tasks)
    case.close()

    dashboard = window.show_page("dashboard")
    settle(qtbot, ctx)
    assert isinstance(dashboard, DashboardPage)
    rows = dashboard.deadline_model.rows()
    assert any(d.reference == reference and d.what == "inspectie_report" for d in rows)
    position = next(
        i for i, d in enumerate(rows) if d.reference == reference and d.what == "inspectie_report"
    )
    index = dashboard.deadline_model.index(position, 3)
    assert "Inspectie" in dashboard.deadline_model.data(index)
    dashboard.deadline_view.scrollTo(index)
    qtbot.mouseClick(
        dashboard.deadline_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dashboard.deadline_view.visualRect(index).center(),
    )
    assert dashboard.deadline_model.id_at(position) in window._case_windows  # one click


def test_inspector_call_is_refused_before_the_employee_was_told(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shoot: Shoot
) -> None:
    ctx = window.ctx
    sanne = person_id(ctx, "Jansen", "staff")
    case = register(
        qtbot,
        window,
        sanne,
        "A7",
        "other_damage",
        3,
        "Stuurde een leerling via een eigen account ongepaste berichten.",
        boundary=True,
    )
    case_id = case.case_id
    case.close()
    page = window.show_page("inspector")
    settle(qtbot, ctx)
    assert isinstance(page, InspectorPage)
    assert page.todo.findData(case_id) >= 0
    page.select_case(case_id)

    call = page.log_call()
    assert isinstance(call, CallDialog)
    qtbot.keyClicks(call.inspector_name, "mevr. A. Hendriks")
    qtbot.keyClicks(call.summary, "Situatie besproken.")
    save = call.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    refusals = message_boxes("refusalBox")
    assert len(refusals) == 1
    assert "eerst op de hoogte" in refusals[0].text()
    assert "Traceback" not in refusals[0].text()
    shoot(refusals[0], "12-refusal-dialog")
    assert call.isVisible() and call.inspector_name.text() == "mevr. A. Hendriks"
    close_boxes()
    call.reject()

    inform = page.inform()
    assert isinstance(inform, InformDialog)
    qtbot.keyClicks(inform.how, "Persoonlijk gesprek met de directeur.")
    inform_ok = inform.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(inform_ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes()
    settle(qtbot, ctx)

    page.select_case(case_id)
    call = page.log_call()
    assert isinstance(call, CallDialog)
    qtbot.keyClicks(call.inspector_name, "mevr. A. Hendriks")
    qtbot.keyClicks(call.summary, "Situatie besproken; geen redelijk vermoeden.")
    set_combo_data(call.outcome, "no")
    shoot(call, "11-inspector-call-dialog")
    save = call.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    settle(qtbot, ctx)
    assert any(c.case == case_id for c in page.model.rows())
    assert isinstance(page.call_button, QPushButton)
