"""Right of access (AVG art. 15, law R5.5): register a request, its one-month term, and the
export of everything held on the person: one PDF plus a JSON file, with other people's names
redacted as in the dossier export.

Access follows the person: an account that may not see the person (another school's, or a
personnel dossier for a role that may not read it) is told the request does not exist."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from ..db.models import (
    AccessRequest,
    AuditEvent,
    Case,
    DocumentContent,
    GuardianLink,
    Incident,
    IncidentRule,
    InspectorCall,
    Involvement,
    MeasureDecision,
    Person,
    PoliceReport,
    School,
    UserAccount,
)
from ..domain import consent as consent_rules
from ..domain.access import ROLE_LABELS, Role
from ..domain.catalogue import PERSON_KIND_LABELS, PersonKind
from ..domain.errors import InvalidInput, RuleViolation, not_found
from ..domain.retention import ACCESS_RULE, access_request_due, access_request_extended_due
from ..domain.text import clean_text
from .audit import DESTROY_ACTION
from .audit_state import READ_VERBS
from .consent import load_register
from .convert import case_reference, person_name
from .database import Actor, Database, Reading
from .documents import dossier_documents
from .exports import redaction_names
from .settings import legal_settings


@dataclass(frozen=True)
class AccessRequestInfo:
    id: int
    person: int
    person_name: str
    school_id: int
    requester: str
    received_on: date
    due: date
    completed_at: datetime | None
    overdue: bool
    identity_checked_on: date | None = None
    identity_check: str = ""
    extended_from: date | None = None  # the due date before the extension (art. 12(3))
    extension_reason: str = ""


@dataclass(frozen=True)
class AccessExport:
    pdf: bytes
    data: dict[str, Any]


def _info(request: AccessRequest, person: Person, today: date) -> AccessRequestInfo:
    return AccessRequestInfo(request.id, person.id, person_name(person).full, person.school_id,
                             request.requester, request.received_on, request.due,
                             request.completed_at,
                             request.completed_at is None and request.due < today,
                             request.identity_checked_on, request.identity_check,
                             request.extended_from, request.extension_reason)


def _require_request(rd: Reading, request_id: int) -> tuple[AccessRequest, Person]:
    """The request, if the account may see its person; otherwise NotFound, as for a missing
    request (and the refusal is audited)."""
    error = not_found("Inzageverzoek", "Access request", request_id)
    request = rd.session.get(AccessRequest, request_id)
    if request is None:
        raise error
    person = rd.session.get(Person, request.person_id)
    assert person is not None
    if not rd.scope.sees_school(person.school_id) or (
            person.kind == PersonKind.STAFF.value and not rd.scope.may_read_personnel()):
        raise rd.scope.refuse("access_request", request_id, error)
    return request, person


def _require_open_request(rd: Reading, request_id: int) -> tuple[AccessRequest, Person]:
    """As `_require_request`, for a change that only an unanswered request takes (marking it
    answered, extending its term): an answered one is refused with one sentence for all."""
    request, person = _require_request(rd, request_id)
    if request.completed_at is not None:
        raise RuleViolation(f"Inzageverzoek {request_id} is al afgehandeld.",
                            f"Access request {request_id} was already answered.", ACCESS_RULE)
    return request, person


def _require_person(rd: Reading, person_id: int) -> Person:
    person = rd.scope.require_person(person_id)
    if person.kind == PersonKind.STAFF.value and not rd.scope.may_read_personnel():
        raise rd.scope.refuse("person", person_id, not_found("Persoon", "Person", person_id))
    return person


def add_request(db: Database, actor: Actor, person_id: int, requester: str,
                received_on: date) -> AccessRequestInfo:
    """Register a request: about whom, from whom, received on; due one month later (Atw)."""
    requester = clean_text(requester or "").strip()
    if not requester:
        raise InvalidInput("Vul in van wie het verzoek komt.",
                           "Say who made the request.", ACCESS_RULE)
    if received_on > db.today():
        raise InvalidInput(
            f"De ontvangstdatum {received_on:%d-%m-%Y} ligt in de toekomst.",
            f"The date received {received_on:%d-%m-%Y} is in the future.", ACCESS_RULE)
    with db.transaction(actor) as tx:
        person = _require_person(tx, person_id)
        due = access_request_due(received_on, legal_settings(tx.session))
        request = AccessRequest(person_id=person.id, requester=requester[:200],
                                received_on=received_on, due=due, created_at=tx.now,
                                created_by=tx.actor_id)
        tx.session.add(request)
        tx.session.flush()
        tx.audit("access_request.add", "access_request", request.id, person_id=person.id,
                 received_on=received_on, due=due)
        return _info(request, person, db.today())


def list_requests(db: Database, actor: Actor, open_only: bool = False) -> list[AccessRequestInfo]:
    """Requests about people the account may see, the earliest due first."""
    with db.reading(actor) as rd:
        query = rd.scope.people(select(AccessRequest, Person)
                                .join(Person, Person.id == AccessRequest.person_id))
        if not rd.scope.may_read_personnel():
            query = query.where(Person.kind != PersonKind.STAFF.value)
        if open_only:
            query = query.where(AccessRequest.completed_at.is_(None))
        query = query.order_by(AccessRequest.completed_at.is_not(None), AccessRequest.due,
                               AccessRequest.id)
        return [_info(r, p, db.today()) for r, p in rd.session.execute(query).tuples()]


def complete_request(db: Database, actor: Actor, request_id: int) -> AccessRequestInfo:
    """Mark a request answered (the export does this too)."""
    with db.transaction(actor) as tx:
        request, person = _require_open_request(tx, request_id)
        request.completed_at = tx.now
        tx.audit("access_request.complete", "access_request", request.id, person_id=person.id)
        return _info(request, person, db.today())


def check_identity(db: Database, actor: Actor, request_id: int, on: date,
                   how: str) -> AccessRequestInfo:
    """Record how the requester's identity (and, for a parent, their authority) was checked:
    the AP wants this before any data is given (R5.5). A later check re-words it."""
    how = clean_text(how or "").strip()
    if not how:
        raise InvalidInput("Vul in hoe de identiteit is gecontroleerd (bijv. paspoort getoond).",
                           "Say how the identity was checked (e.g. passport shown).",
                           ACCESS_RULE)
    if on > db.today():
        raise InvalidInput(f"De datum {on:%d-%m-%Y} ligt in de toekomst.",
                           f"The date {on:%d-%m-%Y} is in the future.", ACCESS_RULE)
    with db.transaction(actor) as tx:
        request, person = _require_request(tx, request_id)
        if on < request.received_on:
            raise InvalidInput(
                f"De controle ({on:%d-%m-%Y}) ligt voor de ontvangst van het verzoek "
                f"({request.received_on:%d-%m-%Y}).",
                f"The check ({on:%d-%m-%Y}) is before the request was received "
                f"({request.received_on:%d-%m-%Y}).", ACCESS_RULE)
        request.identity_checked_on = on
        request.identity_check = how[:200]
        tx.audit("access_request.identity", "access_request", request.id, person_id=person.id,
                 checked_on=on, how=request.identity_check)
        return _info(request, person, db.today())


def extend_request(db: Database, actor: Actor, request_id: int,
                   reason: str) -> AccessRequestInfo:
    """AVG art. 12(3): extend the term by two months (a setting) with the reasons, told to
    the requester within the first term. Once per request; not after the first term ran."""
    reason = clean_text(reason or "").strip()
    if not reason:
        raise InvalidInput("Geef de reden van de verlenging; de verzoeker krijgt die te horen.",
                           "Give the reason for the extension; the requester is told it.",
                           ACCESS_RULE)
    with db.transaction(actor) as tx:
        request, person = _require_open_request(tx, request_id)
        if request.extended_from is not None:
            raise RuleViolation(
                f"Inzageverzoek {request_id} is al verlengd tot {request.due:%d-%m-%Y}.",
                f"Access request {request_id} was already extended to {request.due:%d-%m-%Y}.",
                ACCESS_RULE)
        if db.today() > request.due:
            raise RuleViolation(
                f"De termijn liep af op {request.due:%d-%m-%Y}: verlengen kan alleen binnen "
                "de eerste termijn.",
                f"The term ended on {request.due:%d-%m-%Y}: an extension must be given within "
                "the first term.", ACCESS_RULE)
        request.extended_from = request.due
        request.due = access_request_extended_due(request.received_on,
                                                  legal_settings(tx.session))
        request.extension_reason = reason
        tx.audit("access_request.extend", "access_request", request.id, person_id=person.id,
                 due_before=request.extended_from, due=request.due, reason=reason)
        return _info(request, person, db.today())


def _require_identity(request: AccessRequest) -> None:
    if request.identity_checked_on is None:
        raise RuleViolation(
            f"Controleer eerst de identiteit van de verzoeker van inzageverzoek {request.id}.",
            f"Check the identity of the requester of access request {request.id} first.",
            ACCESS_RULE)


def export_request(db: Database, actor: Actor, request_id: int) -> AccessExport:
    """Everything held on the person as one PDF (overview, then the documents) and the same
    as data; other people's names redacted. The export completes the request; both audited."""
    from reports.dossier import redact  # ReportLab, pypdf: loaded on use

    with db.transaction(actor) as tx:
        session = tx.session
        request, person = _require_request(tx, request_id)
        _require_identity(request)
        docs = dossier_documents(session, person.id, tx.scope)
        incident_ids = {d.incident_id for d in docs if d.incident_id is not None}
        incident_ids |= set(session.scalars(select(Involvement.incident_id)
                                            .where(Involvement.person_id == person.id)))
        incident_ids |= set(session.scalars(select(Case.incident_id)
                                            .where(Case.subject_id == person.id)))
        names = redaction_names(session, person, incident_ids)

        def r(text: str | None) -> str:
            return redact(text or "", names)

        data = _collect(tx, person, docs, incident_ids, r)
        data["request"] = {"id": request.id, "requester": request.requester,
                           "received_on": request.received_on.isoformat(),
                           "due": request.due.isoformat(),
                           "identity_checked_on": _jsonable(request.identity_checked_on),
                           "identity_check": request.identity_check,
                           "extended_from": _jsonable(request.extended_from),
                           "extension_reason": request.extension_reason,
                           "exported_at": tx.now.isoformat()}
        entries = _entries(session, docs, r)
        if request.completed_at is None:
            request.completed_at = tx.now
        tx.audit("access_request.export", "access_request", request.id, person_id=person.id,
                 documents=len(docs), redacted_names=len(names))
        pdf = _render(tx, person, request, data, entries, names)
    return AccessExport(pdf, data)


