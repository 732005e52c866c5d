"""The case window's Procedures dialog (issue 14): an order suspension decided, its letter
filed and the response recorded by clicking, and the child chosen for a parent's removal."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from desktop_app.services import documents, incidents, people, procedures, settings
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.procedures_dialog import ProceduresDialog
from ui.main_window import MainWindow

from .conftest import close_boxes, message_boxes, settle


def test_order_suspension_from_the_case_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    settings.set_legal(ctx.db, ctx.actor, {"cao_article_order_suspension": "artikel 11.3"})
    staff = people.list_people(ctx.db, ctx.actor, kind="staff")[0]
    today = ctx.db.today()
    case = incidents.register_incident(
        ctx.db, ctx.actor, school_id=staff.school_id, subjects=[staff.id], rules=["C1"],
        category_code="discrediting", platform="X", occurred_on=today - timedelta(days=2),
        description="Berichten over de school.", severity=3).cases[0].id
    case_window = window.open_case(case)
    assert isinstance(case_window, CaseWindow)
    settle(qtbot, ctx)
    qtbot.mouseClick(case_window.procedures_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in case_window.findChildren(ProceduresDialog))
    settle(qtbot, ctx)
    # The route can be set later too; art. 4a needs a pupil as victim (V1).
    assert not dialog.board_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.track_box.art4a, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.track_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    boxes = message_boxes()
    assert boxes and "slachtoffer" in boxes[0].text()
    close_boxes()
    assert not procedures.get_track(ctx.db, ctx.actor, dialog.detail.summary.incident_id).art4a
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.decide_order_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    boxes = message_boxes()
    assert boxes and "dringend noodzakelijk" in boxes[0].text()  # ST5: the ground first
    close_boxes()
    dialog.order_end.setDate(dialog.order_end.date().addDays(13))
    qtbot.keyClicks(dialog.urgency, "Onrust bij ouders; onderzoek loopt.")
    qtbot.mouseClick(dialog.decide_order_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert dialog.orders.count() == 1 and "14 dagen" in dialog.orders.item(0).text()
    qtbot.keyClicks(dialog.registered, "RR123NL")
    qtbot.mouseClick(dialog.letter_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes(), [b.text() for b in message_boxes()]
    assert "brief verstuurd" in dialog.orders.item(0).text()
    qtbot.keyClicks(dialog.response, "Geen zienswijze ontvangen.")
    qtbot.mouseClick(dialog.response_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert not message_boxes()
    assert procedures.list_orders(ctx.db, ctx.actor, case)[0].response_on == today
    titles = [d.title for d in documents.list_dossier(ctx.db, ctx.actor, staff.id)]
    assert any(t.startswith("Besluit schorsing als ordemaatregel") for t in titles)
    dialog.close()
    case_window.close()
