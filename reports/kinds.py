"""The letter kinds: one code per kind, per audience, with its template and objection clause."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.errors import InvalidInput, RuleViolation

from .model import PERSONNEL_DOSSIER, PUPIL_DOSSIER, Audience


@dataclass(frozen=True)
class LetterKind:
    audience: Audience
    code: str
    title: str  # Dutch document title, also used in the dossier index
    description: str  # English, for `casemanager letter --help`
    clause: str = ""  # clause template family under resources/templates/clauses/
    registered: bool = False  # staff intentions and decisions go by registered post (ST3, L4)
    measure: str = ""  # the decided measure this letter reports, if any
    # Issue 14: made only through `casemanager procedure ...` (notices to an authority, the
    # information letter, the order-suspension decisions); the CLI command that makes it.
    own_route: str = ""
    to_authority: bool = False  # addressed to an authority, not to the parents

    @property
    def template(self) -> str:
        return f"{self.audience.value}/{self.code}.txt"

    @property
    def dossier(self) -> str:
        return PERSONNEL_DOSSIER if self.audience is Audience.STAFF else PUPIL_DOSSIER


_S, _P, _O = Audience.STAFF, Audience.PUPIL, Audience.PARENT

LETTER_KINDS: tuple[LetterKind, ...] = (
    LetterKind(_S, "warning", "Waarschuwing", "warning (not a disciplinary measure)",
               clause="complaint", measure="warning"),
    LetterKind(_S, "hearing_invitation", "Uitnodiging voor een gesprek",
               "invitation to a hearing about the incident"),
    LetterKind(_S, "reprimand_intention", "Voornemen schriftelijke berisping",
               "intention to impose a written reprimand (response within the set weeks)",
               registered=True),
    LetterKind(_S, "reprimand", "Besluit schriftelijke berisping",
               "decision: written reprimand", clause="staff_appeal", registered=True,
               measure="reprimand"),
    LetterKind(_S, "suspension_intention", "Voornemen disciplinaire schorsing",
               "intention to suspend (disciplinary)", registered=True),
    LetterKind(_S, "suspension", "Besluit disciplinaire schorsing",
               "decision: disciplinary suspension", clause="staff_appeal", registered=True,
               measure="suspension"),
    LetterKind(_S, "suspension_order", "Besluit schorsing als ordemaatregel",
               "decision: suspension as an order measure (not disciplinary)",
               clause="staff_appeal", registered=True, own_route="procedure order-letter"),
    LetterKind(_S, "summary_dismissal", "Bevestiging ontslag op staande voet",
               "same-day written confirmation of a summary dismissal",
               clause="summary_dismissal", registered=True, measure="summary_dismissal"),
    LetterKind(_S, "inspector_notice", "Bekendmaking melding vertrouwensinspecteur",
               "telling the employee before the confidential inspector is called"),
    LetterKind(_P, "incident_notice", "Melding incident en uitnodiging gesprek",
               "notice of an incident with an invitation to talk"),
    LetterKind(_P, "warning", "Waarschuwing", "warning to the pupil, sent to the parents",
               clause="complaint", measure="warning"),
    LetterKind(_P, "suspension", "Besluit schorsing", "decision: suspension of the pupil",
               clause="pupil_decision", measure="suspension"),
    LetterKind(_P, "removal_intention", "Voornemen tot verwijdering",
               "intention to remove the pupil, with an invitation to be heard"),
    LetterKind(_P, "removal", "Besluit tot verwijdering", "decision: removal of the pupil",
               clause="removal", measure="removal"),
    LetterKind(_O, "warning", "Waarschuwing", "warning to a parent about their own behaviour",
               clause="complaint", measure="warning"),
    LetterKind(_O, "ban_intention", "Voornemen toegangsverbod",
               "intention to ban a parent (room to respond)"),
    LetterKind(_O, "ban", "Besluit toegangsverbod", "decision: access or contact ban",
               clause="parent_ban", measure="access_ban"),
    # Issue 14 (services/procedures.py): removal for a parent's behaviour, notices, orders.
    LetterKind(_O, "removal", "Besluit tot verwijdering (gedrag ouder)",
               "decision: the child's removal because of the parent's behaviour (P-V8), to "
               "every parent with authority", clause="removal", measure="removal"),
    LetterKind(_P, "leerplicht_notice", "Kennisgeving aan de leerplichtambtenaar",
               "notice of a removal (or suspension) to the attendance officer (P-V7, P-S4)",
               own_route="procedure notice", to_authority=True),
    LetterKind(_P, "inspectie_report", "Melding aan de Inspectie van het Onderwijs",
               "report of a suspension over one day or a removal to the Inspectie (P-S3)",
               own_route="procedure notice", to_authority=True),
    LetterKind(_P, "information", "Informatie over uw kind",
               "information to a parent without parental authority, on request (BW 1:377c); "
               "not a decision", own_route="procedure info-letter"),
    LetterKind(_S, "order_extension", "Besluit verlenging schorsing als ordemaatregel",
               "decision: extension of a suspension as an order measure (a new decision)",
               clause="staff_appeal", registered=True, own_route="procedure order-letter"),
)

KINDS_BY_KEY: dict[tuple[Audience, str], LetterKind] = {
    (k.audience, k.code): k for k in LETTER_KINDS
}


def kinds_for(audience: Audience) -> tuple[LetterKind, ...]:
    return tuple(k for k in LETTER_KINDS if k.audience is audience)


def all_codes() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for k in LETTER_KINDS:
        seen.setdefault(k.code, None)
    return tuple(seen)


AUDIENCE_LABELS: dict[Audience, tuple[str, str]] = {
    Audience.STAFF: ("een medewerker", "a staff member"),
    Audience.PUPIL: ("een leerling", "a pupil"),
    Audience.PARENT: ("een ouder", "a parent"),
}


def letter_kind(audience: Audience | str, code: str) -> LetterKind:
    """The kind for this case subject's kind; a kind that does not fit lists those that do."""
    try:
        chosen_audience = Audience(str(audience))
    except ValueError:
        raise RuleViolation(
            "Voor deze soort persoon bestaan geen brieven.",
            "There are no letters for this kind of person.", "protocol") from None
    key = code.strip().lower()
    found = KINDS_BY_KEY.get((chosen_audience, key))
    if found is not None:
        return found
    fitting = ", ".join(k.code for k in kinds_for(chosen_audience))
    nl, en = AUDIENCE_LABELS[chosen_audience]
    if key not in all_codes():
        raise InvalidInput(
            f"Onbekende briefsoort '{code}'. Bij een zaak over {nl} passen: {fitting}.",
            f"Unknown letter kind '{code}'. For a case about {en} these fit: {fitting}.")
    raise RuleViolation(
        f"De briefsoort '{code}' past niet bij een zaak over {nl}. Wel passend: {fitting}.",
        f"The letter kind '{code}' does not fit a case about {en}. These fit: {fitting}.",
        "L-kind")


def letter_kind_help() -> str:
    """The kinds per case subject, for `casemanager letter --help`."""
    lines = []
    for audience, label in ((Audience.STAFF, "staff (medewerker)"),
                            (Audience.PUPIL, "pupil (to every parent with parental authority)"),
                            (Audience.PARENT, "parent as subject (to that parent only)")):
        lines.append(f"{label}:")
        lines.extend(f"  {k.code:<22} {k.title} – {k.description}" for k in kinds_for(audience))
    return "\n".join(lines)
