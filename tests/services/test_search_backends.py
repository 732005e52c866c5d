"""Full-text search answers the same on the embedded file and on the PostgreSQL server: one
board built twice, every search term compared (FTS5 trigram against pg_trgm)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.db import migrate
from desktop_app.services import accounts, board, incidents, people
from desktop_app.services.database import Actor, Database
from tests.conftest import NOW, PASSWORD, TODAY, new_pg_schema
from tests.services.test_search import TERMS, board_with_text

# The pg_trgm indexes of revisions 0006 and 0018.
TRIGRAM_INDEXES = ("ix_incident_description_trgm", "ix_person_first_name_trgm",
                   "ix_person_last_name_trgm")


def _board(db: Database) -> tuple[Actor, dict[int, str]]:
    actor = accounts.create_user(db, None, "admin", "Beheerder", "administrator", PASSWORD)
    board.create_board(db, actor, "Stichting Proef", "Stationsstraat 1, 3811 MH Amersfoort")
    school = board.add_school(db, actor, "OBS De Linde", "21LN", "openbaar",
                              "Lindelaan 4, 3818 AB Amersfoort").id
    return actor, board_with_text.__wrapped__(db, actor, school)  # type: ignore[attr-defined]


@pytest.fixture
def both(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    url, drop = new_pg_schema()
    sqlite = Database(f"sqlite:///{tmp_path / 'search.sqlite3'}", clock=lambda: NOW)
    server = Database(url, clock=lambda: NOW)
    yield sqlite, server
    sqlite.dispose()
    server.dispose()
    drop()


def test_search_answers_the_same_on_both_backends(both: tuple[Database, Database]) -> None:
    sqlite, server = both
    actor_a, texts_a = _board(sqlite)
    actor_b, texts_b = _board(server)
    assert list(texts_a.values()) == list(texts_b.values())
    found_any = 0
    for term in [*TERMS, "ak", "Şü", "foto van de"]:
        on_file = [texts_a[r.id] for r in incidents.list_incidents(
            sqlite, actor_a, incidents.IncidentFilter(search=term), limit=1000)]
        on_server = [texts_b[r.id] for r in incidents.list_incidents(
            server, actor_b, incidents.IncidentFilter(search=term), limit=1000)]
        assert sorted(on_file) == sorted(on_server), term
        found_any += bool(on_file)
    assert found_any >= 10  # most terms find something: the comparison is not of empty lists


def _pending_entries(server: Database) -> dict[str, int]:
    """Per trigram index, the pages of entries parked unsorted (every search reads them all);
    asking files them."""
    with server.engine.begin() as c:
        return {name: c.execute(text("SELECT gin_clean_pending_list(CAST(:n AS regclass))"),
                                {"n": name}).scalar_one() for name in TRIGRAM_INDEXES}


@pytest.fixture
def server() -> Iterator[Database]:
    url, drop = new_pg_schema()
    db = Database(url, clock=lambda: NOW)
    yield db
    db.dispose()
    drop()


def test_a_server_search_never_reads_through_unfiled_names(server: Database) -> None:
    """Revision 0018: the trigram indexes file each name and description when it is saved, and
    the upgrade files what a board loaded before it had left pending."""
    with server.engine.begin() as c:  # as revision 0017 left a board
        for name in TRIGRAM_INDEXES:
            c.execute(text(f"ALTER INDEX {name} RESET (fastupdate)"))
        c.execute(text("UPDATE alembic_version SET version_num = '0017'"))
    actor, texts = _board(server)
    migrate.upgrade(server.engine)
    assert _pending_entries(server) == dict.fromkeys(TRIGRAM_INDEXES, 0)

    school = board.list_schools(server, actor)[0].id
    pupil = people.add_person(server, actor, school_id=school, kind="staff", first="Noor",
                              prefix="", last="Bakker").id
    incidents.register_incident(
        server, actor, school_id=school, subjects=[pupil], rules=["C4"],
        category_code="discrediting", occurred_on=TODAY, description="Nepaccount van Noor.",
        severity=1)
    assert _pending_entries(server) == dict.fromkeys(TRIGRAM_INDEXES, 0)
    found = incidents.list_incidents(server, actor, incidents.IncidentFilter(search="noor"))
    assert [r.description for r in found] == ["Nepaccount van Noor."]
