"""Loading one case with everything around it that letters and printed sheets need."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Board, Case, Incident, MeasureDecision, Person, ProcedureStep, School
from ..domain.errors import not_found


@dataclass(frozen=True)
class CaseRows:
    case: Case
    subject: Person
    incident: Incident
    school: School
    board: Board
    decision: MeasureDecision | None
    steps: list[ProcedureStep]


def load_case_rows(session: Session, case_id: int) -> CaseRows:
    case = session.get(Case, case_id)
    if case is None:
        raise not_found("Zaak", "Case", case_id)
    subject = session.get(Person, case.subject_id)
    incident = session.get(Incident, case.incident_id)
    assert subject is not None and incident is not None
    school = session.get(School, incident.school_id)
    assert school is not None
    board = session.get(Board, school.board_id)
    assert board is not None
    decision = session.scalar(select(MeasureDecision).where(MeasureDecision.case_id == case.id))
    steps = list(session.scalars(select(ProcedureStep).where(ProcedureStep.case_id == case.id)
                                 .order_by(ProcedureStep.done_on, ProcedureStep.id)))
    return CaseRows(case, subject, incident, school, board, decision, steps)
