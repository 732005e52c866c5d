"""Alembic from the first revision: a database at 0001 with data upgrades to head without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.db.engine import make_engine
from desktop_app.services import cases, incidents
from desktop_app.services.database import Database
from tests.conftest import NOW, TODAY


def test_upgrade_from_first_revision_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    columns = {c["name"] for c in inspect(engine).get_columns("school")}
    assert "signatory_name" not in columns
    with engine.begin() as c:
        c.execute(text("INSERT INTO user_account (id, username, display_name, role, "
                       "password_hash, active, created_at) VALUES (1, 'admin', 'Beheerder', "
                       "'administrator', '', 1, '2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO board (id, name, street, postcode, city, created_at) "
                       "VALUES (1, 'Stichting Oud', '', '', '', '2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO school (id, board_id, name, brin, denomination, street, "
                       "postcode, city, director, created_at) VALUES (1, 1, 'OBS Oud', '12AB', "
                       "'openbaar', 'Laan 1', '1234 AB', 'Utrecht', 'D. Irecteur', "
                       "'2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO person (id, school_id, kind, first_name, name_prefix, "
                       "last_name, sort_key, salutation, function, group_name, street, postcode, "
                       "city, email, created_at) VALUES (1, 1, 'staff', 'Jan', 'van der', "
                       "'Berg', 'berg jan van der', 'heer', 'leerkracht', '', '', '', '', '', "
                       "'2026-01-01 00:00:00')"))
    engine.dispose()

    db = Database(url, clock=lambda: NOW)  # opening upgrades to head
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision() != "0001"
        from desktop_app.services import accounts, board, people

        admin = accounts.actor_for(db)
        schools = board.list_schools(db, admin)
        assert [(s.name, s.brin, s.director, s.signatory_name) for s in schools] == [
            ("OBS Oud", "12AB", "D. Irecteur", "")]
        assert people.get_person(db, admin, 1).sort_name == "Berg, Jan van der"
        info = incidents.register_incident(
            db, admin, school_id=1, subjects=[1], rules=["C4"], category_code="discrediting",
            occurred_on=TODAY, description="Na de upgrade.", severity=1)
        assert cases.propose(db, admin, info.cases[0].id).measure == "warning"
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_wal_mode_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
