"""Revision 0012 takes the old consent rows over; a refusal that had silently lapsed counts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop_app.db import migrate
from desktop_app.db.engine import make_engine
from desktop_app.services import audit, consent, people
from desktop_app.services.database import Actor, Database
from tests.conftest import NOW


@pytest.mark.sqlite_only
def test_old_consent_rows_become_statements_and_the_lapsed_refusal_wins(
        db: Database, db_path: Path, admin: Actor, pupil: int, parent: int,
        school: int) -> None:
    father = people.add_person(db, admin, school_id=school, kind="parent", first="Erik",
                               last="Bakker", guardian_of=pupil, authority=True).id
    db.dispose()
    engine = make_engine(f"sqlite:///{db_path}")
    command.downgrade(migrate.alembic_config(engine), "0011")
    rows = [  # id, purpose, granted, giver, given_at, withdrawn_at
        (1, "website", False, parent, datetime(2026, 9, 1, 9), datetime(2026, 9, 8, 9)),
        (2, "website", True, father, datetime(2026, 9, 8, 9), None),  # replaced the refusal
        (3, "press", True, parent, datetime(2026, 9, 1, 9), datetime(2026, 10, 1, 9)),  # Intrekken
        (4, "video", True, None, datetime(2026, 9, 1, 9), None),  # no giver named
    ]
    with engine.begin() as c:
        for rid, purpose, granted, giver, at, ended in rows:
            c.execute(text(
                "INSERT INTO consent_record (id, person_id, purpose, granted, given_by_id, "
                "given_by_name, method, form_version, given_at, withdrawn_at, review_on, "
                "created_by) VALUES (:id, :p, :purpose, :g, :giver, 'naam', 'formulier', "
                "'2025-1', :at, :ended, NULL, :by)"),
                {"id": rid, "p": pupil, "purpose": purpose, "g": granted, "giver": giver,
                 "at": at, "ended": ended, "by": admin.id})
    engine.dispose()
    upgraded = _db(db_path)  # upgrades to head
    try:
        statuses = {s.purpose: s for s in consent.register(upgraded, admin, pupil)}
        assert statuses["website"].status == "refused"  # law §6: the refusal wins again
        assert statuses["press"].status == "withdrawn"
        assert statuses["press"].on == datetime(2026, 10, 1).date()
        assert statuses["video"].status == "none"  # the pupil (under 16) does not decide
        history = consent.person_register(upgraded, admin, pupil).history
        assert len(history) == 5
        with upgraded.sessions() as s:
            assert audit.verify(s, upgraded.url).intact
    finally:
        upgraded.dispose()


def _db(path: Path) -> Database:
    return Database(f"sqlite:///{path}", clock=lambda: NOW)
