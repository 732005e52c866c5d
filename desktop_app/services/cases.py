"""Cases: severity, the proposal with its reasons, the decision and the procedure steps."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import (
    Case,
    Incident,
    IncidentRule,
    MeasureDecision,
    MeasureProposal,
    Person,
    ProcedureStep,
    School,
    SeverityAssessment,
)
from ..domain import procedure
from ..domain.cases import SETTLED, CaseStatus
from ..domain.catalogue import PersonKind
from ..domain.dates import check_plausible, short_date
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.legal import LegalSettings
from ..domain.measures import Measure, check_measure_fits, measure, measure_text
from ..domain.policy import IncidentMoment, counts_as_prior, history_start
from ..domain.policy import propose as policy_propose
from ..domain.procedure import CaseFacts, StepKind, step_kind
from ..domain.severity import Severity
from .convert import person_info, school_info
from .database import Actor, Database, Transaction
from .dto import (
    CaseDetail,
    CaseSummary,
    DeadlineInfo,
    DecisionInfo,
    NextStepInfo,
    ProposalInfo,
    SeverityInfo,
    SimilarCase,
    StepInfo,
)
from .facts import build_facts, refresh_open_tasks
from .incidents import assess_in, case_summary, incident_info
from .settings import legal_settings, proposal_policy
from .versions import check_version

SIMILAR_LIMIT = 5


def assess(db: Database, actor: Actor, case_id: int, overall: int | None = None,
           axes: Severity | None = None) -> SeverityInfo:
    if overall is None and axes is None:
        raise InvalidInput("Geef de ernst (1-4) of de drie assen.",
                           "Give the severity (1-4) or the three axes.")
    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        if case.status == CaseStatus.DECIDED:
            raise RuleViolation("Over deze zaak is al besloten.", "This case has been decided.",
                                "protocol")
        value = assess_in(tx, case, axes, overall)
        return SeverityInfo(axes.statements if axes else None, axes.behaviour if axes else None,
                            axes.consequences if axes else None, value)


def _prior_measures(session: Session, case: Case, incident: Incident, months: int) -> int:
    """Measures on this subject's earlier incidents within the window (see counts_as_prior)."""
    this = IncidentMoment(incident.occurred_on, incident.id)
    earlier = session.execute(
        select(Incident.occurred_on, Incident.id)
        .join(Case, Case.incident_id == Incident.id)
        .join(MeasureDecision, MeasureDecision.case_id == Case.id)
        .where(Case.subject_id == case.subject_id, Case.id != case.id,
               Incident.occurred_on <= incident.occurred_on,
               Incident.occurred_on >= history_start(incident.occurred_on, months))).all()
    return sum(counts_as_prior(IncidentMoment(day, iid), this, months) for day, iid in earlier)


def _similar(session: Session, case: Case, kind: str, severity: int) -> list[SimilarCase]:
    """Earlier decided cases of the same kind of person, same rule, similar severity.

    Same severity first, then one step either side; within each, the newest decisions. Each
    pass walks decisions newest-first and stops after five matches, so it stays fast however
    many cases the board has decided.
    """
    rules = list(session.scalars(select(IncidentRule.rule_code)
                                 .where(IncidentRule.incident_id == case.incident_id)))
    found: list[SimilarCase] = []
    for severities in ((severity,), (severity - 1, severity + 1)):
        if len(found) >= SIMILAR_LIMIT:
            break
        same_rule = (select(IncidentRule.incident_id)
                     .where(IncidentRule.incident_id == Case.incident_id,
                            IncidentRule.rule_code.in_(rules)).exists())
        query = (
            select(Case.id, MeasureDecision.measure, MeasureDecision.decided_on, Case.severity)
            .select_from(MeasureDecision)
            .join(Case, Case.id == MeasureDecision.case_id)
            .join(Person, Person.id == Case.subject_id)
            .where(Case.id != case.id, Person.kind == kind, Case.severity.in_(severities),
                   same_rule)
            .order_by(MeasureDecision.decided_on.desc(), Case.id.desc())
            .limit(SIMILAR_LIMIT - len(found)))
        found += [SimilarCase(cid, m, d, s) for cid, m, d, s in session.execute(query)]
    return found