def _collect(rd: Reading, person: Person, docs: list[Any], incident_ids: set[int],
             r: Any) -> dict[str, Any]:
    session = rd.session
    school = session.get(School, person.school_id)
    name = person_name(person)
    family = session.execute(
        select(Person, GuardianLink.parental_authority)
        .join(GuardianLink, (GuardianLink.parent_id == Person.id)
              | (GuardianLink.pupil_id == Person.id))
        .where((GuardianLink.pupil_id == person.id) | (GuardianLink.parent_id == person.id),
               Person.id != person.id)).all()
    personal = {
        "id": person.id, "name": name.full,
        "kind": PERSON_KIND_LABELS[PersonKind(person.kind)][0],
        "school": school.name if school else "", "birth_date": person.birth_date,
        "group": person.group_name, "function": person.function,
        "address": ", ".join(x for x in (person.street, f"{person.postcode} {person.city}".strip())
                             if x),
        "email": person.email, "phone": person.phone, "left_on": person.left_on,
        "family": [{"name": person_name(p).full,
                    "kind": PERSON_KIND_LABELS[PersonKind(p.kind)][0],
                    "parental_authority": bool(a)} for p, a in family],
    }
    incidents = []
    for incident in session.scalars(select(Incident).where(Incident.id.in_(sorted(incident_ids)))
                                    .order_by(Incident.occurred_on, Incident.id)):
        roles = sorted(set(session.scalars(select(Involvement.role).where(
            Involvement.incident_id == incident.id, Involvement.person_id == person.id))))
        rules = list(session.scalars(select(IncidentRule.rule_code).where(
            IncidentRule.incident_id == incident.id).order_by(IncidentRule.position)))
        incidents.append({"id": incident.id, "occurred_on": incident.occurred_on,
                          "category": incident.category, "rules": rules, "roles": roles,
                          "platform": incident.platform, "description": r(incident.description)})
    cases = []
    for case in session.scalars(select(Case).where(Case.subject_id == person.id)
                                .order_by(Case.id)):
        decision = session.scalar(select(MeasureDecision).where(
            MeasureDecision.case_id == case.id))
        cases.append({
            "reference": case_reference(case.id), "incident": case.incident_id,
            "status": case.status, "severity": case.severity,
            "decision": None if decision is None else {
                "measure": decision.measure, "decided_on": decision.decided_on,
                "start_on": decision.start_on, "end_on": decision.end_on,
                "motivation": r(decision.motivation)}})
    register = load_register(rd, person)
    consent = {
        # Per purpose the status as it stands (refusal by either parent wins, F2).
        "statuses": [{"purpose": c.purpose, "status": c.status, "by": r(c.by),
                      "relation": c.relation, "on": c.on, "how": c.how,
                      "form_version": c.form_version, "follow_up": r(c.follow_up)}
                     for c in register.statuses],
        "history": [{"on": h.on, "purpose": h.purpose, "choice": h.choice, "by": r(h.by),
                     "relation": h.relation, "how": h.how, "form_version": h.form_version,
                     "follow_up": r(h.follow_up)} for h in register.history],
        "reviews": [{"on": on, "by": r(by), "how": how} for on, by, how in register.reviews],
    }
    restricted: dict[str, Any] = {}
    if rd.scope.may_read_restricted():
        case_ids = select(Case.id).where(Case.subject_id == person.id)
        restricted["inspector_calls"] = [
            {"case": case_reference(c.case_id), "started_at": c.started_at,
             "outcome": c.outcome, "summary": r(c.summary)}
            for c in session.scalars(select(InspectorCall).where(
                InspectorCall.case_id.in_(case_ids)).order_by(InspectorCall.started_at))]
        restricted["police_reports"] = [
            {"case": case_reference(p.case_id), "reported_on": p.reported_on,
             "police_unit": p.police_unit, "registration_number": p.registration_number}
            for p in session.scalars(select(PoliceReport).where(
                PoliceReport.case_id.in_(case_ids)).order_by(PoliceReport.reported_on))]
    documents = [{"id": d.id, "filed_at": d.filed_at, "dossier": d.dossier, "kind": d.kind,
                  "title": r(d.title), "sha256": d.sha256} for d in docs]
    return _jsonable({"person": personal, "incidents": incidents, "cases": cases,
                      "consent": consent, **restricted, "documents": documents,
                      "viewed_by": _viewed(rd, person.id)})


