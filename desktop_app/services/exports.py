"""Exports as PDF: a person's whole dossier, the inspector call log and a police-report sheet."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.model import (
    CallLog,
    CallLogRow,
    DossierEntry,
    DossierExport,
    PoliceReportRow,
    PoliceSheet,
)

from ..db.models import (
    Board,
    Case,
    DocumentContent,
    GuardianLink,
    Incident,
    IncidentRule,
    InspectorCall,
    Involvement,
    Person,
    PoliceReport,
    School,
)
from ..domain.catalogue import PERSON_KIND_LABELS, RULES_BY_CODE, PersonKind
from ..domain.errors import RuleViolation
from .case_rows import load_case_rows
from .convert import case_reference, person_name
from .database import Actor, Database
from .documents import PERSONNEL, PUPIL, dossier_documents

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def _words(text: str) -> list[str]:
    return text.casefold().split()


def _within(term: str, kept: list[list[str]]) -> bool:
    """Whether `term` is, word for word, part of one of the names that stay (any case)."""
    words = _words(term)
    return any(name[i:i + len(words)] == words
               for name in kept for i in range(len(name) - len(words) + 1))


def redaction_names(session: Session, person: Person, incident_ids: set[int]) -> list[str]:
    """What to black out in `person`'s dossier: everyone else involved in their incidents
    (subjects, victims, witnesses, reporters) and the parents of those people, as full name,
    "first last", surname and first name.

    The person's own family stays: a pupil's parents (the letters are addressed to them) or a
    parent's children (the letters are about them). A name part that would also hit a name
    that stays is left out: for a colleague "Jan Smit" in Jan van der Berg's dossier, "Jan
    Smit" and "Smit" are blacked out but not "Jan" alone. Parts shorter than 3 letters are
    left out too (they would hit ordinary words).
    """
    ids = set(session.scalars(select(Involvement.person_id)
                              .where(Involvement.incident_id.in_(incident_ids))))
    ids |= set(session.scalars(select(Case.subject_id).where(Case.incident_id.in_(incident_ids))))
    ids |= set(session.scalars(select(Incident.reporter_id).where(
        Incident.id.in_(incident_ids), Incident.reporter_id.is_not(None))))
    # Parents of the other pupils: letters to them and notes about them name them.
    ids |= set(session.scalars(select(GuardianLink.parent_id)
                               .where(GuardianLink.pupil_id.in_(ids))))
    family = set(session.scalars(select(GuardianLink.parent_id)
                                 .where(GuardianLink.pupil_id == person.id)))
    family |= set(session.scalars(select(GuardianLink.pupil_id)
                                  .where(GuardianLink.parent_id == person.id)))
    ids -= family | {person.id}
    kept = [_words(person_name(p).full) for p in
            session.scalars(select(Person).where(Person.id.in_(family | {person.id})))]
    names: set[str] = set()
    for other in session.scalars(select(Person).where(Person.id.in_(ids))):
        name = person_name(other)
        for term in (name.full, f"{name.first} {name.last}", name.surname, name.last,
                     name.first):
            term = " ".join(term.split())
            if len(term) >= 3 and not _within(term, kept):
                names.add(term)
    return sorted(names, key=lambda n: (-len(n), n))


def export_dossier(db: Database, actor: Actor, person_id: int, redact: bool = False,
                   progress: Progress | None = None) -> bytes:
    """One PDF of everything filed for the person, in filing order; the export is audited."""
    with db.viewing(actor) as tx:
        session = tx.session
        person = tx.scope.require_person(person_id)
        tx.scope.require_dossier(person)
        school = session.get(School, person.school_id)
        assert school is not None
        board = session.get(Board, school.board_id)
        assert board is not None
        docs = dossier_documents(session, person_id, tx.scope)
        ids = [d.id for d in docs]
        contents: dict[int, bytes] = {
            doc_id: data for doc_id, data in session.execute(
                select(DocumentContent.document_id, DocumentContent.data)
                .where(DocumentContent.document_id.in_(ids)))}
        entries = []
        for doc in docs:
            data = bytes(contents.get(doc.id, b""))
            if hashlib.sha256(data).hexdigest() != doc.sha256:
                raise RuleViolation(
                    f"Document {doc.id} is beschadigd: de SHA-256 klopt niet meer.",
                    f"Document {doc.id} is damaged: its SHA-256 no longer matches.", "R5.8")
            entries.append(DossierEntry(doc.filed_at, doc.kind, doc.title, data, doc.mime_type,
                                        doc.sha256, doc.id))
        incident_ids = {d.incident_id for d in docs if d.incident_id is not None}
        incident_ids |= set(session.scalars(select(Involvement.incident_id)
                                            .where(Involvement.person_id == person_id)))
        names = redaction_names(session, person, incident_ids) if redact else []
        kind = PersonKind(person.kind)
        dossier = PERSONNEL if kind is PersonKind.STAFF else PUPIL
        if kind is PersonKind.PARENT:
            dossier = "correspondentie in het leerlingendossier"
        export = DossierExport(
            person_name=person_name(person).full, dossier=dossier, board_name=board.name,
            school_name=school.name, exported_at=tx.now, exported_by=actor.display_name,
            entries=tuple(entries), redact_names=tuple(names))
        tx.audit("dossier.export", "person", person_id, person_id=person_id,
                 documents=len(entries), redacted=redact)
    from reports.dossier import export_dossier as render_dossier  # ReportLab, pypdf: on use

    return render_dossier(export, progress)


def inspector_log_pdf(db: Database, actor: Actor, case_id: int | None = None) -> bytes:
    """The call log (all calls, or one case's) as a table; viewing it is audited."""
    with db.viewing(actor) as tx:
        query = tx.scope.calls(
            select(InspectorCall).order_by(InspectorCall.started_at, InspectorCall.id))
        if case_id is not None:
            tx.scope.require_case(case_id)
            query = query.where(InspectorCall.case_id == case_id)
        rows = tuple(CallLogRow(
            case_reference=case_reference(c.case_id), started_at=c.started_at,
            ended_at=c.ended_at, number_dialled=c.number_dialled, caller_name=c.caller_name,
            caller_role=c.caller_role, inspector_name=c.inspector_name, reference=c.reference,
            learned_at=c.learned_at, learned_from=c.learned_from, facts=c.facts,
            outcome=c.outcome, advice=c.advice, agreed_actions=c.agreed_actions,
            follow_up=c.follow_up, summary=c.summary, not_informed_reason=c.not_informed_reason)
            for c in tx.session.scalars(query))
        board = tx.session.scalars(select(Board).order_by(Board.id)).first()
        tx.audit("inspector.log.print", "inspector_call", None, case_id=case_id, count=len(rows))
        log_data = CallLog(board.name if board else "", tx.now, actor.display_name, rows,
                           case_reference(case_id) if case_id is not None else "")
    from reports.calllog import render_call_log  # ReportLab: loaded when printing

    return render_call_log(log_data)


def police_sheet_pdf(db: Database, actor: Actor, case_id: int) -> bytes:
    with db.viewing(actor) as tx:
        session = tx.session
        tx.scope.require_restricted()
        tx.scope.require_case(case_id)
        rows = load_case_rows(session, case_id)
        case, subject, incident, school, board = (rows.case, rows.subject, rows.incident,
                                                  rows.school, rows.board)
        codes = session.scalars(select(IncidentRule.rule_code)
                                .where(IncidentRule.incident_id == incident.id)
                                .order_by(IncidentRule.position)).all()
        reports = tuple(PoliceReportRow(r.reported_on, r.police_unit, r.registration_number,
                                        r.reported_by, r.informed_beforehand)
                        for r in session.scalars(select(PoliceReport)
                                                 .where(PoliceReport.case_id == case.id)
                                                 .order_by(PoliceReport.reported_on)))
        sheet = PoliceSheet(
            board_name=board.name, school_name=school.name,
            case_reference=case_reference(case.id), subject_name=person_name(subject).full,
            subject_role=PERSON_KIND_LABELS[PersonKind(subject.kind)][0],
            incident_date=incident.occurred_on, platform=incident.platform,
            rules=tuple(f"{c} – {RULES_BY_CODE[c].label_nl}" if c in RULES_BY_CODE else c
                        for c in codes),
            facts=incident.description, reports=reports, printed_at=tx.now,
            printed_by=actor.display_name)
        tx.audit("police.sheet.print", "case", case.id, case_id=case.id,
                 person_id=case.subject_id)
    from reports.police import render_police_sheet  # ReportLab: loaded when printing

    return render_police_sheet(sheet)

