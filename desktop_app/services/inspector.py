"""The confidential inspector: telling the employee, the call log, and police reports."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from ..db.models import Incident, InspectorCall, Person, PoliceReport, ProcedureStep
from ..domain import tracks
from ..domain.catalogue import INSPECTOR_OUTCOMES, PersonKind
from ..domain.dates import check_plausible
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.procedure import StepKind, check_inspector_call
from .convert import call_info, police_info
from .database import Actor, Database
from .dto import InspectorCallInfo, PoliceReportInfo, StepInfo
from .facts import build_facts, refresh_open_tasks
from .settings import legal_settings

OUTCOMES = INSPECTOR_OUTCOMES


def inform_employee(db: Database, actor: Actor, case_id: int, at: datetime,
                    how: str) -> StepInfo:
    """Protocol Sancties 2: the employee is told before the inspector is phoned."""
    if not how.strip():
        raise InvalidInput("Vermeld hoe de medewerker is ingelicht.",
                           "State how the employee was told.", field="how")
    with db.transaction(actor) as tx:
        tx.scope.require_restricted()
        check_plausible(at, tx.now.date(), "Het moment", "The moment")
        case = tx.scope.require_case(case_id)
        subject = tx.session.get(Person, case.subject_id)
        assert subject is not None
        if subject.kind != PersonKind.STAFF.value:
            check_inspector_call(False, PersonKind(subject.kind), None, at, "")
        if at > tx.now:
            raise InvalidInput("Dit moment ligt in de toekomst.", "This moment is in the future.")
        facts = build_facts(tx.session, [case.id])[case.id]
        tracks.check_employee_informed(facts, True)  # V3: in a 4a case, not before the call
        step = ProcedureStep(case_id=case.id, kind=StepKind.EMPLOYEE_INFORMED.value,
                             done_on=at.date(), note=how.strip(), data={"at": at.isoformat()},
                             created_at=tx.now, created_by=tx.actor_id)
        tx.session.add(step)
        tx.session.flush()
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("inspector.inform", "case", case.id, case_id=case.id, person_id=subject.id,
                 at=at, how=how.strip())
        return StepInfo(step.id, case.id, step.kind, "medewerker ingelicht over melding",
                        step.done_on, step.note, dict(step.data))


def log_call(
    db: Database, actor: Actor, case_id: int, *, started_at: datetime, inspector_name: str,
    summary: str, ended_at: datetime | None = None, advice: str = "", reference: str = "",
    reason: str = "", caller_role: str = "namens het bevoegd gezag",
    learned_at: datetime | None = None, learned_from: str = "", facts: str = "",
    outcome: str = "unclear", agreed_actions: str = "", follow_up: str = "",
    number: str | None = None,
) -> InspectorCallInfo:
    if not inspector_name.strip():
        raise InvalidInput("De naam van de vertrouwensinspecteur is verplicht.",
                           "The inspector's name is required.")
    if not summary.strip():
        raise InvalidInput("Een samenvatting van het gesprek is verplicht.",
                           "A summary of the call is required.")
    if outcome not in OUTCOMES:
        raise InvalidInput(f"Uitkomst '{outcome}' onbekend: kies yes, no of unclear.",
                           f"Outcome '{outcome}' unknown: choose yes, no or unclear.")
    if ended_at is not None and ended_at < started_at:
        raise InvalidInput("Het gesprek eindigt vóór het begon.", "The call ends before it began.")
    with db.transaction(actor) as tx:
        tx.scope.require_restricted()
        for moment, nl, en in ((started_at, "Het begin van het gesprek", "The call's start"),
                               (ended_at, "Het einde van het gesprek", "The call's end"),
                               (learned_at, "Het moment van bekend worden", "The moment learned")):
            check_plausible(moment, tx.now.date(), nl, en)
        case = tx.scope.require_case(case_id)
        subject = tx.session.get(Person, case.subject_id)
        incident = tx.session.get(Incident, case.incident_id)
        assert subject is not None and incident is not None
        if started_at > tx.now:
            raise InvalidInput("Het gesprek ligt in de toekomst.", "The call is in the future.")
        informed = tx.session.scalars(
            select(ProcedureStep).where(ProcedureStep.case_id == case.id,
                                        ProcedureStep.kind == StepKind.EMPLOYEE_INFORMED.value)
            .order_by(ProcedureStep.done_on)).first()
        informed_at = (datetime.fromisoformat(informed.data["at"])
                       if informed is not None and informed.data.get("at") else None)
        track = build_facts(tx.session, [case.id])[case.id].track
        if track.art4a:  # V2, V3: the board consults at once; the employee is told later
            tracks.check_art4a_call(track.board_informed_on, started_at.date())
        else:
            check_inspector_call(incident.boundary_crossing, PersonKind(subject.kind),
                                 informed_at, started_at, reason)
        call = InspectorCall(
            case_id=case.id, started_at=started_at, ended_at=ended_at,
            number_dialled=number or legal_settings(tx.session).inspector_phone,
            caller_name=actor.display_name, caller_role=caller_role,
            inspector_name=inspector_name.strip(), reference=reference.strip(),
            learned_at=learned_at or datetime.combine(incident.reported_on, datetime.min.time()),
            learned_from=learned_from.strip(), facts=facts.strip(), outcome=outcome,
            advice=advice.strip(), agreed_actions=agreed_actions.strip(),
            follow_up=follow_up.strip(), summary=summary.strip(),
            not_informed_reason=reason.strip(), created_at=tx.now, created_by=tx.actor_id)
        tx.session.add(call)
        tx.session.flush()
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("inspector.call", "inspector_call", call.id, case_id=case.id,
                 person_id=subject.id, started_at=started_at)
        return call_info(call)


def list_calls(db: Database, actor: Actor, case_id: int | None = None) -> list[InspectorCallInfo]:
    """The call log is restricted data: every view is audited (domain.md)."""
    with db.viewing(actor) as tx:
        query = select(InspectorCall).order_by(InspectorCall.started_at, InspectorCall.id)
        query = tx.scope.calls(query)
        if case_id is not None:
            tx.scope.require_case(case_id)
            query = query.where(InspectorCall.case_id == case_id)
        calls = [call_info(c) for c in tx.session.scalars(query)]
        tx.audit("inspector.log.view", "inspector_call", None, case_id=case_id, count=len(calls))
        return calls


def record_police_report(db: Database, actor: Actor, case_id: int, *, reported_on: datetime,
                         police_unit: str, registration_number: str, reported_by: str,
                         informed_beforehand: str = "") -> PoliceReportInfo:
    for value, nl, en in ((police_unit, "De politie-eenheid", "The police unit"),
                          (registration_number, "Het registratienummer",
                           "The registration number"),
                          (reported_by, "Wie aangifte deed", "Who reported")):
        if not value.strip():
            raise InvalidInput(f"{nl} is verplicht.", f"{en} is required.")
    with db.transaction(actor) as tx:
        tx.scope.require_restricted()
        check_plausible(reported_on, tx.now.date(), "De aangiftedatum", "The report date")
        case = tx.scope.require_case(case_id)
        if reported_on.date() > tx.now.date():
            raise InvalidInput("De aangifte ligt in de toekomst.", "The report is in the future.")
        suspicion = tx.session.scalar(select(InspectorCall.id).where(
            InspectorCall.case_id == case.id, InspectorCall.outcome == "yes"))
        if suspicion is not None and not informed_beforehand.strip():
            raise RuleViolation(
                "Bij een redelijk vermoeden worden de ouders van de leerling en de betrokken "
                "medewerker vóór de aangifte ingelicht: vermeld wie en wanneer.",
                "With a reasonable suspicion, the pupil's parents and the accused are told "
                "before the report: state who and when.", "V5", field="informed")
        report = PoliceReport(case_id=case.id, reported_on=reported_on.date(),
                              police_unit=police_unit.strip(),
                              registration_number=registration_number.strip(),
                              reported_by=reported_by.strip(),
                              informed_beforehand=informed_beforehand.strip(),
                              created_at=tx.now, created_by=tx.actor_id)
        tx.session.add(report)
        tx.session.flush()
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("police.report", "police_report", report.id, case_id=case.id,
                 person_id=case.subject_id)
        return police_info(report)


def police_reports(db: Database, actor: Actor, case_id: int) -> list[PoliceReportInfo]:
    with db.reading(actor) as rd:
        rd.scope.require_restricted()
        rd.scope.require_case(case_id)
        return [police_info(r) for r in rd.session.scalars(
            select(PoliceReport).where(PoliceReport.case_id == case_id)
            .order_by(PoliceReport.reported_on))]
