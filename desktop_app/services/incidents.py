"""Registering incidents (one case per subject) and listing them at board scale."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, Select, and_, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import (
    Case,
    Incident,
    IncidentRule,
    Involvement,
    Person,
    School,
    SeverityAssessment,
)
from ..domain.cases import CaseStatus
from ..domain.catalogue import PersonKind, category, rule
from ..domain.dates import check_plausible, short_date
from ..domain.errors import InvalidInput, RuleViolation, not_found
from ..domain.names import PersonName, full_name
from ..domain.severity import Severity, check_level
from . import search
from .convert import case_reference
from .database import Actor, Database, Transaction
from .documents import EVIDENCE, NewDocument, file_in
from .dto import CaseSummary, IncidentInfo, IncidentRow, IncidentStats
from .evidence_checks import check_evidence
from .facts import refresh_open_tasks
from .incident_track import TrackFlags, apply_track
from .settings import severity_rule

MAX_DESCRIPTION = 20_000
ROLES = ("subject", "victim", "witness")


@dataclass(frozen=True)
class IncidentFilter:
    school_id: int | None = None
    status: str | None = None
    category: str | None = None
    severity: int | None = None
    occurred_from: date | None = None
    occurred_to: date | None = None
    search: str = ""
    person_id: int | None = None


EARLIEST = date(1900, 1, 1)


MAX_PLATFORM = 200


def _check_dates(occurred: date, reported: date, today: date) -> None:
    if occurred < EARLIEST or reported < EARLIEST:
        raise InvalidInput("Een datum vóór 1900 kan niet kloppen; controleer het jaartal.",
                           "A date before 1900 cannot be right; check the year.")
    check_plausible(occurred, today, "De datum van het incident", "The incident date")
    check_plausible(reported, today, "De meldingsdatum", "The report date")
    if occurred > today:
        raise InvalidInput(f"De datum van het incident ({short_date(occurred)}) ligt in de "
                           "toekomst.", f"The incident date ({short_date(occurred)}) is in the "
                           "future.")
    if reported < occurred:
        raise InvalidInput("De meldingsdatum ligt vóór de datum van het incident.",
                           "The report date is before the incident date.")
    if reported > today:
        raise InvalidInput("De meldingsdatum ligt in de toekomst.",
                           "The report date is in the future.")


def _severity(overall: int | None, axes: Severity | None) -> tuple[Severity | None, int | None]:
    if axes is not None:
        return axes, None
    if overall is not None:
        return None, check_level(overall)
    return None, None


def assess_in(tx: Transaction, case: Case, axes: Severity | None, overall: int | None) -> int:
    rule_used = severity_rule(tx.session)
    value = axes.overall(rule_used) if axes is not None else overall
    assert value is not None
    tx.session.add(SeverityAssessment(
        case_id=case.id, statements=axes.statements if axes else None,
        behaviour=axes.behaviour if axes else None,
        consequences=axes.consequences if axes else None, overall=value,
        rule=rule_used.value, assessed_at=tx.now, assessed_by=tx.actor_id))
    case.severity = value
    tx.audit("case.assess", "case", case.id, case_id=case.id, person_id=case.subject_id,
             overall=value, axes=[axes.statements, axes.behaviour, axes.consequences]
             if axes else None)
    return value


def register_incident(
    db: Database, actor: Actor, *, school_id: int, subjects: Sequence[int],
    rules: Sequence[str], category_code: str, occurred_on: date, description: str,
    severity: int | None = None, axes: Severity | None = None, reported_on: date | None = None,
    reporter_id: int | None = None, platform: str = "", boundary_crossing: bool = False,
    urgent_reason: bool = False, criminal: bool = False, victims: Sequence[int] = (),
    witnesses: Sequence[int] = (), evidence: Sequence[tuple[str, str, bytes]] = (),
    track: TrackFlags | None = None,
) -> IncidentInfo:
    """Register an incident with one case per subject, its evidence files (name, MIME type,
    bytes) and its legal track (art. 4a, Meldcode, C4), all in one transaction: a refused file
    or track leaves no half-registered incident."""
    if not subjects:
        raise InvalidInput("Een incident heeft minstens één betrokkene.",
                           "An incident needs at least one subject.", field="subjects")
    if not rules:
        raise InvalidInput("Kies minstens één protocolregel.",
                           "Choose at least one protocol rule.", field="rules")
    chosen_rules = [rule(code) for code in rules]
    chosen_category = category(category_code)
    text = (description or "").strip()
    if not text:
        raise InvalidInput("De omschrijving is verplicht.", "The description is required.")
    if len(text) > MAX_DESCRIPTION:
        raise InvalidInput(f"De omschrijving is te lang (maximaal {MAX_DESCRIPTION} tekens).",
                           f"The description is too long (at most {MAX_DESCRIPTION} characters).")
    reported = reported_on or db.today()
    _check_dates(occurred_on, reported, db.today())
    sev_axes, sev_overall = _severity(severity, axes)
    if len(set(subjects)) != len(subjects):
        raise InvalidInput("Dezelfde persoon staat twee keer als betrokkene.",
                           "The same person is listed twice as subject.")
    if set(subjects) & (set(victims) | set(witnesses)):
        raise InvalidInput(
            "Dezelfde persoon kan niet tegelijk betrokkene en slachtoffer of getuige zijn.",
            "The same person cannot be both subject and victim or witness.")
    if len(platform.strip()) > MAX_PLATFORM:
        raise InvalidInput(
            f"Het platform is te lang (maximaal {MAX_PLATFORM} tekens); er wordt niets "
            "ingekort.",
            f"The platform is too long (at most {MAX_PLATFORM} characters); nothing is cut.")
    for filename, _, data in evidence:
        check_evidence(filename, data)

    with db.transaction(actor) as tx:
        tx.scope.require_school(school_id)
        all_ids = list(subjects) + list(victims) + list(witnesses) + (
            [reporter_id] if reporter_id else [])
        people = {pid: tx.scope.require_person(pid) for pid in all_ids}
        for pid in set(list(subjects) + list(victims) + list(witnesses)):
            if people[pid].school_id != school_id:
                name = PersonName(people[pid].first_name, people[pid].name_prefix,
                                  people[pid].last_name).full
                raise InvalidInput(
                    f"{name} hoort bij een andere school dan het incident.",
                    f"{name} belongs to another school than the incident.")
        for pid in set(all_ids):
            born = people[pid].birth_date
            if born is not None and occurred_on < born:
                name = PersonName(people[pid].first_name, people[pid].name_prefix,
                                  people[pid].last_name).full
                raise InvalidInput(
                    f"Het incident ({short_date(occurred_on)}) ligt vóór de geboorte van {name} "
                    f"({short_date(born)}).",
                    f"The incident ({short_date(occurred_on)}) is before {name} was born "
                    f"({short_date(born)}).")
        for pid in subjects:
            kind = PersonKind(people[pid].kind)
            if kind is PersonKind.OTHER:
                raise RuleViolation(
                    "Het protocol kent alleen maatregelen voor medewerkers, leerlingen en ouders.",
                    "The protocol has measures only for staff, pupils and parents.", "protocol")
            for r in chosen_rules:
                if r.staff_only and kind is not PersonKind.STAFF:
                    raise RuleViolation(
                        f"Regel {r.code} geldt alleen voor medewerkers.",
                        f"Rule {r.code} applies to staff only.", "protocol")
            if boundary_crossing and kind is not PersonKind.STAFF:
                raise RuleViolation(
                    "'Grensoverschrijdend' geldt alleen voor communicatie van medewerkers.",
                    "'Boundary-crossing' applies only to staff communication.", "protocol-S2")
        incident = Incident(
            school_id=school_id, occurred_on=occurred_on, reported_on=reported,
            reporter_id=reporter_id, platform=platform.strip(),
            category=chosen_category.value, description=text,
            boundary_crossing=boundary_crossing, criminal=criminal, urgent_reason=urgent_reason,
            created_at=tx.now, created_by=tx.actor_id)
        tx.session.add(incident)
        tx.session.flush()
        for position, r in enumerate(chosen_rules):
            tx.session.add(IncidentRule(incident_id=incident.id, rule_code=r.code,
                                        position=position))
        for role, ids in (("subject", subjects), ("victim", victims), ("witness", witnesses)):
            for pid in ids:
                tx.session.add(Involvement(incident_id=incident.id, person_id=pid, role=role))
        tx.audit("incident.create", "incident", incident.id, rules=[r.code for r in chosen_rules],
                 category=chosen_category.value, occurred_on=occurred_on)
        for pid in subjects:
            case = Case(incident_id=incident.id, subject_id=pid, status=CaseStatus.OPEN.value,
                        created_at=tx.now)
            tx.session.add(case)
            tx.session.flush()
            tx.audit("case.create", "case", case.id, case_id=case.id, person_id=pid,
                     incident=incident.id)
            if sev_axes is not None or sev_overall is not None:
                assess_in(tx, case, sev_axes, sev_overall)
        for filename, mime_type, data in evidence:
            file_in(tx, None, NewDocument("evidence", filename, filename, mime_type, data),
                    incident_id=incident.id, owner_override=(None, EVIDENCE))
        tx.session.flush()
        if track is not None and track.any_set():
            apply_track(tx, incident, track)  # V1, V9, V10, C4 against the people just added
        refresh_open_tasks(tx.session, [c.id for c in tx.session.scalars(
            select(Case).where(Case.incident_id == incident.id))])
        return incident_info(tx.session, incident.id)


def incident_info(session: Session, incident_id: int) -> IncidentInfo:
    incident = session.scalar(
        select(Incident).where(Incident.id == incident_id).options(
            selectinload(Incident.rules), selectinload(Incident.involvements),
            selectinload(Incident.cases).selectinload(Case.subject)))
    if incident is None:
        raise not_found("Incident", "Incident", incident_id)
    return IncidentInfo(
        id=incident.id, school_id=incident.school_id, occurred_on=incident.occurred_on,
        reported_on=incident.reported_on, reporter_id=incident.reporter_id,
        platform=incident.platform, rules=tuple(r.rule_code for r in incident.rules),
        category=incident.category, description=incident.description,
        boundary_crossing=incident.boundary_crossing, criminal=incident.criminal,
        urgent_reason=incident.urgent_reason,
        involvements=tuple((i.person_id, i.role) for i in incident.involvements),
        cases=tuple(case_summary(c, c.subject) for c in sorted(incident.cases, key=lambda c: c.id)),
    )


def case_summary(case: Case, subject: Person) -> CaseSummary:
    return CaseSummary(
        id=case.id, reference=case_reference(case.id), incident_id=case.incident_id,
        subject_id=case.subject_id,
        subject_name=PersonName(subject.first_name, subject.name_prefix, subject.last_name).full,
        subject_kind=subject.kind, status=case.status, severity=case.severity,
        version=case.version)


def get_incident(db: Database, actor: Actor, incident_id: int) -> IncidentInfo:
    with db.reading(actor) as rd:
        rd.scope.require_incident(incident_id)
        return incident_info(rd.session, incident_id)


def _filtered(query: Select[Any], f: IncidentFilter, dialect: str) -> Select[Any]:
    if f.school_id is not None:
        query = query.where(Incident.school_id == f.school_id)
    if f.category:
        query = query.where(Incident.category == category(f.category).value)
    if f.occurred_from is not None:
        query = query.where(Incident.occurred_on >= f.occurred_from)
    if f.occurred_to is not None:
        query = query.where(Incident.occurred_on <= f.occurred_to)
    # Uncorrelated IN-subqueries: both SQLite and PostgreSQL evaluate them once, where a
    # correlated EXISTS would walk an index once per incident (seconds at 100,000 incidents).
    case_conditions = []
    if f.status:
        case_conditions.append(Case.status == CaseStatus(f.status).value)
    if f.severity is not None:
        case_conditions.append(Case.severity == f.severity)
    if case_conditions:
        query = query.where(Incident.id.in_(
            select(Case.incident_id).where(and_(*case_conditions))))
    if f.person_id is not None:
        query = query.where(Incident.id.in_(
            select(Involvement.incident_id).where(Involvement.person_id == f.person_id)))
    if f.search.strip():
        query = query.where(search.incident_matches(dialect, f.search))
    return query


SORT_COLUMNS = {
    "occurred_on": Incident.occurred_on, "id": Incident.id, "category": Incident.category,
    "school": Incident.school_id,
}


def count_incidents(db: Database, actor: Actor, f: IncidentFilter | None = None) -> int:
    with db.reading(actor) as rd:
        # count(*), not count(incident.id): SQLite counts the smallest index instead of
        # reading every row.
        query = rd.scope.incidents(_filtered(select(func.count()).select_from(Incident),
                                             f or IncidentFilter(), db.engine.dialect.name))
        return int(rd.session.connection().scalar(query) or 0)


# The page's columns, built once (statements are immutable; each call adds its own filter).
_PAGE = select(Incident.id, Incident.school_id, Incident.occurred_on, Incident.category,
               Incident.description, School.name).join(School, School.id == Incident.school_id)
_OFFSET, _LIMIT = bindparam("page_offset", type_=Integer), bindparam("page_limit", type_=Integer)


@dataclass(frozen=True)
class _PageStatement:
    """A page query compiled once for its filter, sort and scope: SQL, bound values in the
    driver's form, and where the page's offset and limit go."""

    sql: str
    params: dict[str, Any]
    positions: tuple[str, ...] | None  # a positional paramstyle's order of names

    def bound(self, offset: int, limit: int) -> tuple[Any, ...] | dict[str, Any]:
        params = {**self.params, "page_offset": offset, "page_limit": limit}
        if self.positions is None:
            return params
        return tuple(params[name] for name in self.positions)


# Up to this many compiled page queries are kept (a list is shown in a few orders and filters
# at a time; every scroll reuses its query with another offset).
_PAGE_STATEMENTS_KEPT = 64
_page_statements: dict[tuple[Any, ...], _PageStatement] = {}


def _page_statement(rd: Any, connection: Any, f: IncidentFilter, sort: str,
                    descending: bool) -> _PageStatement:
    dialect = connection.dialect
    key = (dialect.name, dialect.driver, dialect.paramstyle, f, sort, descending,
           rd.scope.schools)
    prepared = _page_statements.get(key)
    if prepared is not None:
        return prepared
    column = SORT_COLUMNS[sort]
    order = (column.desc(), Incident.id.desc()) if descending else (column.asc(), Incident.id)
    query = rd.scope.incidents(_filtered(_PAGE, f, dialect.name))
    compiled = query.order_by(*order).offset(_OFFSET).limit(_LIMIT).compile(dialect=dialect)
    state = compiled.construct_expanded_state({"page_offset": 0, "page_limit": 0})
    params = {name: state.processors[name](value) if name in state.processors else value
              for name, value in state.parameters.items()}
    positions = tuple(state.positiontup) if state.positiontup is not None else None
    prepared = _PageStatement(state.statement, params, positions)
    if len(_page_statements) >= _PAGE_STATEMENTS_KEPT:
        _page_statements.pop(next(iter(_page_statements)), None)
    _page_statements[key] = prepared
    return prepared


def list_incidents(db: Database, actor: Actor, f: IncidentFilter | None = None, *, offset: int = 0,
                   limit: int = 200, sort: str = "occurred_on",
                   descending: bool = True) -> list[IncidentRow]:
    """One page of incident rows in three queries, however long the page.

    All three go as plain driver SQL on the reading's own connection: the page query is
    compiled by SQLAlchemy once per filter, order and scope and kept (building the statement,
    its cache key and the Core result cost as much as the query itself: 1.7x raw SQL at
    100,000 incidents); the page's rules and cases by the ids it returned (an IN list of 200
    bound ids is compiled anew on every call by SQLAlchemy: 13.6 ms a page against 4.7 ms of
    raw SQL)."""
    f = f or IncidentFilter()
    sort = sort if sort in SORT_COLUMNS else "occurred_on"
    with db.reading(actor) as rd:
        connection = rd.session.connection()
        page = _page_statement(rd, connection, f, sort, descending)
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        cursor = connection.connection.cursor()  # the session's own DBAPI connection
        try:
            cursor.execute(page.sql, page.bound(offset, limit))
            rows = cursor.fetchall()
            ids = tuple([r[0] for r in rows])
            rules: dict[int, list[str]] = {}
            cases: dict[int, list[tuple[str, str, int | None]]] = {}
            if ids:
                marks = ", ".join([mark] * len(ids))
                cursor.execute(f"SELECT incident_id, rule_code FROM {IncidentRule.__tablename__}"
                               f" WHERE incident_id IN ({marks}) ORDER BY position", ids)
                for inc_id, code in cursor.fetchall():
                    rules.setdefault(inc_id, []).append(code)
                cursor.execute(
                    f"SELECT c.incident_id, c.status, c.severity, p.first_name, p.name_prefix, "
                    f"p.last_name FROM {Case.__tablename__} c JOIN {Person.__tablename__} p "
                    f"ON p.id = c.subject_id WHERE c.incident_id IN ({marks}) ORDER BY c.id", ids)
                for inc_id, status, sev, first, prefix, last in cursor.fetchall():
                    cases.setdefault(inc_id, []).append(
                        (full_name(first, prefix, last), status, sev))
        finally:
            cursor.close()
    # SQLite hands dates over as ISO text (what SQLAlchemy's Date type stores there).
    as_date = date.fromisoformat if connection.dialect.name == "sqlite" else None
    new = object.__new__
    result = []
    for inc_id, school_id, occurred, cat, description, school_name in rows:
        own = cases.get(inc_id, ())
        if len(own) == 1:  # nearly every incident: one case, no sets or sorting needed
            subjects, status, severity = own[0]
        else:
            severities = [c[2] for c in own if c[2] is not None]
            subjects = ", ".join(c[0] for c in own)
            status = ", ".join(sorted({c[1] for c in own}))
            severity = max(severities) if severities else None
        # IncidentRow(...) without the frozen dataclass's __init__, which sets each of the ten
        # fields through object.__setattr__ (equal and hashing alike; see dto.case_deadline).
        row = new(IncidentRow)
        row.__dict__.update(
            id=inc_id, school_id=school_id, school_name=school_name,
            occurred_on=as_date(occurred) if as_date is not None and occurred is not None
            else occurred, category=cat, rules=", ".join(rules.get(inc_id, ())),
            subjects=subjects, status=status, severity=severity, description=description[:300])
        result.append(row)
    return result


def statistics(db: Database, actor: Actor, since: date | None = None,
               school_id: int | None = None) -> IncidentStats:
    """Counts per school, category and month for the dashboard: three GROUP BYs."""
    def scoped(query: Select[Any]) -> Select[Any]:
        query = rd.scope.incidents(query)
        if since is not None:
            query = query.where(Incident.occurred_on >= since)
        if school_id is not None:
            query = query.where(Incident.school_id == school_id)
        return query

    year = func.extract("year", Incident.occurred_on)
    month = func.extract("month", Incident.occurred_on)
    with db.reading(actor) as rd:
        session = rd.session
        # Grouped by the school's id (an index holds school and date: no table rows read) and
        # named after; the category as an expression, so the planner reads only the period's
        # rows by date instead of the whole category index (0.22 s -> 0.1 s at 100,000).
        names = dict(session.execute(select(School.id, School.name)).tuples().all())
        per_school: dict[str, int] = {}
        for school, n in session.execute(scoped(
                select(Incident.school_id, func.count()).group_by(Incident.school_id))):
            per_school[names[school]] = per_school.get(names[school], 0) + int(n)
        category = func.coalesce(Incident.category, "")
        per_category = {cat: int(n) for cat, n in session.execute(scoped(
            select(category, func.count()).group_by(category)))}
        per_month = {f"{int(y):04d}-{int(m):02d}": int(n) for y, m, n in session.execute(scoped(
            select(year, month, func.count()).select_from(Incident).group_by(year, month)))}
    return IncidentStats(per_school, per_category, per_month, sum(per_category.values()))
