"""Destroying people's data for real, inside the caller's transaction (law R5.1-R5.3, R5.8).

What goes: the person, their cases (proposals, decisions, steps, severity, inspector calls,
police reports, stored deadlines), their documents with the bytes, their consent records (the
legacy table) and consent register (statements, yearly reviews), guardian links, import keys
and access requests, and every incident in which nobody else remains. An incident that stays
(someone else is involved) loses the person's involvement and, where they reported it, the
reporter. A parent whose choice is in the consent register of a child who stays, stays too.
Audit events stay: each destroyed record gets one `retention.destroy` event that names it (kind
and id) without its content, so `audit verify` knows the record was removed by a recorded
destruction and not behind the application's back.

Filed documents are protected by triggers that refuse DELETE (revision 0005); revision 0011
lets a document row go only while a `destruction_permit` row names it. Permits are written
here, used, and removed again in the same transaction: after commit none exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from ..db.base import Base
from ..db.models import (
    AccessRequest,
    Case,
    ConsentRecord,
    ConsentReview,
    ConsentStatement,
    DestructionPermit,
    Document,
    DocumentContent,
    GuardianLink,
    Incident,
    IncidentRule,
    InspectorCall,
    Involvement,
    MeasureDecision,
    MeasureProposal,
    Person,
    PoliceReport,
    ProcedureStep,
    RetentionHold,
    SeverityAssessment,
)
from ..db.models_import import PersonSource
from ..db.models_perf import OpenDeadline
from .database import Transaction


@dataclass
class Plan:
    """Every record one destruction removes or unlinks, by kind."""

    persons: set[int]
    cases: set[int] = field(default_factory=set)
    incidents: set[int] = field(default_factory=set)  # removed entirely
    kept_incidents: set[int] = field(default_factory=set)  # lose an involvement or reporter
    documents: set[int] = field(default_factory=set)
    consents: set[int] = field(default_factory=set)
    unlinked_consents: set[int] = field(default_factory=set)  # given by a destroyed parent
    statements: set[int] = field(default_factory=set)  # consent register (revision 0012)
    reviews: set[int] = field(default_factory=set)
    calls: set[int] = field(default_factory=set)
    police: set[int] = field(default_factory=set)
    blocked: dict[int, str] = field(default_factory=dict)  # person -> why not now
    owner_of: dict[tuple[str, int], int] = field(default_factory=dict)  # record -> person

    def counts(self, person_id: int) -> dict[str, int]:
        """How many records of each kind went with this person (for the report)."""
        counts: dict[str, int] = {}
        for (kind, _record), owner in self.owner_of.items():
            if owner == person_id:
                counts[kind] = counts.get(kind, 0) + 1
        return counts


def _ids(session: Session, query: Any) -> set[int]:
    return {int(i) for i in session.scalars(query) if i is not None}


def _in(column: Any, ids: set[int]) -> Any:
    return column.in_(sorted(ids))


def plan(session: Session, person_ids: set[int]) -> Plan:
    """What destroying these people removes. A person whose data is also part of a dossier
    that stays (a letter to a parent filed in a pupil's dossier that is not due) is left out
    with the reason, and the plan is made again without them."""
    persons = set(person_ids)
    blocked: dict[int, str] = {}
    while True:
        result = _plan_once(session, persons)
        newly = _blockers(session, result)
        if not newly:
            result.blocked = blocked
            return result
        blocked.update(newly)
        persons -= set(newly)


def _plan_once(session: Session, persons: set[int]) -> Plan:
    p = Plan(persons=set(persons))
    if not persons:
        return p
    p.cases = _ids(session, select(Case.id).where(_in(Case.subject_id, persons)))
    touched = _ids(session, select(Involvement.incident_id)
                   .where(_in(Involvement.person_id, persons)))
    touched |= _ids(session, select(Case.incident_id).where(_in(Case.id, p.cases)))
    reported = _ids(session, select(Incident.id).where(_in(Incident.reporter_id, persons)))
    for incident_id in sorted(touched):
        others = _ids(session, select(Involvement.person_id)
                      .where(Involvement.incident_id == incident_id))
        others |= _ids(session, select(Case.subject_id).where(Case.incident_id == incident_id))
        if others <= persons:
            p.incidents.add(incident_id)
    # Evidence filed in a dossier that stays keeps its incident.
    p.incidents -= _ids(session, select(Document.incident_id).where(
        _in(Document.incident_id, p.incidents), Document.owner_id.is_not(None),
        ~_in(Document.owner_id, persons)))
    p.kept_incidents = (touched | reported) - p.incidents
    doc_rows = session.execute(select(Document.id, Document.owner_id, Document.case_id).where(
        _in(Document.owner_id, persons) | _in(Document.case_id, p.cases)
        | _in(Document.incident_id, p.incidents))).all()
    p.documents = {row.id for row in doc_rows}
    p.calls = _ids(session, select(InspectorCall.id).where(_in(InspectorCall.case_id, p.cases)))
    p.police = _ids(session, select(PoliceReport.id).where(_in(PoliceReport.case_id, p.cases)))
    p.consents = _ids(session, select(ConsentRecord.id)
                      .where(_in(ConsentRecord.person_id, persons)))
    p.unlinked_consents = _ids(session, select(ConsentRecord.id).where(
        _in(ConsentRecord.given_by_id, persons))) - p.consents
    p.statements = _ids(session, select(ConsentStatement.id)
                        .where(_in(ConsentStatement.person_id, persons)))
    p.reviews = _ids(session, select(ConsentReview.id)
                     .where(_in(ConsentReview.person_id, persons)))
    # Whose each record is: named in its destruction event and counted in the report.
    subject = dict(session.execute(select(Case.id, Case.subject_id)
                                   .where(_in(Case.id, p.cases))).tuples().all())
    for person in persons:
        p.owner_of[("person", person)] = person
    for case_id, person in subject.items():
        p.owner_of[("case", case_id)] = person
    for row in doc_rows:
        owner = row.owner_id if row.owner_id in persons else subject.get(row.case_id)
        p.owner_of[("document", row.id)] = owner if owner is not None else min(persons)
    for kind, model, ids in (("inspector_call", InspectorCall, p.calls),
                             ("police_report", PoliceReport, p.police)):
        for record, case_id in session.execute(select(model.id, model.case_id)
                                               .where(_in(model.id, ids))).tuples():
            p.owner_of[(kind, record)] = subject[case_id]
    for record, person in session.execute(select(ConsentRecord.id, ConsentRecord.person_id)
                                          .where(_in(ConsentRecord.id, p.consents))).tuples():
        p.owner_of[("consent", record)] = person
    register: tuple[tuple[str, Any, set[int]], ...] = (
        ("consent_statement", ConsentStatement, p.statements),
        ("consent_review", ConsentReview, p.reviews))
    for kind, table, ids in register:
        for record, person in session.execute(select(table.id, table.person_id)
                                              .where(_in(table.id, ids))).tuples():
            p.owner_of[(kind, record)] = person
    for incident_id in p.incidents:
        involved = _ids(session, select(Involvement.person_id)
                        .where(Involvement.incident_id == incident_id))
        involved |= _ids(session, select(Case.subject_id)
                         .where(Case.incident_id == incident_id))
        p.owner_of[("incident", incident_id)] = min(involved & persons or persons)
    return p


def _blockers(session: Session, p: Plan) -> dict[int, str]:
    """People whose data is also held in a dossier that stays."""
    if not p.persons:
        return {}
    found: dict[int, str] = {}
    kept_owner = session.execute(select(Document.owner_id, Document.case_id).where(
        _in(Document.id, p.documents), Document.owner_id.is_not(None),
        ~_in(Document.owner_id, p.persons))).all()
    subjects = dict(session.execute(select(Case.id, Case.subject_id)
                                    .where(_in(Case.id, p.cases))).tuples().all())
    for owner, case_id in kept_owner:
        person = subjects.get(case_id)
        if person is not None:
            found[person] = f"dossier {owner}"
    addressed = session.execute(select(Document.recipient_id, Document.owner_id).where(
        _in(Document.recipient_id, p.persons), ~_in(Document.id, p.documents))).all()
    for person, owner in addressed:
        found.setdefault(person, f"dossier {owner}")
    # A parent's choice in the consent register of a child who stays is that child's evidence
    # (F4): the parent stays with it.
    for model, by in ((ConsentStatement, ConsentStatement.given_by_id),
                      (ConsentReview, ConsentReview.reviewed_by_id)):
        for person, subject in session.execute(select(by, model.person_id).where(
                _in(by, p.persons), ~_in(model.person_id, p.persons))).tuples():
            if person is not None:
                found.setdefault(int(person), f"toestemming {subject}")
    return found


# Tables this module empties itself; others (added by later features) are handled generically.
HANDLED = {t.__tablename__ for t in (
    AccessRequest, Case, ConsentRecord, ConsentReview, ConsentStatement, DestructionPermit,
    Document, DocumentContent, GuardianLink, Incident, IncidentRule, InspectorCall,
    Involvement, MeasureDecision, MeasureProposal, Person, PoliceReport, ProcedureStep,
    RetentionHold, SeverityAssessment, PersonSource, OpenDeadline)}
# Never touched here: filed documents only go by their permits, audit events never.
UNTOUCHABLE = {"document", "document_content", "audit_event", "audit_head"}
TARGETS = {"person": "persons", "case_file": "cases", "incident": "incidents",
           "document": "documents", "consent_record": "consents", "inspector_call": "calls",
           "police_report": "police"}


def _other_references(session: Session, p: Plan) -> None:
    """References this module does not know (tables or columns later features add) that
    point at a destroyed record: a nullable one is cleared; a row of an unknown table that
    cannot exist without the record is deleted. So no foreign key keeps the data alive."""
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in UNTOUCHABLE:
            continue
        for fk in table.foreign_keys:
            target = TARGETS.get(fk.column.table.name)
            ids: set[int] = getattr(p, target) if target else set()
            if not ids or fk.column.name != "id":
                continue
            column = fk.parent
            assert isinstance(table, Table)
            if column.nullable:
                session.execute(update(table).where(_in(column, ids)).values({column.name: None}))
            elif table.name not in HANDLED:
                session.execute(delete(table).where(_in(column, ids)))


def execute(tx: Transaction, p: Plan, details: dict[int, dict[str, Any]]) -> None:
    """Remove everything in the plan; `details[person]` goes into each destruction event."""
    s = tx.session
    s.flush()
    _other_references(s, p)
    s.execute(delete(OpenDeadline).where(_in(OpenDeadline.case_id, p.cases)
                                         | _in(OpenDeadline.subject_id, p.persons)))
    s.execute(delete(AccessRequest).where(_in(AccessRequest.person_id, p.persons)))
    s.execute(delete(RetentionHold).where(_in(RetentionHold.person_id, p.persons)))
    s.execute(delete(PersonSource).where(_in(PersonSource.person_id, p.persons)))
    s.execute(delete(GuardianLink).where(_in(GuardianLink.parent_id, p.persons)
                                         | _in(GuardianLink.pupil_id, p.persons)))
    s.execute(update(ConsentRecord).where(_in(ConsentRecord.id, p.unlinked_consents))
              .values(given_by_id=None))
    s.execute(delete(ConsentRecord).where(_in(ConsentRecord.id, p.consents)))
    s.execute(delete(ConsentReview).where(_in(ConsentReview.id, p.reviews)))
    s.execute(delete(ConsentStatement).where(_in(ConsentStatement.id, p.statements)))
    # Documents: the bytes first, then the rows, each let through by its permit.
    if p.documents:
        s.execute(insert(DestructionPermit),
                  [{"document_id": d} for d in sorted(p.documents)])
        s.execute(delete(DocumentContent).where(_in(DocumentContent.document_id, p.documents)))
        s.execute(delete(Document).where(_in(Document.id, p.documents)))
        s.execute(delete(DestructionPermit))
    for model in (InspectorCall, PoliceReport, ProcedureStep, SeverityAssessment,
                  MeasureDecision, MeasureProposal):
        s.execute(delete(model).where(_in(model.case_id, p.cases)))
    s.execute(delete(Case).where(_in(Case.id, p.cases)))
    s.execute(delete(Involvement).where(_in(Involvement.person_id, p.persons)
                                        | _in(Involvement.incident_id, p.incidents)))
    s.execute(update(Incident).where(_in(Incident.reporter_id, p.persons))
              .values(reporter_id=None))
    s.execute(delete(IncidentRule).where(_in(IncidentRule.incident_id, p.incidents)))
    s.execute(delete(Incident).where(_in(Incident.id, p.incidents)))
    s.execute(delete(Person).where(_in(Person.id, p.persons)))
    s.expire_all()
    for (kind, record), person in sorted(p.owner_of.items()):
        tx.audit("retention.destroy", kind, record, person_id=person, **details[person])
    for incident_id in sorted(p.kept_incidents):
        tx.audit("retention.unlink", "incident", incident_id, **details[min(p.persons)])
    for consent_id in sorted(p.unlinked_consents):
        tx.audit("retention.unlink", "consent", consent_id, **details[min(p.persons)])
    if s.get_bind().dialect.name == "sqlite":
        # The free-text index drops the removed rows' entries now (its triggers already did
        # the logical delete); VACUUM after commit then clears the freed pages.
        for index in ("person_search", "incident_search"):
            s.connection().exec_driver_sql(f"INSERT INTO {index}({index}) VALUES ('optimize')")
