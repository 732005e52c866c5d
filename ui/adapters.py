"""Thin helpers that shape service results the way the pages and dialogs use them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from desktop_app.services import cases, incidents, letters
from desktop_app.services.database import Actor, Database
from desktop_app.services.dto import CaseSummary, DocumentInfo

from .ops import OpContext

STATUSES = cases.CASE_STATUSES


def status_counts(db: Database) -> dict[str, int]:
    """Cases per status (one GROUP BY in the service)."""
    return cases.count_by_status(db)


@dataclass
class IncidentStats:
    """The chart data: counts per school, category and (year, month)."""

    per_school: Counter[str] = field(default_factory=Counter)
    per_category: Counter[str] = field(default_factory=Counter)
    per_month: Counter[tuple[int, int]] = field(default_factory=Counter)
    total: int = 0


def incident_stats(op: OpContext, since: date | None = None) -> IncidentStats:
    """Three GROUP BYs in the service, fast at 100,000 incidents."""
    result = incidents.statistics(op.db, since=since)
    stats = IncidentStats(total=result.total)
    stats.per_school.update(result.per_school)
    stats.per_category.update(result.per_category)
    for month, count in result.per_month.items():
        year, number = month.split("-")
        stats.per_month[(int(year), int(number))] = count
    return stats


def cases_of_person(db: Database, person_id: int) -> list[CaseSummary]:
    """Every case where the person is the subject, newest first."""
    return cases.list_cases(db, person_id=person_id, limit=10_000)


# --- letters ---------------------------------------------------------------------------
@dataclass(frozen=True)
class LetterChoice:
    code: str
    title: str
    description: str
    fits: bool  # a decision letter fits only the decided measure
    measure: str = ""  # the decided measure this letter reports, if any


def letter_choices(subject_kind: str, decided_measure: str | None) -> list[LetterChoice]:
    """The letter kinds for this case's subject (via the letters service's catalogue)."""

    kinds = getattr(letters, "LETTER_KINDS", ())
    result = []
    for kind in kinds:
        if str(kind.audience) != subject_kind:
            continue
        fits = not kind.measure or kind.measure == decided_measure
        result.append(LetterChoice(kind.code, kind.title, kind.description, fits, kind.measure))
    return result


def preview_letter(
    db: Database, actor: Actor, case_id: int, kind: str, fields: dict[str, str]
) -> list[tuple[str, bytes]]:
    """(title, PDF bytes) per recipient, exactly as filing would make them; nothing filed."""
    return letters.preview_letter(db, actor, case_id, kind, fields=fields)


def file_letter(
    db: Database, actor: Actor, case_id: int, kind: str, fields: dict[str, str]
) -> list[DocumentInfo]:

    return list(letters.generate_letter(db, actor, case_id, kind, fields=fields))


def missing_fields(error: BaseException) -> list[str]:
    """The template fields a refused letter names (MissingLetterData.missing)."""
    return [str(getattr(m, "name", m)) for m in getattr(error, "missing", ())]
