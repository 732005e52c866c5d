"""Composing a letter: the kind's template plus the clause, filled in, or a refusal naming gaps."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict
from datetime import date
from pathlib import Path

from desktop_app.domain import terms
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.legal import (
    LEGAL_LABELS,
    LEGAL_SETTINGS_PLACE,
    is_placeholder,
    legal_label,
)
from desktop_app.domain.names import salutation

from .dutch import long_date
from .kinds import LetterKind, letter_kind
from .model import Audience, BodyBlock, LetterContent, LetterRequest
from .templates import (
    MissingField,
    ParsedTemplate,
    fill,
    load_template,
    missing_fields,
    template_exists,
)

# What each field means, for refusals and `casemanager letter --help` (Dutch, English).
FIELD_HELP: dict[str, tuple[str, str]] = {
    "facts": ("de feiten", "the facts"),
    "incident_date": ("datum van het incident", "date of the incident"),
    "platform": ("het platform (sociale medium)", "the platform (social medium)"),
    "rules_breached": ("de overtreden regel(s) uit het protocol", "the protocol rule(s) breached"),
    "grounds": ("de gronden uit het voornemen", "the grounds given in the intention"),
    "reasons": ("de redenen voor het besluit", "the reasons for the decision"),
    "employee_function": ("functie van de medewerker", "the employee's function"),
    "hearing_date": ("datum van het (hoor)gesprek", "date of the hearing"),
    "hearing_time": ("tijdstip van het (hoor)gesprek", "time of the hearing"),
    "hearing_place": ("plaats van het (hoor)gesprek", "place of the hearing"),
    "hearing_summary": ("verslag van het horen", "summary of the hearing"),
    "no_hearing_reason": ("reden waarom niet vooraf is gehoord", "why there was no hearing first"),
    "intention_date": ("datum van de voornemenbrief", "date of the intention letter"),
    "response_summary": ("samenvatting van de zienswijze en de weging",
                         "summary of the response and how it was weighed"),
    "evidence": ("lijst van bewijsstukken", "list of evidence"),
    "start_date": ("begindatum", "start date"),
    "end_date": ("einddatum", "end date"),
    "return_date": ("datum van terugkeer", "date of return"),
    "duration": ("duur", "duration"),
    "suspension_form": ("intern (op school) of extern (thuis)", "internal or external"),
    "education_arrangements": ("afspraken over onderwijs tijdens de schorsing",
                               "arrangements for education during the suspension"),
    "contact_person": ("vaste contactpersoon", "fixed contact person"),
    "order_reason": ("waarom de schorsing dringend noodzakelijk is",
                     "why the suspension is urgently necessary"),
    "known_date": ("datum waarop de feiten bekend werden", "date the facts became known"),
    "dismissal_date": ("datum van het mondelinge ontslag", "date of the oral dismissal"),
    "dismissal_time": ("tijdstip van het mondelinge ontslag", "time of the oral dismissal"),
    "pupil_name": ("naam van de leerling", "the pupil's name"),
    "pupil_group": ("groep van de leerling", "the pupil's group"),
    "meeting_date": ("datum van het gesprek", "date of the meeting"),
    "meeting_time": ("tijdstip van het gesprek", "time of the meeting"),
    "meeting_place": ("plaats van het gesprek", "place of the meeting"),
    "earlier_measures": ("eerdere maatregelen", "earlier measures"),
    "receiving_school": ("ontvangende school die bereid is tot toelating",
                         "receiving school that agreed to admit the pupil"),
    "receiving_school_date": ("datum van de bevestiging van de ontvangende school",
                              "date the receiving school confirmed"),
    "zorgplicht_efforts": ("inspanningen om een andere school te vinden",
                           "efforts to find another school"),
    "effective_date": ("ingangsdatum", "effective date"),
    "interim_arrangement": ("onderwijs tot de verwijdering ingaat",
                            "education until the removal takes effect"),
    "leerplicht_date": ("datum waarop de leerplichtambtenaar is ingelicht",
                        "date the attendance officer was informed"),
    "warning_date": ("datum van de eerdere waarschuwing", "date of the earlier warning"),
    "ban_scope": ("omvang van het verbod (gebouw, plein, contact)",
                  "scope of the ban (building, yard, contact)"),
    "respond_by": ("uiterste datum voor de reactie van de ouder",
                   "last day for the parent's response"),
    "probation": ("proeftijd bij een voorwaardelijke maatregel", "probation period"),
    "inspectie": ("schorsing langer dan een dag: melden bij de Inspectie (ja)",
                  "suspension over one day: report to the Inspectie (yes)"),
    "leerplicht": ("leerplichtambtenaar informeren (ja)", "inform the attendance officer (yes)"),
    "pupil_first_name": ("voornaam van de leerling", "the pupil's first name"),
    "signatory_name": ("naam van de ondertekenaar (instellingen school)",
                       "the signatory's name (school settings)"),
    "signatory_function": ("functie van de ondertekenaar (instellingen school)",
                           "the signatory's function (school settings)"),
    "place": ("plaats van de school (adres school)", "the school's town (school address)"),
    "denomination": ("denominatie van de school (openbaar of bijzonder)",
                     "the school's denomination (openbaar or bijzonder)"),
    "board_address": ("adres van het bestuur (instellingen bestuur)",
                      "the board's address (board settings)"),
    "recipient_address": ("postadres van de geadresseerde", "the recipient's postal address"),
    "child_handover": ("hoe het kind wordt gebracht en gehaald", "how the child is handed over"),
    "review_date": ("datum van de evaluatie", "review date"),
    "urgent_reason": ("de dringende reden (vastgelegd bij het besluit)",
                      "the urgent reason (recorded with the decision)"),
    "heard_parties": ("wie er is gehoord (vastgelegd bij het hoorgesprek)",
                      "who was heard (recorded with the hearing)"),
    "heard": ("wie er op welke dag is gehoord (vastgelegd bij de hoorgesprekken)",
              "who was heard on which day (recorded with the hearings)"),
    "not_heard": ("wie niet vooraf is gehoord", "who was not heard beforehand"),
}

# Fields that state a legal fact: only the case file sets them, never a typed letter field
# (a prior warning's date, who was heard, a response received, same-day confirmation, ...).
DERIVED_ONLY = frozenset({
    "warning_date", "earlier_measures", "intention_date", "response_received", "heard",
    "heard_parties", "not_heard", "hearing_unspecified", "hearing_report", "same_day",
    "without_delay", "inspectie", "leerplicht", "leerplicht_date", "receiving_school_date",
    "urgent_reason", "known_date", "heard_report", "decision_sent_date",
})


# Each parent gets their own letter and is greeted by name ("Geachte mevrouw Wiśniewska");
# only a parent without a recorded salutation gets the neutral form.
PUPIL_SALUTATION = "Geachte ouder(s)/verzorger(s) van {name}"
CLOSING = "Met vriendelijke groet,"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class MissingLetterData(InvalidInput):
    """A letter refuses to render while data it needs is absent; `missing` names each field."""

    missing: tuple[MissingField, ...] = ()


def as_text(value: object) -> str:
    """Field values as letter text: a date, or an ISO date string, becomes '1 december 2026'."""
    if isinstance(value, date):
        return long_date(value)
    text = str(value).strip()
    if _ISO_DATE.match(text):
        try:
            return long_date(date.fromisoformat(text))
        except ValueError:
            return text
    return text


def standard_fields(req: LetterRequest) -> dict[str, str]:
    """Fields every template may use: sender, recipient, legal terms and computed deadlines."""
    head = req.letterhead
    legal = req.legal
    values: dict[str, str] = {k: str(v) for k, v in asdict(legal).items()}
    values.update({
        "board_name": head.board_name,
        "board_address": ", ".join(head.board_address),
        "school_name": head.school_name,
        "school_address": ", ".join(head.school_address),
        "school_phone": head.phone,
        "school_email": head.email,
        "signatory_name": head.signatory_name,
        "signatory_function": head.signatory_function,
        "place": head.place,
        "letter_date": long_date(req.letter_date),
        "recipient_name": req.recipient.name.full,
        "reference": req.reference,
        # Terms from the dispatch day (the letter's date), as the rules count them (Atw).
        "response_deadline": long_date(terms.staff_response_due(req.letter_date, legal)),
        "objection_deadline": long_date(terms.objection_due(req.letter_date, legal)),
        "appeal_deadline": long_date(terms.appeal_due(req.letter_date, legal)),
        "gpo_deadline": long_date(terms.gpo_due(req.letter_date, legal)),
        "respond_by": long_date(terms.parent_response_due(req.letter_date, legal)),
    })
    if req.kind in ("suspension_order", "order_extension"):  # ST5: days from this dispatch
        values["response_deadline"] = values["order_response_deadline"] = long_date(
            terms.order_response_due(req.letter_date, legal))
    if req.pupil_first_name:
        values["pupil_first_name"] = req.pupil_first_name
    return values


def clause_template(kind: LetterKind, denomination: str, base: Path | None = None,
                    overrides: Mapping[str, str] | None = None) -> ParsedTemplate | None:
    """clauses/<family>_<denomination>.txt, else clauses/<family>.txt (same for both)."""
    if not kind.clause:
        return None
    specific = f"clauses/{kind.clause}_{denomination}.txt"
    if template_exists(specific, base, overrides):
        return load_template(specific, base, overrides)
    return load_template(f"clauses/{kind.clause}.txt", base, overrides)


# Where a missing field is filled in: the school's or the board's settings, the person the
# letter goes to, or the letter itself (every other field). Each front end says how to get
# there (the GUI names its page, the CLI its command); a way out that would be ignored (a
# letter field for the signatory) is never suggested.
FIELD_SOURCE: dict[str, str] = {
    "signatory_name": "school", "signatory_function": "school", "place": "school",
    "denomination": "school", "board_address": "board", "recipient_address": "person",
    "pupil_first_name": "person",
}
SOURCE_PLACES: dict[str, tuple[str, str]] = {
    "letter": ("bij de brief", "in the letter"),
    "school": ("bij de gegevens van de school", "in the school's details"),
    "board": ("bij de gegevens van het bestuur", "in the board's details"),
    "person": ("bij de persoon", "with the person"),
    "case": ("leg vast in de zaak", "record in the case"),
}


def field_source(name: str) -> str:
    if name in DERIVED_ONLY:  # a fact of the case file, never typed into the letter
        return "case"
    return FIELD_SOURCE.get(name, "letter")


def field_help(name: str, lang: str = "nl") -> str:
    nl, en = FIELD_HELP.get(name, (name.replace("_", " "), name.replace("_", " ")))
    return en if lang.startswith("en") else nl


def missing_by_source(missing: list[MissingField]) -> dict[str, list[MissingField]]:
    """The missing fields grouped by where they are filled in, letter fields first."""
    groups: dict[str, list[MissingField]] = {}
    for source in SOURCE_PLACES:
        found = [m for m in missing if field_source(m.name) == source]
        if found:
            groups[source] = found
    return groups


def describe_missing(missing: list[MissingField]) -> tuple[str, str]:
    """'vul in bij de brief: datum van het hoorgesprek; bij de gegevens van de school: ...'"""
    parts: dict[str, list[str]] = {"nl": [], "en": []}
    for source, fields in missing_by_source(missing).items():
        for lang, index, joiner in (("nl", 0, " of "), ("en", 1, " or ")):
            names = []
            for m in fields:
                text = field_help(m.name, lang)
                if m.alternative:
                    text += joiner + field_help(m.alternative, lang)
                names.append(text)
            parts[lang].append(f"{SOURCE_PLACES[source][index]}: {', '.join(names)}")
    return "; ".join(parts["nl"]), "; ".join(parts["en"])


def _check_sender(req: LetterRequest, values: dict[str, str]) -> list[MissingField]:
    head = req.letterhead
    gaps = []
    if req.audience is Audience.PUPIL and not values.get("pupil_first_name", "").strip():
        gaps.append(MissingField("pupil_first_name"))
    if not head.signatory_name.strip():
        gaps.append(MissingField("signatory_name"))
    if not head.signatory_function.strip():
        gaps.append(MissingField("signatory_function"))
    if not head.place.strip():
        gaps.append(MissingField("place"))
    if head.denomination not in ("openbaar", "bijzonder"):
        gaps.append(MissingField("denomination"))
    if not [line for line in req.recipient.address if line.strip()]:
        gaps.append(MissingField("recipient_address"))
    return gaps


class PlaceholderSetting(InvalidInput):
    """A legal setting the letter prints still holds its placeholder; `settings` names them."""

    settings: tuple[str, ...] = ()


def _refuse_placeholders(kind: LetterKind, values: dict[str, str], body: ParsedTemplate,
                         clause: ParsedTemplate | None) -> None:
    """No placeholder such as "[artikel cao po berisping]" ever reaches paper."""
    unset = {name for name in LEGAL_LABELS if is_placeholder(values.get(name, ""), name)}
    if not unset:
        return
    probe = {k: v for k, v in values.items() if k not in unset}
    used = [m.name for m in missing_fields(body, probe) if m.name in unset]
    if clause is not None:
        used += [m.name for m in missing_fields(clause, probe) if m.name in unset]
    if not used:
        return
    names = list(dict.fromkeys(used))
    nl = ", ".join(f"'{legal_label(n)}'" for n in names)
    en = ", ".join(f"'{legal_label(n, 'en')}'" for n in names)
    error = PlaceholderSetting(
        f"De brief '{kind.title}' kan niet worden gemaakt: vul eerst {nl} in bij "
        f"{LEGAL_SETTINGS_PLACE[0]}.",
        f"The letter '{kind.title}' cannot be made: first fill in {en} under "
        f"{LEGAL_SETTINGS_PLACE[1]}.", "C7")
    error.settings = tuple(names)
    raise error


def compose_letter(req: LetterRequest, templates: Path | None = None,
                   overrides: Mapping[str, str] | None = None) -> LetterContent:
    """The letter's content; `overrides` are the board's own template texts by path."""
    kind = letter_kind(req.audience, req.kind)
    values = standard_fields(req)
    values.update({k: as_text(v) for k, v in req.fields.items() if str(v).strip()})
    body_template = load_template(kind.template, templates, overrides)
    clause = clause_template(kind, req.letterhead.denomination, templates, overrides)
    missing = _check_sender(req, values) + missing_fields(body_template, values)
    if clause is not None:
        known = {m.name for m in missing}
        missing += [m for m in missing_fields(clause, values) if m.name not in known]
    if not missing:
        _refuse_placeholders(kind, values, body_template, clause)
    if missing:
        nl, en = describe_missing(missing)
        error = MissingLetterData(
            f"De brief '{kind.title}' kan niet worden gemaakt. Vul eerst in {nl}.",
            f"The letter '{kind.title}' cannot be made. First fill in {en}.", "L-fields",
            field=missing[0].name)
        error.missing = tuple(missing)
        raise error
    subject, body = fill(body_template, values)
    clause_blocks: tuple[BodyBlock, ...] = fill(clause, values)[1] if clause else ()
    if kind.to_authority:  # a notice to the leerplichtambtenaar or the Inspectie
        greeting = "Geachte heer, mevrouw"
    elif req.audience is Audience.PUPIL and req.recipient.salutation_form not in ("heer",
                                                                                "mevrouw"):
        greeting = PUPIL_SALUTATION.format(name=values["pupil_first_name"])
    else:
        greeting = salutation(req.recipient.name, req.recipient.salutation_form)
    copy_line = f"Afschrift: {kind.dossier}"
    if kind.code == "ban":
        copy_line += ", bevoegd gezag"  # O7: the board gets a copy of a ban
    return LetterContent(
        audience=req.audience, kind=kind.code, title=kind.title, reference=req.reference,
        letter_date=req.letter_date, place=req.letterhead.place,
        subject_line=subject or kind.title, salutation=f"{greeting},", body=body,
        clause=clause_blocks, closing=CLOSING, letterhead=req.letterhead,
        recipient=req.recipient, copy_line=copy_line, registered=kind.registered,
        dossier=kind.dossier)
