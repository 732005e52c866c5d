"""The incident editor's art. 4a flag with its definition, and the 4a tasks on top of the
dashboard (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.services import incidents, people, procedures
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.incident_editor import IncidentEditor
from ui.dialogs.procedures_dialog import ProceduresDialog
from ui.main_window import MainWindow
from ui.pages.dashboard import DashboardPage
from ui.widgets import set_combo_data

from .conftest import close_boxes, message_boxes, settle


def fill(qtbot, editor: IncidentEditor, staff: int, pupil: int, school: int) -> None:  # type: ignore[no-untyped-def]
    set_combo_data(editor.school, school)
    for person, role in ((staff, "subject"), (pupil, "victim")):
        editor.person_pick.setCurrentIndex(editor.person_pick.findData(person))
        set_combo_data(editor.role_pick, role)
        qtbot.mouseClick(editor.add_person_button, Qt.MouseButton.LeftButton)
    editor.check_rule("A7")
    set_combo_data(editor.category, "other_damage")
    for combo in editor.axes.values():
        set_combo_data(combo, 4)
    editor.platform.setCurrentText("WhatsApp")
    qtbot.keyClicks(editor.description, "Berichten met seksuele toespelingen aan een leerling.")


def test_art4a_flag_shows_definition_saves_and_tops_the_dashboard(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    staff = people.list_people(ctx.db, ctx.actor, kind="staff")[0]
    pupil = next(p for p in people.list_people(ctx.db, ctx.actor, kind="pupil")
                 if p.school_id == staff.school_id)
    editor = window.new_incident()
    assert isinstance(editor, IncidentEditor)
    settle(qtbot, ctx)  # the schools and the definition load off the GUI thread
    box = editor.track_box
    assert "minderjarige leerling" in box.definition.text()
    assert "Meldcode" in box.definition.text()
    fill(qtbot, editor, staff.id, pupil.id, staff.school_id)
    qtbot.mouseClick(box.meldcode, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.art4a, Qt.MouseButton.LeftButton)
    assert box.art4a.isChecked() and not box.meldcode.isChecked()  # one route (V10)
    before = incidents.count_incidents(ctx.db, ctx.actor)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    close_boxes()
    assert incidents.count_incidents(ctx.db, ctx.actor) == before + 1
    newest = incidents.list_incidents(ctx.db, ctx.actor)[0]
    assert procedures.get_track(ctx.db, ctx.actor, newest.id).art4a
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    dashboard.refresh()
    settle(qtbot, ctx)
    panel = dashboard.art4a_panel
    assert not panel.isHidden()
    rows = [panel.model.data(panel.model.index(r, 3)) for r in range(panel.model.rowCount())]
    assert any("vertrouwensinspecteur" in str(r) for r in rows)
    # The board's own moment (V2) from the case window's Procedures dialog.
    case = procedures.art4a_tasks(ctx.db, ctx.actor)[0].case
    case_window = window.open_case(case)
    assert isinstance(case_window, CaseWindow)
    settle(qtbot, ctx)
    qtbot.mouseClick(case_window.procedures_button, Qt.MouseButton.LeftButton)
    dialog = case_window.findChildren(ProceduresDialog)[0]
    settle(qtbot, ctx)
    assert dialog.tabs.tabText(0) == "Route en art. &4a WPO"
    assert dialog.track_box.art4a.isChecked() and dialog.board_button.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.board_by, "voorzitter college van bestuur")
    qtbot.mouseClick(dialog.board_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert procedures.get_track(ctx.db, ctx.actor, newest.id).board_informed_at is not None
    assert "art4a_board_informed" not in {d.what for d in procedures.art4a_tasks(ctx.db,
                                                                                  ctx.actor)}
    dialog.close()
    case_window.close()


def test_art4a_flag_refused_without_staff_subject_saves_nothing(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    pupils = people.list_people(ctx.db, ctx.actor, kind="pupil")
    first = pupils[0]
    second = next(p for p in pupils[1:] if p.school_id == first.school_id)
    editor = window.new_incident()
    assert isinstance(editor, IncidentEditor)
    settle(qtbot, ctx)  # the schools and the definition load off the GUI thread
    fill(qtbot, editor, first.id, second.id, first.school_id)
    qtbot.mouseClick(editor.track_box.art4a, Qt.MouseButton.LeftButton)
    before = incidents.count_incidents(ctx.db, ctx.actor)
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    boxes = message_boxes()
    assert boxes and "medewerker" in boxes[0].text()
    close_boxes()
    assert incidents.count_incidents(ctx.db, ctx.actor) == before
    editor.close()
