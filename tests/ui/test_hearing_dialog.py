"""The case window records a hearing per party, with a report that the letter encloses."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services import cases, documents
from tests.ui.conftest import close_boxes, message_boxes, settle
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.hearing import HearingDialog
from ui.main_window import MainWindow


def _open_pupil_case(qtbot, window: MainWindow) -> CaseWindow:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    found = next(c for c in cases.list_cases(ctx.db, ctx.actor, status="open")
                 if cases.show(ctx.db, ctx.actor, c.id).subject.kind == "pupil")
    case = window.open_case(found.id)
    assert isinstance(case, CaseWindow)
    settle(qtbot, ctx)
    return case


def test_hearing_per_party_with_report(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = _open_pupil_case(qtbot, window)
    assert case.hearing_button.text() == "&Hoorgesprek vastleggen…"
    dialog = case.hearing_button.open_dialog()
    assert isinstance(dialog, HearingDialog)
    assert list(dialog.parties) == ["pupil", "parents", "teacher"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nobody ticked: refused, dialog stays
    settle(qtbot, window.ctx)
    boxes = [b for b in message_boxes() if b.icon() != QMessageBox.Icon.Information]
    assert boxes and "wie er is gehoord" in boxes[0].text() and "--" not in boxes[0].text()
    close_boxes()
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.parties["pupil"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.parties["parents"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note, "Leerling en moeder gehoord.")
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Verslag van het gesprek.")
    canvas.save()
    report = tmp_path / "verslag.pdf"
    report.write_bytes(buffer.getvalue())
    dialog.set_report(report)
    assert dialog.report_name.text() == "verslag.pdf"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert not dialog.isVisible()
    assert case.detail is not None
    step = case.detail.steps[-1]
    assert step.kind == "hearing" and step.data["parties"] == ["pupil", "parents"]
    timeline = [case.timeline.item(i).text() for i in range(case.timeline.count())]
    assert any("leerling, ouders (verslag)" in line for line in timeline)
    info, data = documents.open_document(window.ctx.db, window.ctx.actor,
                                         step.data["report_document"])
    assert data == report.read_bytes() and info.case_id == case.detail.summary.id


def test_suspension_heard_by_all_and_started_before_the_decision_with_its_reason(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from ui.dialogs.decision import DecisionDialog

    case = _open_pupil_case(qtbot, window)
    today = window.ctx.db.today()
    dialog = case.hearing_button.open_dialog()
    assert isinstance(dialog, HearingDialog)
    dialog.on.set_value(today - timedelta(days=1))
    for box in dialog.parties.values():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    if case.decide() is None:  # no proposal yet: the dialog opens once it is in
        qtbot.waitUntil(lambda: any(d.isVisible() for d in case.findChildren(DecisionDialog)))
    decide = next(d for d in case.findChildren(DecisionDialog) if d.isVisible())
    decide.measure.setCurrentIndex(decide.measure.findData("suspension"))
    assert decide.early_start.isVisibleTo(decide) and not decide.known_on.isVisibleTo(decide)
    decide.start_on.set_value(today - timedelta(days=1))
    decide.end_on.set_value(today - timedelta(days=1))
    qtbot.keyClicks(decide.reasons, "Kwetsende berichten over een klasgenoot.")
    qtbot.keyClicks(decide.education, "Huiswerk via de app.")
    qtbot.keyClicks(decide.motivation, "Schorsing na gesprek.")
    ok = decide.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # starts before the decision: refused
    settle(qtbot, window.ctx)
    boxes = [b for b in message_boxes() if b.icon() != QMessageBox.Icon.Information]
    assert boxes and "vóór het besluit" in boxes[0].text()
    close_boxes()
    qtbot.keyClicks(decide.early_start, "Op de dag zelf mondeling meegedeeld.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    assert decide.decision is not None
    assert decide.decision.details["early_start_reason"] == "Op de dag zelf mondeling meegedeeld."