def _proposal_info(p: MeasureProposal) -> ProposalInfo:
    return ProposalInfo(
        id=p.id, case=p.case_id, measure=p.measure, overall_severity=p.overall_severity,
        prior_measures=p.prior_measures, policy_row=p.policy_row,
        reasons=tuple(p.reasons.get("nl", [])), reasons_en=tuple(p.reasons.get("en", [])),
        similar=tuple(SimilarCase(s["case"], s["measure"], date.fromisoformat(s["decided_on"]),
                                  s.get("severity")) for s in p.similar.get("cases", [])),
        created_at=p.created_at)


def _propose_in(tx: Transaction, case: Case) -> MeasureProposal:
    if case.severity is None:
        raise RuleViolation("Beoordeel eerst de ernst van deze zaak.",
                            "Assess this case's severity first.", "protocol-S3")
    subject = tx.session.get(Person, case.subject_id)
    incident = tx.session.get(Incident, case.incident_id)
    assert subject is not None and incident is not None
    policy = proposal_policy(tx.session)
    priors = _prior_measures(tx.session, case, incident, policy.history_months)
    proposal = policy_propose(policy, PersonKind(subject.kind), case.severity, priors,
                              incident.urgent_reason)
    similar = _similar(tx.session, case, subject.kind, case.severity)
    reasons_nl = list(proposal.reasons_nl)
    reasons_en = list(proposal.reasons_en)
    if similar:
        reasons_nl.append(f"{len(similar)} vergelijkbare eerdere besluiten (zie lijst).")
        reasons_en.append(f"{len(similar)} comparable earlier decisions (see list).")
    else:
        reasons_nl.append("Geen vergelijkbare eerdere besluiten gevonden.")
        reasons_en.append("No comparable earlier decisions found.")
    row = MeasureProposal(
        case_id=case.id, measure=proposal.measure.value, overall_severity=case.severity,
        prior_measures=priors, policy_row=proposal.policy_row,
        reasons={"nl": reasons_nl, "en": reasons_en},
        similar={"cases": [{"case": s.case, "measure": s.measure,
                            "decided_on": s.decided_on.isoformat(), "severity": s.severity}
                           for s in similar]},
        created_at=tx.now, created_by=tx.actor_id)
    tx.session.add(row)
    if case.status == CaseStatus.OPEN:
        case.status = CaseStatus.PROPOSED.value
    tx.session.flush()
    tx.audit("case.propose", "case", case.id, case_id=case.id, person_id=case.subject_id,
             measure=row.measure, severity=case.severity, prior_measures=priors)
    return row


def propose(db: Database, actor: Actor, case_id: int) -> ProposalInfo:
    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        if case.status in SETTLED:
            raise RuleViolation("Over deze zaak is al besloten.", "This case has been decided.",
                                "protocol")
        return _proposal_info(_propose_in(tx, case))


def _latest_proposal(session: Session, case_id: int) -> MeasureProposal | None:
    return session.scalars(select(MeasureProposal).where(MeasureProposal.case_id == case_id)
                           .order_by(MeasureProposal.id.desc())).first()


