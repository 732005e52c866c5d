"""The op runner is the GUI's one door: writes announce their change set, views refresh from
it without writing view events, refusals reach one error path."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent
from desktop_app.domain.errors import RuleViolation
from desktop_app.services import cases, documents
from desktop_app.services.changes import Changes, Kind
from desktop_app.services.database import Database
from desktop_app.services.documents import NewDocument
from tests.conftest import TODAY
from ui.dialogs.case_view import CaseWindow
from ui.main_window import MainWindow
from ui.ops import OpContext
from ui.pages.dossiers import DossiersPage

from .conftest import close_boxes, message_boxes, settle


def views(db: Database, action: str) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count(AuditEvent.id))
                                  .where(AuditEvent.action == action)) or 0)


def test_a_write_announces_its_change_set_and_the_open_case_refreshes_unaudited(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    before = views(ctx.db, "case.view")
    case = window.open_case(10)
    assert isinstance(case, CaseWindow)
    settle(qtbot, ctx)
    assert views(ctx.db, "case.view") == before + 1  # opened on purpose: audited
    steps = len(case.detail.steps) if case.detail else 0
    announced: list[Changes] = []
    ctx.bus.applied.connect(lambda changes, source: announced.append(changes))

    def work(op: OpContext) -> None:  # a write elsewhere (another window, say)
        cases.record_step(op.db, op.actor, 10, "hearing", TODAY, "Gehoord.",
                          {"parties": ["pupil"]})

    ctx.ops.op(work).run()
    settle(qtbot, ctx)
    assert announced and announced[0].of(Kind.CASE) == {10}  # from the op's change set
    assert case.detail is not None and len(case.detail.steps) == steps + 1  # refreshed
    assert views(ctx.db, "case.view") == before + 1  # the refresh wrote no view event
    case.reload()  # F5-less reopen on purpose: audited again
    settle(qtbot, ctx)
    assert views(ctx.db, "case.view") == before + 2


def test_a_change_refreshes_an_open_dossier_without_a_view_event(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    page = window.show_page("dossiers")
    assert isinstance(page, DossiersPage)
    settle(qtbot, ctx)
    case_id = 10
    subject = cases.show(ctx.db, ctx.actor, case_id).summary.subject_id
    documents.file_document(ctx.db, ctx.actor, subject, NewDocument(
        "note", "Gespreksverslag", "verslag.txt", "text/plain", b"Verslag van het gesprek."))
    before = views(ctx.db, "dossier.view")
    page.show_person(subject)
    settle(qtbot, ctx)
    settle(qtbot, ctx)  # and the newest document in the preview
    assert views(ctx.db, "dossier.view") == before + 1
    opened = views(ctx.db, "document.open")
    assert page.model.rows()  # a document is previewed (opened: audited)
    ctx.ops.op(lambda op: cases.record_step(op.db, op.actor, case_id, "hearing", TODAY, "",
                                             {"parties": ["pupil"]})).run()
    settle(qtbot, ctx)
    settle(qtbot, ctx)
    # The refresh re-read the dossier and its preview: no view event for either.
    assert views(ctx.db, "dossier.view") == before + 1
    assert views(ctx.db, "document.open") == opened


def test_a_refusal_reaches_the_one_error_path(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx

    def refused(op: OpContext) -> None:
        raise RuleViolation("Dit mag niet volgens de regel.", "Not allowed by the rule.", "P-S1")

    ctx.ops.op(refused).owner(window).run()
    settle(qtbot, ctx)
    boxes = message_boxes("refusalBox")
    assert len(boxes) == 1 and "Dit mag niet volgens de regel." in boxes[0].text()
    close_boxes()
