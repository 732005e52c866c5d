"""Editing a person from the Personen page, and the board's rule for the overall severity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.domain.severity import OverallRule
from desktop_app.services import audit, people
from desktop_app.services import settings as board_settings
from ui.dialogs.incident_editor import IncidentEditor
from ui.main_window import MainWindow
from ui.pages.people import PeoplePage, PersonDialog
from ui.pages.settings import SettingsPage
from ui.widgets import set_combo_data

from .conftest import message_boxes, settle

Shoot = Callable[[QWidget, str], Path]


def test_edit_person_changes_only_what_was_changed(qtbot, window: MainWindow, shoot: Shoot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    settle(qtbot, ctx)
    assert not page.edit_button.isEnabled()  # nothing selected yet
    staff = next(p for p in people.list_people(ctx.db, ctx.actor, kind="staff", limit=50)
                 if p.street)
    row = next(r for r in range(page.model.rowCount()) if page.model.id_at(r) == staff.id)
    page.view.setCurrentIndex(page.model.index(row, 0))
    assert page.edit_button.isEnabled()
    dialog = page.edit_person()
    assert isinstance(dialog, PersonDialog)
    # The stored details are filled in; school and kind cannot change.
    assert dialog.first.text() == staff.first_name and dialog.last.text() == staff.last_name
    assert dialog.address.text() == f"{staff.street}, {staff.postcode} {staff.city}"
    assert not dialog.school.isEnabled() and not dialog.kind.isEnabled()
    assert not dialog.guardian_of.isVisible()
    assert dialog.changes(staff) == {}
    shoot(dialog, "25-person-edit")
    dialog.prefix.setText("van der")
    dialog.last.setText("Berg")
    dialog.function.setText("intern begeleider")
    assert set(dialog.changes(staff)) == {"prefix", "last", "function"}
    dialog.accept()
    settle(qtbot, ctx)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    changed = people.get_person(ctx.db, ctx.actor, staff.id)
    assert (changed.name_prefix, changed.last_name, changed.function) == (
        "van der", "Berg", "intern begeleider")
    assert changed.sort_name.startswith("Berg")  # Dutch sorting: the prefix does not count
    assert changed.email == staff.email and changed.street == staff.street
    with ctx.db.sessions() as session:
        actions = [(e.action, e.details.get("fields"))
                   for e in audit.list_events(session, person_id=staff.id, limit=5)]
    assert actions[0] == ("person.update", ["function", "last", "prefix"])
    settle(qtbot, ctx)


def test_edit_person_refusal_keeps_the_dialog_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    person = people.list_people(ctx.db, ctx.actor, kind="staff", limit=1)[0]
    dialog = page.edit_person(person)
    assert isinstance(dialog, PersonDialog)
    dialog.email.setText("not an address")
    dialog.accept()
    settle(qtbot, ctx)
    assert dialog.isVisible()  # what was typed stays
    assert message_boxes("refusalBox")
    assert people.get_person(ctx.db, ctx.actor, person.id).email == person.email
    dialog.reject()


def test_overall_severity_follows_the_board_rule(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    settings.refresh()
    settle(qtbot, ctx)
    assert settings.severity_rule.currentData() == "maximum"
    set_combo_data(settings.severity_rule, "rounded_mean")
    settings.policy_save.click()
    settle(qtbot, ctx)
    assert board_settings.get_severity_rule(ctx.db, ctx.actor) is OverallRule.ROUNDED_MEAN
    editor = IncidentEditor(ctx, window)
    qtbot.addWidget(editor)
    settle(qtbot, ctx)  # the board's rule is loaded with the schools
    for name, level in (("statements", 1), ("behaviour", 1), ("consequences", 4)):
        set_combo_data(editor.axes[name], level)
    assert "gemiddelde" in editor.overall_caption.text()
    # (1 + 1 + 4) / 3 = 2 with the mean; the maximum would say 4.
    assert editor.overall.text() == editor.axes["statements"].itemText(2)
    editor._saved = True  # noqa: SLF001 - close without the unsaved-changes question
    editor.close()
