"""Open deadlines over all cases: the stored rows the domain rules wrote (`facts.py`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..db.models import Case, Person
from ..db.models_perf import OpenDeadline
from ..domain.access import ADMINISTRATORS
from ..domain.names import PersonName, full_name
from .convert import case_reference
from .database import Actor, Database, Reading
from .dto import DeadlineInfo, DeadlineOverview, case_deadline
from .facts import refresh_all_open_tasks

_COLUMNS = (OpenDeadline.case_id, OpenDeadline.what, OpenDeadline.label_nl,
            OpenDeadline.label_en, OpenDeadline.due, OpenDeadline.rule_id, Person.first_name,
            Person.name_prefix, Person.last_name, OpenDeadline.subject_id)


def _query(rd: Reading, school_id: int | None, kinds: Collection[str] = ()) -> Select[Any]:
    query = select(*_COLUMNS).join(Person, Person.id == OpenDeadline.subject_id)
    query = _scoped(rd, query, school_id)
    if kinds:
        query = query.where(OpenDeadline.what.in_(list(kinds)))
    return query.order_by(OpenDeadline.due, OpenDeadline.case_id, OpenDeadline.what)


def _scoped(rd: Reading, query: Select[Any], school_id: int | None) -> Select[Any]:
    """Only the schools the account sees (the row's school: one indexed condition)."""
    if rd.scope.schools is not None:
        query = query.where(OpenDeadline.school_id.in_(sorted(rd.scope.schools)))
    if school_id is not None:
        query = query.where(OpenDeadline.school_id == school_id)
    return query


def _infos(session: Session, query: Select[Any], today: date) -> list[DeadlineInfo]:
    # Core rows through the session's connection (no ORM result layer).
    return _build(session.connection().execute(query).all(), today)


def _build(rows: Iterable[Sequence[Any]], today: date) -> list[DeadlineInfo]:
    """DeadlineInfo per row; a subject's name and a due date (text on SQLite) are made once
    however many tasks share them (rows: `_COLUMNS` and the subject's id)."""
    names: dict[int, str] = {}
    dates: dict[Any, date] = {}
    result = []
    for case_id, what, nl, en, due, rule_id, first, prefix, last, subject in rows:
        name = names.get(subject)
        if name is None:
            name = names[subject] = full_name(first, prefix, last)
        day = dates.get(due)
        if day is None:
            day = dates[due] = due if isinstance(due, date) else date.fromisoformat(due)
        result.append(case_deadline(case_id, case_reference(case_id), name, what, nl, en, day,
                                    day < today, rule_id))
    return result


def _whole_list(rd: Reading, school_id: int | None, kinds: Collection[str],
                today: date) -> list[DeadlineInfo]:
    """`_query` as plain driver SQL: over the whole board (thousands of rows) SQLAlchemy's
    statement compilation and result rows cost more than the query itself (116 ms against 48
    ms of raw SQL over 6,544 tasks)."""
    connection = rd.session.connection()
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    conditions: list[str] = []
    params: list[Any] = []

    def where(sql: str, values: Sequence[Any]) -> None:
        conditions.append(sql.replace("?", ", ".join([mark] * len(values)) or "NULL"))
        params.extend(values)

    if rd.scope.schools is not None:
        where("d.school_id IN (?)", sorted(rd.scope.schools))
    if school_id is not None:
        where("d.school_id = ?", [school_id])
    if kinds:
        where("d.what IN (?)", list(kinds))
    d, p = OpenDeadline.__tablename__, Person.__tablename__
    sql = (f"SELECT d.case_id, d.what, d.label_nl, d.label_en, d.due, d.rule_id, p.first_name, "
           f"p.name_prefix, p.last_name, d.subject_id FROM {d} d JOIN {p} p ON p.id = d.subject_id"
           + (" WHERE " + " AND ".join(conditions) if conditions else "")
           + " ORDER BY d.due, d.case_id, d.what")
    cursor = connection.connection.cursor()  # the session's own DBAPI connection
    try:
        cursor.execute(sql, params)
        return _build(cursor.fetchall(), today)
    finally:
        cursor.close()


def open_deadlines(db: Database, actor: Actor, school_id: int | None = None,
                   kinds: Collection[str] = ()) -> list[DeadlineInfo]:
    """Every task still due on a case that is not closed, earliest first (one query); `kinds`
    keeps only those tasks (`what`)."""
    with db.reading(actor) as rd:
        return _whole_list(rd, school_id, kinds, db.today())


def deadline_overview(db: Database, actor: Actor, school_id: int | None = None,
                      limit: int = 50) -> DeadlineOverview:
    """The earliest `limit` overdue and the next `limit` upcoming tasks with both totals: a
    board with thousands of open tasks still loads in a few indexed queries."""
    today = db.today()
    with db.reading(actor) as rd:
        session = rd.session

        def total(condition: Any) -> int:
            query = _scoped(rd, select(func.count()).select_from(OpenDeadline).where(condition),
                            school_id)
            return int(session.connection().scalar(query) or 0)

        base = _query(rd, school_id)
        requests = access_request_deadlines(rd, school_id, today)
        late = [r for r in requests if r.overdue]
        coming = [r for r in requests if not r.overdue]

        def merged(rows: list[DeadlineInfo], extra: list[DeadlineInfo]) -> tuple[
                DeadlineInfo, ...]:
            return tuple(sorted([*rows, *extra], key=lambda d: d.due)[:limit])

        return DeadlineOverview(
            overdue=merged(_infos(session, base.where(OpenDeadline.due < today).limit(limit),
                                  today), late),
            upcoming=merged(_infos(session, base.where(OpenDeadline.due >= today)
                                   .limit(limit), today), coming),
            overdue_total=total(OpenDeadline.due < today) + len(late),
            upcoming_total=total(OpenDeadline.due >= today) + len(coming))


def access_request_deadlines(rd: Reading, school_id: int | None,
                             today: date) -> list[DeadlineInfo]:
    """Open access requests as deadlines (R5.5): one month to answer, on the dashboard."""
    from ..db.models import AccessRequest
    from ..domain.catalogue import PersonKind

    query = rd.scope.people(
        select(AccessRequest.id, AccessRequest.due, Person.first_name, Person.name_prefix,
               Person.last_name).join(Person, Person.id == AccessRequest.person_id)
        .where(AccessRequest.completed_at.is_(None)).order_by(AccessRequest.due))
    if school_id is not None:
        query = query.where(Person.school_id == school_id)
    if not rd.scope.may_read_personnel():
        query = query.where(Person.kind != PersonKind.STAFF.value)
    return [DeadlineInfo(0, f"AVG-{request_id}", PersonName(first, prefix, last).full,
                         "access_request", "Inzageverzoek beantwoorden (art. 15 AVG)",
                         "Answer the access request (GDPR art. 15)", due, due < today, "R5.5",
                         access_request=request_id)
            for request_id, due, first, prefix, last in rd.session.execute(query).tuples()]


def recount_open_tasks(db: Database, actor: Actor) -> int:
    """Recompute every case's open deadlines (after an upgrade); returns how many cases have
    some."""
    with db.transaction(actor, ADMINISTRATORS) as tx:
        evaluated = refresh_all_open_tasks(tx.session)
        flagged = int(tx.session.scalar(
            select(func.count()).select_from(Case).where(Case.open_tasks > 0)) or 0)
        tx.audit("maintenance.recount_tasks", "case", None, cases=evaluated, open=flagged)
        return flagged


def art4a_tasks(db: Database, actor: Actor) -> list[DeadlineInfo]:
    """The open 4a tasks over all cases: the dashboard shows these on top. Here rather than in
    `procedures` (which re-exports it), so the dashboard does not load the letters behind the
    procedures at start."""
    from ..domain.tracks import ART4A_TASKS

    return open_deadlines(db, actor, kinds=ART4A_TASKS)
