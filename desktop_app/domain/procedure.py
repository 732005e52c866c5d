"""Procedure rules of Dutch school and employment law: what a decision needs and what is due."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from .access import Role
from .catalogue import PersonKind
from .dates import short_date, short_datetime
from .errors import CaseManagerError, InvalidInput, RuleViolation
from .legal import LegalSettings
from .measures import Measure
from .school_calendar import SchoolCalendar
from .terms import (
    add_months,
    objection_due,
    parent_response_due,
    staff_response_due,
    term_end,
)
from .terms import annulment_due as terms_annulment
from .terms import appeal_due as terms_appeal
from .terms import gpo_due as terms_gpo
from .track_facts import TrackFacts

__all__ = ["add_months", "term_end"]


class StepKind(StrEnum):
    HEARING = "hearing"
    INTENTION = "intention"
    RESPONSE = "response"
    LETTER_SENT = "letter_sent"
    INSPECTIE_REPORT = "inspectie_report"
    LEERPLICHT_INFORMED = "leerplicht_informed"
    RECEIVING_SCHOOL = "receiving_school"
    OBJECTION = "objection"
    OBJECTION_DECISION = "objection_decision"
    GPO = "gpo"
    GPO_OPINION = "gpo_opinion"
    EMPLOYEE_INFORMED = "employee_informed"
    # Issue 14 (domain/tracks.py): the 4a track, GPO and the protocol's own duties.
    ORDER_CONSIDERED = "order_considered"
    GPO_DEFENCE = "gpo_defence"
    SWV_INFORMED = "swv_informed"
    NON_MEMBERS_EMAILED = "non_members_emailed"
    # The order suspension's own decision letter (ST5): recorded by filing that letter.
    ORDER_LETTER_SENT = "order_letter_sent"


STEP_LABELS: dict[StepKind, tuple[str, str]] = {
    StepKind.HEARING: ("hoorgesprek", "hearing"),
    StepKind.INTENTION: ("voornemen verstuurd", "intention sent"),
    StepKind.RESPONSE: ("zienswijze ontvangen", "response received"),
    StepKind.LETTER_SENT: ("besluit verstuurd", "decision letter sent"),
    StepKind.INSPECTIE_REPORT: ("gemeld bij de Inspectie (ISD)", "reported to the Inspectie (ISD)"),
    StepKind.LEERPLICHT_INFORMED: ("leerplichtambtenaar ingelicht", "attendance officer informed"),
    StepKind.RECEIVING_SCHOOL: ("ontvangende school bereid tot toelating",
                                "receiving school agreed to admit"),
    StepKind.OBJECTION: ("bezwaar ontvangen", "objection received"),
    StepKind.OBJECTION_DECISION: ("beslissing op bezwaar", "decision on objection"),
    StepKind.GPO: ("geschil ingediend bij GPO", "dispute lodged with the GPO"),
    StepKind.GPO_OPINION: ("oordeel GPO ontvangen", "GPO opinion received"),
    StepKind.EMPLOYEE_INFORMED: ("medewerker ingelicht over melding",
                                 "employee told of the report"),
    StepKind.ORDER_CONSIDERED: ("schorsing als ordemaatregel overwogen",
                                "suspension as an order measure considered"),
    StepKind.GPO_DEFENCE: ("verweer ingediend bij de GPO", "defence submitted to the GPO"),
    StepKind.SWV_INFORMED: ("samenwerkingsverband ingelicht",
                            "samenwerkingsverband notified"),
    StepKind.NON_MEMBERS_EMAILED: ("leerlingen/ouders buiten de groepsapp gemaild",
                                   "pupils/parents outside the group app e-mailed"),
    StepKind.ORDER_LETTER_SENT: ("besluit ordemaatregel verstuurd",
                                 "order-measure decision letter sent"),
}

# The notices a case can send (`casemanager procedure notice --kind`): the letter kind and the
# step that records it. Here, not in the service, so the CLI's parser offers the choices
# without loading the services.
NOTICE_KINDS: dict[str, tuple[str, StepKind]] = {
    "leerplicht": ("leerplicht_notice", StepKind.LEERPLICHT_INFORMED),
    "inspectie": ("inspectie_report", StepKind.INSPECTIE_REPORT)}


def _q(kind: StepKind, lang: str = "nl") -> str:
    """A step's label, quoted, for a message ('hoorgesprek')."""
    return f"'{STEP_LABELS[kind][1 if lang == 'en' else 0]}'"


# Who can be heard in a case about each kind of person (P-S5, P-V2, P-V3, ST11), in the
# order a letter names them; labels as the screens show them (Dutch, English).
HEARING_PARTIES: dict[PersonKind, tuple[str, ...]] = {
    PersonKind.PUPIL: ("pupil", "parents", "teacher"),
    # A removal for a parent's behaviour (P-V8) removes the child: its parents are heard (P-V3).
    PersonKind.PARENT: ("parent", "parents", "pupil", "teacher"),
    PersonKind.STAFF: ("employee",),
}
PARTY_LABELS: dict[str, tuple[str, str]] = {
    "pupil": ("leerling", "pupil"), "parents": ("ouders", "parents"),
    "parent": ("ouder", "parent"), "teacher": ("groepsleerkracht", "class teacher"),
    "employee": ("medewerker", "employee"),
}
# Cases whose hearings must say who was heard (P-S5, P-V3): a hearing step without parties
# is refused there; a staff hearing hears the employee.
PARTIES_REQUIRED = frozenset({PersonKind.PUPIL, PersonKind.PARENT})
# Who must be heard before the decision: a pupil suspension (P-S5) and a removal (P-V2, P-V3).
SUSPENSION_HEARD = ("pupil", "parents", "teacher")
REMOVAL_HEARD = ("parents", "teacher")


