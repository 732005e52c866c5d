"""Issue 14: letters generated from the case outside the decision letter: the notices to the
leerplichtambtenaar (P-V7) and the Inspectie (P-S3), and the information letter to a parent
without authority (BW 1:377c); also the order measure's letter composition (`compose_file`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.compose import compose_letter
from reports.dutch import long_date
from reports.kinds import letter_kind
from reports.model import LetterRequest, Recipient

from ..db.models import (
    GuardianInformation,
    GuardianLink,
    MeasureDecision,
    Person,
)
from ..domain import tracks
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.legal import is_placeholder
from ..domain.measures import MEASURE_LABELS, Measure
from ..domain.names import PersonName
from ..domain.procedure import NOTICE_KINDS as NOTICE_KINDS  # noqa: PLC0414 (re-export)
from ..domain.procedure import StepKind
from .case_rows import CaseRows, load_case_rows
from .convert import case_reference, document_info, person_name
from .database import Actor, Database, Transaction
from .documents import NewDocument, file_in
from .dto import DocumentInfo
from .settings import legal_settings, school_calendar


@dataclass(frozen=True)
class InformationRequestInfo:
    parent_id: int
    pupil_id: int
    requested_on: date
    note: str



def compose_file(tx: Transaction, rows: CaseRows, kind_code: str, recipient: Recipient,
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


# --- Notices to the leerplichtambtenaar (P-V7, P-S4) and the Inspectie (P-S3) ---



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
        from .letters import _check_given, _child, case_fields

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
        _check_given(values, given, kind)  # who was heard, the dispatch: the file's facts
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
        filed = compose_file(tx, rows, kind_code, recipient, None, values, sent_on, child)
        from .letters import record_dispatch

        record_dispatch(tx, case_id, kind, step, sent_on, filed, "", kind.title)
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
    heard = _heard_third_person(rows, decision)
    sent = [s for s in rows.steps if s.kind == StepKind.LETTER_SENT.value]
    values = {"measure_label": label, "pupil_details": "\n".join(pupil),
              "decision_details": "\n".join(what), "pupil_name": person_name(child).full,
              "pupil_first_name": child.first_name, "pupil_group": child.group_name}
    if reasons:
        values["reasons"] = reasons
    if heard:
        values["heard_report"] = heard
    if sent:  # only a recorded dispatch lets the notice say the parents have the decision
        values["decision_sent_date"] = long_date(sent[0].done_on)
    return values


# Who was heard, in the third person (a notice to the Inspectie or the leerplichtambtenaar).
_HEARD_THIRD = {"pupil": "de leerling", "parents": "de ouders", "parent": "de ouder",
                "teacher": "de groepsleerkracht", "employee": "de medewerker"}


def _heard_third_person(rows: CaseRows, decision: MeasureDecision) -> str:
    """'op 17 november 2026 de leerling en de ouders': exactly who was recorded as heard
    before the decision (P-S5, P-V3); empty when no hearing records who was heard."""
    from .letters import _join_dutch

    until = decision.decided_on
    if decision.measure == Measure.SUSPENSION.value and decision.start_on:
        until = min(until, decision.start_on)
    by_day: dict[date, list[str]] = {}
    for step in rows.steps:
        if step.kind == StepKind.HEARING.value and step.done_on <= until:
            by_day.setdefault(step.done_on, []).extend(
                _HEARD_THIRD[str(p)] for p in (step.data or {}).get("parties", [])
                if str(p) in _HEARD_THIRD)
    parts = [f"op {long_date(day)} {_join_dutch(list(dict.fromkeys(words)))}"
             for day, words in sorted(by_day.items()) if words]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return "; ".join(parts[:-1]) + " en " + parts[-1]


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
        return compose_file(tx, rows, "information", _recipient(parent), parent, values,
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
