"""Open deadlines over all cases: the stored rows the domain rules wrote (`facts.py`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..db.models import Case, Person
from ..db.models_perf import OpenDeadline
from ..domain.access import ADMINISTRATORS
from ..domain.names import PersonName
from .convert import case_reference
from .database import Actor, Database, Reading
from .dto import DeadlineInfo, DeadlineOverview
from .facts import refresh_all_open_tasks

_COLUMNS = (OpenDeadline.case_id, OpenDeadline.what, OpenDeadline.label_nl,
            OpenDeadline.label_en, OpenDeadline.due, OpenDeadline.rule_id, Person.first_name,
            Person.name_prefix, Person.last_name)


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
    # Core rows through the session's connection (no ORM result layer: the list may hold
    # thousands of tasks); a subject's name is formatted once however many tasks they have.
    names: dict[tuple[str, str, str], str] = {}
    result = []
    # .all(): one fetchall, not one DBAPI fetchone per row as iterating the result does.
    for case_id, what, nl, en, due, rule_id, first, prefix, last in \
            session.connection().execute(query).all():
        key = (first, prefix, last)
        name = names.get(key)
        if name is None:
            name = names[key] = PersonName(first, prefix, last).full
        result.append(DeadlineInfo(case_id, case_reference(case_id), name, what, nl, en, due,
                                   due < today, rule_id))
    return result


def open_deadlines(db: Database, actor: Actor, school_id: int | None = None,
                   kinds: Collection[str] = ()) -> list[DeadlineInfo]:
    """Every task still due on a case that is not closed, earliest first (one query); `kinds`
    keeps only those tasks (`what`)."""
    with db.reading(actor) as rd:
        return _infos(rd.session, _query(rd, school_id, kinds), db.today())


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
