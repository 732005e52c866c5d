"""Procedure rules of Dutch school and employment law: what a decision needs and what is due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from .access import Role
from .catalogue import PersonKind
from .errors import InvalidInput, RuleViolation
from .legal import LegalSettings
from .measures import Measure


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
}


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
    prior_warning: bool = False  # an earlier decided warning to this same person (P-V8, O4)
    inspector_calls: int = 0
    reasonable_suspicion: bool = False  # an inspector call concluded 'yes' (V4)
    police_reports: int = 0

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


def school_days(start: date, end: date) -> int:
    """Weekdays from start to end inclusive (holidays are not known to the app)."""
    days = 0
    current = start
    while current <= end:
        if current.weekday() < 5:
            days += 1
        current += timedelta(days=1)
    return days


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for candidate in (31, 30, 29, 28):
        if day.day <= candidate:
            try:
                return date(year, month, min(day.day, candidate))
            except ValueError:
                continue
    return date(year, month, 28)


def _need_period(start: date | None, end: date | None, rule_id: str) -> tuple[date, date]:
    if start is None or end is None:
        raise RuleViolation(
            "Geef een begin- en einddatum (--start en --end).",
            "Give a start and an end date (--start and --end).",
            rule_id,
        )
    if end < start:
        raise InvalidInput(
            f"De einddatum {end.isoformat()} ligt vóór de begindatum {start.isoformat()}.",
            f"The end date {end.isoformat()} is before the start date {start.isoformat()}.",
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
) -> list[Notice]:
    """Raise RuleViolation when the law forbids this decision now; return the warnings."""
    notices: list[Notice] = []
    kind = facts.subject_kind
    if decided_on < facts.occurred_on:
        raise InvalidInput(
            f"De besluitdatum {decided_on.isoformat()} ligt vóór het incident "
            f"({facts.occurred_on.isoformat()}).",
            f"The decision date {decided_on.isoformat()} is before the incident "
            f"({facts.occurred_on.isoformat()}).",
        )
    if facts.decision is not None:
        raise RuleViolation(
            "Over deze zaak is al besloten; een nieuw besluit is een nieuwe zaak.",
            "This case has been decided; a new decision needs a new case.",
            "protocol",
        )
    hearing = facts.first(StepKind.HEARING)

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
        if school_days(start, end) > settings.pupil_suspension_warn_school_days:
            notices.append(Notice(
                "P-S1", f"Meer dan {settings.pupil_suspension_warn_school_days} schooldagen.",
                f"More than {settings.pupil_suspension_warn_school_days} school days."))
        if (hearing is None or hearing.on > start) and not no_hearing_reason.strip():
            raise RuleViolation(
                "Hoor de leerling, de ouders en de groepsleerkracht vóór de schorsing (stap "
                "'hearing'), of geef met --no-hearing-reason aan waarom dat niet kon.",
                "Hear the pupil, the parents and the class teacher before the suspension (step "
                "'hearing'), or give the reason it was not possible with --no-hearing-reason.",
                "P-S5",
            )
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
                "'intention').",
                "Removal takes two steps: record the intention first (step 'intention').",
                "P-V6",
            )
        if hearing is None:
            raise RuleViolation(
                "Hoor de groepsleerkracht en de ouders vóór het besluit tot verwijdering (stap "
                "'hearing').",
                "Hear the class teacher and the parents before deciding on removal (step "
                "'hearing').",
                "P-V2",
            )
        if not facts.has(StepKind.RECEIVING_SCHOOL):
            raise RuleViolation(
                "Verwijdering kan pas als een andere school bereid is de leerling toe te laten "
                "(stap 'receiving_school' met school, datum en bevestiging).",
                "Removal is possible only once another school has agreed to admit the pupil "
                "(step 'receiving_school' with school, date and confirmation).",
                "P-V4",
            )
    elif kind is PersonKind.STAFF and chosen in (Measure.REPRIMAND, Measure.SUSPENSION):
        rule_id = "ST3"
        intention = facts.last(StepKind.INTENTION)
        if intention is None:
            raise RuleViolation(
                "Een berisping of schorsing vraagt eerst een voornemen per aangetekende brief "
                "(stap 'intention').",
                "A reprimand or suspension first needs an intention by registered letter "
                "(step 'intention').",
                rule_id,
            )
        response_due = intention.on + timedelta(weeks=settings.staff_response_weeks)
        responded = any(s.on >= intention.on for s in facts.steps if s.kind is StepKind.RESPONSE)
        if not responded and decided_on < response_due:
            raise RuleViolation(
                f"De medewerker heeft tot {response_due.isoformat()} om een zienswijze te geven; "
                "besluit daarna, of leg de ontvangen zienswijze vast (stap 'response').",
                f"The employee may respond until {response_due.isoformat()}; decide after that, "
                "or record the response received (step 'response').",
                rule_id,
            )
        if chosen is Measure.SUSPENSION:
            start, end = _need_period(start_on, end_on, "ST5")
            days = (end - start).days + 1
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
                "Hoor de medewerker vóór het ontslag op staande voet (stap 'hearing'), of geef "
                "met --no-hearing-reason aan waarom dat niet kon.",
                "Hear the employee before the summary dismissal (step 'hearing'), or give the "
                "reason it was not possible with --no-hearing-reason.",
                "ST11",
            )
        gap = (decided_on - facts.known_on).days
        if gap > settings.summary_dismissal_warn_days:
            notices.append(Notice(
                "ST10",
                f"{gap} dagen tussen bekend worden ({facts.known_on.isoformat()}) en ontslag: "
                "ontslag op staande voet moet onverwijld.",
                f"{gap} days between the facts becoming known ({facts.known_on.isoformat()}) "
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
                "(stap 'intention').",
                "Record the intended ban first so the parent can respond (step 'intention').",
                "O3",
            )
        start, end = _need_period(start_on, end_on, "O5")
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


def check_step(facts: CaseFacts, kind: StepKind, on: date, data: dict[str, Any],
               note: str = "") -> None:
    if on < facts.occurred_on:
        raise InvalidInput(
            f"De datum {on.isoformat()} ligt vóór het incident ({facts.occurred_on.isoformat()}).",
            f"The date {on.isoformat()} is before the incident ({facts.occurred_on.isoformat()}).",
        )
    if kind is StepKind.INTENTION and facts.subject_kind is PersonKind.STAFF and not note.strip():
        raise RuleViolation(
            "Beschrijf bij het voornemen het plichtsverzuim: welke regel of plicht is geschonden "
            "(--note). Het besluit neemt deze gronden over.",
            "Describe the breach of duty with the intention: which rule or duty was broken "
            "(--note). The decision repeats these grounds.", "ST1")
    if kind is StepKind.RECEIVING_SCHOOL and not str(data.get("school", "")).strip():
        raise InvalidInput(
            "Noem de ontvangende school (en de bevestiging) bij deze stap.",
            "Name the receiving school (and its confirmation) for this step.",
            "P-V4",
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
            "De medewerker moet eerst op de hoogte worden gebracht ('inspector inform') voordat "
            "de vertrouwensinspecteur wordt gebeld, of leg een reden vast (--reason).",
            "The employee must be told first ('inspector inform') before the confidential "
            "inspector is called, or record a reason (--reason).",
            "V-protocol",
        )
    if informed_at > call_at:
        raise RuleViolation(
            f"Het gesprek ({call_at:%Y-%m-%d %H:%M}) ligt vóór het moment waarop de medewerker "
            f"werd ingelicht ({informed_at:%Y-%m-%d %H:%M}).",
            f"The call ({call_at:%Y-%m-%d %H:%M}) is before the employee was told "
            f"({informed_at:%Y-%m-%d %H:%M}).",
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
    weeks = timedelta(weeks=settings.objection_decision_weeks)
    by_receipt = objection.on + weeks
    base = letter.on if letter is not None else objection.on
    by_term = base + timedelta(weeks=settings.objection_weeks) + timedelta(days=1) + weeks
    gpo = facts.first(StepKind.GPO)
    if gpo is not None:
        opinion = facts.first(StepKind.GPO_OPINION)
        if opinion is None:
            return None  # paused until the GPO opinion arrives
        pause = timedelta(days=max((opinion.on - gpo.on).days, 0))
        by_receipt += pause
        by_term += pause
    return by_receipt, by_term


def deadlines(facts: CaseFacts, settings: LegalSettings) -> list[Deadline]:
    """Open tasks with their due dates for one case, computed from the recorded steps."""
    result: list[Deadline] = []
    kind = facts.subject_kind
    decision = facts.decision

    if kind is PersonKind.STAFF and facts.boundary_crossing:
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

    if facts.reasonable_suspicion and facts.police_reports == 0:
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
                intention.on + timedelta(weeks=settings.staff_response_weeks), "ST3"))
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
        if (end - start).days + 1 > 1 and not facts.has(StepKind.INSPECTIE_REPORT):
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
            decision.decided_on, "P-V7"))

    if facts.has(StepKind.OBJECTION) and not facts.has(StepKind.OBJECTION_DECISION):
        dues = objection_decision_due(facts, settings)
        if dues is not None:
            result.append(_deadline(
                facts, "objection_decision",
                f"Beslissen op bezwaar (na ontvangst: {dues[0].isoformat()}; na afloop "
                f"termijn: {dues[1].isoformat()})",
                f"Decide on the objection (after receipt: {dues[0].isoformat()}; after the "
                f"term: {dues[1].isoformat()})",
                min(dues), "P-V10"))
    gpo = facts.first(StepKind.GPO)
    if gpo is not None and not facts.has(StepKind.GPO_OPINION):
        result.append(_deadline(
            facts, "gpo_defence", "Verweer indienen bij de GPO (met SOP, ondersteuningsplan en "
            "OPP)", "Submit the defence to the GPO (with SOP, support plan and OPP)",
            gpo.on + timedelta(weeks=settings.gpo_defence_weeks), "P-V12"))
    return result


def reminders(facts: CaseFacts, settings: LegalSettings) -> list[Notice]:
    """Things the law asks the user to keep in mind that are not deadlines."""
    notes: list[Notice] = []
    if facts.criminal:
        notes.append(Notice("protocol-S6", "Mogelijk strafbaar feit: overweeg aangifte bij de "
                            "politie.", "Possible criminal offence: consider a police report."))
    decision = facts.decision
    if decision is not None and decision.measure is Measure.SUMMARY_DISMISSAL:
        until = add_months(decision.decided_on, settings.annulment_months)
        notes.append(Notice(
            "ST12", f"De medewerker kan tot {until.isoformat()} vernietiging vragen bij de "
                    "kantonrechter; bewaar het dossier.",
            f"The employee may ask the court to annul it until {until.isoformat()}; keep the "
            "dossier."))
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