def _viewed(rd: Reading, person_id: int) -> list[dict[str, Any]]:
    """Who looked at the dossier, from the audit trail: when, which role, what. Accounts are
    named by role (the people behind them are others); events from before a destruction
    that freed this person number belong to someone else and are left out."""
    session = rd.session
    since = session.scalar(select(AuditEvent.seq).where(
        AuditEvent.action == DESTROY_ACTION, AuditEvent.entity == "person",
        AuditEvent.entity_id == person_id).order_by(AuditEvent.seq.desc()).limit(1)) or 0
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.action, UserAccount.role)
        .outerjoin(UserAccount, UserAccount.id == AuditEvent.actor_id)
        .where(AuditEvent.person_id == person_id, AuditEvent.seq > since)
        .order_by(AuditEvent.seq)).all()
    return [{"at": at, "action": action,
             "role": ROLE_LABELS[Role(role)][0] if role else ""}
            for at, action, role in rows if action.rsplit(".", 1)[-1] in READ_VERBS]


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _entries(session: Any, docs: list[Any], r: Any) -> list[Any]:
    from reports.model import DossierEntry

    ids = [d.id for d in docs]
    contents = dict(session.execute(select(DocumentContent.document_id, DocumentContent.data)
                                    .where(DocumentContent.document_id.in_(ids))).tuples().all())
    entries = []
    for doc in docs:
        data = bytes(contents.get(doc.id, b""))
        if hashlib.sha256(data).hexdigest() != doc.sha256:
            raise RuleViolation(
                f"Document {doc.id} is beschadigd: de SHA-256 klopt niet meer.",
                f"Document {doc.id} is damaged: its SHA-256 no longer matches.", "R5.8")
        entries.append(DossierEntry(doc.filed_at, doc.kind, r(doc.title), data, doc.mime_type,
                                    doc.sha256, doc.id))
    return entries


