"""Issue 14: the WPO art. 4a track, order suspensions of staff, notices to the leerplicht-
ambtenaar and the Inspectie, and information to a parent without parental authority.

Every task these create is computed by the one procedure engine (`domain.procedure` with
`domain.tracks`) and stored with the case's other open deadlines.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.compose import compose_letter
from reports.dutch import day_count, long_date
from reports.kinds import letter_kind
from reports.model import LetterRequest, Recipient

from ..db.models import (
    GuardianInformation,
    GuardianLink,
    IncidentRule,
    IncidentTrack,
    Involvement,
    MeasureDecision,
    OrderMeasure,
    Person,
)
from ..domain import tracks
from ..domain.catalogue import PersonKind
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.legal import is_placeholder
from ..domain.measures import MEASURE_LABELS, Measure
from ..domain.names import PersonName
from ..domain.procedure import StepKind
from .case_rows import CaseRows, load_case_rows
from .convert import case_reference, document_info, person_name
from .database import Actor, Database, Transaction
from .deadlines import open_deadlines
from .documents import NewDocument, file_in
from .dto import DeadlineInfo, DocumentInfo
from .facts import build_facts, refresh_open_tasks
from .settings import legal_settings, school_calendar


@dataclass(frozen=True)
class TrackInfo:
    incident_id: int
    art4a: bool
    meldcode: bool
    board_informed_at: datetime | None
    board_informed_by: str
    about_school: bool
    disclaimer: bool


@dataclass(frozen=True)
class OrderInfo:
    id: int
    case: int
    extends: int | None
    decided_on: date
    start_on: date
    end_on: date
    days: int
    urgency: str
    extension_ground: str
    response_due: date
    response_on: date | None
    response_note: str
    letter_sent_on: date | None


@dataclass(frozen=True)
class InformationRequestInfo:
    parent_id: int
    pupil_id: int
    requested_on: date
    note: str


def _track_info(incident_id: int, t: IncidentTrack | None) -> TrackInfo:
    if t is None:
        return TrackInfo(incident_id, False, False, None, "", False, False)
    return TrackInfo(incident_id, t.art4a, t.meldcode, t.board_informed_at, t.board_informed_by,
                     t.about_school, t.disclaimer)


def _order_info(o: OrderMeasure) -> OrderInfo:
    return OrderInfo(o.id, o.case_id, o.extends_id, o.decided_on, o.start_on, o.end_on,
                     (o.end_on - o.start_on).days + 1, o.urgency, o.extension_ground,
                     o.response_due, o.response_on, o.response_note, o.letter_sent_on)


def definition(db: Database, actor: Actor) -> tuple[str, str]:
    """The 4a flag's definition as the board's settings make it (V1, V9)."""
    with db.reading(actor) as rd:
        return tracks.art4a_definition(legal_settings(rd.session))


def get_track(db: Database, actor: Actor, incident_id: int) -> TrackInfo:
    with db.reading(actor) as rd:
        rd.scope.require_incident(incident_id)
        return _track_info(incident_id, rd.session.get(IncidentTrack, incident_id))


def _case_ids(tx: Transaction, incident_id: int) -> list[int]:
    from ..db.models import Case

    return list(tx.session.scalars(select(Case.id).where(Case.incident_id == incident_id)))


def set_track(db: Database, actor: Actor, incident_id: int, *, art4a: bool, meldcode: bool,
              about_school: bool = False, disclaimer: bool = False) -> TrackInfo:
    """Put the incident on the 4a track or the Meldcode route (V1, V9, V10), and record the
    C4 check: a staff post about the school without the 'personal opinion' statement adds
    protocol rule C4."""
    with db.transaction(actor) as tx:
        incident = tx.scope.require_incident(incident_id)
        legal = legal_settings(tx.session)
        involved = [tracks.Involved(PersonKind(kind), role, birth) for kind, role, birth in
                    tx.session.execute(
                        select(Person.kind, Involvement.role, Person.birth_date)
                        .join(Involvement, Involvement.person_id == Person.id)
                        .where(Involvement.incident_id == incident.id))]
        tracks.check_flags(art4a, meldcode, involved, incident.occurred_on, legal)
        staff = any(p.kind is PersonKind.STAFF and p.role == "subject" for p in involved)
        if about_school and not staff:
            raise RuleViolation(
                "De controle op 'persoonlijke mening' geldt voor een bericht van een medewerker "
                "(protocol C4): maak de medewerker betrokkene.",
                "The 'personal opinion' check is for a staff member's post (protocol C4): make "
                "the staff member the subject.", "C4")
        track = tx.session.get(IncidentTrack, incident.id)
        if track is None:
            track = IncidentTrack(incident_id=incident.id, board_informed_by="")
            tx.session.add(track)
        track.art4a, track.meldcode = art4a, meldcode
        track.about_school, track.disclaimer = about_school, disclaimer and about_school
        track.updated_at, track.updated_by = tx.now, tx.actor_id
        codes = list(tx.session.scalars(select(IncidentRule.rule_code)
                                        .where(IncidentRule.incident_id == incident.id)))
        if about_school and not disclaimer and "C4" not in codes:
            tx.session.add(IncidentRule(incident_id=incident.id, rule_code="C4",
                                        position=len(codes)))
        tx.session.flush()
        refresh_open_tasks(tx.session, _case_ids(tx, incident.id))
        tx.audit("incident.track", "incident", incident.id, art4a=art4a, meldcode=meldcode,
                 about_school=about_school, disclaimer=track.disclaimer)
        return _track_info(incident.id, track)


def board_informed(db: Database, actor: Actor, incident_id: int, at: datetime,
                   by: str) -> TrackInfo:
    """V2: the moment the board itself received the report (a director is not the board)."""
    if not by.strip():
        raise InvalidInput("Vermeld wie namens het bevoegd gezag de melding ontving.",
                           "State who received the report on behalf of the board.", "V2")
    with db.transaction(actor) as tx:
        tx.scope.require_restricted()
        incident = tx.scope.require_incident(incident_id)
        track = tx.session.get(IncidentTrack, incident.id)
        if track is None or not track.art4a:
            raise RuleViolation(
                "Dit incident volgt niet de route van art. 4a WPO; zet eerst de markering.",
                "This incident is not on the WPO art. 4a track; set the flag first.", "V1")
        if at > tx.now:
            raise InvalidInput("Dit moment ligt in de toekomst.", "This moment is in the future.")
        if at.date() < incident.occurred_on:
            raise InvalidInput("Dit moment ligt vóór het incident.",
                               "This moment is before the incident.")
        track.board_informed_at, track.board_informed_by = at, by.strip()
        track.updated_at, track.updated_by = tx.now, tx.actor_id
        tx.session.flush()
        refresh_open_tasks(tx.session, _case_ids(tx, incident.id))
        tx.audit("incident.board_informed", "incident", incident.id, at=at, by=by.strip())
        return _track_info(incident.id, track)


def art4a_tasks(db: Database, actor: Actor) -> list[DeadlineInfo]:
    """The open 4a tasks over all cases: the dashboard shows these on top."""
    return open_deadlines(db, actor, kinds=tracks.ART4A_TASKS)


# --- Suspension as an order measure (ST5, ST13) ---

def _orders(tx: Transaction, case_id: int) -> list[OrderMeasure]:
    return list(tx.session.scalars(select(OrderMeasure).where(OrderMeasure.case_id == case_id)
                                   .order_by(OrderMeasure.start_on, OrderMeasure.id)))


def decide_order(db: Database, actor: Actor, case_id: int, *, start_on: date, end_on: date,
                 urgency: str, decided_on: date | None = None, extends: int | None = None,
                 extension_ground: str = "") -> OrderInfo:
    """A suspension as an order measure, or its extension: each a decision of its own with a
    response opportunity, at most the CAO's maximum term (ST5)."""
    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        day = decided_on or tx.now.date()
        if day > tx.now.date():
            raise InvalidInput("De besluitdatum ligt in de toekomst.",
                               "The decision date is in the future.")
        facts = build_facts(tx.session, [case.id])[case.id]
        if facts.track.art4a and facts.inspector_calls == 0:
            tracks.check_decision(facts, Measure.SUSPENSION, {})  # V3: the inspector first
        previous = facts.track.last_order()
        response_due = tracks.check_order(
            facts.subject_kind, facts.occurred_on, day, start_on, end_on, urgency, previous,
            extends, extension_ground, legal_settings(tx.session))
        row = OrderMeasure(case_id=case.id, extends_id=extends, decided_on=day,
                           start_on=start_on, end_on=end_on, urgency=urgency.strip(),
                           extension_ground=extension_ground.strip(),
                           response_due=response_due, response_note="", letter_documents={},
                           decided_by=tx.actor_id, created_at=tx.now)
        tx.session.add(row)
        tx.session.flush()
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("case.order_measure", "case", case.id, case_id=case.id,
                 person_id=case.subject_id, order=row.id, extends=extends, start_on=start_on,
                 end_on=end_on)
        return _order_info(row)


