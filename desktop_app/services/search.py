"""Full-text search over incident descriptions and people's names, indexed on both backends.

SQLite answers through the FTS5 trigram tables of revision 0006 (kept in step by triggers),
PostgreSQL through ILIKE served by pg_trgm GIN indexes: both find exactly the incidents whose
description, or an involved person's first or last name, contains the text, ignoring case.
Trigrams need three characters; a shorter search matches names that start with it (a substring
of one or two letters would match nearly every description and help nobody).

On PostgreSQL the matching ids are gathered into arrays (`= ANY (array(SELECT ...))`): each
subquery runs once, up front, and its ids are then looked up through the indexes. Written as
IN-subqueries the planner, expecting a few thousand ids, reads all 140,000 involvements and all
100,000 incidents into hash joins instead (three times as long on the bench board).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    any_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    union,
)

from ..db.models import Incident, Involvement, Person

MIN_INDEXED = 3

_incident_search = table("incident_search", column("rowid"))
_person_search = table("person_search", column("rowid"))


def _phrase(term: str) -> str:
    """An FTS5 string literal: the text is matched as it is, never parsed as query syntax."""
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _any_of(ids: Select[Any] | CompoundSelect) -> Any:
    """`= ANY (array(SELECT ...))`: the ids computed once, then probed through an index."""
    return any_(func.array(ids.scalar_subquery()))


def _matching_ids(dialect: str, term: str) -> Select[Any] | CompoundSelect:
    if len(term) < MIN_INDEXED:
        people = select(Person.id).where(or_(Person.first_name.istartswith(term, autoescape=True),
                                             Person.last_name.istartswith(term, autoescape=True)))
        return select(Involvement.incident_id).where(Involvement.person_id.in_(people))
    if dialect == "sqlite":
        phrase = _phrase(term)
        described = select(_incident_search.c.rowid).where(
            literal_column("incident_search").op("MATCH")(phrase))
        people = select(_person_search.c.rowid).where(
            literal_column("person_search").op("MATCH")(phrase))
        named = select(Involvement.incident_id).where(Involvement.person_id.in_(people))
        return select(union(described, named).subquery().c[0])
    pattern = _like(term)
    described = select(Incident.id).where(Incident.description.ilike(pattern, escape="\\"))
    people = select(Person.id).where(or_(Person.first_name.ilike(pattern, escape="\\"),
                                         Person.last_name.ilike(pattern, escape="\\")))
    return union(described, select(Involvement.incident_id).where(
        Involvement.person_id == _any_of(people)))


def incident_matches(dialect: str, text: str) -> ColumnElement[bool]:
    """The condition on `Incident.id` for a search box's text (surrounding spaces ignored)."""
    term = text.strip()
    ids = _matching_ids(dialect, term)
    if dialect != "sqlite" and len(term) >= MIN_INDEXED:
        return Incident.id == _any_of(ids)
    return Incident.id.in_(ids)
