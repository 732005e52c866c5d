"""Every free text a service stores is cleaned at the door, whichever service wrote it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.services import cases, incidents, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY

ESC = "\x1b[2J\x1b]0;weg\x07\x1bc"


def test_people_incidents_and_decisions_are_stored_without_escapes(
        db: Database, admin: Actor, school: int) -> None:
    with pytest.raises(InvalidInput, match="onzichtbare of ongeldige tekens"):
        people.add_person(db, admin, school_id=school, kind="pupil", first=f"Daan{ESC}",
                          last="Bakker")  # a name is refused outright, with a sentence
    person = people.add_person(db, admin, school_id=school, kind="pupil", first="Daan",
                               last="Bakker")
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[person.id], rules=["A7"],
        category_code="bullying", occurred_on=TODAY - timedelta(days=2),
        description=f"Pesten{ESC} in de app.\r\nTweede regel.", severity=1)
    case = info.cases[0].id
    cases.decide(db, admin, case, "warning", decided_on=TODAY, motivation=f"Omdat{ESC}.")
    detail = cases.show(db, admin, case)
    assert detail.incident.description == "Pesten in de app.\nTweede regel."
    assert detail.decision is not None and detail.decision.motivation == "Omdat."
    assert people.get_person(db, admin, person.id).full_name == "Daan Bakker"
