"""Full-text search answers the same on the embedded file and on the PostgreSQL server: one
board built twice, every search term compared (FTS5 trigram against pg_trgm)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services import accounts, board, incidents
from desktop_app.services.database import Actor, Database
from tests.conftest import NOW, PASSWORD, new_pg_schema
from tests.services.test_search import TERMS, board_with_text


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