def decide(
    db: Database, actor: Actor, case_id: int, measure_code: str, *, motivation: str = "",
    start_on: date | None = None, end_on: date | None = None, no_hearing_reason: str = "",
    decided_on: date | None = None, details: dict[str, Any] | None = None,
    expected_version: int | None = None,
) -> DecisionInfo:
    """`expected_version`: the case's version the form showed; a decision on a case someone
    else changed meanwhile is refused and nothing is recorded."""
    chosen = measure(measure_code)
    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        check_version(tx.session, "case", case.id, case.version, expected_version)
        for day, nl, en in ((decided_on, "De besluitdatum", "The decision date"),
                            (start_on, "De begindatum", "The start date"),
                            (end_on, "De einddatum", "The end date")):
            check_plausible(day, tx.now.date(), nl, en)
        subject = tx.session.get(Person, case.subject_id)
        assert subject is not None
        kind = PersonKind(subject.kind)
        check_measure_fits(kind, chosen)
        incident = tx.session.get(Incident, case.incident_id)
        school = tx.session.get(School, incident.school_id) if incident else None
        procedure.check_authority(chosen, actor.role, school.mandate if school else "")
        proposal = _latest_proposal(tx.session, case.id)
        if proposal is None and case.status not in SETTLED:
            proposal = _propose_in(tx, case)  # compare with the proposal, computing it if needed
        deviates = proposal is not None and proposal.measure != chosen.value
        if deviates and not motivation.strip():
            raise RuleViolation(
                f"Het besluit ({measure_text(chosen.value)}) wijkt af van het voorstel "
                f"({measure_text(proposal.measure if proposal else '')}): een schriftelijke "
                "motivering is verplicht.",
                f"The decision ({measure_text(chosen.value, 'en')}) differs from the proposal "
                f"({measure_text(proposal.measure if proposal else '', 'en')}): a written "
                "motivation is required.", "protocol-policy", field="motivation")
        day = decided_on or tx.now.date()
        if day > tx.now.date():
            raise InvalidInput("De besluitdatum ligt in de toekomst.",
                               "The decision date is in the future.")
        facts = build_facts(tx.session, [case.id])[case.id]
        extra = {k: v for k, v in (details or {}).items() if str(v).strip()}
        if kind is PersonKind.PUPIL and chosen is Measure.SUSPENSION:
            earlier = _earlier_suspension_days(tx.session, case, facts)
            if earlier:
                extra["earlier_school_days"] = earlier
        if kind is PersonKind.PARENT and chosen is Measure.REMOVAL:
            from .procedure_letters import check_child

            check_child(tx.session, subject.id, extra)  # P-V8: the parent's own child
        notices = procedure.check_decision(facts, chosen, day, start_on, end_on,
                                           no_hearing_reason, legal_settings(tx.session), extra)
        if chosen is Measure.SUMMARY_DISMISSAL and str(extra.get("delay_motivation", "")).strip():
            _confirm_delay(actor, extra)
        intention = facts.last(StepKind.INTENTION)
        if intention is not None and intention.note:
            extra["grounds"] = intention.note  # ST4: the intention's grounds, never others
        decision = MeasureDecision(
            case_id=case.id, proposal_id=proposal.id if proposal else None,
            measure=chosen.value, decided_on=day, start_on=start_on, end_on=end_on,
            motivation=motivation.strip(), no_hearing_reason=no_hearing_reason.strip(),
            details=extra, decided_by=tx.actor_id, created_at=tx.now)
        tx.session.add(decision)
        case.status = CaseStatus.DECIDED.value
        tx.session.flush()
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("case.decide", "case", case.id, case_id=case.id, person_id=case.subject_id,
                 measure=chosen.value, deviates=deviates, decided_on=day,
                 start_on=start_on, end_on=end_on,
                 notices=[n.rule_id for n in notices])
        return _decision_info(decision, proposal, tuple(n.message_nl for n in notices))


# ST10: who may confirm that a dismissal after some days is still 'onverwijld'.
CONFIRMING_ROLES = frozenset({"director", "board", "administrator"})


def _confirm_delay(actor: Actor, extra: dict[str, Any]) -> None:
    """A late summary dismissal's motivation is confirmed by a director (or the board), and
    the decision records who confirmed it (ST10)."""
    if str(actor.role) not in CONFIRMING_ROLES:
        raise RuleViolation(
            "De motivering waarom dit ontslag toch onverwijld is, moet een directeur of het "
            "bevoegd gezag bevestigen; personeelszaken kan dit besluit zo niet vastleggen.",
            "The motivation why this dismissal is still without delay must be confirmed by a "
            "director or the board; HR cannot record this decision so.", "ST10")
    extra["delay_confirmed_by"] = actor.display_name


def _earlier_suspension_days(session: Session, case: Case, facts: CaseFacts) -> int:
    """P-S1: school days this pupil was already suspended for the same facts.

    The same facts are this case's incident, or another incident about this pupil on the same
    day that breaches one of the same protocol rules (the same posts reported twice, or a
    follow-up suspension registered as a new incident)."""
    rules = select(IncidentRule.rule_code).where(IncidentRule.incident_id == case.incident_id)
    same_rule = (select(IncidentRule.incident_id)
                 .where(IncidentRule.incident_id == Incident.id,
                        IncidentRule.rule_code.in_(rules)).exists())
    total = 0
    for start, end in session.execute(
            select(MeasureDecision.start_on, MeasureDecision.end_on)
            .join(Case, Case.id == MeasureDecision.case_id)
            .join(Incident, Incident.id == Case.incident_id)
            .where(Case.subject_id == case.subject_id, Case.id != case.id,
                   MeasureDecision.measure == Measure.SUSPENSION.value,
                   Incident.occurred_on == facts.occurred_on, same_rule)):
        if start is not None and end is not None:
            total += facts.calendar.school_days(start, end)
    return total


