"""The case window's step list offers only steps that fit the subject and the case's state
(issue 8, item 5): opened with the case window's own button, read back from the combo box as
the user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.procedure import STEP_LABELS, StepKind
from desktop_app.services import cases
from tests.ui.conftest import settle
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.step import StepDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

FOLLOW_A_DECISION = {StepKind.LETTER_SENT, StepKind.OBJECTION, StepKind.OBJECTION_DECISION,
                     StepKind.INSPECTIE_REPORT, StepKind.GPO, StepKind.GPO_OPINION}
PUPIL_ONLY = {StepKind.LEERPLICHT_INFORMED, StepKind.RECEIVING_SCHOOL, StepKind.GPO,
              StepKind.INSPECTIE_REPORT}
STAFF_ONLY = {StepKind.ORDER_CONSIDERED, StepKind.NON_MEMBERS_EMAILED}


def _offered(qtbot, window: MainWindow, case_id: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The step list's texts, opened the way a user opens it."""
    case = window.open_case(case_id)
    assert isinstance(case, CaseWindow)
    settle(qtbot, window.ctx)
    case.tabs.setCurrentWidget(case.step_button.parentWidget())
    qtbot.mouseClick(case.step_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in case.findChildren(StepDialog) if d.isVisible())
    texts = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    dialog.reject()
    case.close()
    settle(qtbot, window.ctx)
    return texts


def _labels(kinds: set[StepKind]) -> set[str]:
    return {STEP_LABELS[k][0] for k in kinds}


def test_each_case_offers_only_steps_that_fit_its_subject_and_state(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    seen: set[tuple[str, bool]] = set()
    for summary in cases.list_cases(window.ctx.db, window.ctx.actor):
        if summary.status == "closed":
            continue
        detail = cases.show(window.ctx.db, window.ctx.actor, summary.id)
        decided = detail.decision is not None
        key = (summary.subject_kind, decided)
        if key in seen:
            continue
        seen.add(key)
        texts = set(_offered(qtbot, window, summary.id))
        if summary.subject_kind == "staff":
            assert _labels({StepKind.HEARING}) <= texts or decided, texts
        else:  # heard per party through the hearing dialog (P-S5, P-V3), never a bare step
            assert _labels({StepKind.HEARING}).isdisjoint(texts), texts
        if not decided:
            assert not texts & _labels(FOLLOW_A_DECISION), (summary.reference, texts)
        else:
            assert _labels({StepKind.INTENTION}).isdisjoint(texts), (summary.reference, texts)
        steps = {s.kind for s in detail.steps}
        if StepKind.INTENTION.value not in steps:
            assert _labels({StepKind.RESPONSE}).isdisjoint(texts), (summary.reference, texts)
        if summary.subject_kind == "staff":
            assert not texts & _labels(PUPIL_ONLY), (summary.reference, texts)
        else:
            assert not texts & _labels(STAFF_ONLY), (summary.reference, texts)
        measure = (detail.decision.measure if detail.decision else
                   detail.proposal.measure if detail.proposal else None)
        intention_measure = (summary.subject_kind, measure) in {
            ("staff", "reprimand"), ("staff", "suspension"), ("pupil", "removal"),
            ("parent", "removal"), ("parent", "access_ban")}
        if not decided:
            assert (STEP_LABELS[StepKind.INTENTION][0] in texts) == intention_measure, (
                summary.reference, measure, texts)
    assert ("staff", False) in seen and ("pupil", False) in seen and ("pupil", True) in seen, seen
