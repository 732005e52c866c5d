"""The consent register's rules for images (protocol A5; law F1-F8): who decides, what counts.

Pure functions over plain values: the services gather the statements and the parents with
parental authority, these rules say who may state a choice and what the current status is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .catalogue import PersonKind
from .errors import InvalidInput, RuleViolation
from .terms import add_months

# F2: under 16 a parent with parental authority decides, from 16 the pupil.
CONSENT_AGE = 16
# F6: Kennisnet asks to revisit the choice every school year; the app prompts a yearly review.
REVIEW_MONTHS = 12
# How far ahead the dashboard lists a coming review.
REVIEW_NOTICE_DAYS = 30
# The version printed on the consent form (reports/consent_form.py); a choice recorded without
# a form version was made on this one (F4: under which information).
FORM_VERSION = "2026-1"


class Purpose(StrEnum):
    """Each channel is asked separately (F3 specific; register item 3)."""

    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    PARENT_PORTAL = "parent_portal"
    NEWSLETTER = "newsletter"
    BROCHURE = "brochure"
    CLASS_PHOTO = "class_photo"
    PRESS = "press"
    VIDEO = "video"


PURPOSE_LABELS: dict[Purpose, tuple[str, str]] = {
    Purpose.WEBSITE: ("website van de school", "school website"),
    Purpose.SOCIAL_MEDIA: ("openbare sociale media van de school", "school's public social media"),
    Purpose.PARENT_PORTAL: ("besloten ouderportaal of -app", "closed parent portal or app"),
    Purpose.NEWSLETTER: ("nieuwsbrief", "newsletter"),
    Purpose.BROCHURE: ("schoolgids en brochures", "school guide and brochures"),
    Purpose.CLASS_PHOTO: ("klassenfoto gedeeld met ouders", "class photo shared with parents"),
    Purpose.PRESS: ("lokale pers", "local press"),
    Purpose.VIDEO: ("video van optredens en activiteiten", "video of performances and events"),
}


class Choice(StrEnum):
    GIVE = "give"
    REFUSE = "refuse"
    WITHDRAW = "withdraw"


CHOICE_LABELS: dict[Choice, tuple[str, str]] = {
    Choice.GIVE: ("toestemming gegeven", "consent given"),
    Choice.REFUSE: ("toestemming geweigerd", "consent refused"),
    Choice.WITHDRAW: ("toestemming ingetrokken", "consent withdrawn"),
}


class Status(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    NONE = "none"


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.GRANTED: ("toestemming", "consent"),
    Status.REFUSED: ("geweigerd", "refused"),
    Status.WITHDRAWN: ("ingetrokken", "withdrawn"),
    Status.NONE: ("geen keuze (dus geen toestemming)", "no choice (so no consent)"),
}


class Relation(StrEnum):
    """How the person who stated a choice relates to the person in the images."""

    SELF = "self"
    PARENT = "parent"  # a parent or guardian with parental authority


RELATION_LABELS: dict[Relation, tuple[str, str]] = {
    Relation.SELF: ("betrokkene zelf", "the person themselves"),
    Relation.PARENT: ("ouder/verzorger met gezag", "parent/guardian with authority"),
}


def purpose(code: str) -> Purpose:
    try:
        return Purpose(code.strip().lower())
    except ValueError:
        known = ", ".join(p.value for p in Purpose)
        raise InvalidInput(f"Onbekend doel '{code}'. Kies uit: {known}.",
                           f"Unknown purpose '{code}'. Choose from: {known}.", "F3") from None


def choice(code: str) -> Choice:
    try:
        return Choice(code.strip().lower())
    except ValueError:
        known = ", ".join(c.value for c in Choice)
        raise InvalidInput(f"Onbekende keuze '{code}'. Kies uit: {known}.",
                           f"Unknown choice '{code}'. Choose from: {known}.") from None


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def pupil_decides(kind: str, birth: date | None, day: date) -> bool:
    """F2: a pupil of 16 or older decides personally; without a birth date the pupil counts
    as under 16 (a parent's consent is the safe reading)."""
    return kind == PersonKind.PUPIL.value and birth is not None and \
        age_on(birth, day) >= CONSENT_AGE


def deciders(kind: str, birth: date | None, day: date, person_id: int,
             parents_with_authority: Iterable[int]) -> frozenset[int]:
    """Who decides for this person on `day`: F2 for pupils, A5 (their own consent) for staff,
    parents and anyone else who appears in images."""
    if kind == PersonKind.PUPIL.value and not pupil_decides(kind, birth, day):
        return frozenset(parents_with_authority)
    return frozenset({person_id})


def check_giver(kind: str, birth: date | None, day: date, person_id: int, giver_id: int,
                parents_with_authority: Iterable[int]) -> Relation:
    """The relation of the person stating a choice, or a refusal naming F2 or A5."""
    allowed = deciders(kind, birth, day, person_id, parents_with_authority)
    if giver_id in allowed:
        return Relation.SELF if giver_id == person_id else Relation.PARENT
    if kind == PersonKind.PUPIL.value and pupil_decides(kind, birth, day):
        raise RuleViolation("Vanaf 16 jaar beslist de leerling zelf over toestemming.",
                            "From 16, the pupil decides on consent personally.", "F2")
    if kind == PersonKind.PUPIL.value:
        if not allowed:
            raise RuleViolation(
                "Onder de 16 beslist een ouder met gezag, en bij deze leerling is geen ouder met "
                "gezag vastgelegd.",
                "Under 16 a parent with parental authority decides, and this pupil has no parent "
                "with authority on record.", "F2")
        raise RuleViolation("Onder de 16 beslist een ouder met gezag over toestemming.",
                            "Under 16, a parent with parental authority decides on consent.",
                            "F2")
    raise RuleViolation(
        "Medewerkers en ouders beslissen zelf over beeldmateriaal waarop zij staan.",
        "Staff and parents decide themselves on images that show them.", "A5")


@dataclass(frozen=True)
class Statement:
    """One recorded choice by one person, about one purpose."""

    id: int
    giver_id: int
    choice: Choice
    on: date


def latest_per_giver(statements: Iterable[Statement]) -> dict[int, Statement]:
    latest: dict[int, Statement] = {}
    for s in sorted(statements, key=lambda s: (s.on, s.id)):
        latest[s.giver_id] = s
    return latest


def status(statements: Sequence[Statement],
           who_decides: frozenset[int]) -> tuple[Status, Statement | None]:
    """The current status of one purpose and the statement that decides it.

    Each decider's latest statement counts (an earlier choice of the same person is replaced);
    a refusal or withdrawal by either parent with authority wins over the other's consent
    (law §6, register item 2: the safe reading of joint authority)."""
    latest = [s for g, s in latest_per_giver(statements).items() if g in who_decides]
    for wanted, result in ((Choice.REFUSE, Status.REFUSED), (Choice.WITHDRAW, Status.WITHDRAWN),
                           (Choice.GIVE, Status.GRANTED)):
        found = [s for s in latest if s.choice is wanted]
        if found:
            return result, max(found, key=lambda s: (s.on, s.id))
    return Status.NONE, None


def check_statement(chosen: Choice, current: Status, how: str, on: date, today: date) -> None:
    """F4: how the choice was made must be on record; F5: only a consent can be withdrawn;
    a choice is never dated in the future."""
    if not how.strip():
        raise InvalidInput("Leg vast hoe de keuze is gemaakt (bijvoorbeeld papieren formulier "
                           "met handtekening).",
                           "Record how the choice was made (for example a signed paper form).",
                           "F4")
    if on > today:
        raise InvalidInput("De datum van de keuze ligt in de toekomst.",
                           "The date of the choice lies in the future.", "F4")
    if chosen is Choice.WITHDRAW and current is not Status.GRANTED:
        raise RuleViolation("Er is geen toestemming om in te trekken.",
                            "There is no consent to withdraw.", "F5")


def review_due(last_choice: date | None, last_review: date | None) -> date | None:
    """F6: a year after the latest choice or review; None when nothing was ever recorded."""
    moments = [d for d in (last_choice, last_review) if d is not None]
    return add_months(max(moments), REVIEW_MONTHS) if moments else None