def _require_order(tx: Transaction, order_id: int) -> OrderMeasure:
    from ..domain.errors import not_found

    row = tx.session.get(OrderMeasure, order_id)
    if row is None:
        raise not_found("Ordemaatregel", "Order measure", order_id)
    tx.scope.require_case(row.case_id)  # another school's answers like a missing one
    return row


def record_order_response(db: Database, actor: Actor, order_id: int, on: date,
                          note: str) -> OrderInfo:
    """The employee's response to the order suspension, or that none came (ST5)."""
    if not note.strip():
        raise InvalidInput("Vat de zienswijze samen, of vermeld dat er geen is gegeven.",
                           "Summarise the response, or state that none was given.", "ST5")
    with db.transaction(actor) as tx:
        row = _require_order(tx, order_id)
        if on > tx.now.date() or on < row.decided_on:
            raise InvalidInput("De datum ligt vóór het besluit of in de toekomst.",
                               "The date is before the decision or in the future.", "ST5")
        row.response_on, row.response_note = on, note.strip()
        tx.session.flush()
        refresh_open_tasks(tx.session, [row.case_id])
        tx.audit("case.order_response", "case", row.case_id, case_id=row.case_id, order=row.id,
                 on=on)
        return _order_info(row)


def list_orders(db: Database, actor: Actor, case_id: int) -> list[OrderInfo]:
    with db.reading(actor) as rd:
        rd.scope.require_case(case_id)
        return [_order_info(o) for o in rd.session.scalars(
            select(OrderMeasure).where(OrderMeasure.case_id == case_id)
            .order_by(OrderMeasure.start_on, OrderMeasure.id))]


