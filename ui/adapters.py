"""Private adapters over existing services for what the core does not offer yet (NOTES-ui.md).

Each function only calls desktop_app.services; remove it when the service exists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from desktop_app.services import documents, incidents
from desktop_app.services.database import Actor, Database
from desktop_app.services.dto import CaseSummary, DocumentInfo
from desktop_app.services.incidents import IncidentFilter

from .ops import OpContext

STATUSES = ("open", "proposed", "decided", "closed")


def status_counts(db: Database) -> dict[str, int]:
    """Incidents with at least one case in each status (NOTES-ui.md item 1)."""
    try:
        from desktop_app.services import cases

        counter = getattr(cases, "count_by_status", None)
        if counter is not None:
            return dict(counter(db))
    except ImportError:  # pragma: no cover - cases always exists
        pass
    return {s: incidents.count_incidents(db, IncidentFilter(status=s)) for s in STATUSES}


@dataclass
class IncidentStats:
    per_school: Counter[str] = field(default_factory=Counter)
    per_category: Counter[str] = field(default_factory=Counter)
    per_month: Counter[tuple[int, int]] = field(default_factory=Counter)
    total: int = 0


def incident_stats(op: OpContext, since: date | None = None) -> IncidentStats:
    """Counts for the dashboard charts (NOTES-ui.md item 2): paged, cancellable."""
    service = getattr(incidents, "statistics", None)
    stats = IncidentStats()
    if service is not None:  # pragma: no cover - when the core offers it
        result = service(op.db)
        stats.per_school.update(getattr(result, "per_school", {}))
        stats.per_category.update(getattr(result, "per_category", {}))
        stats.per_month.update(getattr(result, "per_month", {}))
        stats.total = int(getattr(result, "total", 0))
        return stats
    page = 5000
    offset = 0
    flt = IncidentFilter(occurred_from=since)
    while True:
        op.check_cancelled()
        rows = incidents.list_incidents(op.db, flt, offset=offset, limit=page)
        for row in rows:
            stats.per_school[row.school_name] += 1
            stats.per_category[row.category] += 1
            stats.per_month[(row.occurred_on.year, row.occurred_on.month)] += 1
        stats.total += len(rows)
        if len(rows) < page:
            return stats
        offset += page


def cases_of_person(db: Database, person_id: int) -> list[CaseSummary]:
    """Every case where the person is the subject, newest incident first (item 1)."""
    found: list[CaseSummary] = []
    offset = 0
    while True:
        rows = incidents.list_incidents(
            db, IncidentFilter(person_id=person_id), offset=offset, limit=200
        )
        for row in rows:
            info = incidents.get_incident(db, row.id)
            found.extend(c for c in info.cases if c.subject_id == person_id)
        if len(rows) < 200:
            return found
        offset += 200


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
    from desktop_app.services import letters

    kinds = getattr(letters, "LETTER_KINDS", ())
    result = []
    for kind in kinds:
        if str(kind.audience) != subject_kind:
            continue
        fits = not kind.measure or kind.measure == decided_measure
        result.append(LetterChoice(kind.code, kind.title, kind.description, fits, kind.measure))
    return result


class _Rollback(Exception):
    """Undoes a preview: the letter is rendered exactly as it would be filed, then discarded."""


def preview_letter(
    db: Database, actor: Actor, case_id: int, kind: str, fields: dict[str, str]
) -> list[tuple[str, bytes]]:
    """(title, PDF bytes) per recipient, nothing filed (NOTES-ui.md item 3)."""
    from desktop_app.services import letters

    service = getattr(letters, "preview_letter", None)
    if service is not None:  # pragma: no cover - when the letters service offers it
        result = service(db, actor, case_id, kind, fields=fields)
        if isinstance(result, bytes):
            return [(kind, result)]
        return [(str(t), bytes(d)) for t, d in result]
    rendered: list[tuple[str, bytes]] = []
    try:
        with db.batch():
            _begin_for_sqlite(db)
            filed = letters.generate_letter(db, actor, case_id, kind, fields=fields)
            for doc in filed:
                _, data = documents.open_document(db, actor, doc.id)
                rendered.append((doc.title, data))
            raise _Rollback()
    except _Rollback:
        pass
    return rendered


def _begin_for_sqlite(db: Database) -> None:
    """pysqlite starts no transaction before a SAVEPOINT, so releasing the service's savepoint
    would commit the preview. An explicit BEGIN first keeps everything undoable (NOTES-ui.md
    item 6: the engine should do this for every connection)."""
    if not (db.url.startswith("sqlite") or "://" not in db.url):
        return
    session = db._outer()  # the batch's own session
    if session is not None:
        connection = session.connection()
        if not connection.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
            connection.exec_driver_sql("BEGIN")


def file_letter(
    db: Database, actor: Actor, case_id: int, kind: str, fields: dict[str, str]
) -> list[DocumentInfo]:
    from desktop_app.services import letters

    return list(letters.generate_letter(db, actor, case_id, kind, fields=fields))


def missing_fields(error: BaseException) -> list[str]:
    """The template fields a refused letter names (MissingLetterData.missing)."""
    return [str(getattr(m, "name", m)) for m in getattr(error, "missing", ())]
