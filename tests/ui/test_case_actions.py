"""Case window: a police report recorded and shown, closing refused while tasks are open."""

from __future__ import annotations

from desktop_app.services import inspector
from tests.ui.conftest import message_boxes, settle
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.police import PoliceReportDialog
from ui.main_window import MainWindow


def test_police_report_and_close_case(qtbot, window: MainWindow, shoot) -> None:  # type: ignore[no-untyped-def]
    case = window.open_case(4)  # Kees van Dijk: threatening, criminal flag
    assert isinstance(case, CaseWindow)
    settle(qtbot, window.ctx)
    case.tabs.setCurrentIndex(1)
    dialog = case.record_police_report()
    assert isinstance(dialog, PoliceReportDialog)
    dialog.unit.setText("Midden-Nederland")
    dialog.accept()  # the registration number is missing: refused, the dialog stays
    settle(qtbot, window.ctx)
    assert dialog.isVisible() and dialog.report is None
    assert any("registratienummer" in box.text().lower() for box in message_boxes())
    for box in message_boxes():
        box.close()
    dialog.number.setText("PL0900-2026-4411")
    dialog.informed.setPlainText("medewerker, 24-11 09:00")
    shoot(dialog, "24-police-report")
    dialog.accept()
    settle(qtbot, window.ctx)
    assert dialog.report is not None
    reports = inspector.police_reports(window.ctx.db, window.ctx.actor, 4)
    assert [r.registration_number for r in reports] == ["PL0900-2026-4411"]
    settle(qtbot, window.ctx)
    texts = [case.timeline.item(i).text() for i in range(case.timeline.count())]
    assert any("PL0900-2026-4411" in t for t in texts)

    case10 = window.open_case(10)  # Milan: suspension with open tasks
    assert isinstance(case10, CaseWindow)
    settle(qtbot, window.ctx)
    case10.close_case()
    settle(qtbot, window.ctx)
    assert any("open taken" in box.text() for box in message_boxes())
    assert case10.detail is not None and case10.detail.summary.status == "decided"