def _label(labels: Any, enum: Any, code: str) -> str:
    """The Dutch label of a consent code (the export letter is Dutch)."""
    try:
        return str(labels[enum(code)][0])
    except (KeyError, ValueError):
        return code


def _render(rd: Reading, person: Person, request: AccessRequest, data: dict[str, Any],
            entries: list[Any], names: list[str]) -> bytes:
    from reports.dossier import export_dossier as render_dossier
    from reports.dutch import short_date, short_datetime
    from reports.model import DossierEntry, DossierExport
    from reports.privacy import AccessOverview, render_access_overview

    from ..db.models import Board

    def day(text: str | None) -> str:
        return short_date(date.fromisoformat(text[:10])) if text else ""

    p = data["person"]
    personal = tuple((k, str(v)) for k, v in (
        ("Naam", p["name"]), ("Soort", p["kind"]), ("School", p["school"]),
        ("Geboortedatum", day(p["birth_date"])), ("Groep", p["group"]),
        ("Functie", p["function"]), ("Adres", p["address"]), ("E-mail", p["email"]),
        ("Telefoon", p["phone"]), ("Vertrokken op", day(p["left_on"])),
        ("Ouders/kinderen", ", ".join(f["name"] for f in p["family"]))) if v)
    sections = [
        ("Incidenten", ("Datum", "Rol", "Regels", "Beschrijving"),
         tuple((day(i["occurred_on"]), ", ".join(i["roles"]), ", ".join(i["rules"]),
                i["description"]) for i in data["incidents"])),
        ("Zaken en besluiten", ("Zaak", "Status", "Maatregel", "Motivering"),
         tuple((c["reference"], c["status"],
                (f"{c['decision']['measure']} ({day(c['decision']['decided_on'])})"
                 if c["decision"] else ""),
                c["decision"]["motivation"] if c["decision"] else "") for c in data["cases"])),
        ("Toestemming beeldmateriaal", ("Doel", "Stand", "Door", "Datum", "Hoe"),
         tuple((_label(consent_rules.PURPOSE_LABELS, consent_rules.Purpose, c["purpose"]),
                _label(consent_rules.STATUS_LABELS, consent_rules.Status, c["status"]),
                c["by"], day(c["on"]), c["how"]) for c in data["consent"]["statuses"])),
        ("Toestemmingen en intrekkingen", ("Datum", "Doel", "Keuze", "Door", "Vervolg"),
         tuple((day(h["on"]),
                _label(consent_rules.PURPOSE_LABELS, consent_rules.Purpose, h["purpose"]),
                _label(consent_rules.CHOICE_LABELS, consent_rules.Choice, h["choice"]),
                h["by"], h["follow_up"]) for h in data["consent"]["history"])),
        ("Documenten in het dossier", ("Datum", "Soort", "Titel"),
         tuple((day(d["filed_at"]), d["kind"], d["title"]) for d in data["documents"])),
        ("Wie heeft het dossier ingezien", ("Tijdstip", "Rol", "Handeling"),
         tuple((short_datetime(datetime.fromisoformat(v["at"])), v["role"], v["action"])
               for v in data["viewed_by"])),
    ]
    if "inspector_calls" in data:
        sections.insert(2, ("Gesprekken met de vertrouwensinspecteur",
                            ("Zaak", "Datum", "Uitkomst", "Samenvatting"),
                            tuple((c["case"], day(c["started_at"]), c["outcome"], c["summary"])
                                  for c in data["inspector_calls"])))
        sections.insert(3, ("Aangiftes", ("Zaak", "Datum", "Eenheid", "Registratienummer"),
                            tuple((a["case"], day(a["reported_on"]), a["police_unit"],
                                   a["registration_number"]) for a in data["police_reports"])))
    overview = render_access_overview(AccessOverview(
        p["name"], request.requester, request.received_on, request.due, personal,
        tuple(sections)))
    school = rd.session.get(School, person.school_id)
    board = rd.session.get(Board, school.board_id) if school else None
    first = DossierEntry(rd.now, "report", "Overzicht van de gegevens", overview)
    export = DossierExport(
        person_name=p["name"], dossier="inzageverzoek (artikel 15 AVG)",
        board_name=board.name if board else "", school_name=school.name if school else "",
        exported_at=rd.now, exported_by=rd.actor.display_name if rd.actor else "",
        entries=(first, *entries), redact_names=tuple(names))
    return render_dossier(export)