def _compose_file(tx: Transaction, rows: CaseRows, kind_code: str, recipient: Recipient,
                  person: Person | None, values: dict[str, str], sent_on: date,
                  owner: Person | None = None) -> list[DocumentInfo]:
    """Compose one letter with the shared letter code and file it (the case's dossier, or the
    named child's)."""
    from reports.letter import layout_letter

    from .letters import _letterhead
    from .templates import overrides as board_overrides

    kind = letter_kind(rows.subject.kind, kind_code)
    request = LetterRequest(
        audience=kind.audience, kind=kind.code, reference=case_reference(rows.case.id),
        letter_date=sent_on, letterhead=_letterhead(rows), recipient=recipient, fields=values,
        legal=legal_settings(tx.session), pupil_first_name=values.get("pupil_first_name", ""))
    content = compose_letter(request, None, board_overrides(tx.session))
    data = layout_letter(content)
    title = f"{kind.title} aan {recipient.name.full}"
    doc = NewDocument(kind=f"letter_{kind.code}", title=title,
                      filename=f"{request.reference}_{kind.audience.value}_{kind.code}_"
                      f"{person.id if person else 'instantie'}.pdf",
                      mime_type="application/pdf", data=data)
    about = owner or rows.subject
    filed = file_in(tx, about, doc, case_id=rows.case.id, incident_id=rows.incident.id,
                    recipient_id=person.id if person else None)
    tx.audit("letter.generate", "case", rows.case.id, case_id=rows.case.id,
             person_id=rows.subject.id, kind=kind.code,
             recipient=person.id if person else recipient.name.full)
    return [document_info(d) for d in filed]


