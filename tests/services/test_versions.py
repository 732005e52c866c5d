"""Two users at once: a stale form is refused with who and when, and nothing is overwritten."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditHead
from desktop_app.services import accounts, board, people
from desktop_app.services.database import Actor, Database
from desktop_app.services.versions import StaleRecord
from tests.conftest import NOW


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """A second program on the same database (its own engine and sessions)."""
    second = Database(db.url, clock=lambda: NOW)
    yield second
    second.dispose()


def head(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalars(select(AuditHead.seq)).one())


def test_stale_person_form_is_refused(db: Database, other: Database, admin: Actor,
                                      school: int) -> None:
    hr = accounts.create_user(db, admin, "hr", "Petra HR", "administrator")
    person = people.add_person(db, admin, school_id=school, kind="staff", first="Jan",
                               last="Berg", function="leerkracht")
    form_a = people.get_person(db, admin, person.id)  # both open the form
    form_b = people.get_person(other, admin, person.id)
    saved = people.update_person(db, hr, person.id, expected_version=form_a.version,
                                 function="intern begeleider")
    assert saved.version == form_a.version + 1
    before = head(other)
    with pytest.raises(StaleRecord) as refused:
        people.update_person(other, admin, person.id, expected_version=form_b.version,
                             function="conciërge")
    assert "Gewijzigd door Petra HR om 24-11-2026 12:00 — herlaad" in refused.value.message("nl")
    assert "Changed by Petra HR" in refused.value.message("en")
    assert people.get_person(other, admin, person.id).function == "intern begeleider"
    assert head(other) == before
    fresh = people.get_person(other, admin, person.id)  # reloaded: now it saves
    assert people.update_person(other, admin, person.id, expected_version=fresh.version,
                                function="conciërge").function == "conciërge"


def test_stale_school_form_is_refused(db: Database, other: Database, admin: Actor,
                                      school: int) -> None:
    form_a = board.get_school(db, admin, school)
    form_b = board.get_school(other, admin, school)
    board.update_school(db, admin, school, expected_version=form_a.version, phone="033-1234567")
    with pytest.raises(StaleRecord):
        board.update_school(other, admin, school, expected_version=form_b.version,
                            phone="033-7654321")
    assert board.get_school(other, admin, school).phone == "033-1234567"