def _decision_info(d: MeasureDecision, proposal: MeasureProposal | None,
                   notices: tuple[str, ...] = ()) -> DecisionInfo:
    return DecisionInfo(
        id=d.id, case=d.case_id, measure=d.measure, decided_on=d.decided_on, start_on=d.start_on,
        end_on=d.end_on, motivation=d.motivation, no_hearing_reason=d.no_hearing_reason,
        deviates=proposal is not None and proposal.measure != d.measure,
        details=dict(d.details or {}), notices=notices)


def record_step(db: Database, actor: Actor, case_id: int, kind: str, on: date, note: str = "",
                data: dict[str, Any] | None = None,
                expected_version: int | None = None) -> StepInfo:
    """`expected_version`: the case's version the caller read (the CLI's --expected-version);
    a step on a case someone else changed meanwhile is refused and nothing is recorded."""
    with db.transaction(actor) as tx:
        if expected_version is not None:
            case = tx.scope.require_case(case_id)
            check_version(tx.session, "case", case.id, case.version, expected_version)
        return record_step_in(tx, case_id, kind, on, note, data)


def record_step_in(tx: Transaction, case_id: int, kind: str, on: date, note: str = "",
                   data: dict[str, Any] | None = None) -> StepInfo:
    """Record a step inside the caller's transaction (a letter and its dispatch together)."""
    chosen = step_kind(kind)
    payload = dict(data or {})
    case = tx.scope.require_case(case_id)
    check_plausible(on, tx.now.date())
    if on > tx.now.date():
        raise InvalidInput(f"De datum {short_date(on)} ligt in de toekomst.",
                           f"The date {short_date(on)} is in the future.")
    if chosen is StepKind.RECEIVING_SCHOOL and "school" not in payload and note.strip():
        payload["school"] = note.strip()
    if chosen is StepKind.HEARING and payload.get("report_document"):
        from .hearings import check_report

        payload["report_document"] = check_report(tx, case, payload["report_document"])
    facts = build_facts(tx.session, [case.id])[case.id]
    notices = procedure.check_step(facts, chosen, on, payload, note, legal_settings(tx.session))
    if notices:
        payload["notices"] = [n.message_nl for n in notices]
        payload["late"] = any(n.rule_id == "P-V9" for n in notices)
    step = ProcedureStep(case_id=case.id, kind=chosen.value, done_on=on, note=note.strip(),
                         data=payload, created_at=tx.now, created_by=tx.actor_id)
    tx.session.add(step)
    tx.session.flush()
    refresh_open_tasks(tx.session, [case.id])
    tx.audit("case.step", "case", case.id, case_id=case.id, person_id=case.subject_id,
             step=chosen.value, on=on)
    return _step_info(step)


def _step_info(s: ProcedureStep) -> StepInfo:
    kind = StepKind(s.kind)
    return StepInfo(s.id, s.case_id, s.kind, procedure.STEP_LABELS[kind][0], s.done_on, s.note,
                    dict(s.data or {}))


def close_case(db: Database, actor: Actor, case_id: int, reason: str = "",
               expected_version: int | None = None) -> None:
    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        check_version(tx.session, "case", case.id, case.version, expected_version)
        facts = build_facts(tx.session, [case.id])[case.id]
        open_items = procedure.deadlines(facts, legal_settings(tx.session))
        if open_items:
            raise RuleViolation(
                "Deze zaak heeft nog open taken: " + "; ".join(d.label_nl for d in open_items),
                "This case still has open tasks: " + "; ".join(d.label_en for d in open_items),
                open_items[0].rule_id)
        case.status = CaseStatus.CLOSED.value
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("case.close", "case", case.id, case_id=case.id, person_id=case.subject_id,
                 reason=reason)


def deadline_infos(facts: CaseFacts, deadlines: Iterable[procedure.Deadline], reference: str,
                   subject_name: str, today: date) -> list[DeadlineInfo]:
    return [DeadlineInfo(d.case_id, reference, subject_name, d.what, d.label_nl, d.label_en,
                         d.due, d.overdue(today), d.rule_id) for d in deadlines]


def _next_step(facts: CaseFacts, proposal: MeasureProposal | None, subject_kind: str,
               legal: LegalSettings, today: date) -> NextStepInfo | None:
    """What the rules ask first for the proposed measure, and the letter that does it."""
    from .letters import step_letter

    if proposal is None:
        return None
    found = procedure.next_step(facts, Measure(proposal.measure), today, legal)
    if found is None:
        return None
    return NextStepInfo(found.step.value, found.measure.value, found.rule_id,
                        found.message_nl, found.message_en,
                        step_letter(subject_kind, found.step.value, found.measure.value),
                        found.until)


