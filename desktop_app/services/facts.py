"""Gathering the rule inputs for cases, and keeping each case's open deadlines current."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..db.models import (
    Case,
    Incident,
    InspectorCall,
    MeasureDecision,
    Person,
    PoliceReport,
    ProcedureStep,
    School,
)
from ..db.models_perf import OpenDeadline
from ..domain import procedure
from ..domain.cases import CaseStatus
from ..domain.catalogue import PersonKind
from ..domain.measures import Measure
from ..domain.procedure import CaseFacts, DecisionFact, StepFact, StepKind
from .settings import legal_settings, school_calendar


def build_facts(session: Session, case_ids: Iterable[int]) -> dict[int, CaseFacts]:
    """The rule inputs for many cases in a fixed number of queries (no query per case)."""
    ids = list(case_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Case.id, Case.subject_id, Person.kind, School.denomination, Incident.occurred_on,
               Incident.reported_on, Incident.urgent_reason, Incident.boundary_crossing,
               Incident.criminal)
        .join(Incident, Incident.id == Case.incident_id)
        .join(Person, Person.id == Case.subject_id)
        .join(School, School.id == Incident.school_id)
        .where(Case.id.in_(ids))).all()
    # Plain columns, not ORM objects: this runs over thousands of cases for the deadline list.
    steps: dict[int, list[StepFact]] = {}
    for case_id, kind, done_on, note, data in session.execute(
            select(ProcedureStep.case_id, ProcedureStep.kind, ProcedureStep.done_on,
                   ProcedureStep.note, ProcedureStep.data)
            .where(ProcedureStep.case_id.in_(ids))):
        steps.setdefault(case_id, []).append(
            StepFact(StepKind(kind), done_on, note, dict(data or {})))
    decisions: dict[int, DecisionFact] = {}
    details: dict[int, dict] = {}
    for case_id, m, on, start, end, extra in session.execute(
            select(MeasureDecision.case_id, MeasureDecision.measure, MeasureDecision.decided_on,
                   MeasureDecision.start_on, MeasureDecision.end_on, MeasureDecision.details)
            .where(MeasureDecision.case_id.in_(ids))):
        decisions[case_id] = DecisionFact(Measure(m), on, start, end)
        details[case_id] = dict(extra or {})
    calls: dict[int, int] = {case_id: n for case_id, n in session.execute(
        select(InspectorCall.case_id, func.count(InspectorCall.id))
        .where(InspectorCall.case_id.in_(ids)).group_by(InspectorCall.case_id))}
    suspicion = set(session.scalars(select(InspectorCall.case_id).where(
        InspectorCall.case_id.in_(ids), InspectorCall.outcome == "yes")))
    reports: dict[int, int] = {case_id: n for case_id, n in session.execute(
        select(PoliceReport.case_id, func.count(PoliceReport.id))
        .where(PoliceReport.case_id.in_(ids)).group_by(PoliceReport.case_id))}
    subjects = {r[1] for r in rows}
    # P-V8, O4: a warning counts only when it was decided and its letter sent before the
    # incident the new measure is about. Per subject: the dates such warnings were sent.
    sent_warnings: dict[int, list[tuple[int, date]]] = {}
    for subject_id, warning_case, sent_on in session.execute(
            select(Case.subject_id, Case.id, func.min(ProcedureStep.done_on))
            .join(MeasureDecision, MeasureDecision.case_id == Case.id)
            .join(ProcedureStep, ProcedureStep.case_id == Case.id)
            .where(Case.subject_id.in_(subjects), MeasureDecision.measure == "warning",
                   ProcedureStep.kind == StepKind.LETTER_SENT.value)
            .group_by(Case.subject_id, Case.id)):
        sent_warnings.setdefault(subject_id, []).append((warning_case, sent_on))
    calendar = school_calendar(session)
    from .track_facts import load_tracks

    tracks = load_tracks(session, ids)  # issue 14: the 4a track, order measures, duties
    facts: dict[int, CaseFacts] = {}
    for (case_id, subject_id, kind, denomination, occurred, reported, urgent, boundary,
         criminal) in rows:
        decision = decisions.get(case_id)
        before = sorted(on for other, on in sent_warnings.get(subject_id, [])
                        if other != case_id and on < occurred)
        prior_warning = bool(before)
        facts[case_id] = CaseFacts(
            case_id=case_id, subject_kind=PersonKind(kind), denomination=denomination,
            occurred_on=occurred, known_on=reported, urgent_reason=urgent,
            boundary_crossing=boundary, criminal=criminal,
            steps=tuple(sorted(steps.get(case_id, []), key=lambda s: s.on)),
            decision=decision, prior_warning=prior_warning,
            prior_warning_on=before[-1] if before else None,
            calendar=calendar, decision_details=details.get(case_id, {}),
            inspector_calls=int(calls.get(case_id, 0)),
            reasonable_suspicion=case_id in suspicion,
            police_reports=int(reports.get(case_id, 0)),
            track=tracks[case_id])
    return facts


BATCH = 2000


def refresh_open_tasks(session: Session, case_ids: Iterable[int]) -> None:
    """Rewrite the cases' stored open deadlines (and their count) inside the caller's
    transaction, from the domain rules: `procedure.deadlines` stays their only definition."""
    ids = list(case_ids)
    if not ids:
        return
    facts = build_facts(session, ids)
    legal = legal_settings(session)
    session.execute(delete(OpenDeadline).where(OpenDeadline.case_id.in_(ids)))
    rows: list[dict[str, object]] = []
    for case, school_id in session.execute(
            select(Case, Incident.school_id).join(Incident, Incident.id == Case.incident_id)
            .where(Case.id.in_(ids))).tuples():
        due = [] if case.status == CaseStatus.CLOSED else procedure.deadlines(facts[case.id], legal)
        case.open_tasks = len(due)
        rows.extend({"case_id": d.case_id, "school_id": school_id,
                     "subject_id": case.subject_id, "what": d.what,
                     "label_nl": d.label_nl, "label_en": d.label_en, "due": d.due,
                     "rule_id": d.rule_id} for d in due)
    if rows:
        session.execute(insert(OpenDeadline), rows)


def refresh_all_open_tasks(session: Session) -> int:
    """Recompute every case's stored deadlines (after an upgrade or a change of the legal
    terms); returns how many cases were evaluated."""
    ids = list(session.scalars(select(Case.id).where(Case.status != CaseStatus.CLOSED.value)
                               .order_by(Case.id)))
    session.execute(delete(OpenDeadline))
    for start in range(0, len(ids), BATCH):
        refresh_open_tasks(session, ids[start:start + BATCH])
    return len(ids)
