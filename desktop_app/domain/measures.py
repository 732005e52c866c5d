"""Measures and the three sanction ladders (domain.md, 'Sanction ladders')."""

from __future__ import annotations

from enum import StrEnum

from .catalogue import PERSON_KIND_LABELS, PersonKind
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


def measure_text(code: str | None, lang: str = "nl") -> str:
    """A measure's label for a message ('berisping', 'reprimand'); '-' for none."""
    try:
        pair = MEASURE_LABELS[Measure(code or "")]
    except ValueError:
        return code or "-"
    return pair[1] if lang.startswith("en") else pair[0]


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
        allowed_nl = ", ".join(measure_text(m.value) for m in steps)
        allowed_en = ", ".join(measure_text(m.value, "en") for m in steps)
        raise RuleViolation(
            f"De maatregel '{measure_text(chosen.value)}' past niet bij een "
            f"{kind_label_nl(kind)}; mogelijk: {allowed_nl}.",
            f"The measure '{measure_text(chosen.value, 'en')}' does not apply to a "
            f"{kind_label_en(kind)}; possible: {allowed_en}.",
            "protocol", field="measure",
        )


def kind_label_nl(kind: PersonKind) -> str:
    return PERSON_KIND_LABELS.get(kind, ("persoon", "person"))[0].lower()


def kind_label_en(kind: PersonKind) -> str:
    return PERSON_KIND_LABELS.get(kind, ("persoon", "person"))[1].lower()


def is_disciplinary(kind: PersonKind, chosen: Measure) -> bool:
    """CAO PO knows only the written reprimand and suspension as disciplinary (law C6, ST2)."""
    return kind is PersonKind.STAFF and chosen in (Measure.REPRIMAND, Measure.SUSPENSION)


def rank(kind: PersonKind, chosen: Measure) -> int:
    return ladder(kind).index(chosen)