def _blocked(facts: CaseFacts, proposal: MeasureProposal | None, legal: LegalSettings,
             today: date) -> dict[str, str]:
    if proposal is None:
        return {}
    refusal = procedure.decision_blocked(facts, Measure(proposal.measure), today, legal)
    if refusal is None:
        return {}
    return {"blocked": refusal.text("nl"), "blocked_en": refusal.text("en")}


def show(db: Database, actor: Actor, case_id: int) -> CaseDetail:
    """The whole case; viewing it is audited (AVG accountability, R5.8)."""
    from .documents import documents_for_case

    with db.viewing(actor) as tx:
        session = tx.session
        case = tx.scope.require_case(case_id)
        subject = session.get(Person, case.subject_id)
        incident = session.get(Incident, case.incident_id)
        assert subject is not None and incident is not None
        school = session.get(School, incident.school_id)
        assert school is not None
        assessment = session.scalars(select(SeverityAssessment)
                                     .where(SeverityAssessment.case_id == case.id)
                                     .order_by(SeverityAssessment.id.desc())).first()
        proposal = _latest_proposal(session, case.id)
        decision = session.scalar(select(MeasureDecision).where(MeasureDecision.case_id == case.id))
        steps = session.scalars(select(ProcedureStep).where(ProcedureStep.case_id == case.id)
                                .order_by(ProcedureStep.done_on, ProcedureStep.id)).all()
        facts = build_facts(session, [case.id])[case.id]
        legal = legal_settings(session)
        summary = case_summary(case, subject)
        # Open tasks, then the terms running for the other party (objection, appeal).
        due = procedure.deadlines(facts, legal) + procedure.running_terms(facts, legal)
        notes = procedure.reminders(facts, legal)
        detail = CaseDetail(
            summary=summary, incident=incident_info(session, incident.id),
            subject=person_info(subject), school=school_info(school),
            severity=SeverityInfo(assessment.statements, assessment.behaviour,
                                  assessment.consequences, assessment.overall)
            if assessment else None,
            proposal=_proposal_info(proposal) if proposal else None,
            decision=_decision_info(decision, proposal) if decision else None,
            steps=tuple(_step_info(s) for s in steps),
            deadlines=tuple(deadline_infos(facts, due, summary.reference, summary.subject_name,
                                           db.today())),
            reminders=tuple(n.message_nl for n in notes),
            reminders_en=tuple(n.message_en for n in notes),
            documents=tuple(documents_for_case(session, case.id, tx.scope)),
            next_step=_next_step(facts, proposal, subject.kind, legal, db.today()),
            offered_steps=tuple(s.value for s in procedure.offered_steps(
                facts, Measure(proposal.measure) if proposal else None)),
            **_blocked(facts, proposal, legal, db.today()),
        )
        # Written after the read, never waiting for another's write (Database.viewing).
        tx.audit("case.view", "case", case.id, case_id=case.id, person_id=case.subject_id)
    return detail


def count_by_status(db: Database, actor: Actor,
                    school_id: int | None = None) -> dict[str, int]:
    """Cases per status, one GROUP BY (the dashboard)."""
    query = select(Case.status, func.count()).group_by(Case.status)
    if school_id is not None:
        query = query.join(Incident, Incident.id == Case.incident_id).where(
            Incident.school_id == school_id)
    with db.reading(actor) as rd:
        found = {status: int(n) for status, n in rd.session.execute(rd.scope.cases(query))}
    return {status.value: found.get(status, 0) for status in CaseStatus}


def list_cases(db: Database, actor: Actor, *, status: str | None = None,
               person_id: int | None = None,
               limit: int = 200, offset: int = 0) -> list[CaseSummary]:
    """Cases newest first, optionally of one status or one subject; two queries per page."""
    query = (select(Case, Person).join(Person, Person.id == Case.subject_id)
             .order_by(Case.id.desc()).offset(offset).limit(limit))
    if status is not None:
        query = query.where(Case.status == CaseStatus(status).value)
    if person_id is not None:
        query = query.where(Case.subject_id == person_id)
    with db.reading(actor) as rd:
        return [case_summary(case, person)
                for case, person in rd.session.execute(rd.scope.cases(query))]