def send_order_letter(db: Database, actor: Actor, order_id: int, *, sent_on: date,
                      registered: str, fields: Mapping[str, str] | None = None,
                      ) -> list[DocumentInfo]:
    """The order suspension's decision letter (or its extension's), by registered post, with
    the response deadline; filed in the personeelsdossier."""
    if not registered.strip():
        raise RuleViolation(
            "Deze brief gaat aangetekend: geef het registratienummer van de zending.",
            "This letter goes by registered post: give the registered-mail number.", "ST5")
    with db.transaction(actor) as tx:
        row = _require_order(tx, order_id)
        if row.letter_sent_on is not None:
            raise RuleViolation("De brief bij dit besluit is al verstuurd.",
                                "This decision's letter has been sent already.", "ST5")
        if sent_on > tx.now.date() or sent_on < row.decided_on:
            raise InvalidInput("De verzenddatum ligt vóór het besluit of in de toekomst.",
                               "The dispatch date is before the decision or in the future.")
        rows = load_case_rows(tx.session, row.case_id)
        from .letters import _recipient, case_fields

        # ST5: the employee has the full response period from the letter, not from the decision.
        legal = legal_settings(tx.session)
        row.response_due = max(row.response_due,
                               sent_on + timedelta(days=legal.order_response_days))
        kind_code = "suspension_order" if row.extends_id is None else \
            "order_extension"
        values = case_fields(tx.session, rows, letter_kind("staff", kind_code),
                             school_calendar(tx.session), legal_settings(tx.session), sent_on)
        values.update({k: v for k, v in (fields or {}).items() if str(v).strip()})
        values.update({
            "start_date": long_date(row.start_on), "end_date": long_date(row.end_on),
            "duration": day_count((row.end_on - row.start_on).days + 1),
            "order_reason": row.urgency, "extension_ground": row.extension_ground,
            "response_deadline": long_date(row.response_due),
            "order_response_deadline": long_date(row.response_due)})
        if row.extends_id is not None:
            prev = tx.session.get(OrderMeasure, row.extends_id)
            assert prev is not None
            values["previous_decision_date"] = long_date(prev.decided_on)
            values["previous_end_date"] = long_date(prev.end_on)
        filed = _compose_file(tx, rows, kind_code, _recipient(rows.subject), rows.subject,
                              values, sent_on)
        row.letter_sent_on = sent_on
        row.letter_documents = {"ids": [d.id for d in filed], "registered": registered.strip()}
        tx.session.flush()
        refresh_open_tasks(tx.session, [row.case_id])
        return filed


# --- Notices to the leerplichtambtenaar (P-V7, P-S4) and the Inspectie (P-S3) ---

NOTICE_KINDS = {"leerplicht": ("leerplicht_notice", StepKind.LEERPLICHT_INFORMED),
                "inspectie": ("inspectie_report", StepKind.INSPECTIE_REPORT)}


def _lines(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.replace("\n", ",").split(",") if p.strip())


def generate_notice(db: Database, actor: Actor, case_id: int, which: str, *, sent_on: date,
                    fields: Mapping[str, str] | None = None) -> list[DocumentInfo]:
    """Generate the notice from the case as a PDF, file it in the pupil's dossier and record
    the step it proves (leerplicht informed; reported to the Inspectie)."""
    if which not in NOTICE_KINDS:
        raise InvalidInput(f"Onbekende kennisgeving '{which}': kies leerplicht of inspectie.",
                           f"Unknown notice '{which}': choose leerplicht or inspectie.")
    kind_code, step = NOTICE_KINDS[which]
    given = {k: v for k, v in (fields or {}).items() if str(v).strip()}
    with db.transaction(actor) as tx:
        rows = load_case_rows(tx.session, case_id)
        tx.scope.require_case(case_id)
        decision = rows.decision
        if decision is None or decision.measure not in (Measure.SUSPENSION.value,
                                                        Measure.REMOVAL.value):
            raise RuleViolation(
                "Een kennisgeving hoort bij een besluit tot schorsing of verwijdering.",
                "A notice belongs to a decision to suspend or remove.",
                "P-V7" if which == "leerplicht" else "P-S3")
        from .letters import _child, case_fields

        kind = letter_kind(rows.subject.kind if rows.subject.kind != "parent" else "pupil",
                           kind_code)
        legal = legal_settings(tx.session)
        calendar = school_calendar(tx.session)
        values = case_fields(tx.session, rows, kind, calendar, legal, sent_on)
        child = _child(tx.session, rows)
        if child is None:
            raise RuleViolation("Noem het kind om wie het gaat.", "Name the child concerned.",
                                "P-V8")
        values.update(_notice_values(rows, decision, child, calendar))
        values.update(given)
        default = legal.inspectie_address if which == "inspectie" else legal.leerplicht_address
        address = given.get("authority_address") or ("" if is_placeholder(default) else default)
        if not address:
            raise InvalidInput(
                "Geef het adres van de geadresseerde, of vul het in bij Instellingen › "
                "Wettelijke termijnen.", "Give the addressee's address, or fill it in under "
                "Settings › Legal terms.", "P-V7")
        lines = _lines(address)
        name = given.get("authority_name") or lines[0]
        recipient = Recipient(PersonName("", "", name), "", lines[1:] or lines)
        if rows.subject.kind == "parent":
            rows = CaseRows(rows.case, child, rows.incident, rows.school, rows.board,
                            rows.decision, rows.steps)
        filed = _compose_file(tx, rows, kind_code, recipient, None, values, sent_on, child)
        from .cases import record_step_in

        record_step_in(tx, case_id, step.value, sent_on, kind.title,
                       {"letter": kind_code, "documents": [d.id for d in filed]})
        return filed


