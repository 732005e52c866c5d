"""Issue 14: the WPO art. 4a track, the order suspension of staff and the protocol's own duties.

Called from `procedure` (deadlines, reminders, decision and step checks) so the one engine
keeps computing every task; the rule ids are those of law.md (V1-V10, ST5, ST13, P-V8,
P-V12) and of the protocol (B1, C4).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .catalogue import PersonKind
from .dates import short_date
from .errors import InvalidInput, RuleViolation
from .legal import LegalSettings
from .measures import Measure
from .track_facts import OrderFact

if TYPE_CHECKING:
    from .procedure import CaseFacts, Deadline, Notice, StepKind

# The tasks of the 4a track: the dashboard shows these on top.
ART4A_TASKS = ("art4a_board_informed", "art4a_inspector_call", "art4a_police_report",
               "art4a_order_measure")


def art4a_definition(settings: LegalSettings) -> tuple[str, str]:
    """What the incident flag means, as the incident editor shows it (V1, widened by V9)."""
    offence_nl = "een zedendelict (Titel XIV Wetboek van Strafrecht)"
    offence_en = "a sexual offence (Title XIV of the Criminal Code)"
    if settings.art4a_sexual_intimidation:
        offence_nl += " of seksuele intimidatie"
        offence_en += " or sexual intimidation"
    pupil_nl = ("een leerling" if settings.art4a_adult_pupils
                else f"een minderjarige leerling (jonger dan {settings.art4a_minor_age})")
    pupil_en = ("a pupil" if settings.art4a_adult_pupils
                else f"a minor pupil (under {settings.art4a_minor_age})")
    return (
        f"Vermoeden van {offence_nl} door iemand die op school werkt (medewerker, stagiair, "
        f"vrijwilliger) tegen {pupil_nl}: meldplicht aan het bevoegd gezag, direct overleg met "
        "de vertrouwensinspecteur en aangifte bij een redelijk vermoeden (art. 4a WPO). De "
        "protocolregel om eerst de medewerker in te lichten geldt dan niet. Huiselijk geweld "
        "of kindermishandeling thuis valt hier niet onder: daarvoor geldt de "
        "Meldcode huiselijk geweld en kindermishandeling.",
        f"Suspected {offence_en} by someone working at the school (staff, intern, volunteer) "
        f"against {pupil_en}: duty to tell the board, consult the confidential inspector at "
        "once, and report to the police on a reasonable suspicion (WPO art. 4a). The "
        "protocol's rule to tell the employee first does not apply then. Domestic "
        "violence or child abuse at home is not this: the Meldcode applies to that.")


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Involved:
    kind: PersonKind
    role: str  # subject | victim | witness
    birth_date: date | None = None


def check_flags(art4a: bool, meldcode: bool, involved: Iterable[Involved], occurred_on: date,
                settings: LegalSettings) -> None:
    """V1, V9, V10: the 4a track applies only where the law says, and never with the Meldcode."""
    people = list(involved)
    if art4a and meldcode:
        raise RuleViolation(
            "Een zaak volgt óf art. 4a WPO (zedendelict door iemand die op school werkt) óf de "
            "Meldcode huiselijk geweld en kindermishandeling (situatie thuis), niet beide.",
            "A case follows either WPO art. 4a (sexual offence by someone working at the "
            "school) or the Meldcode for domestic violence and child abuse (home), not both.",
            "V10")
    if not art4a:
        return
    if not any(p.kind is PersonKind.STAFF and p.role == "subject" for p in people):
        raise RuleViolation(
            "Art. 4a WPO gaat over een vermoeden tegen iemand die op school werkt: maak de "
            "medewerker betrokkene van het incident.",
            "WPO art. 4a concerns a suspicion against someone working at the school: make the "
            "staff member the incident's subject.", "V1")
    victims = [p for p in people if p.kind is PersonKind.PUPIL and p.role == "victim"]
    if not victims:
        raise RuleViolation(
            "Art. 4a WPO gaat over een leerling als slachtoffer: leg de leerling vast als "
            "slachtoffer.", "WPO art. 4a concerns a pupil as victim: record the pupil as "
            "victim.", "V1")
    if settings.art4a_adult_pupils:
        return
    known = [p for p in victims if p.birth_date is not None]
    if known and all(age_on(p.birth_date, occurred_on) >= settings.art4a_minor_age
                     for p in known if p.birth_date is not None):
        raise RuleViolation(
            f"Art. 4a WPO geldt voor minderjarige leerlingen; de leerling was "
            f"{settings.art4a_minor_age} of ouder. (Een wetswijziging kan dit verruimen: "
            "instelling 'art4a_adult_pupils'.)",
            f"WPO art. 4a applies to minor pupils; the pupil was {settings.art4a_minor_age} or "
            "older. (A change in the law may widen this: setting 'art4a_adult_pupils'.)", "V9")


def optional_consult(category: str, settings: LegalSettings) -> bool:
    """V8: categories for which consulting the inspector is possible, not required."""
    wanted = {c.strip() for c in settings.vi_optional_categories.split(",") if c.strip()}
    return category in wanted


def check_decision(facts: CaseFacts, chosen: Measure, details: Mapping[str, Any]) -> None:
    """V3: a 4a case cannot progress before the inspector was consulted; P-V8: the child."""
    if facts.track.art4a and facts.subject_kind is PersonKind.STAFF and \
            facts.inspector_calls == 0:
        raise RuleViolation(
            "Art. 4a WPO: overleg eerst met de vertrouwensinspecteur (belregister) voordat in "
            "deze zaak wordt besloten.",
            "WPO art. 4a: consult the confidential inspector first (call log) before deciding "
            "in this case.", "V3")
    if (facts.subject_kind is PersonKind.PARENT and chosen is Measure.REMOVAL
            and not str(details.get("child", "")).strip()):
        raise RuleViolation(
            "Noem bij een verwijdering vanwege gedrag van een ouder het kind om wie het gaat.",
            "For a removal because of a parent's behaviour, name the child concerned.", "P-V8")


def check_step(facts: CaseFacts, kind: StepKind, note: str) -> None:
    from .procedure import StepKind

    check_employee_informed(facts, kind is StepKind.EMPLOYEE_INFORMED)
    if kind in (StepKind.ORDER_CONSIDERED, StepKind.NON_MEMBERS_EMAILED) and not note.strip():
        raise InvalidInput(
            "Vermeld in de toelichting wat er is besloten of wie er is gemaild.",
            "State in the note what was decided or who was e-mailed.",
            "ST13" if kind is StepKind.ORDER_CONSIDERED else "B1")


def check_employee_informed(facts: CaseFacts, informing: bool) -> None:
    """V3: in a 4a case the inspector is consulted before the employee is told; the
    protocol's inform-first rule (Sancties 2) does not apply, so telling first is refused."""
    if informing and facts.track.art4a and facts.inspector_calls == 0:
        raise RuleViolation(
            "Art. 4a WPO: overleg eerst met de vertrouwensinspecteur en licht de medewerker "
            "pas daarna in (vóór een aangifte, V5). De protocolregel 'eerst de medewerker "
            "inlichten' geldt hier niet, omdat dat het onderzoek kan schaden.",
            "WPO art. 4a: consult the confidential inspector first and only then tell the "
            "employee (before a police report, V5). The protocol's 'tell the employee first' "
            "rule does not apply here, as it could harm the investigation.", "V3")


