"""Open deadlines over all cases, computed from the recorded steps by the domain rules."""

from __future__ import annotations

from sqlalchemy import select

from ..db.models import Case, Person
from ..domain import procedure
from ..domain.access import ADMINISTRATORS
from ..domain.cases import CaseStatus
from ..domain.names import PersonName
from .cases import deadline_infos
from .convert import case_reference
from .database import Actor, Database
from .dto import DeadlineInfo
from .facts import build_facts, refresh_open_tasks
from .settings import legal_settings

BATCH = 2000


def open_deadlines(db: Database, actor: Actor,
                   school_id: int | None = None) -> list[DeadlineInfo]:
    """Every task still due on a case that is not closed, earliest first."""
    from ..db.models import Incident

    today = db.today()
    result: list[DeadlineInfo] = []
    with db.reading(actor) as rd:
        session = rd.session
        legal = legal_settings(session)
        query = (select(Case.id, Person.first_name, Person.name_prefix, Person.last_name)
                 .join(Person, Person.id == Case.subject_id)
                 .where(Case.open_tasks > 0, Case.status != CaseStatus.CLOSED.value)
                 .order_by(Case.id))
        if school_id is not None:
            query = query.join(Incident, Incident.id == Case.incident_id).where(
                Incident.school_id == school_id)
        rows = session.execute(rd.scope.cases(query)).all()
        for start in range(0, len(rows), BATCH):
            chunk = rows[start:start + BATCH]
            facts = build_facts(session, [r[0] for r in chunk])
            for case_id, first, prefix, last in chunk:
                f = facts[case_id]
                result.extend(deadline_infos(
                    f, procedure.deadlines(f, legal), case_reference(case_id),
                    PersonName(first, prefix, last).full, today))
    result.sort(key=lambda d: (d.due, d.case, d.what))
    return result


def recount_open_tasks(db: Database, actor: Actor) -> int:
    """Recount every case's open tasks (after an upgrade); returns how many cases have some."""
    with db.transaction(actor, ADMINISTRATORS) as tx:
        ids = list(tx.session.scalars(
            select(Case.id).where(Case.status != CaseStatus.CLOSED.value)))
        for start in range(0, len(ids), BATCH):
            refresh_open_tasks(tx.session, ids[start:start + BATCH])
        flagged = sum(1 for n in tx.session.scalars(select(Case.open_tasks)) if n)
        tx.audit("maintenance.recount_tasks", "case", None, cases=len(ids), open=flagged)
        return flagged