def _notice_values(rows: CaseRows, decision: MeasureDecision, child: Person,
                   calendar: Any) -> dict[str, str]:
    label = MEASURE_LABELS[Measure(decision.measure)][0]
    details = dict(decision.details or {})
    pupil = [f"Naam: {person_name(child).full}"]
    if child.birth_date:
        pupil.append(f"Geboortedatum: {long_date(child.birth_date)}")
    if child.group_name:
        pupil.append(f"Groep: {child.group_name}")
    pupil.append(f"School: {rows.school.name}"
                 + (f" (BRIN {rows.school.brin})" if rows.school.brin else ""))
    what = [f"Maatregel: {label}", f"Besluit genomen op: {long_date(decision.decided_on)}"]
    if decision.measure == Measure.SUSPENSION.value and decision.start_on and decision.end_on:
        days = calendar.school_days(decision.start_on, decision.end_on)
        what.append(f"Periode: {long_date(decision.start_on)} tot en met "
                    f"{long_date(decision.end_on)} ({days} schooldag{'en' if days != 1 else ''})")
    if decision.measure == Measure.REMOVAL.value:
        if decision.start_on:
            what.append(f"Ingangsdatum: {long_date(decision.start_on)}")
        receiving = [s for s in rows.steps if s.kind == StepKind.RECEIVING_SCHOOL.value]
        if receiving:
            school = (receiving[-1].data or {}).get("school") or receiving[-1].note
            what.append(f"Ontvangende school: {school} (bevestigd op "
                        f"{long_date(receiving[-1].done_on)})")
        if rows.subject.kind == "parent":
            what.append("Grond: gedrag van een ouder, na schriftelijke waarschuwing")
    reasons = str(details.get("reasons") or decision.motivation or "").strip()
    values = {"measure_label": label, "pupil_details": "\n".join(pupil),
              "decision_details": "\n".join(what), "pupil_name": person_name(child).full,
              "pupil_first_name": child.first_name, "pupil_group": child.group_name}
    if reasons:
        values["reasons"] = reasons
    return values


def check_child(session: Session, parent_id: int, details: Mapping[str, Any]) -> None:
    """P-V8: the child named in a removal for a parent's behaviour is that parent's child."""
    raw = str(details.get("child", "")).strip()
    if not raw:
        return  # the domain rule refuses a removal without a child
    try:
        child_id = int(raw)
    except ValueError:
        raise InvalidInput(f"'{raw}' is geen leerlingnummer.", f"'{raw}' is not a pupil id.",
                           "P-V8") from None
    linked = session.scalar(select(GuardianLink.id).where(GuardianLink.parent_id == parent_id,
                                                          GuardianLink.pupil_id == child_id))
    if linked is None:
        raise RuleViolation(
            f"Leerling {child_id} is geen kind van deze ouder; noem het kind om wie het gaat.",
            f"Pupil {child_id} is not this parent's child; name the child concerned.", "P-V8")


# --- A parent without parental authority (BW 1:377c, law L1) ---

def _link(tx: Transaction, parent_id: int, pupil_id: int) -> GuardianLink:
    tx.scope.require_person(parent_id)
    tx.scope.require_person(pupil_id)
    link = tx.session.scalar(select(GuardianLink).where(GuardianLink.parent_id == parent_id,
                                                        GuardianLink.pupil_id == pupil_id))
    if link is None:
        raise RuleViolation("Deze ouder is niet aan deze leerling gekoppeld.",
                            "This parent is not linked to this pupil.", "L1")
    return link