def check_art4a_call(facts_board_informed: date | None, call_on: date) -> None:
    """V2 before V3: the board's own knowledge is recorded before it consults the inspector."""
    if facts_board_informed is None:
        raise RuleViolation(
            "Art. 4a WPO: leg eerst vast wanneer het bevoegd gezag zelf de melding ontving "
            "(melden aan de directeur is niet genoeg).",
            "WPO art. 4a: first record when the board itself received the report (telling the "
            "director is not enough).", "V2")
    if call_on < facts_board_informed:
        raise InvalidInput(
            "Het overleg ligt vóór het moment waarop het bevoegd gezag de melding ontving.",
            "The consultation is before the board received the report.", "V2")


def check_order(subject_kind: PersonKind, occurred_on: date, decided_on: date, start: date,
                end: date, urgency: str, previous: OrderFact | None, extends: int | None,
                extension_ground: str, settings: LegalSettings) -> date:
    """ST5: a suspension as an order measure; returns the response deadline."""
    if subject_kind is not PersonKind.STAFF:
        raise RuleViolation(
            "Schorsing als ordemaatregel is een maatregel voor een medewerker.",
            "Suspension as an order measure is a measure for a staff member.", "ST2")
    if not urgency.strip():
        raise RuleViolation(
            "Leg vast waarom de schorsing dringend noodzakelijk is in het belang van de school.",
            "Record why the suspension is urgently necessary in the school's interest.", "ST5")
    if decided_on < occurred_on:
        raise InvalidInput("Het besluit ligt vóór het incident.",
                           "The decision is before the incident.")
    if end < start:
        raise InvalidInput(
            f"De einddatum {short_date(end)} ligt vóór de begindatum {short_date(start)}.",
            f"The end date {short_date(end)} is before the start date {short_date(start)}.")
    if start < decided_on:
        raise RuleViolation(
            "Een schorsing als ordemaatregel kan niet terugwerken: laat haar ingaan op of na de "
            "besluitdatum.", "An order suspension cannot be retroactive: let it start on or "
            "after the decision date.", "ST5")
    days = (end - start).days + 1
    if days > settings.staff_suspension_max_days:
        raise RuleViolation(
            f"Een schorsing als ordemaatregel duurt per besluit ten hoogste "
            f"{settings.staff_suspension_max_days} dagen; deze duurt {days} dagen. Verleng met "
            "een nieuw besluit.",
            f"An order suspension lasts at most {settings.staff_suspension_max_days} days per "
            f"decision; this one lasts {days} days. Extend it with a new decision.", "ST5")
    if extends is None:
        if previous is not None and previous.end_on >= start:
            raise RuleViolation(
                f"Er loopt al een schorsing als ordemaatregel tot en met "
                f"{short_date(previous.end_on)}: een langere schorsing is een verlenging "
                "(nieuw besluit met eigen brief).",
                f"An order suspension already runs up to {short_date(previous.end_on)}: a "
                "longer one is an extension (a new decision with its own letter).", "ST5")
    else:
        if previous is None or previous.id != extends:
            raise RuleViolation(
                "Alleen de laatste schorsing als ordemaatregel van deze zaak kan worden verlengd.",
                "Only this case's latest order suspension can be extended.", "ST5")
        if start != previous.end_on + timedelta(days=1):
            raise RuleViolation(
                f"Een verlenging sluit aan op de vorige schorsing: zij begint op "
                f"{short_date(previous.end_on + timedelta(days=1))}.",
                f"An extension follows on from the previous suspension: it starts on "
                f"{short_date(previous.end_on + timedelta(days=1))}.", "ST5")
        if decided_on > previous.end_on:
            raise RuleViolation(
                "De vorige schorsing is al afgelopen; verlengen kan alleen zolang zij loopt. "
                "Een nieuwe schorsing is een nieuw besluit.",
                "The previous suspension has ended; it can only be extended while it runs. A "
                "new suspension is a new decision.", "ST5")
        if not extension_ground.strip():
            raise RuleViolation(
                "Een verlenging vraagt een eigen grond: waarom is verlenging nodig?",
                "An extension needs its own ground: why is extending necessary?", "ST5")
    # Until the letter's dispatch is recorded, the term as if it went out on the decision day;
    # the dispatch step sets the term the letter prints (services.order_measures).
    from .terms import order_response_due

    return order_response_due(decided_on, settings)