def check_hearing(kind: PersonKind, parties: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The parties heard, validated for this kind of case and in the letter's order."""
    allowed = HEARING_PARTIES.get(kind, ())
    chosen = {str(p).strip().lower() for p in parties if str(p).strip()}
    values: dict[str, object] = {"possible": list(allowed)}
    names_nl, names_en = _party_list(list(allowed), 0), _party_list(list(allowed), 1)
    if not chosen:
        raise InvalidInput(f"Geef aan wie er is gehoord (mogelijk: {names_nl}).",
                           f"Say who was heard (possible: {names_en}).", "P-V3",
                           field="parties", values=values)
    unknown = sorted(chosen - set(allowed))
    if unknown:
        shown_nl = ", ".join(PARTY_LABELS.get(p, (p, p))[0] for p in unknown)
        shown_en = ", ".join(PARTY_LABELS.get(p, (p, p))[1] for p in unknown)
        raise InvalidInput(
            f"'{shown_nl}' kan in deze zaak niet worden gehoord; mogelijk: {names_nl}.",
            f"'{shown_en}' cannot be heard in this case; possible: {names_en}.", "P-V3",
            field="parties", values={**values, "parties": unknown})
    return tuple(p for p in allowed if p in chosen)


def heard_by(facts: CaseFacts, day: date) -> tuple[set[str], bool]:
    """Parties heard on or before `day`, and whether a hearing left who was heard unrecorded.

    The parent a case is about is not 'the parents': a removal for that parent's behaviour
    (P-V8) is decided for the child, whose parents are heard (P-V3) and all receive the letter."""
    heard: set[str] = set()
    unspecified = False
    for step in facts.steps:
        if step.kind is not StepKind.HEARING or step.on > day:
            continue
        parties = [str(p) for p in step.data.get("parties", [])]
        unspecified = unspecified or not parties
        heard.update(parties)
    return heard, unspecified


def _party_list(parties: list[str], lang: int) -> str:
    return ", ".join(PARTY_LABELS[p][lang] for p in parties)


def _check_heard(facts: CaseFacts, day: date, required: tuple[str, ...], rule_id: str,
                 strict: bool = True) -> None:
    """Refuse when the recorded hearings leave out a party the law requires (P-S5, P-V2/3).

    Not `strict`: a hearing that does not record who was heard passes (the letter then says
    only that a hearing took place)."""
    heard, unspecified = heard_by(facts, day)
    if unspecified and not strict and not heard & set(required):
        return
    missing = [p for p in required if p not in heard]
    if not missing:
        return
    if "teacher" in missing and rule_id == "P-V3":
        rule_id = "P-V2"
    raise RuleViolation(
        f"Nog niet gehoord vóór {short_date(day)}: {_party_list(missing, 0)}. Leg het "
        "hoorgesprek met hen vast.",
        f"Not yet heard before {short_date(day)}: {_party_list(missing, 1)}. Record the hearing "
        "with them.", rule_id)


def step_kind(code: str) -> StepKind:
    try:
        return StepKind(code.strip().lower())
    except ValueError:
        known = ", ".join(k.value for k in StepKind)
        raise InvalidInput(
            f"Onbekende proceduresoort '{code}'. Kies uit: {known}.",
            f"Unknown procedure step '{code}'. Choose from: {known}.",
        ) from None


@dataclass(frozen=True)
class StepFact:
    kind: StepKind
    on: date
    note: str = ""
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DecisionFact:
    measure: Measure
    decided_on: date
    start_on: date | None = None
    end_on: date | None = None


@dataclass(frozen=True)
class CaseFacts:
    """What the rules need to know about one case, gathered by the services in a few queries."""

    case_id: int
    subject_kind: PersonKind
    denomination: str
    occurred_on: date
    known_on: date
    urgent_reason: bool = False
    boundary_crossing: bool = False
    criminal: bool = False
    steps: tuple[StepFact, ...] = ()
    decision: DecisionFact | None = None
    prior_warning: bool = False  # a warning to this person decided and sent before the incident
    prior_warning_on: date | None = None  # the date that warning was sent (P-V8, O4)
    calendar: SchoolCalendar = field(default_factory=SchoolCalendar)
    decision_details: dict[str, Any] = field(default_factory=dict)
    inspector_calls: int = 0
    reasonable_suspicion: bool = False  # an inspector call concluded 'yes' (V4)
    police_reports: int = 0
    track: TrackFacts = field(default_factory=TrackFacts)  # issue 14: 4a, orders, duties

    def first(self, kind: StepKind) -> StepFact | None:
        found = [s for s in self.steps if s.kind is kind]
        return min(found, key=lambda s: s.on) if found else None

    def last(self, kind: StepKind) -> StepFact | None:
        found = [s for s in self.steps if s.kind is kind]
        return max(found, key=lambda s: s.on) if found else None

    def has(self, kind: StepKind) -> bool:
        return any(s.kind is kind for s in self.steps)


@dataclass(frozen=True)
class Notice:
    """A warning that does not block: the user sees it and decides (e.g. P-S1 > 5 school days)."""

    rule_id: str
    message_nl: str
    message_en: str


@dataclass(frozen=True)
class Deadline:
    case_id: int
    what: str
    label_nl: str
    label_en: str
    due: date
    rule_id: str

    def overdue(self, today: date) -> bool:
        return self.due < today


def school_days(start: date, end: date, calendar: SchoolCalendar | None = None) -> int:
    """School days from start to end inclusive, by the board's calendar (default: midden)."""
    return (calendar or SchoolCalendar()).school_days(start, end)


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _need_period(start: date | None, end: date | None, rule_id: str) -> tuple[date, date]:
    if start is None or end is None:
        raise RuleViolation(
            "Geef een begin- en einddatum.",
            "Give a start and an end date.",
            rule_id, field="start" if start is None else "end",
        )
    if end < start:
        raise InvalidInput(
            f"De einddatum {short_date(end)} ligt vóór de begindatum {short_date(start)}.",
            f"The end date {short_date(end)} is before the start date {short_date(start)}.",
        )
    return start, end


def check_decision(
    facts: CaseFacts,
    chosen: Measure,
    decided_on: date,
    start_on: date | None,
    end_on: date | None,
    no_hearing_reason: str,
    settings: LegalSettings,
    details: Mapping[str, Any] | None = None,
) -> list[Notice]:
    """Raise RuleViolation when the law forbids this decision now; return the warnings.

    `details` are the facts recorded with the decision (reasons for the parents, the urgent
    reason and when it became known, grounds); the letters print only what they support.
    """
    notices: list[Notice] = []
    kind = facts.subject_kind
    extra = dict(details or {})
    if decided_on < facts.occurred_on:
        raise InvalidInput(
            f"De besluitdatum {short_date(decided_on)} ligt vóór het incident "
            f"({short_date(facts.occurred_on)}).",
            f"The decision date {short_date(decided_on)} is before the incident "
            f"({short_date(facts.occurred_on)}).",
        )
    if facts.decision is not None:
        raise RuleViolation(
            "Over deze zaak is al besloten; een nieuw besluit is een nieuwe zaak.",
            "This case has been decided; a new decision needs a new case.",
            "protocol",
        )
    hearing = facts.first(StepKind.HEARING)
    from . import tracks

    tracks.check_decision(facts, chosen, extra)

    if kind is PersonKind.PUPIL and chosen is Measure.SUSPENSION:
        start, end = _need_period(start_on, end_on, "P-S1")
        days = (end - start).days + 1
        if days > settings.pupil_suspension_max_days:
            raise RuleViolation(
                f"Een schorsing van een leerling duurt ten hoogste een week; deze duurt {days} "
                "dagen.",
                f"A pupil suspension lasts at most one week; this one lasts {days} days.",
                "P-S1",
            )
        taught = facts.calendar.school_days(start, end)
        if taught == 0:
            raise RuleViolation(
                f"Van {short_date(start)} tot en met {short_date(end)} is er geen schooldag "
                "(weekend, feestdag of vakantie): kies de schooldagen van de schorsing.",
                f"There is no school day from {short_date(start)} to {short_date(end)} "
                "(weekend, holiday or school holiday): choose the suspension's school days.",
                "P-S1")
        earlier = int(extra.get("earlier_school_days", 0) or 0)
        if earlier and earlier + taught > settings.pupil_suspension_warn_school_days:
            raise RuleViolation(
                f"Deze leerling is voor dezelfde feiten al {earlier} schooldag(en) geschorst; "
                f"samen met deze {taught} is dat meer dan een week.",
                f"This pupil was already suspended {earlier} school day(s) for the same facts; "
                f"with these {taught} that is more than one week.", "P-S1")
        if taught > settings.pupil_suspension_warn_school_days:
            notices.append(Notice(
                "P-S1", f"Meer dan {settings.pupil_suspension_warn_school_days} schooldagen.",
                f"More than {settings.pupil_suspension_warn_school_days} school days."))
        # Heard before the suspension starts and before it is decided (the letter says so).
        heard_by_day = min(start, decided_on)
        if (hearing is None or hearing.on > heard_by_day) and not no_hearing_reason.strip():
            raise RuleViolation(
                "Hoor de leerling, de ouders en de groepsleerkracht vóór het besluit en vóór de "
                "schorsing ingaat (hoorgesprek), of leg vast waarom dat niet kon (niet gehoord, "
                "omdat).",
                "Hear the pupil, the parents and the class teacher before the decision and "
                "before the suspension starts (hearing), or record why that was not possible "
                "(not heard, because).",
                "P-S5", field="no_hearing_reason", values={"step": StepKind.HEARING.value},
            )
        if not no_hearing_reason.strip():
            _check_heard(facts, heard_by_day, SUSPENSION_HEARD, "P-S5", strict=False)
        if not str(extra.get("reasons", "")).strip():
            raise RuleViolation(
                "Een schorsing vraagt een opgave van redenen voor de ouders (los van de interne "
                "motivering).",
                "A suspension needs a statement of reasons for the parents (apart from the "
                "internal motivation).", "P-S2", field="reasons")
        if start < decided_on and not str(extra.get("early_start_reason", "")).strip():
            raise RuleViolation(
                f"De schorsing begint ({short_date(start)}) vóór het besluit "
                f"({short_date(decided_on)}); een schorsing met terugwerkende kracht vraagt een "
                "vastgelegde reden.",
                f"The suspension starts ({short_date(start)}) before the decision "
                f"({short_date(decided_on)}); a retroactive suspension needs a recorded reason.",
                "P-S2")
    elif chosen is Measure.REMOVAL:
        if kind is PersonKind.PARENT and not facts.prior_warning:
            raise RuleViolation(
                "Verwijdering vanwege gedrag van een ouder vereist een eerdere schriftelijke "
                "waarschuwing aan die ouder.",
                "Removal because of a parent's behaviour requires an earlier written warning to "
                "that parent.",
                "P-V8",
            )
        if not facts.has(StepKind.INTENTION):
            raise RuleViolation(
                "Verwijdering gaat in twee stappen: leg eerst het voornemen vast (stap "
                f"{_q(StepKind.INTENTION)}).",
                "Removal takes two steps: record the intention first (step "
                f"{_q(StepKind.INTENTION, 'en')}).",
                "P-V6", values={"step": StepKind.INTENTION.value},
            )
        if hearing is None:
            raise RuleViolation(
                "Hoor de groepsleerkracht en de ouders vóór het besluit tot verwijdering (stap "
                f"{_q(StepKind.HEARING)}).",
                "Hear the class teacher and the parents before deciding on removal (step "
                f"{_q(StepKind.HEARING, 'en')}).",
                "P-V2", values={"step": StepKind.HEARING.value},
            )
        receiving = facts.last(StepKind.RECEIVING_SCHOOL)
        if receiving is None:
            raise RuleViolation(
                "Verwijdering kan pas als een andere school bereid is de leerling toe te laten "
                f"(stap {_q(StepKind.RECEIVING_SCHOOL)} met school, datum en bevestiging).",
                "Removal is possible only once another school has agreed to admit the pupil "
                f"(step {_q(StepKind.RECEIVING_SCHOOL, 'en')} with school, date and "
                "confirmation).",
                "P-V4", values={"step": StepKind.RECEIVING_SCHOOL.value},
            )
        if start_on is not None and start_on < max(decided_on, receiving.on):
            raise RuleViolation(
                f"De verwijdering kan niet ingaan op {short_date(start_on)}: dat ligt vóór het "
                f"besluit of vóór de bevestiging van de ontvangende school "
                f"({short_date(receiving.on)}).",
                f"The removal cannot take effect on {short_date(start_on)}: that is before the "
                f"decision or before the receiving school's confirmation "
                f"({short_date(receiving.on)}).", "P-V4")
        _check_heard(facts, decided_on, REMOVAL_HEARD, "P-V3")
    elif kind is PersonKind.STAFF and chosen in (Measure.REPRIMAND, Measure.SUSPENSION):
        rule_id = "ST3"
        intention = facts.last(StepKind.INTENTION)
        if intention is None:
            raise RuleViolation(
                "Een berisping of schorsing vraagt eerst een voornemen per aangetekende brief "
                f"(stap {_q(StepKind.INTENTION)}).",
                "A reprimand or suspension first needs an intention by registered letter "
                f"(step {_q(StepKind.INTENTION, 'en')}).",
                rule_id, values={"step": StepKind.INTENTION.value},
            )
        response_due = staff_response_due(intention.on, settings)
        responded = any(s.on >= intention.on for s in facts.steps if s.kind is StepKind.RESPONSE)
        if not responded and decided_on <= response_due:
            raise RuleViolation(
                f"De medewerker heeft tot en met {short_date(response_due)} om een zienswijze te "
                "geven; besluit daarna, of leg de ontvangen zienswijze vast (stap "
                f"{_q(StepKind.RESPONSE)}).",
                f"The employee may respond up to and including {short_date(response_due)}; "
                "decide after that, or record the response received (step "
                f"{_q(StepKind.RESPONSE, 'en')}).",
                rule_id, values={"step": StepKind.RESPONSE.value, "until": response_due},
            )
        grounds = str(extra.get("grounds", "")).strip()
        if grounds and grounds != intention.note.strip():
            raise RuleViolation(
                "De gronden van het besluit moeten die van het voornemen zijn; andere gronden "
                "vragen een nieuw voornemen.",
                "The decision's grounds must be the intention's; other grounds need a new "
                "intention.", "ST4")
        intended = intention.data.get("measure")
        if intended and intended != chosen.value:
            raise RuleViolation(
                "Het besluit noemt een andere maatregel dan het voornemen; een andere maatregel "
                "vraagt een nieuw voornemen.",
                "The decision names another measure than the intention; another measure needs "
                "a new intention.", "ST4")
        if chosen is Measure.SUSPENSION:
            start, end = _need_period(start_on, end_on, "ST5")
            days = (end - start).days + 1
            planned = intention.data.get("days")
            if planned and days > int(planned):
                raise RuleViolation(
                    f"Het voornemen noemde een schorsing van {planned} dagen; het besluit mag "
                    f"niet langer zijn ({days} dagen) zonder nieuw voornemen.",
                    f"The intention named a suspension of {planned} days; the decision may not "
                    f"be longer ({days} days) without a new intention.", "ST4")
            if days > settings.staff_suspension_max_days:
                raise RuleViolation(
                    f"Een schorsing van een medewerker duurt per besluit ten hoogste "
                    f"{settings.staff_suspension_max_days} dagen; deze duurt {days} dagen. Een "
                    "verlenging is een nieuw besluit met een nieuw voornemen.",
                    f"A staff suspension lasts at most {settings.staff_suspension_max_days} days "
                    f"per decision; this one lasts {days} days. An extension is a new decision "
                    "with a new intention.",
                    "ST5",
                )
    elif chosen is Measure.SUMMARY_DISMISSAL:
        if not facts.urgent_reason:
            raise RuleViolation(
                "Ontslag op staande voet kan alleen bij een dringende reden (vlag 'dringende "
                "reden' bij het incident).",
                "Summary dismissal requires an urgent reason (the incident's urgent-reason flag).",
                "ST10",
            )
        if hearing is None and not no_hearing_reason.strip():
            raise RuleViolation(
                "Hoor de medewerker vóór het ontslag op staande voet (stap "
                f"{_q(StepKind.HEARING)}), of leg vast waarom dat niet kon.",
                "Hear the employee before the summary dismissal (step "
                f"{_q(StepKind.HEARING, 'en')}), or record why that was not possible.",
                "ST11", field="no_hearing_reason", values={"step": StepKind.HEARING.value},
            )
        if not str(extra.get("urgent_reason", "")).strip():
            raise RuleViolation(
                "Leg bij het besluit de dringende reden vast zoals die aan de medewerker is "
                "meegedeeld.",
                "Record with the decision the urgent reason as it was told to the employee.",
                "ST10")
        known = _as_date(extra.get("known_on")) or facts.known_on
        gap = (decided_on - known).days
        if gap < 0:
            raise InvalidInput(
                f"Het ontslag ({short_date(decided_on)}) ligt vóór het moment waarop de feiten "
                f"bekend werden ({short_date(known)}).",
                f"The dismissal ({short_date(decided_on)}) is before the facts became known "
                f"({short_date(known)}).", "ST10")
        if gap > settings.summary_dismissal_warn_days and not str(
                extra.get("delay_motivation", "")).strip():
            raise RuleViolation(
                f"Tussen bekend worden ({short_date(known)}) en ontslag zitten {gap} dagen: "
                "ontslag op staande voet moet onverwijld. Een directeur moet motiveren waarom "
                "dat toch onverwijld is.",
                f"{gap} days lie between the facts becoming known ({short_date(known)}) and the "
                "dismissal: summary dismissal must be immediate. A director must state why it "
                "is still immediate.", "ST10")
        if gap > settings.summary_dismissal_warn_days:
            notices.append(Notice(
                "ST10",
                f"{gap} dagen tussen bekend worden ({short_date(facts.known_on)}) en ontslag: "
                "ontslag op staande voet moet onverwijld.",
                f"{gap} days between the facts becoming known ({short_date(facts.known_on)}) "
                "and the dismissal: summary dismissal must be immediate."))
    elif kind is PersonKind.PARENT and chosen is Measure.ACCESS_BAN:
        if not facts.prior_warning:
            raise RuleViolation(
                "Een toegangsverbod vraagt een eerdere waarschuwing aan deze ouder.",
                "An access ban requires an earlier warning to this parent.",
                "O4",
            )
        if not facts.has(StepKind.INTENTION):
            raise RuleViolation(
                "Leg eerst het voornemen tot een toegangsverbod vast, zodat de ouder kan reageren "
                f"(stap {_q(StepKind.INTENTION)}).",
                "Record the intended ban first so the parent can respond (step "
                f"{_q(StepKind.INTENTION, 'en')}).",
                "O3", values={"step": StepKind.INTENTION.value},
            )
        start, end = _need_period(start_on, end_on, "O5")
        intention = facts.last(StepKind.INTENTION)
        assert intention is not None
        due = parent_response_due(intention.on, settings)
        responded = any(s.on >= intention.on for s in facts.steps if s.kind is StepKind.RESPONSE)
        if not responded and (start <= due or decided_on <= due):
            raise RuleViolation(
                f"De ouder kan tot en met {short_date(due)} reageren op het voornemen; het "
                "verbod kan pas daarna worden besloten en ingaan, of leg de reactie vast.",
                f"The parent may respond up to and including {short_date(due)}; the ban can "
                "only be decided and start after that, or record the response.", "O3",
                values={"step": StepKind.RESPONSE.value, "until": due})
        if end > add_months(start, settings.parent_ban_max_months):
            raise RuleViolation(
                f"Een toegangsverbod duurt ten hoogste {settings.parent_ban_max_months} maanden; "
                "daarna is een nieuw besluit nodig.",
                f"An access ban lasts at most {settings.parent_ban_max_months} months; after "
                "that a new decision is needed.",
                "O5",
            )
    elif kind is PersonKind.STAFF and chosen is Measure.WARNING:
        notices.append(Notice(
            "ST7", "Een waarschuwing is geen disciplinaire maatregel: gebruik geen "
            "disciplinaire bewoordingen.", "A warning is not a disciplinary measure: avoid "
            "disciplinary wording."))
    elif kind is PersonKind.STAFF and chosen is Measure.DISMISSAL:
        notices.append(Notice(
            "C6", "Ontslag loopt buiten de cao om (UWV of kantonrechter): leg de stappen vast.",
            "Dismissal runs outside the CAO (UWV or court): record the steps."))
    return notices


FINALISING_ROLES = frozenset({Role.ADMINISTRATOR, Role.BOARD})


def check_authority(chosen: Measure, role: str, school_mandate: str) -> None:
    """P-V1: removal is the board's decision, or that of someone holding its mandate."""
    if chosen is Measure.REMOVAL and role not in FINALISING_ROLES and not school_mandate.strip():
        raise RuleViolation(
            "Alleen het bevoegd gezag (of wie daartoe mandaat heeft) besluit tot verwijdering; "
            "leg het mandaat vast bij de school.",
            "Only the board (or someone holding its mandate) decides on removal; record the "
            "mandate with the school.", "P-V1")


# Which steps belong to a case about which kind of person (the step list offers only these).
STEPS_BY_SUBJECT: dict[PersonKind, tuple[StepKind, ...]] = {
    PersonKind.STAFF: (StepKind.HEARING, StepKind.INTENTION, StepKind.RESPONSE,
                       StepKind.LETTER_SENT, StepKind.EMPLOYEE_INFORMED,
                       StepKind.ORDER_CONSIDERED, StepKind.NON_MEMBERS_EMAILED,
                       StepKind.ORDER_LETTER_SENT),
    PersonKind.PUPIL: (StepKind.HEARING, StepKind.INTENTION, StepKind.RESPONSE,
                       StepKind.LETTER_SENT, StepKind.INSPECTIE_REPORT,
                       StepKind.LEERPLICHT_INFORMED, StepKind.RECEIVING_SCHOOL,
                       StepKind.OBJECTION, StepKind.OBJECTION_DECISION, StepKind.GPO,
                       StepKind.GPO_OPINION, StepKind.GPO_DEFENCE, StepKind.SWV_INFORMED),
}
# A parent's behaviour can lead to the child's removal (P-V8): the pupil's steps apply.
STEPS_BY_SUBJECT[PersonKind.PARENT] = STEPS_BY_SUBJECT[PersonKind.PUPIL]

# Steps that follow the decision: dated before it, they cannot belong to it.
AFTER_DECISION = (StepKind.LETTER_SENT, StepKind.INSPECTIE_REPORT, StepKind.OBJECTION,
                  StepKind.OBJECTION_DECISION, StepKind.GPO, StepKind.GPO_OPINION,
                  StepKind.GPO_DEFENCE, StepKind.SWV_INFORMED)
# Steps that need a decision first.
NEED_DECISION = (StepKind.LETTER_SENT, StepKind.INSPECTIE_REPORT, StepKind.OBJECTION,
                 StepKind.GPO)


def steps_for(kind: PersonKind) -> tuple[StepKind, ...]:
    return STEPS_BY_SUBJECT.get(kind, tuple(StepKind))


# Measures that are decided in two steps: first an intention, the other party responds, then
# the decision (ST3 for staff; P-V6 removal; O3 a parent's access ban).
INTENTION_MEASURES: dict[PersonKind, frozenset[Measure]] = {
    PersonKind.STAFF: frozenset({Measure.REPRIMAND, Measure.SUSPENSION}),
    PersonKind.PUPIL: frozenset({Measure.REMOVAL}),
    PersonKind.PARENT: frozenset({Measure.REMOVAL, Measure.ACCESS_BAN}),
}
# Recorded on their own page or by their own letter, not in the case's step list (the employee
# told of a 4a report: the Vertrouwensinspecteur page; the order measure's dispatch: its letter).
RECORDED_ELSEWHERE = frozenset({StepKind.EMPLOYEE_INFORMED, StepKind.ORDER_LETTER_SENT})
# Steps that belong to a pupil's removal only (the receiving school, the GPO's dispute).
# Steps that answer a dispute lodged with the GPO (P-V12).
AFTER_GPO = frozenset({StepKind.GPO_OPINION, StepKind.GPO_DEFENCE, StepKind.SWV_INFORMED})
REMOVAL_ONLY = frozenset({StepKind.RECEIVING_SCHOOL, StepKind.GPO, StepKind.GPO_OPINION,
                          StepKind.GPO_DEFENCE, StepKind.SWV_INFORMED})


def needs_intention(kind: PersonKind, measure: Measure | None) -> bool:
    return measure is not None and measure in INTENTION_MEASURES.get(kind, frozenset())


def offered_steps(facts: CaseFacts, measure: Measure | None) -> tuple[StepKind, ...]:
    """The steps a user can sensibly record now, in the case window's step list: those that
    fit the subject's kind (L-kind) and the case's state. `measure` is the decided measure,
    or before the decision the proposed one (None: nothing proposed yet).

    - steps that follow a decision (its dispatch, an objection, the Inspectie report, the GPO)
      only once it is decided (L4); an objection only after the dispatch (P-V9), its decision
      only after an objection, the GPO's opinion, the defence and informing the
      samenwerkingsverband only after the dispute;
    - an intention only before the decision and only for a measure that needs one (ST3, P-V6,
      O3); a response only to a recorded intention;
    - a receiving school and the GPO only for a removal; the Inspectie report and the
      attendance officer only for a suspension or removal.
    The rules that refuse a step (check_step) stay the rules; this list only leaves out what
    they would refuse or what does not belong to the measure."""
    decided = facts.decision is not None
    if decided:
        assert facts.decision is not None
        measure = facts.decision.measure
    kind = facts.subject_kind
    offered: list[StepKind] = []
    for step in steps_for(kind):
        if step in RECORDED_ELSEWHERE:
            continue
        if step is StepKind.HEARING and kind in PARTIES_REQUIRED:
            continue  # heard per party (P-S5, P-V3): the case window's hearing dialog
        if step in AFTER_DECISION and not decided:
            continue
        if step is StepKind.INTENTION and (decided or not needs_intention(kind, measure)):
            continue
        if step is StepKind.RESPONSE and not facts.has(StepKind.INTENTION):
            continue
        if step is StepKind.OBJECTION and not facts.has(StepKind.LETTER_SENT):
            continue
        if step is StepKind.OBJECTION_DECISION and not facts.has(StepKind.OBJECTION):
            continue
        if step in AFTER_GPO and not facts.has(StepKind.GPO):
            continue
        if step in REMOVAL_ONLY and measure is not Measure.REMOVAL:
            continue
        if step in (StepKind.INSPECTIE_REPORT, StepKind.LEERPLICHT_INFORMED) and \
                measure not in (Measure.SUSPENSION, Measure.REMOVAL):
            continue
        offered.append(step)
    return tuple(offered)


def check_step(facts: CaseFacts, kind: StepKind, on: date, data: dict[str, Any],
               note: str = "", settings: LegalSettings | None = None) -> list[Notice]:
    """Refuse a step the file cannot support; return notices (an objection out of time)."""
    notices: list[Notice] = []
    if on < facts.occurred_on:
        raise InvalidInput(
            f"De datum {short_date(on)} ligt vóór het incident ({short_date(facts.occurred_on)}).",
            f"The date {short_date(on)} is before the incident ({short_date(facts.occurred_on)}).",
        )
    from . import tracks

    tracks.check_step(facts, kind, note)
    if kind not in steps_for(facts.subject_kind):
        raise RuleViolation(
            f"De stap '{STEP_LABELS[kind][0]}' hoort niet bij een zaak over deze persoon.",
            f"The step '{STEP_LABELS[kind][1]}' does not fit a case about this person.",
            "L-kind")
    decision = facts.decision
    if kind in NEED_DECISION and decision is None:
        raise RuleViolation(
            f"De stap '{STEP_LABELS[kind][0]}' volgt op een besluit; in deze zaak is nog niet "
            "besloten.",
            f"The step '{STEP_LABELS[kind][1]}' follows a decision; this case has not been "
            "decided yet.", "L4")
    if decision is not None and kind in AFTER_DECISION and on < decision.decided_on:
        raise InvalidInput(
            f"De datum {short_date(on)} ligt vóór het besluit ({short_date(decision.decided_on)})"
            " waar deze stap bij hoort.",
            f"The date {short_date(on)} is before the decision "
            f"({short_date(decision.decided_on)}) this step belongs to.", "L4")
    if kind is StepKind.INTENTION and decision is not None:
        raise RuleViolation(
            "Over deze zaak is al besloten; een voornemen hoort vóór het besluit.",
            "This case has been decided; an intention comes before the decision.", "ST3")
    if kind is StepKind.RESPONSE:
        intention = facts.last(StepKind.INTENTION)
        if intention is None or on < intention.on:
            raise InvalidInput(
                "Een zienswijze reageert op een voornemen: leg eerst het voornemen vast, en "
                "dateer de zienswijze niet vóór de verzending ervan.",
                "A response answers an intention: record the intention first, and do not date "
                "the response before its dispatch.", "ST3")
    if kind is StepKind.OBJECTION and settings is not None:
        sent = facts.first(StepKind.LETTER_SENT)
        if sent is None:
            raise RuleViolation(
                "Bezwaar loopt vanaf de verzending van het besluit: leg eerst de verzending vast.",
                "The objection term runs from the decision's dispatch: record the dispatch "
                "first.", "P-V9")
        due = objection_due(sent.on, settings)
        if on > due:
            notices.append(Notice(
                "P-V9", f"Te laat: de bezwaartermijn liep tot en met {short_date(due)}.",
                f"Late: the objection term ran up to and including {short_date(due)}."))
    if kind is StepKind.INTENTION and facts.subject_kind is PersonKind.STAFF and not note.strip():
        raise RuleViolation(
            "Beschrijf bij het voornemen het plichtsverzuim: welke regel of plicht is "
            "geschonden. Het besluit neemt deze gronden over.",
            "Describe the breach of duty with the intention: which rule or duty was broken. "
            "The decision repeats these grounds.", "ST1", field="note")
    if kind is StepKind.ORDER_LETTER_SENT and not data.get("order"):
        # ST5: this dispatch belongs to one order measure and its letter; filed with it.
        raise RuleViolation(
            "Deze stap legt de verzending van de brief bij een schorsing als ordemaatregel "
            "vast: maak die brief bij de ordemaatregel, dan wordt de verzending vastgelegd.",
            "This step records the dispatch of an order suspension's letter: make that letter "
            "with the order measure, which records its dispatch.", "ST5", field="route",
            values={"route": "procedure order-letter"})
    if kind is StepKind.HEARING and data.get("parties"):
        data["parties"] = list(check_hearing(facts.subject_kind, list(data["parties"])))
    elif kind is StepKind.HEARING and facts.subject_kind in PARTIES_REQUIRED:
        # P-S5, P-V3: a suspension or removal counts who was heard, party by party; a hearing
        # that does not say who was heard proves nothing for either.
        possible = list(HEARING_PARTIES[facts.subject_kind])
        raise RuleViolation(
            "Leg bij een hoorgesprek vast wie er is gehoord (mogelijk: "
            f"{_party_list(possible, 0)}): bij een schorsing en een verwijdering telt het horen "
            "per partij.",
            f"Record who was heard at a hearing (possible: {_party_list(possible, 1)}): a "
            "suspension and a removal count the hearing party by party.",
            "P-S5" if facts.subject_kind is PersonKind.PUPIL else "P-V3", field="parties",
            values={"possible": possible, "route": "case hearing"})
    if kind is StepKind.RECEIVING_SCHOOL and not str(data.get("school", "")).strip():
        raise InvalidInput(
            "Noem de ontvangende school (en de bevestiging) bij deze stap.",
            "Name the receiving school (and its confirmation) for this step.",
            "P-V4", field="school",
        )
    if kind is StepKind.OBJECTION_DECISION and not facts.has(StepKind.OBJECTION):
        raise RuleViolation(
            "Er is geen bezwaar ontvangen om op te beslissen.",
            "No objection has been received to decide on.",
            "P-V9",
        )
    if kind is StepKind.GPO_OPINION and not facts.has(StepKind.GPO):
        raise RuleViolation(
            "Er is geen geschil bij de GPO ingediend.", "No dispute was lodged with the GPO.",
            "P-V12",
        )
    if kind is StepKind.OBJECTION_DECISION:
        gpo = facts.last(StepKind.GPO)
        if gpo is not None and not facts.has(StepKind.GPO_OPINION):
            raise RuleViolation(
                "Zolang de Geschillencommissie passend onderwijs geen oordeel heeft gegeven, mag "
                "niet op het bezwaar worden beslist.",
                "While the Geschillencommissie passend onderwijs has given no opinion, the "
                "objection may not be decided.",
                "P-V12",
            )
    return notices


def check_inspector_call(
    boundary_crossing: bool,
    subject_kind: PersonKind,
    informed_at: datetime | None,
    call_at: datetime,
    reason: str,
) -> None:
    """Protocol Sancties 2: tell the employee first, then phone the inspector."""
    if subject_kind is not PersonKind.STAFF:
        raise RuleViolation(
            "Een melding bij de vertrouwensinspecteur volgens het protocol gaat over een "
            "medewerker.",
            "A report to the confidential inspector under the protocol concerns a staff member.",
            "V1",
        )
    if reason.strip():
        return
    if informed_at is None:
        raise RuleViolation(
            "Breng de medewerker eerst op de hoogte (stap "
            f"{_q(StepKind.EMPLOYEE_INFORMED)}) voordat de vertrouwensinspecteur wordt gebeld, "
            "of leg vast waarom dat niet kon.",
            f"Tell the employee first (step {_q(StepKind.EMPLOYEE_INFORMED, 'en')}) before the "
            "confidential inspector is called, or record why that was not possible.",
            "V-protocol", field="reason",
        )
    if informed_at > call_at:
        raise RuleViolation(
            f"Het gesprek ({short_datetime(call_at)}) ligt vóór het moment waarop de medewerker "
            f"werd ingelicht ({short_datetime(informed_at)}).",
            f"The call ({short_datetime(call_at)}) is before the employee was told "
            f"({short_datetime(informed_at)}).",
            "V-protocol",
        )


def _deadline(facts: CaseFacts, what: str, nl: str, en: str, due: date, rule_id: str) -> Deadline:
    return Deadline(facts.case_id, what, nl, en, due, rule_id)


def objection_decision_due(facts: CaseFacts, settings: LegalSettings) -> tuple[date, date] | None:
    """P-V10: both readings (receipt + 4 weeks; end of objection term + 1 day + 4 weeks).

    The GPO pauses the clock from lodging to opinion (P-V12). Returns (after receipt, after
    term); the stricter one is the earlier.
    """
    objection = facts.first(StepKind.OBJECTION)
    letter = facts.first(StepKind.LETTER_SENT)
    if objection is None:
        return None
    weeks = settings.objection_decision_weeks
    term_over = objection_due(letter.on, settings) if letter is not None else objection.on
    pause = timedelta(0)
    gpo = facts.first(StepKind.GPO)
    if gpo is not None:
        opinion = facts.first(StepKind.GPO_OPINION)
        if opinion is None:
            return None  # paused until the GPO opinion arrives
        pause = timedelta(days=max((opinion.on - gpo.on).days, 0))
    by_receipt = term_end(objection.on + pause, weeks=weeks)
    by_term = term_end(term_over + pause, weeks=weeks)
    return by_receipt, by_term


def deadlines(facts: CaseFacts, settings: LegalSettings) -> list[Deadline]:
    """Open tasks with their due dates for one case, computed from the recorded steps."""
    result: list[Deadline] = []
    kind = facts.subject_kind
    decision = facts.decision

    from . import tracks

    result.extend(tracks.deadlines(facts, settings))
    if kind is PersonKind.STAFF and facts.boundary_crossing and not facts.track.art4a:
        if not facts.has(StepKind.EMPLOYEE_INFORMED):
            result.append(_deadline(
                facts, "employee_informed", "Medewerker inlichten over melding bij de "
                "vertrouwensinspecteur", "Tell the employee about the report to the inspector",
                facts.known_on, "V-protocol"))
        if facts.inspector_calls == 0:
            result.append(_deadline(
                facts, "inspector_call", "Telefonisch melden bij de Landelijke "
                "Vertrouwensinspecteur", "Report by phone to the national confidential "
                "inspector", facts.known_on, "V3"))

    if facts.reasonable_suspicion and facts.police_reports == 0 and not facts.track.art4a:
        result.append(_deadline(
            facts, "police_report", "Aangifte doen bij de politie (redelijk vermoeden na overleg "
            "met de vertrouwensinspecteur)", "File a police report (reasonable suspicion after "
            "consulting the inspector)", facts.known_on, "V4"))

    if decision is None:
        intention = facts.last(StepKind.INTENTION)
        if intention is not None and kind is PersonKind.STAFF and not facts.has(StepKind.RESPONSE):
            result.append(_deadline(
                facts, "response", "Termijn zienswijze medewerker loopt af",
                "Employee's response period ends",
                staff_response_due(intention.on, settings), "ST3"))
        if intention is not None and kind is PersonKind.PARENT and not facts.has(
                StepKind.RESPONSE):
            result.append(_deadline(
                facts, "response", "Termijn reactie ouder op het voornemen loopt af",
                "Parent's response period ends",
                parent_response_due(intention.on, settings), "O3"))
        return result

    measure = decision.measure
    if measure is not Measure.WARNING and not facts.has(StepKind.LETTER_SENT):
        rule_id = {PersonKind.PUPIL: "P-S2", PersonKind.STAFF: "ST3",
                   PersonKind.PARENT: "O7"}.get(kind, "L4")
        if measure is Measure.SUMMARY_DISMISSAL:
            rule_id = "ST10"
        if measure is Measure.REMOVAL:
            rule_id = "P-V6"
        result.append(_deadline(
            facts, "letter_sent", "Besluit schriftelijk versturen", "Send the written decision",
            decision.decided_on, rule_id))

    if kind is PersonKind.PUPIL and measure is Measure.SUSPENSION:
        start = decision.start_on or decision.decided_on
        end = decision.end_on or start
        if facts.calendar.school_days(start, end) > 1 and not facts.has(
                StepKind.INSPECTIE_REPORT):
            result.append(_deadline(
                facts, "inspectie_report", "Schorsing melden bij de Inspectie (Internet "
                "Schooldossier)", "Report the suspension to the Inspectie (Internet Schooldossier)",
                decision.decided_on + timedelta(days=settings.inspectie_report_days), "P-S3"))
        if not facts.has(StepKind.LEERPLICHT_INFORMED):
            result.append(_deadline(
                facts, "leerplicht_informed", "Leerplichtambtenaar inlichten (herinnering)",
                "Inform the attendance officer (reminder)", decision.decided_on, "P-S4"))

    if measure is Measure.REMOVAL and not facts.has(StepKind.LEERPLICHT_INFORMED):
        result.append(_deadline(
            facts, "leerplicht_informed", "Leerplichtambtenaar direct inlichten over de "
            "verwijdering", "Inform the attendance officer of the removal at once",
            decision.decided_on + timedelta(days=settings.leerplicht_notice_days), "P-V7"))

    if facts.has(StepKind.OBJECTION) and not facts.has(StepKind.OBJECTION_DECISION):
        dues = objection_decision_due(facts, settings)
        if dues is not None:
            result.append(_deadline(
                facts, "objection_decision",
                f"Beslissen op bezwaar (na ontvangst: {short_date(dues[0])}; na afloop "
                f"termijn: {short_date(dues[1])})",
                f"Decide on the objection (after receipt: {short_date(dues[0])}; after the "
                f"term: {short_date(dues[1])})",
                min(dues), "P-V10"))
    gpo = facts.first(StepKind.GPO)
    if gpo is not None and not facts.has(StepKind.GPO_OPINION) and not facts.has(
            StepKind.GPO_DEFENCE):
        result.append(_deadline(
            facts, "gpo_defence", "Verweer indienen bij de GPO (met SOP, ondersteuningsplan en "
            "OPP)", "Submit the defence to the GPO (with SOP, support plan and OPP)",
            gpo.on + timedelta(weeks=settings.gpo_defence_weeks), "P-V12"))
    return result


# Measures whose decision letter opens an objection or appeal term (and which term).
def running_terms(facts: CaseFacts, settings: LegalSettings) -> list[Deadline]:
    """Terms that run for the other party after the decision letter was sent (P-V9, ST8,
    P-V12): shown with the case, not tasks for the school, so they do not count as open."""
    decision, sent = facts.decision, facts.first(StepKind.LETTER_SENT)
    if decision is None or sent is None or decision.measure is Measure.WARNING:
        return []
    result: list[Deadline] = []
    if facts.subject_kind is PersonKind.STAFF:
        if decision.measure in (Measure.REPRIMAND, Measure.SUSPENSION):
            result.append(_deadline(
                facts, "appeal_term", "Beroepstermijn medewerker loopt af",
                "Employee's appeal term ends", terms_appeal(sent.on, settings), "ST8"))
        elif decision.measure is Measure.SUMMARY_DISMISSAL:
            result.append(_deadline(
                facts, "annulment_term", "Termijn vernietiging bij de kantonrechter loopt af",
                "Term to ask the court to annul ends",
                terms_annulment(decision.decided_on, settings), "ST12"))
        return result
    if not facts.has(StepKind.OBJECTION):
        result.append(_deadline(
            facts, "objection_term", "Bezwaartermijn loopt af", "Objection term ends",
            objection_due(sent.on, settings), "P-V9"))
    if decision.measure is Measure.REMOVAL and not facts.has(StepKind.GPO):
        result.append(_deadline(
            facts, "gpo_term", "Termijn Geschillencommissie passend onderwijs loopt af",
            "Term for the Geschillencommissie passend onderwijs ends",
            terms_gpo(sent.on, settings), "P-V12"))
    return result


def reminders(facts: CaseFacts, settings: LegalSettings) -> list[Notice]:
    """Things the law asks the user to keep in mind that are not deadlines."""
    from . import tracks

    notes: list[Notice] = tracks.reminders(facts, settings)
    if facts.criminal:
        notes.append(Notice("protocol-S6", "Mogelijk strafbaar feit: overweeg aangifte bij de "
                            "politie.", "Possible criminal offence: consider a police report."))
    decision = facts.decision
    if decision is not None and decision.measure is Measure.SUMMARY_DISMISSAL:
        until = terms_annulment(decision.decided_on, settings)
        notes.append(Notice(
            "ST12", f"De medewerker kan tot {short_date(until)} vernietiging vragen bij de "
                    "kantonrechter; bewaar het dossier.",
            f"The employee may ask the court to annul it until {short_date(until)}; keep the "
            "dossier."))
    if decision is not None and decision.measure is Measure.SUSPENSION and \
            facts.subject_kind is PersonKind.PUPIL and decision.start_on is not None:
        unchecked = facts.calendar.unverified_years(
            decision.start_on, decision.end_on or decision.start_on)
        if unchecked:
            years = ", ".join(unchecked)
            notes.append(Notice(
                "P-S1", f"De schooldagen van deze schorsing zijn geteld met vakantiedata voor "
                f"schooljaar {years} die niet gecontroleerd zijn — controleer ze met "
                "rijksoverheid.nl (Instellingen › Schoolkalender) en de brief.",
                f"The school days of this suspension were counted with holiday dates for "
                f"school year {years} that were not checked — check them with rijksoverheid.nl "
                "(Settings › School calendar) and the letter."))
    if decision is not None and decision.measure is Measure.REMOVAL:
        notes.append(Notice("P-V13", "Regel de onderwijsvoorziening tijdens het bezwaar.",
                            "Arrange the pupil's education during the objection."))
    if facts.subject_kind is PersonKind.PUPIL and facts.has(StepKind.INTENTION) and (
            decision is None or decision.measure is Measure.REMOVAL):
        notes.append(Notice(
            "P-V5", "Checklist verwijdering: onderzoek ontwikkelingsperspectief, resterende "
            "ondersteuning, andere school na overleg met ouders (soort, richting, reistijd).",
            "Removal checklist: development plan research, remaining support, another school "
            "after consulting the parents (type, denomination, travel time)."))
    objection = facts.first(StepKind.OBJECTION)
    sent = facts.first(StepKind.LETTER_SENT)
    if objection is not None and sent is not None:
        due = objection_due(sent.on, settings)
        if objection.on > due:
            notes.append(Notice(
                "P-V9", f"Het bezwaar is te laat ingediend: de termijn liep tot en met "
                f"{short_date(due)}, het bezwaar kwam op {short_date(objection.on)}.",
                f"The objection is late: the term ran up to and including {short_date(due)}, "
                f"the objection came on {short_date(objection.on)}."))
    if decision is not None and decision.measure is Measure.SUMMARY_DISMISSAL and str(
            facts.decision_details.get("delay_motivation", "")).strip():
        who = str(facts.decision_details.get("delay_confirmed_by", "")).strip()
        notes.append(Notice(
            "ST10", "Risico: het ontslag volgde niet binnen enkele dagen op het bekend worden "
            "van de feiten; de brief zegt daarom niet 'onverwijld'."
            + (f" Motivering bevestigd door {who}." if who else ""),
            "Risk: the dismissal did not follow within a few days of the facts becoming "
            "known; the letter therefore does not say 'without delay'."
            + (f" Motivation confirmed by {who}." if who else "")))
    if facts.has(StepKind.OBJECTION) and not facts.has(StepKind.OBJECTION_DECISION):
        notes.append(Notice("P-V11", "Tijdens het bezwaar hebben de ouders recht op inzage in "
                            "het dossier: bied een dossierexport aan.",
                            "During the objection the parents may inspect the dossier: offer "
                            "a dossier export."))
    if facts.subject_kind is PersonKind.STAFF and facts.has(StepKind.INTENTION) and \
            decision is None:
        notes.append(Notice("ST6", "De zienswijze moet het besluit echt kunnen beïnvloeden.",
                            "The response must be able to actually change the decision."))
    if facts.subject_kind is PersonKind.PARENT:
        notes.append(Notice("O2", "Weeg alle belangen, ook die van het kind; de maatregel moet "
                            "evenredig zijn en geldt alleen voor de betrokken ouder (O6).",
                            "Weigh all interests, the child's too; the measure must be "
                            "proportionate and applies only to the parent involved (O6)."))
    return notes


@dataclass(frozen=True)
class NextStep:
    """The step the rules still require before `measure` can be decided, in their words."""

    step: StepKind
    measure: Measure
    rule_id: str
    message_nl: str
    message_en: str
    until: date | None = None  # a term that runs until this day (the response)


def _next_school_day(facts: CaseFacts, day: date) -> date:
    for offset in range(1, 22):
        candidate = day + timedelta(days=offset)
        if facts.calendar.school_days(candidate, candidate) == 1:
            return candidate
    return day + timedelta(days=1)


def next_step(facts: CaseFacts, measure: Measure, today: date,
              settings: LegalSettings) -> NextStep | None:
    """Which step the rules ask first for deciding `measure` now, from check_decision itself
    (no second table): the decision is tried as the user would make it today, with the
    decision's own details filled in; a refusal that a step answers names that step. None when
    no step stands in the way (what is left is for the decision dialog)."""
    refusal = _decision_refusal(facts, measure, today, settings)
    if refusal is not None:
        step = refusal.values.get("step")
        if not isinstance(step, str):
            return None
        kind = StepKind(step)
        nl, en = refusal.text("nl"), refusal.text("en")
        if kind is StepKind.INTENTION and facts.subject_kind is PersonKind.STAFF:
            weeks = settings.staff_response_weeks
            nl += f" De medewerker heeft daarna {weeks} weken voor een zienswijze."
            en += f" The employee then has {weeks} weeks to respond."
        elif kind is StepKind.INTENTION and facts.subject_kind is PersonKind.PARENT:
            weeks = settings.parent_response_weeks
            nl += f" De ouder heeft daarna {weeks} weken om te reageren."
            en += f" The parent then has {weeks} weeks to respond."
        until = refusal.values.get("until")
        return NextStep(kind, measure, refusal.rule_id, nl, en,
                        until if isinstance(until, date) else None)
    return None


def _decision_refusal(facts: CaseFacts, measure: Measure, today: date,
                      settings: LegalSettings) -> RuleViolation | None:
    """The rule that refuses deciding `measure` today as the user would (its own details
    filled in), or None when nothing stands in the way."""
    if facts.decision is not None:
        return None
    start = _next_school_day(facts, today)
    filled = {"reasons": "-", "urgent_reason": "-", "delay_motivation": "-",
              "early_start_reason": "-"}
    try:
        check_decision(facts, measure, max(today, facts.occurred_on), start, start, "",
                       settings, filled)
    except RuleViolation as refusal:
        return refusal
    except CaseManagerError:
        return None
    return None


def decision_blocked(facts: CaseFacts, measure: Measure, today: date,
                     settings: LegalSettings) -> RuleViolation | None:
    """A rule that blocks `measure` and that no step of this case can answer (O4: an access
    ban needs an earlier written warning to this parent): the case window says so before the
    user tries to decide, instead of a refusal after. None when a step answers it (next_step)
    or nothing blocks."""
    refusal = _decision_refusal(facts, measure, today, settings)
    if refusal is None or isinstance(refusal.values.get("step"), str):
        return None
    return refusal