def request_information(db: Database, actor: Actor, parent_id: int, pupil_id: int, on: date,
                        note: str = "") -> InformationRequestInfo:
    """Record on the guardian link that a parent without authority asked to be informed."""
    with db.transaction(actor) as tx:
        link = _link(tx, parent_id, pupil_id)
        if link.parental_authority:
            tracks.check_information(True, on)
        if on > tx.now.date():
            raise InvalidInput("De datum ligt in de toekomst.", "The date is in the future.")
        row = tx.session.get(GuardianInformation, link.id)
        if row is None:
            row = GuardianInformation(link_id=link.id, requested_on=on, note=note.strip(),
                                      created_at=tx.now, created_by=tx.actor_id)
            tx.session.add(row)
        else:
            row.requested_on, row.note = on, note.strip()
        tx.session.flush()
        tx.audit("person.information_request", "person", parent_id, person_id=pupil_id,
                 parent=parent_id, on=on)
        return InformationRequestInfo(parent_id, pupil_id, row.requested_on, row.note)


def information_letter(db: Database, actor: Actor, case_id: int, parent_id: int, *,
                       sent_on: date, fields: Mapping[str, str] | None = None,
                       ) -> list[DocumentInfo]:
    """An information letter (not a decision) to a parent without authority who asked for it;
    filed in the pupil's dossier with that parent as recipient."""
    with db.transaction(actor) as tx:
        rows = load_case_rows(tx.session, case_id)
        tx.scope.require_case(case_id)
        if rows.subject.kind != "pupil":
            raise RuleViolation("Een informatiebrief gaat over een leerling.",
                                "An information letter is about a pupil.", "L1")
        link = _link(tx, parent_id, rows.subject.id)
        request = tx.session.get(GuardianInformation, link.id)
        tracks.check_information(link.parental_authority,
                                 request.requested_on if request else None)
        if sent_on > tx.now.date():
            raise InvalidInput("De verzenddatum ligt in de toekomst.",
                               "The dispatch date is in the future.")
        assert request is not None
        from .letters import _recipient, case_fields

        parent = tx.session.get(Person, parent_id)
        assert parent is not None
        kind = letter_kind("pupil", "information")
        values = case_fields(tx.session, rows, kind, school_calendar(tx.session),
                             legal_settings(tx.session), sent_on)
        values["request_date"] = long_date(request.requested_on)
        if rows.decision is not None:
            values["measure_text"] = _measure_text(rows.decision)
        values.update({k: v for k, v in (fields or {}).items() if str(v).strip()})
        return _compose_file(tx, rows, "information", _recipient(parent), parent, values,
                             sent_on)


def _measure_text(decision: MeasureDecision) -> str:
    label = MEASURE_LABELS[Measure(decision.measure)][0]
    text = f"Op {long_date(decision.decided_on)} is besloten tot: {label}"
    if decision.start_on and decision.end_on:
        text += f", van {long_date(decision.start_on)} tot en met {long_date(decision.end_on)}"
    return text + "."


def information_requests(db: Database, actor: Actor, pupil_id: int,
                         ) -> list[InformationRequestInfo]:
    with db.reading(actor) as rd:
        rd.scope.require_person(pupil_id)
        return [InformationRequestInfo(link.parent_id, link.pupil_id, info.requested_on,
                                       info.note)
                for link, info in rd.session.execute(
                    select(GuardianLink, GuardianInformation)
                    .join(GuardianInformation, GuardianInformation.link_id == GuardianLink.id)
                    .where(GuardianLink.pupil_id == pupil_id)).tuples()]



def check_track(db: Database, actor: Actor, *, art4a: bool, meldcode: bool, about_school: bool,
                involved: list[tuple[int, str]], occurred_on: date) -> None:
    """The incident editor's check before anything is saved (V1, V9, V10, C4): the same rules
    `set_track` applies, for people not yet on an incident."""
    with db.reading(actor) as rd:
        legal = legal_settings(rd.session)
        people: list[tracks.Involved] = []
        for person_id, role in involved:
            person = rd.scope.require_person(person_id)
            people.append(tracks.Involved(PersonKind(person.kind), role, person.birth_date))
    tracks.check_flags(art4a, meldcode, people, occurred_on, legal)
    if about_school and not any(p.kind is PersonKind.STAFF and p.role == "subject"
                                for p in people):
        raise RuleViolation(
            "De controle op 'persoonlijke mening' geldt voor een bericht van een medewerker "
            "(protocol C4): maak de medewerker betrokkene.",
            "The 'personal opinion' check is for a staff member's post (protocol C4): make "
            "the staff member the subject.", "C4")
