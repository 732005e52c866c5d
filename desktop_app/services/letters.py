"""Generating a letter for a case and filing it in the right dossier in the same transaction."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reports.compose import DERIVED_ONLY, compose_letter
from reports.dutch import day_count, long_date
from reports.kinds import LETTER_KINDS, LetterKind, kinds_for, letter_kind
from reports.kinds import letter_kind_help as letter_kind_help  # noqa: PLC0414 (kept here)
from reports.model import Audience, Letterhead, LetterRequest, Recipient

from ..db.models import (
    Case,
    Document,
    GuardianLink,
    IncidentRule,
    MeasureDecision,
    Person,
    ProcedureStep,
)
from ..domain.catalogue import RULES_BY_CODE
from ..domain.dates import check_plausible
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.legal import LegalSettings
from ..domain.measures import MEASURE_LABELS, Measure, measure_text
from ..domain.procedure import SUSPENSION_HEARD, StepKind
from ..domain.school_calendar import SchoolCalendar
from ..domain.text import clean_text
from .case_rows import CaseRows, load_case_rows
from .convert import case_reference, document_info, person_name
from .database import Actor, Database, Transaction
from .documents import EVIDENCE, NewDocument, file_in
from .dto import DocumentInfo, StepInfo
from .hearings import hearing_reports
from .settings import legal_settings, school_calendar

log = logging.getLogger(__name__)

# Kinds whose hearing is an invitation to a future meeting: the date must be given, not taken
# from an earlier recorded hearing.
INVITING = {"hearing_invitation", "reprimand_intention", "suspension_intention",
            "removal_intention", "inspector_notice"}


def _check_fits(kind: LetterKind, decision: MeasureDecision | None) -> None:
    """A decision letter needs that decision; the refusal lists the kinds that do fit."""
    if not kind.measure:
        return
    decided = decision.measure if decision is not None else None
    if decided == kind.measure:
        return
    fitting = ", ".join(f"'{k.title}'" for k in kinds_for(kind.audience)
                        if not k.measure or k.measure == decided)
    label = MEASURE_LABELS[Measure(kind.measure)][0]
    if decided is None:
        raise RuleViolation(
            f"De brief '{kind.title}' meldt een besluit ({label}), maar in deze zaak is nog niet "
            f"besloten. Nu passend: {fitting}.",
            f"The letter '{kind.title}' reports a decision ({measure_text(kind.measure, 'en')}), "
            f"but this case has not been decided. These fit now: {fitting}.", "L-kind",
            field="kind")
    raise RuleViolation(
        f"De brief '{kind.title}' past niet bij het besluit in deze zaak "
        f"({measure_text(decided)}). Wel passend: {fitting}.",
        f"The letter '{kind.title}' does not fit this case's decision "
        f"({measure_text(decided, 'en')}). These fit: {fitting}.", "L-kind", field="kind")


def _address(person: Person) -> tuple[str, ...]:
    if not person.street.strip():
        return ()
    return (person.street, f"{person.postcode}  {person.city.upper()}".strip())


def _recipient(person: Person) -> Recipient:
    return Recipient(person_name(person), person.salutation, _address(person), person.id)


def _recipients(session: Session, rows: CaseRows, audience: Audience,
                to: int | None, kind_code: str = "") -> list[Person]:
    child = _named_child(session, rows) if kind_code == "removal" else None
    if audience is Audience.PARENT and child is not None:  # P-V8: every parent with authority
        parents = list(session.scalars(
            select(Person).join(GuardianLink, GuardianLink.parent_id == Person.id)
            .where(GuardianLink.pupil_id == child.id,
                   GuardianLink.parental_authority.is_(True)).order_by(Person.id)))
    elif audience is Audience.PUPIL:
        parents = list(session.scalars(
            select(Person).join(GuardianLink, GuardianLink.parent_id == Person.id)
            .where(GuardianLink.pupil_id == rows.subject.id,
                   GuardianLink.parental_authority.is_(True)).order_by(Person.id)))
        if not parents:
            raise RuleViolation(
                "Deze leerling heeft geen ouder met ouderlijk gezag: leg bij de leerling eerst "
                "een ouder met gezag vast.",
                "This pupil has no parent with parental authority: record one with the pupil "
                "first.", "L1", field="guardian")
    else:
        parents = [rows.subject]
    if to is None:
        return parents
    chosen = [p for p in parents if p.id == to]
    if not chosen:
        allowed = ", ".join(str(p.id) for p in parents)
        raise RuleViolation(
            f"Persoon {to} is geen geadresseerde van deze brief; mogelijk: {allowed}.",
            f"Person {to} is not a recipient of this letter; possible: {allowed}.", "L1")
    return chosen


def _last(steps: list[ProcedureStep], kind: StepKind) -> ProcedureStep | None:
    found = [s for s in steps if s.kind == kind.value]
    return found[-1] if found else None


# Letters whose dispatch is a procedure step: the intention (ST3, O3, P-V6) and the decision.
INTENTION_MEASURES = {"reprimand_intention": "reprimand", "suspension_intention": "suspension",
                      "removal_intention": "removal", "ban_intention": "access_ban"}

# Who was heard, in the words of the letter (P-S5, P-V2, P-V3, ST11).
HEARD_PARTIES: dict[str, str] = {
    "pupil": "{pupil}", "parents": "u als ouder(s)", "parent": "u",
    "teacher": "de groepsleerkracht", "employee": "u",
}


def step_letter(subject_kind: str, step: str, measure: str) -> str:
    """The letter kind whose filing records `step` for `measure` ('' when none does)."""
    if step != StepKind.INTENTION.value:
        return ""
    for kind in kinds_for_subject(subject_kind):
        if INTENTION_MEASURES.get(kind.code) == measure:
            return kind.code
    return ""


def dispatch_step(kind: LetterKind) -> StepKind | None:
    """The step a letter's dispatch records: the intention, or the decision letter sent."""
    if kind.code in INTENTION_MEASURES:
        return StepKind.INTENTION
    if kind.measure:
        return StepKind.LETTER_SENT
    return None