def check_information(has_authority: bool, requested_on: date | None) -> None:
    """BW 1:377c (law L1): a parent without authority gets information on request only."""
    if has_authority:
        raise RuleViolation(
            "Deze ouder heeft ouderlijk gezag en ontvangt de brieven over het kind zelf; een "
            "informatiebrief is voor een ouder zonder gezag.",
            "This parent has parental authority and receives the letters about the child "
            "directly; an information letter is for a parent without authority.", "L1")
    if requested_on is None:
        raise RuleViolation(
            "Een ouder zonder gezag krijgt informatie op verzoek (art. 1:377c BW): leg eerst "
            "het verzoek vast.",
            "A parent without authority is informed on request (BW 1:377c): record the request "
            "first.", "L1")


def _d(facts: CaseFacts, what: str, nl: str, en: str, due: date, rule_id: str) -> Deadline:
    from .procedure import Deadline

    return Deadline(facts.case_id, what, nl, en, due, rule_id)


def deadlines(facts: CaseFacts, settings: LegalSettings) -> list[Deadline]:
    from .procedure import StepKind

    result: list[Deadline] = []
    track = facts.track
    staff = facts.subject_kind is PersonKind.STAFF
    if track.art4a and staff:
        informed = track.board_informed_on
        if informed is None:
            result.append(_d(facts, "art4a_board_informed", "Art. 4a: melding direct aan het "
                             "bevoegd gezag (moment vastleggen)", "WPO 4a: report to the board "
                             "at once (record the moment)", facts.known_on, "V2"))
        if facts.inspector_calls == 0:
            result.append(_d(facts, "art4a_inspector_call", "Art. 4a: direct overleg met de "
                             "vertrouwensinspecteur (vóór de medewerker wordt ingelicht)",
                             "WPO 4a: consult the confidential inspector at once (before the "
                             "employee is told)", informed or facts.known_on, "V3"))
        if facts.reasonable_suspicion and facts.police_reports == 0:
            result.append(_d(facts, "art4a_police_report", "Art. 4a: aangifte doen (redelijk "
                             "vermoeden); ouders en medewerker vooraf inlichten",
                             "WPO 4a: report to the police (reasonable suspicion); tell the "
                             "parents and the employee first", facts.known_on, "V4"))
        if not track.orders and not facts.has(StepKind.ORDER_CONSIDERED):
            result.append(_d(facts, "art4a_order_measure", "Art. 4a: beslis over een schorsing "
                             "als ordemaatregel (apart besluit)", "WPO 4a: decide on a "
                             "suspension as an order measure (a separate decision)",
                             informed or facts.known_on, "ST13"))
    for order in track.orders:
        if not order.letter_sent:
            result.append(_d(facts, f"order_letter_{order.id}", "Besluit schorsing als "
                             "ordemaatregel aangetekend versturen", "Send the order-suspension "
                             "decision by registered post", order.decided_on, "ST5"))
        if not order.responded:
            result.append(_d(facts, f"order_response_{order.id}", "Zienswijze op de schorsing "
                             "als ordemaatregel vastleggen en wegen", "Record and weigh the "
                             "response to the order suspension", order.response_due, "ST5"))
    if staff and "B1" in track.rules and not facts.has(StepKind.NON_MEMBERS_EMAILED):
        result.append(_d(facts, "non_members_emailed", "Groepsapp: leerlingen/ouders die niet "
                         "in de app zitten per e-mail informeren", "Group app: e-mail the "
                         "pupils/parents who are not in the app", facts.known_on, "B1"))
    gpo = facts.first(StepKind.GPO)
    if gpo is not None and not facts.has(StepKind.SWV_INFORMED):
        result.append(_d(facts, "swv_informed", "Samenwerkingsverband inlichten over het "
                         "geschil bij de GPO", "Notify the samenwerkingsverband of the GPO "
                         "dispute", gpo.on + timedelta(weeks=settings.gpo_defence_weeks),
                         "P-V12"))
    return result


