"""Full-text search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) finds what LIKE finds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import or_, select

from desktop_app.db.models import Incident, Involvement, Person
from desktop_app.services import incidents, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY

DESCRIPTIONS = [
    "Daan plaatste een bewerkte foto van de mentor op Instagram.",
    "Nepaccount op TikTok met de naam 'juf_bakker'.",
    "Screenshot van 100% zeker vertrouwelijke cijfers gedeeld.",
    "Dreigende berichten in de groepsapp \"Klas 8B\" over de gymles.",
    "BEWERKTE FOTO'S van de schoolreis verspreid via Snapchat.",
    "Reactie onder een filmpje op YouTube over de ouderavond.",
]
NAMES = [("Jan", "van der", "Berg"), ("Şükrü", "", "Yılmaz"), ("Zoë", "", "Bakker-Visser"),
         ("Emma", "de", "Vries")]
# Terms of three characters or more: case, spaces, quotes, LIKE wildcards, FTS5 syntax.
TERMS = ["foto", "FOTO", "bewerkte foto", "Bakker", "akk", "juf_bakker", "100%", '"Klas 8B"',
         "Klas 8B", "app", "van de", "Berg", "vries", "AND", "NOT", "op*", "Yılmaz", "xyz",
         "Zoë", "de gymles over"]


@pytest.fixture
def board_with_text(db: Database, admin: Actor, school: int) -> dict[int, str]:
    """Incidents with varied descriptions and subjects; the text a user could search per id."""
    ids = [people.add_person(db, admin, school_id=school, kind="staff", first=first,
                             prefix=prefix, last=last).id for first, prefix, last in NAMES]
    searchable: dict[int, str] = {}
    for n, text in enumerate(DESCRIPTIONS * 2):
        subject = ids[n % len(ids)]
        info = incidents.register_incident(
            db, admin, school_id=school, subjects=[subject], rules=["A7"],
            category_code="bullying", occurred_on=TODAY - timedelta(days=n), description=text,
            severity=1)
        first, _prefix, last = NAMES[n % len(NAMES)]
        searchable[info.id] = "\n".join((text, first, last))
    return searchable


def search_ids(db: Database, actor: Actor, term: str) -> list[int]:
    return sorted(r.id for r in incidents.list_incidents(db, actor, incidents.IncidentFilter(
        search=term), limit=1000))


def like_ids(db: Database, term: str) -> list[int]:
    """The reference: the LIKE/ILIKE scan the index replaces (wildcards escaped)."""
    pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with db.sessions() as session:
        named = select(Involvement.incident_id).join(Person, Person.id == Involvement.person_id)\
            .where(or_(Person.first_name.ilike(pattern, escape="\\"),
                       Person.last_name.ilike(pattern, escape="\\")))
        return sorted(session.scalars(select(Incident.id).where(or_(
            Incident.description.ilike(pattern, escape="\\"), Incident.id.in_(named)))))


@pytest.mark.parametrize("term", TERMS)
def test_search_finds_the_same_incidents_as_like(db: Database, admin: Actor,
                                                 board_with_text: dict[int, str],
                                                 term: str) -> None:
    found = search_ids(db, admin, term)
    expected = sorted(i for i, text in board_with_text.items() if term.lower() in text.lower())
    assert found == expected
    if term.isascii():  # SQLite's LIKE folds only ASCII letters; the index folds them all
        assert found == like_ids(db, term)
    assert incidents.count_incidents(db, admin, incidents.IncidentFilter(search=term)) == len(found)


def test_the_index_follows_new_and_changed_names_and_descriptions(
        db: Database, admin: Actor, school: int, board_with_text: dict[int, str]) -> None:
    assert search_ids(db, admin, "Oosterhuis") == []
    person = next(p for p in people.list_people(db, admin) if p.last_name == "Berg")
    people.update_person(db, admin, person.id, last="Oosterhuis")
    renamed = search_ids(db, admin, "oosterhuis")
    assert renamed and renamed == like_ids(db, "oosterhuis")
    assert search_ids(db, admin, "Berg") == like_ids(db, "Berg")
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[person.id], rules=["A7"],
        category_code="bullying", occurred_on=TODAY, description="Spotprent van de conciërge.",
        severity=1)
    assert search_ids(db, admin, "conciërge") == [info.id]


def test_a_short_search_matches_names_that_start_with_it(
        db: Database, admin: Actor, board_with_text: dict[int, str]) -> None:
    """Trigrams need three characters: "Va" finds Van der Berg and Vries' subjects by the
    start of a name, not every description with a "va" in it."""
    expected = sorted(i for i, text in board_with_text.items()
                      if any(part.lower().startswith("be") for part in text.split("\n")[1:]))
    assert expected and search_ids(db, admin, "Be") == expected
    assert search_ids(db, admin, " z ") == sorted(
        i for i, text in board_with_text.items() if text.split("\n")[1].startswith("Z"))