def _school_days_text(days: int) -> str:
    return "1 schooldag" if days == 1 else f"{days} schooldagen"


def _join_dutch(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _party_words(parties: list[str], child: Person | None) -> list[str]:
    first = child.first_name if child is not None else "de leerling"
    words = [HEARD_PARTIES[p].format(pupil=first) for p in parties if p in HEARD_PARTIES]
    return list(dict.fromkeys(words))


def _heard(hearings: list[ProcedureStep], child: Person | None) -> str:
    """'op 17 november 2026 Daan en u als ouder(s) en op 18 november 2026 de
    groepsleerkracht': exactly who was heard on which day (P-S5, P-V3, ST11)."""
    by_day: dict[date, list[str]] = {}
    for step in hearings:
        by_day.setdefault(step.done_on, []).extend(
            str(p) for p in (step.data or {}).get("parties", []))
    parts = []
    for day in sorted(by_day):
        words = _party_words(by_day[day], child)
        if words:
            parts.append(f"op {long_date(day)} {_join_dutch(words)}")
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return "; ".join(parts[:-1]) + " en " + parts[-1]


def _not_heard(kind: LetterKind, heard: set[str], child: Person | None) -> str:
    """Who the law wanted heard before this decision but was not (P-S5)."""
    if kind.code != "suspension" or kind.audience is not Audience.PUPIL:
        return ""
    missing = [p for p in SUSPENSION_HEARD if p not in heard]
    return _join_dutch(_party_words(missing, child)) if missing else ""


def _named_child(session: Session, rows: CaseRows) -> Person | None:
    """P-V8: the child a removal for a parent's behaviour is about (decision detail)."""
    details = dict(rows.decision.details or {}) if rows.decision is not None else {}
    try:
        child_id = int(str(details.get("child", "")).strip())
    except ValueError:
        return None
    return session.get(Person, child_id)


def _child(session: Session, rows: CaseRows) -> Person | None:
    if rows.subject.kind == "pupil":
        return rows.subject
    named = _named_child(session, rows)
    if named is not None:
        return named
    return session.scalars(
        select(Person).join(GuardianLink, GuardianLink.pupil_id == Person.id)
        .where(GuardianLink.parent_id == rows.subject.id).order_by(Person.id)).first()


def _hearing_until(rows: CaseRows) -> date | None:
    """Hearings count when held before the decision (and before a pupil suspension starts)."""
    decision = rows.decision
    if decision is None:
        return None
    if decision.start_on and rows.subject.kind == "pupil" and \
            decision.measure == Measure.SUSPENSION.value:
        return min(decision.decided_on, decision.start_on)
    return decision.decided_on


def _enclosures(session: Session, rows: CaseRows, values: Mapping[str, str]) -> list[bytes]:
    """The filed hearing reports the letter says are enclosed (P-V3)."""
    if "hearing_report" not in values:
        return []
    from ..db.models import DocumentContent

    return [bytes(session.scalar(select(DocumentContent.data)
                                 .where(DocumentContent.document_id == doc.id)) or b"")
            for _, doc in hearing_reports(session, rows.case.id, _hearing_until(rows))]


def _put(values: dict[str, str], key: str, value: Any) -> None:
    text = str(value).strip() if value is not None else ""
    if text:
        values[key] = text


def case_fields(session: Session, rows: CaseRows, kind: LetterKind,
                calendar: SchoolCalendar | None = None,
                legal: LegalSettings | None = None, dispatch: date | None = None,
                ) -> dict[str, str]:
    """Every template field the case itself can answer; the rest must come from --field.

    Each sentence that asserts a legal fact is switched on by a field set here only when the
    recorded facts support it (a response received, a same-day confirmation, a report filed).
    """
    calendar = calendar or SchoolCalendar()
    legal = legal or LegalSettings()
    values: dict[str, str] = {}
    incident, decision, steps = rows.incident, rows.decision, rows.steps
    details: dict[str, Any] = dict(decision.details or {}) if decision is not None else {}
    _put(values, "incident_date", long_date(incident.occurred_on))
    known_on = _iso(details.get("known_on")) or incident.reported_on
    _put(values, "known_date", long_date(known_on))
    _put(values, "platform", incident.platform)
    _put(values, "facts", incident.description)
    codes = session.scalars(select(IncidentRule.rule_code)
                            .where(IncidentRule.incident_id == incident.id)
                            .order_by(IncidentRule.position)).all()
    _put(values, "rules_breached", "\n".join(
        f"{c} – {RULES_BY_CODE[c].label_nl}" if c in RULES_BY_CODE else c for c in codes))
    _put(values, "employee_function", rows.subject.function)
    child = _child(session, rows)
    if child is not None:
        _put(values, "pupil_name", person_name(child).full)
        _put(values, "pupil_first_name", child.first_name)
        _put(values, "pupil_group", child.group_name)
    evidence = session.scalars(select(Document.title).where(
        Document.incident_id == incident.id, Document.dossier == EVIDENCE)
        .order_by(Document.filed_at, Document.id)).all()
    _put(values, "evidence", "\n".join([
        f"Melding van het incident van {long_date(incident.reported_on)}", *evidence]))
    # Hearings held before the decision (a decision letter) or so far (an intention letter).
    until = _hearing_until(rows)
    hearings = [s for s in steps if s.kind == StepKind.HEARING.value
                and (until is None or s.done_on <= until)]
    if hearings and kind.code not in INVITING:
        hearing = hearings[-1]
        _put(values, "hearing_date", long_date(hearing.done_on))
        _put(values, "hearing_summary", "\n".join(s.note for s in hearings if s.note.strip()))
        specified = [s for s in hearings if (s.data or {}).get("parties")]
        _put(values, "heard", _heard(specified, child))
        if specified and len({s.done_on for s in specified}) == 1:
            _put(values, "heard_parties", _join_dutch(_party_words(
                [str(p) for s in specified for p in s.data["parties"]], child)))
        if "heard" not in values:
            values["hearing_unspecified"] = "ja"  # who was heard is not recorded: say no more
        else:
            heard = {str(p) for s in specified for p in s.data["parties"]}
            _put(values, "not_heard", _not_heard(kind, heard, child))
        if hearing_reports(session, rows.case.id, until):
            values["hearing_report"] = "ja"  # P-V3: a report is filed, and it is enclosed
    intention = _last(steps, StepKind.INTENTION)
    if intention is not None and kind.code not in INTENTION_MEASURES:
        _put(values, "intention_date", long_date(intention.done_on))
        _put(values, "grounds", intention.note)
    response = _last(steps, StepKind.RESPONSE)
    if response is not None and (intention is None or response.done_on >= intention.done_on):
        _put(values, "response_summary", response.note or "Uw zienswijze is ontvangen.")
        values["response_received"] = "ja"
    receiving = _last(steps, StepKind.RECEIVING_SCHOOL)
    if receiving is not None:
        data = dict(receiving.data or {})
        _put(values, "receiving_school", data.get("school") or receiving.note)
        _put(values, "receiving_school_date", long_date(receiving.done_on))
        _put(values, "zorgplicht_efforts", data.get("efforts"))
    leerplicht = _last(steps, StepKind.LEERPLICHT_INFORMED)
    if leerplicht is not None:
        _put(values, "leerplicht_date", long_date(leerplicht.done_on))
        values["leerplicht"] = "ja"
    earlier = session.execute(
        select(MeasureDecision.measure, MeasureDecision.decided_on)
        .join(Case, Case.id == MeasureDecision.case_id)
        .where(Case.subject_id == rows.subject.id, Case.id != rows.case.id,
               MeasureDecision.decided_on < incident.occurred_on)
        .order_by(MeasureDecision.decided_on)).all()
    # P-V8, O4: only a warning decided and sent before this incident; its recorded dispatch.
    warned = session.execute(
        select(func.max(ProcedureStep.done_on))
        .join(Case, Case.id == ProcedureStep.case_id)
        .join(MeasureDecision, MeasureDecision.case_id == Case.id)
        .where(Case.subject_id == rows.subject.id, Case.id != rows.case.id,
               MeasureDecision.measure == Measure.WARNING.value,
               ProcedureStep.kind == StepKind.LETTER_SENT.value,
               ProcedureStep.done_on < incident.occurred_on)).scalar()
    if warned is not None:
        _put(values, "warning_date", long_date(warned))
    if earlier:
        _put(values, "earlier_measures", "\n".join(
            f"{MEASURE_LABELS[Measure(m)][0].capitalize()} van {long_date(d)}"
            for m, d in earlier))
    if decision is not None:
        if rows.subject.kind == "pupil" and decision.measure == Measure.SUSPENSION.value:
            _put(values, "reasons", details.get("reasons"))  # P-S2: for the parents, never
        else:  # the internal motivation
            _put(values, "reasons", details.get("reasons") or decision.motivation)
        _put(values, "grounds", details.get("grounds"))
        _put(values, "no_hearing_reason", decision.no_hearing_reason)
        _put(values, "dismissal_date", long_date(decision.decided_on))
        _put(values, "urgent_reason", details.get("urgent_reason"))
        _put(values, "effective_date", decision.start_on and long_date(decision.start_on))
        if decision.measure == Measure.SUMMARY_DISMISSAL.value:
            gap = (decision.decided_on - known_on).days
            if gap <= legal.summary_dismissal_warn_days:
                values["without_delay"] = "ja"  # ST10: "onverwijld" only when the dates say so
            if dispatch is not None and dispatch == decision.decided_on:
                values["same_day"] = "ja"  # "op dezelfde dag bevestigd" only when it was
        if decision.start_on and decision.end_on:
            values["start_date"] = long_date(decision.start_on)
            values["end_date"] = long_date(decision.end_on)
            if rows.subject.kind == "pupil":
                days = calendar.school_days(decision.start_on, decision.end_on)
                values["duration"] = _school_days_text(days)
                values["return_date"] = long_date(calendar.next_school_day(decision.end_on))
                if days > 1:
                    values["inspectie"] = "ja"  # P-S3: over one school day goes to the Inspectie
            else:
                values["duration"] = day_count((decision.end_on - decision.start_on).days + 1)
        for key, detail in (("education_arrangements", "education"), ("contact_person", "contact"),
                            ("ban_scope", "scope"), ("review_date", "review"),
                            ("child_handover", "handover"), ("suspension_form", "form"),
                            ("order_reason", "order_reason"), ("probation", "probation"),
                            ("dismissal_time", "time"), ("zorgplicht_efforts", "efforts")):
            _put(values, key, details.get(detail))
    return values


def _iso(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _derive_duration(values: dict[str, str], given: Mapping[str, str], pupil: bool,
                     calendar: SchoolCalendar) -> None:
    """--field start_date/end_date as YYYY-MM-DD also give the duration (and return day)."""
    try:
        start = date.fromisoformat(str(given.get("start_date", "")).strip())
        end = date.fromisoformat(str(given.get("end_date", "")).strip())
    except ValueError:
        return
    if end < start:
        return
    if pupil:
        days = calendar.school_days(start, end)
        values.setdefault("duration", _school_days_text(days))
        values.setdefault("return_date", long_date(calendar.next_school_day(end)))
    else:
        values.setdefault("duration", day_count((end - start).days + 1))


def _letterhead(rows: CaseRows) -> Letterhead:
    school, board = rows.school, rows.board
    return Letterhead(
        board_name=board.name,
        board_address=tuple(x for x in (board.street, f"{board.postcode}  {board.city.upper()}"
                                         .strip()) if x),
        school_name=school.name,
        school_address=tuple(x for x in (school.street, f"{school.postcode}  "
                                         f"{school.city.upper()}".strip()) if x),
        denomination=school.denomination, place=school.city or board.city,
        signatory_name=school.signatory_name, signatory_function=school.signatory_function,
        mandate=school.mandate, phone=school.phone, email=school.email, logo=school.logo)


def _file_name(reference: str, kind: LetterKind, recipient: Person) -> str:
    return f"{reference}_{kind.audience.value}_{kind.code}_{recipient.id}.pdf"


@dataclass(frozen=True)
class RenderedLetter:
    recipient: Person
    kind: LetterKind
    title: str
    filename: str
    data: bytes


def _check_given(values: Mapping[str, str], given: Mapping[str, str], kind: LetterKind) -> None:
    """A field the case file answers cannot be overridden by the letter: change the file."""
    derived = sorted(name for name in given if name in DERIVED_ONLY)
    if derived:
        names = ", ".join(derived)
        raise InvalidInput(
            f"De brief neemt {names} alleen uit het dossier van de zaak; leg het feit vast (de "
            "stap of het besluit) in plaats van het in de brief te typen.",
            f"The letter takes {names} only from the case file; record the fact (the step or "
            "the decision) instead of typing it into the letter.", "L-facts")
    clashes = [name for name, value in given.items() if str(value).strip()
               and name in values and str(value).strip() != values[name]
               and not (name == "grounds" and kind.code in INTENTION_MEASURES)]
    if clashes:
        names = ", ".join(clashes)
        raise InvalidInput(
            f"De brief neemt {names} over uit het dossier van de zaak; pas het dossier aan "
            "(de stap of het besluit) in plaats van de brief. Andere gronden vragen een nieuw "
            "voornemen.",
            f"The letter takes {names} from the case file; change the file (the step or the "
            "decision) instead of the letter. Other grounds need a new intention.", "ST4")


_DUTCH_DATE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")


def _given_days(given: Mapping[str, str]) -> dict[str, date]:
    """Dates typed in the letter dialog (or given with the CLI's --field): 24-11-2026 as a
    person types it, or 2026-11-24. The letter prints them as it prints its own dates
    (24 november 2026); a text that is no date is refused at its field."""
    days: dict[str, date] = {}
    for name, value in given.items():
        if not name.endswith("_date"):
            continue
        text = str(value).strip()
        found = _DUTCH_DATE.fullmatch(text)
        try:
            days[name] = (date(int(found[3]), int(found[2]), int(found[1])) if found
                          else date.fromisoformat(text))
        except ValueError:
            raise InvalidInput(
                f"Vul bij '{field_label(name, 'nl')}' een datum in als 24-11-2026.",
                f"Enter a date such as 24-11-2026 for '{field_label(name, 'en')}'.",
                "L-facts", field=name, values={"value": text}) from None
    return days


def _check_invitation(given: Mapping[str, object], dispatch: date) -> None:
    """A letter cannot invite to a meeting before the day it is sent."""
    from ..domain.dates import short_date

    for name in ("hearing_date", "meeting_date"):
        day = _iso(given.get(name))
        if day is not None and day < dispatch:
            raise InvalidInput(
                f"De brief nodigt uit voor {short_date(day)}, maar wordt pas op "
                f"{short_date(dispatch)} verzonden; kies een latere datum voor het gesprek.",
                f"The letter invites to {short_date(day)} but is sent on "
                f"{short_date(dispatch)}; choose a later date for the meeting.", "L4")


def render_in(tx: Transaction, case_id: int, kind_code: str, to: int | None = None,
              fields: Mapping[str, str] | None = None, templates: Path | None = None,
              extra_overrides: Mapping[str, str] | None = None, sent_on: date | None = None,
              ) -> tuple[CaseRows, list[RenderedLetter]]:
    """Compose and lay out the letter for each recipient; files nothing.

    The letter is dated on its dispatch day (`sent_on`, default today), and every term it
    prints is counted from that day by `domain.terms`, as the rules count it.
    """
    from .templates import overrides as board_overrides

    tx.scope.require_case(case_id)
    own = {**board_overrides(tx.session), **(extra_overrides or {})}
    rows = load_case_rows(tx.session, case_id)
    kind = letter_kind(rows.subject.kind, kind_code)
    if kind.own_route:
        raise RuleViolation(
            f"De brief '{kind.title}' hoort bij een eigen procedure en wordt daar gemaakt.",
            f"The letter '{kind.title}' belongs to its own procedure and is made there.",
            "L-kind", field="route", values={"route": kind.own_route})
    _check_fits(kind, rows.decision)
    recipients = _recipients(tx.session, rows, kind.audience, to, kind.code)
    check_plausible(sent_on, tx.now.date(), "De verzenddatum", "The dispatch date")
    dispatch = sent_on or tx.now.date()
    calendar = school_calendar(tx.session)
    legal = legal_settings(tx.session)
    values = case_fields(tx.session, rows, kind, calendar, legal, dispatch)
    # What the user typed goes into an official letter: cleaned like every stored free text
    # (no control characters, terminal escapes or bidi overrides in the PDF).
    given = {k: clean_text(str(v)) for k, v in (fields or {}).items()
             if clean_text(str(v)).strip()}
    _check_given(values, given, kind)
    days = _given_days(given)
    _check_invitation(days, dispatch)
    values.update(given)
    values.update({name: long_date(day) for name, day in days.items()})
    _derive_duration(values, {**(fields or {}), **{k: d.isoformat() for k, d in days.items()}},
                     rows.subject.kind == "pupil", calendar)
    reference = case_reference(rows.case.id)
    head = _letterhead(rows)
    from reports.enclosures import with_enclosures
    from reports.letter import layout_letter  # ReportLab: loaded with the first letter

    enclosed = _enclosures(tx.session, rows, values)
    rendered: list[RenderedLetter] = []
    for person in recipients:
        request = LetterRequest(
            audience=kind.audience, kind=kind.code, reference=reference,
            letter_date=dispatch, letterhead=head, recipient=_recipient(person),
            fields=values, legal=legal, pupil_first_name=values.get("pupil_first_name", ""))
        try:
            content = compose_letter(request, templates, own)  # refuses, naming what lacks
        except InvalidInput as error:  # the CLI's way out names the school to correct
            error.values.setdefault("school_id", rows.school.id)
            error.values.setdefault("person_id", person.id)
            raise
        rendered.append(RenderedLetter(
            person, kind, f"{kind.title} aan {person_name(person).full}",
            _file_name(reference, kind, person),
            with_enclosures(layout_letter(content), enclosed)))
    return rows, rendered


def _sent_letter(session: Session, case_id: int, kind: LetterKind) -> list[Document]:
    """The documents of this decision letter once its dispatch is recorded (item: a sent
    decision keeps its term), else []."""
    if not kind.measure:
        return []
    for step in session.scalars(select(ProcedureStep).where(
            ProcedureStep.case_id == case_id, ProcedureStep.kind == StepKind.LETTER_SENT.value)
            .order_by(ProcedureStep.id)):
        ids = [int(i) for i in (step.data or {}).get("documents", [])]
        if ids and (step.data or {}).get("letter") == kind.code:
            return list(session.scalars(select(Document).where(Document.id.in_(ids))
                                        .order_by(Document.id)))
    return []


def _filed_bytes(session: Session, docs: list[Document]) -> list[tuple[str, bytes]]:
    from ..db.models import DocumentContent

    seen: dict[int | None, tuple[str, bytes]] = {}
    for doc in docs:
        if doc.recipient_id in seen:
            continue  # the same letter filed in a second child's dossier
        data = session.scalar(select(DocumentContent.data)
                              .where(DocumentContent.document_id == doc.id))
        seen[doc.recipient_id] = (doc.title, bytes(data or b""))
    return list(seen.values())


def preview_letter(db: Database, actor: Actor, case_id: int, kind: str, to: int | None = None,
                   fields: Mapping[str, str] | None = None,
                   sent_on: date | None = None) -> list[tuple[str, bytes]]:
    """The exact letters that filing would produce, as (title, PDF) per recipient; nothing is
    filed. A decision letter already sent is shown as filed. The preview is audited."""
    with db.transaction(actor) as tx:
        rows = load_case_rows(tx.session, case_id)
        sent = _sent_letter(tx.session, case_id, letter_kind(rows.subject.kind, kind))
        if sent:
            result = _filed_bytes(tx.session, sent)
        else:
            rows, rendered = render_in(tx, case_id, kind, to, fields, sent_on=sent_on)
            result = [(letter.title, letter.data) for letter in rendered]
        tx.audit("letter.preview", "case", rows.case.id, case_id=rows.case.id,
                 person_id=rows.subject.id, kind=kind)
        return result


def preview_with(db: Database, actor: Actor, case_id: int, path: str,
                 texts: Mapping[str, str], fields: Mapping[str, str] | None = None) -> bytes:
    """The first recipient's letter rendered with unsaved template texts (template editor)."""
    with db.viewing(actor) as tx:
        tx.scope.require_case(case_id)
        rows = load_case_rows(tx.session, case_id)
        if path.startswith("clauses/"):
            family = path.removeprefix("clauses/").removesuffix(".txt")
            family = family.removesuffix("_openbaar").removesuffix("_bijzonder")
            candidates = [k for k in kinds_for_subject(rows.subject.kind) if k.clause == family]
        else:
            candidates = [k for k in kinds_for_subject(rows.subject.kind) if k.template == path]
        if not candidates:
            raise RuleViolation(
                "Dit sjabloon hoort niet bij de soort persoon van deze zaak; kies een andere "
                "zaak voor het voorbeeld.",
                "This template does not belong to this case's kind of person; choose another "
                "case for the preview.", "L-kind")
        fitting = [k for k in candidates if not k.measure or (
            rows.decision is not None and rows.decision.measure == k.measure)]
        kind = (fitting or candidates)[0]
        _, rendered = render_in(tx, case_id, kind.code, None, fields, None, texts)
        tx.audit("template.preview", "case", rows.case.id, case_id=rows.case.id,
                 person_id=rows.subject.id, path=path)
        return rendered[0].data


def kinds_for_subject(subject_kind: str) -> list[LetterKind]:
    """The kinds the letter dialog offers; those with their own route (issue 14) are not."""
    return [k for k in LETTER_KINDS if k.audience.value == subject_kind and not k.own_route]


def field_source(name: str) -> str:
    """Where a missing letter field is filled in: 'letter', 'school', 'board' or 'person'."""
    from reports.compose import field_source as source

    return source(name)


def field_label(name: str, lang: str = "nl") -> str:
    """What a letter field means, for forms that ask for a missing one."""
    from reports.compose import field_help

    return field_help(name, lang)


def _intention_data(values: Mapping[str, str], kind: LetterKind) -> dict[str, Any]:
    """What an intention letter announces, for comparing with the decision (ST4, ST5)."""
    data: dict[str, Any] = {"measure": INTENTION_MEASURES[kind.code]}
    start, end = _iso(values.get("start_date")), _iso(values.get("end_date"))
    if start and end and end >= start:
        data["days"] = (end - start).days + 1
    return data


def check_registered(kind: LetterKind, registered: str) -> None:
    """A letter law.md sends by registered post (ST3, ST5, P-V6) needs its number with the
    dispatch."""
    if kind.registered and not registered.strip():
        raise RuleViolation(
            "Deze brief gaat aangetekend: geef het registratienummer van de aangetekende "
            "zending bij de verzending.",
            "This letter goes by registered post: give the registered-mail number with the "
            "dispatch.", "ST5" if kind.code in ("suspension_order", "order_extension")
            else "ST3", field="registered")


def record_dispatch(tx: Transaction, case_id: int, kind: LetterKind, step: StepKind,
                    dispatch: date, filed: list[DocumentInfo], registered: str, note: str,
                    extra: Mapping[str, Any] | None = None) -> StepInfo:
    """The one way a filed letter's dispatch becomes a procedure step (the letter and its
    dispatch in one transaction): every term the letter prints and the rules enforce runs
    from this step's date (ST3, ST5, O3, P-S2, L4). A letter to several parents is one
    dispatch."""
    from .cases import record_step_in

    check_registered(kind, registered)
    data: dict[str, Any] = {"letter": kind.code, "documents": [d.id for d in filed],
                            "registered": registered.strip(), **(extra or {})}
    return record_step_in(tx, case_id, step.value, dispatch, note, data)


def generate_in(tx: Transaction, case_id: int, kind_code: str, to: int | None = None,
                fields: Mapping[str, str] | None = None, templates: Path | None = None,
                sent_on: date | None = None, registered: str = "") -> list[DocumentInfo]:
    """File the letter and record its dispatch as the step it belongs to, in one transaction."""
    rows = load_case_rows(tx.session, case_id)
    kind = letter_kind(rows.subject.kind, kind_code)
    already = _sent_letter(tx.session, case_id, kind)
    if already:  # a sent decision keeps its letter and its term; never a new one
        tx.audit("letter.reopen", "case", rows.case.id, case_id=rows.case.id,
                 person_id=rows.subject.id, kind=kind.code)
        return [document_info(d) for d in already]
    step = dispatch_step(kind)
    if step is not None and sent_on is not None:
        check_registered(kind, registered)
    rows, rendered = render_in(tx, case_id, kind_code, to, fields, templates, sent_on=sent_on)
    check_plausible(sent_on, tx.now.date(), "De verzenddatum", "The dispatch date")
    dispatch = sent_on or tx.now.date()
    filed: list[DocumentInfo] = []
    for letter in rendered:
        person = letter.recipient
        doc = NewDocument(kind=f"letter_{kind.code}", title=letter.title,
                          filename=letter.filename, mime_type="application/pdf",
                          data=letter.data)
        for row in file_in(tx, rows.subject, doc, case_id=rows.case.id,
                           incident_id=rows.incident.id, recipient_id=person.id):
            filed.append(document_info(row))
        tx.audit("letter.generate", "case", rows.case.id, case_id=rows.case.id,
                 person_id=rows.subject.id, kind=kind.code, recipient=person.id,
                 fields=sorted((fields or {}).keys()))
    if step is not None:
        extra: dict[str, Any] = {}
        note = kind.title
        if step is StepKind.INTENTION:
            values = case_fields(tx.session, rows, kind)
            values.update({k: v for k, v in (fields or {}).items() if str(v).strip()})
            extra = _intention_data(values, kind)
            note = values.get("grounds") or "\n".join(
                x for x in (values.get("facts", ""), values.get("rules_breached", "")) if x)
        record_dispatch(tx, case_id, kind, step, dispatch, filed, registered, note, extra)
    log.info("case %s: %d letter(s) '%s' filed", case_id, len(filed), kind.code)
    return filed


def generate_letter(db: Database, actor: Actor, case_id: int, kind: str, to: int | None = None,
                    fields: Mapping[str, str] | None = None, templates: Path | None = None,
                    sent_on: date | None = None, registered: str = "") -> list[DocumentInfo]:
    """Render the letter for each recipient, file it and record its dispatch, all in one
    transaction.

    Parent letters about a pupil go to every parent with parental authority (law L1), each
    filed into the pupil's leerlingendossier; staff letters go into the personeelsdossier.
    An intention letter records the intention step, a decision letter the 'letter sent'
    step, dated `sent_on` (default today: the letter's date).
    """
    with db.transaction(actor) as tx:
        return generate_in(tx, case_id, kind, to, fields, templates, sent_on, registered)


def all_kind_codes() -> list[str]:
    return sorted({k.code for k in LETTER_KINDS})