def reminders(facts: CaseFacts, settings: LegalSettings) -> list[Notice]:
    from .procedure import Notice

    notes: list[Notice] = []
    track = facts.track
    if track.art4a:
        notes.append(Notice(
            "V3", "Art. 4a WPO: overleg eerst met de vertrouwensinspecteur "
            f"({settings.inspector_phone}); de protocolregel om de medewerker eerst in te "
            "lichten geldt hier niet. Ouders en medewerker worden vóór een aangifte ingelicht.",
            "WPO art. 4a: consult the confidential inspector first "
            f"({settings.inspector_phone}); the protocol's rule to tell the employee first does "
            "not apply here. Parents and employee are told before a police report."))
    elif track.meldcode:
        notes.append(Notice(
            "V10", "Meldcode huiselijk geweld en kindermishandeling: volg de vijf stappen en het "
            "afwegingskader (Veilig Thuis). Dit is een aparte route, geen zaak voor art. 4a WPO.",
            "Meldcode for domestic violence and child abuse: follow the five steps and the "
            "assessment framework (Veilig Thuis). A separate route, not a WPO art. 4a case."))
    elif optional_consult(track.category, settings):
        notes.append(Notice(
            "V8", "U kunt bij deze categorie vrijwillig de vertrouwensinspecteur raadplegen "
            f"({settings.inspector_phone}).", "For this category you may consult the "
            f"confidential inspector voluntarily ({settings.inspector_phone})."))
    last = track.last_order()
    if last is not None:
        notes.append(Notice(
            "ST5", f"De schorsing als ordemaatregel loopt tot en met {short_date(last.end_on)}; "
            "verlengen is een nieuw besluit met een eigen brief.",
            f"The order suspension runs up to {short_date(last.end_on)}; extending it is a new "
            "decision with its own letter."))
    if "C4" in track.rules:
        notes.append(Notice(
            "C4", "Het bericht over de school miste de mededeling dat het een persoonlijke "
            "mening is (protocol C4).", "The post about the school lacked the statement that "
            "it is a personal opinion (protocol C4)."))
    return notes
