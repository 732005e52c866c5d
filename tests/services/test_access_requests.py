"""Right of access (AVG art. 15, law R5.5): the request, its term on the dashboard, the
export with other people's names redacted, and access that follows the person."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import InvalidInput, NotFound, RuleViolation
from desktop_app.services import (
    access_requests,
    consent,
    deadlines,
    documents,
    incidents,
    people,
)
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
    with pytest.raises(RuleViolation) as answered:
        access_requests.complete_request(db, admin, late.id)
    assert answered.value.message_nl == f"Inzageverzoek {late.id} is al afgehandeld."
    with pytest.raises(RuleViolation) as answered:  # an answered request gets no extension
        access_requests.extend_request(db, admin, late.id, "toch meer tijd nodig")
    assert answered.value.message_nl == f"Inzageverzoek {late.id} is al afgehandeld."


def test_R5_5_export_holds_everything_with_others_redacted(db: Database, admin: Actor,
                                                           story: int) -> None:
    from tests.reports.pdfcheck import flat

    request = access_requests.add_request(db, admin, story, "moeder", date(2026, 11, 20))
    access_requests.check_identity(db, admin, request.id, date(2026, 11, 20),
                                   "paspoort getoond")
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


def test_R5_5_export_holds_the_consent_register(db: Database, admin: Actor, story: int,
                                                parent: int) -> None:
    from tests.reports.pdfcheck import flat

    consent.give(db, admin, story, "website", by_id=parent, on=date(2026, 9, 1),
                 how="papieren formulier", form_version="2026-1")
    consent.refuse(db, admin, story, "press", by_id=parent, on=date(2026, 9, 2),
                   how="mail")
    consent.review(db, admin, story, by_id=parent, on=date(2026, 10, 1), how="ouderavond")
    request = access_requests.add_request(db, admin, story, "moeder", date(2026, 11, 20))
    access_requests.check_identity(db, admin, request.id, date(2026, 11, 21), "ID-kaart")
    export = access_requests.export_request(db, admin, request.id)
    statuses = {c["purpose"]: c for c in export.data["consent"]["statuses"]}
    assert statuses["website"]["status"] == "granted"
    assert statuses["website"]["how"] == "papieren formulier"
    assert statuses["press"]["status"] == "refused"
    assert [h["choice"] for h in export.data["consent"]["history"]] == ["refuse", "give"]
    assert export.data["consent"]["reviews"][0]["on"] == "2026-10-01"
    text = flat(export.pdf)
    assert "Toestemming beeldmateriaal" in text and "papieren formulier" in text
    assert "geweigerd" in text.lower()


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


def test_R5_5_no_export_before_the_identity_check(db: Database, admin: Actor,
                                                   story: int) -> None:
    request = access_requests.add_request(db, admin, story, "moeder", date(2026, 11, 20))
    with pytest.raises(RuleViolation) as refused:
        access_requests.export_request(db, admin, request.id)
    assert refused.value.rule_id == "R5.5" and "identiteit" in str(refused.value)
    assert access_requests.list_requests(db, admin)[0].completed_at is None
    with pytest.raises(InvalidInput):
        access_requests.check_identity(db, admin, request.id, date(2026, 11, 21), " ")
    with pytest.raises(InvalidInput):  # before the request came in
        access_requests.check_identity(db, admin, request.id, date(2026, 11, 1), "paspoort")
    info = access_requests.check_identity(db, admin, request.id, date(2026, 11, 21),
                                          "paspoort getoond aan de balie")
    assert (info.identity_checked_on, info.identity_check) == (
        date(2026, 11, 21), "paspoort getoond aan de balie")
    export = access_requests.export_request(db, admin, request.id)
    assert export.data["request"]["identity_check"] == "paspoort getoond aan de balie"


def test_R5_5_extension_by_two_months_with_its_reason(db: Database, admin: Actor,
                                                       story: int) -> None:
    request = access_requests.add_request(db, admin, story, "moeder", date(2026, 11, 3))
    assert request.due == date(2026, 12, 3)
    with pytest.raises(InvalidInput):
        access_requests.extend_request(db, admin, request.id, "  ")
    info = access_requests.extend_request(db, admin, request.id,
                                          "veel documenten uit drie schooljaren")
    # Two further months from the first term (AVG art. 12(3)); the dashboard follows.
    assert (info.extended_from, info.due) == (date(2026, 12, 3), date(2027, 2, 3))
    assert info.extension_reason == "veel documenten uit drie schooljaren"
    mine = [d for d in deadlines.deadline_overview(db, admin).upcoming
            if d.access_request == request.id]
    assert [d.due for d in mine] == [date(2027, 2, 3)]
    with pytest.raises(RuleViolation):  # once only
        access_requests.extend_request(db, admin, request.id, "nog meer werk")
    late = access_requests.add_request(db, admin, story, "vader", date(2026, 9, 1))
    with pytest.raises(RuleViolation) as refused:  # the first term has run
        access_requests.extend_request(db, admin, late.id, "te laat bedacht")
    assert "01-10-2026" in str(refused.value)
