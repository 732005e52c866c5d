"""Measures and the three sanction ladders (domain.md, 'Sanction ladders')."""

from __future__ import annotations

from enum import StrEnum

from .catalogue import PersonKind
from .errors import InvalidInput, RuleViolation


class Measure(StrEnum):
    WARNING = "warning"
    REPRIMAND = "reprimand"
    SUSPENSION = "suspension"
    DISMISSAL = "dismissal"
    SUMMARY_DISMISSAL = "summary_dismissal"
    ACCESS_BAN = "access_ban"
    REMOVAL = "removal"


MEASURE_LABELS: dict[Measure, tuple[str, str]] = {
    Measure.WARNING: ("waarschuwing", "warning"),
    Measure.REPRIMAND: ("schriftelijke berisping", "written reprimand"),
    Measure.SUSPENSION: ("schorsing", "suspension"),
    Measure.DISMISSAL: ("ontslag", "dismissal"),
    Measure.SUMMARY_DISMISSAL: ("ontslag op staande voet", "summary dismissal"),
    Measure.ACCESS_BAN: ("toegangsverbod/contactverbod", "access or contact ban"),
    Measure.REMOVAL: ("verwijdering van school", "removal from school"),
}

LADDERS: dict[PersonKind, tuple[Measure, ...]] = {
    PersonKind.STAFF: (
        Measure.WARNING, Measure.REPRIMAND, Measure.SUSPENSION, Measure.DISMISSAL,
        Measure.SUMMARY_DISMISSAL,
    ),
    PersonKind.PUPIL: (Measure.WARNING, Measure.SUSPENSION, Measure.REMOVAL),
    PersonKind.PARENT: (Measure.WARNING, Measure.ACCESS_BAN, Measure.REMOVAL),
}

# Aliases a user may type for a measure that the law treats as another (P-S7: a time-out at
# home is a suspension and follows the suspension rules).
MEASURE_ALIASES: dict[str, Measure] = {"time_out": Measure.SUSPENSION}


def measure(code: str) -> Measure:
    key = code.strip().lower()
    if key in MEASURE_ALIASES:
        return MEASURE_ALIASES[key]
    try:
        return Measure(key)
    except ValueError:
        known = ", ".join(m.value for m in Measure)
        raise InvalidInput(
            f"Onbekende maatregel '{code}'. Kies uit: {known}.",
            f"Unknown measure '{code}'. Choose from: {known}.",
        ) from None


def ladder(kind: PersonKind) -> tuple[Measure, ...]:
    if kind not in LADDERS:
        raise RuleViolation(
            "Voor deze soort persoon kent het protocol geen maatregelen.",
            "The protocol has no measures for this kind of person.",
            "protocol",
        )
    return LADDERS[kind]


def check_measure_fits(kind: PersonKind, chosen: Measure) -> None:
    """A measure must be on the subject's own ladder (a pupil cannot be 'dismissed')."""
    steps = ladder(kind)
    if chosen not in steps:
        allowed = ", ".join(m.value for m in steps)
        raise RuleViolation(
            f"De maatregel '{chosen.value}' past niet bij een {kind_label_nl(kind)}; "
            f"mogelijk: {allowed}.",
            f"The measure '{chosen.value}' does not apply to a {kind.value}; "
            f"possible: {allowed}.",
            "protocol",
        )


def kind_label_nl(kind: PersonKind) -> str:
    labels = {"staff": "medewerker", "pupil": "leerling", "parent": "ouder"}
    return labels.get(kind.value, "persoon")


def is_disciplinary(kind: PersonKind, chosen: Measure) -> bool:
    """CAO PO knows only the written reprimand and suspension as disciplinary (law C6, ST2)."""
    return kind is PersonKind.STAFF and chosen in (Measure.REPRIMAND, Measure.SUSPENSION)


def rank(kind: PersonKind, chosen: Measure) -> int:
    return ladder(kind).index(chosen)
