"""Right of access (AVG art. 15, law R5.5): the request, its term on the dashboard, the
export with other people's names redacted, and access that follows the person."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import InvalidInput, NotFound, RuleViolation
from desktop_app.services import access_requests, deadlines, documents, incidents, people
from desktop_app.services.database import Actor, Database

from ..conftest import ActAs


@pytest.fixture
def story(db: Database, admin: Actor, school: int, pupil: int, parent: int) -> int:
    """Daan (the pupil) bullied Sem; Sem's name appears in the incident's description."""
    sem = people.add_person(db, admin, school_id=school, kind="pupil", first="Sem",
                            last="Visser", birth=date(2014, 5, 1), group="groep 8").id
    incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], victims=[sem], rules=["A7"],
        category_code="bullying", occurred_on=date(2026, 10, 1),
        description="Daan Bakker plaatste een filmpje van Sem Visser in de groepsapp.")
    documents.list_dossier(db, admin, pupil)  # someone looked at the dossier
    return pupil


def test_R5_5_request_is_due_one_month_later_and_shows_on_the_dashboard(
        db: Database, admin: Actor, story: int) -> None:
    # 31 October + one month = 30 November 2026 (no 31st), a Monday.
    info = access_requests.add_request(db, admin, story, "K. Bakker (moeder)",
                                       date(2026, 10, 31))
    assert info.due == date(2026, 11, 30) and not info.overdue
    overview = deadlines.deadline_overview(db, admin)
    mine = [d for d in overview.upcoming if d.access_request == info.id]
    assert len(mine) == 1 and mine[0].rule == "R5.5" and mine[0].subject_name == "Daan Bakker"
    late = access_requests.add_request(db, admin, story, "K. Bakker", date(2026, 9, 1))
    assert late.overdue and late.due == date(2026, 10, 1)
    assert any(d.access_request == late.id for d in
               deadlines.deadline_overview(db, admin).overdue)
    access_requests.complete_request(db, admin, late.id)
    assert not any(d.access_request == late.id for d in
                   deadlines.deadline_overview(db, admin).overdue)
    with pytest.raises(RuleViolation):
        access_requests.complete_request(db, admin, late.id)


def test_R5_5_export_holds_everything_with_others_redacted(db: Database, admin: Actor,
                                                           story: int) -> None:
    from tests.reports.pdfcheck import flat

    request = access_requests.add_request(db, admin, story, "moeder", date(2026, 11, 20))
    export = access_requests.export_request(db, admin, request.id)
    data = export.data
    assert data["person"]["name"] == "Daan Bakker"
    assert [f["name"] for f in data["person"]["family"]] == ["Karin Bakker"]
    [incident] = data["incidents"]
    assert "Sem Visser" not in incident["description"]
    assert "Daan Bakker" in incident["description"]
    assert data["cases"] and data["cases"][0]["status"] == "open"
    assert any(v["action"] == "dossier.view" and v["role"] == "beheerder"
               for v in data["viewed_by"])
    text = flat(export.pdf)
    assert "Daan Bakker" in text and "Sem Visser" not in text and "Visser" not in text
    [row] = access_requests.list_requests(db, admin)
    assert row.completed_at is not None


def test_request_for_a_person_the_account_may_not_see_is_refused_like_a_missing_one(
        db: Database, admin: Actor, act_as: ActAs, story: int,
        bijzonder_school: int) -> None:
    request = access_requests.add_request(db, admin, story, "moeder", date(2026, 11, 20))
    outsider = act_as("director", [bijzonder_school])
    with pytest.raises(NotFound) as hidden:
        access_requests.export_request(db, outsider, request.id)
    with pytest.raises(NotFound) as missing:
        access_requests.export_request(db, outsider, 999)
    assert hidden.value.message_en.replace(str(request.id), "N") == \
        missing.value.message_en.replace("999", "N")
    with pytest.raises(NotFound):
        access_requests.add_request(db, outsider, story, "x", date(2026, 11, 20))
    assert access_requests.list_requests(db, outsider) == []
    assert not any(d.access_request for d in
                   deadlines.deadline_overview(db, outsider).upcoming)


def test_readonly_may_not_register_and_bad_input_is_a_sentence(
        db: Database, admin: Actor, act_as: ActAs, school: int, story: int) -> None:
    from desktop_app.domain.errors import AccessDenied

    with pytest.raises(AccessDenied):
        access_requests.add_request(db, act_as("readonly", [school]), story, "x",
                                    date(2026, 11, 20))
    with pytest.raises(InvalidInput):
        access_requests.add_request(db, admin, story, "  ", date(2026, 11, 20))
    with pytest.raises(InvalidInput):
        access_requests.add_request(db, admin, story, "moeder", date(2026, 12, 25))
    assert access_requests.list_requests(db, admin) == []


def test_a_personnel_dossier_request_is_hidden_from_roles_that_may_not_read_it(
        db: Database, admin: Actor, act_as: ActAs, school: int, teacher: int) -> None:
    request = access_requests.add_request(db, admin, teacher, "Jan van der Berg zelf",
                                          date(2026, 11, 2))
    director = act_as("director", [school])
    assert [r.id for r in access_requests.list_requests(db, director)] == [request.id]
    readonly = act_as("readonly", [school])
    assert access_requests.list_requests(db, readonly) == []
    with pytest.raises(NotFound):
        access_requests.add_request(db, act_as("director", [school]), 999, "x",
                                    date(2026, 11, 2))
