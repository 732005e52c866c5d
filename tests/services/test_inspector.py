"""Inspector calls only after the employee was told; police reports; consent."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.errors import RuleViolation
from desktop_app.services import consent, deadlines, incidents, inspector, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY


def boundary_case(db: Database, admin: Actor, school: int, teacher: int) -> int:
    return incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["A7"], category_code="other_damage",
        occurred_on=TODAY - timedelta(days=3), description="Ongepaste privéberichten.",
        severity=3, boundary_crossing=True).cases[0].id


def test_call_refused_before_employee_told_then_accepted(db: Database, admin: Actor, school: int,
                                                         teacher: int) -> None:
    case = boundary_case(db, admin, school, teacher)
    due = {d.what for d in deadlines.open_deadlines(db, admin) if d.case == case}
    assert due == {"employee_informed", "inspector_call"}
    call_at = datetime.combine(TODAY - timedelta(days=1), datetime.min.time()).replace(hour=11)
    with pytest.raises(RuleViolation) as info:
        inspector.log_call(db, admin, case, started_at=call_at, inspector_name="A. Hendriks",
                           summary="Besproken.")
    assert "eerst op de hoogte" in info.value.message("nl")
    assert inspector.list_calls(db, admin) == []
    inspector.inform_employee(db, admin, case, call_at - timedelta(hours=2), "Gesprek")
    call = inspector.log_call(db, admin, case, started_at=call_at, inspector_name="A. Hendriks",
                              summary="Besproken.", advice="Gesprek met ouders",
                              reference="VI-1", outcome="no")
    assert call.number_dialled == "0900-1113111" and call.caller_name == "Beheerder"
    assert [c.id for c in inspector.list_calls(db, admin, case)] == [call.id]
    assert not {d.what for d in deadlines.open_deadlines(db, admin) if d.case == case}


def test_inspector_number_is_a_setting(db: Database, admin: Actor, school: int,
                                       teacher: int) -> None:
    from desktop_app.services import settings

    settings.set_legal(db, admin, {"inspector_phone": "0900-0000000"})
    case = boundary_case(db, admin, school, teacher)
    when = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    call = inspector.log_call(db, admin, case, started_at=when, inspector_name="X",
                              summary="Y", reason="Spoed: medewerker onbereikbaar")
    assert call.number_dialled == "0900-0000000" and call.not_informed_reason


def test_police_report_recorded(db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = boundary_case(db, admin, school, teacher)
    report = inspector.record_police_report(
        db, admin, case, reported_on=datetime.combine(TODAY, datetime.min.time()),
        police_unit="Midden-Nederland", registration_number="PL0900-2026123",
        reported_by="M. de Wit", informed_beforehand="ouders en medewerker")
    assert inspector.police_reports(db, admin, case) == [report]


def test_consent_by_parent_with_authority_under_16(db: Database, admin: Actor, school: int,
                                                   pupil: int, parent: int) -> None:
    other = people.add_person(db, admin, school_id=school, kind="parent", first="Robert",
                              last="Bakker", guardian_of=pupil, authority=False).id
    with pytest.raises(RuleViolation) as info:
        consent.give(db, admin, pupil, "website", by_id=other, on=TODAY, how="papier",
                     form_version="2026-1")
    assert info.value.rule_id == "F2"
    record = consent.give(db, admin, pupil, "website", by_id=parent, on=TODAY,
                          how="papieren formulier", form_version="2026-1")
    assert record.status == "granted"
    assert consent.person_register(db, admin, pupil).review_due == date(2027, 11, 24)
    consent.withdraw(db, admin, pupil, "website", by_id=parent, on=TODAY, how="mail")
    statuses = {s.purpose: s.status for s in consent.register(db, admin, pupil)}
    assert statuses["website"] == "withdrawn"


def test_V4_V5_police_report_after_reasonable_suspicion(db: Database, admin: Actor, school: int,
                                                        teacher: int) -> None:
    case = boundary_case(db, admin, school, teacher)
    when = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    inspector.inform_employee(db, admin, case, when, "Gesprek")
    inspector.log_call(db, admin, case, started_at=when + timedelta(hours=1),
                       inspector_name="A. Hendriks", summary="Redelijk vermoeden.",
                       outcome="yes")
    due = {d.what for d in deadlines.open_deadlines(db, admin) if d.case == case}
    assert "police_report" in due
    with pytest.raises(RuleViolation) as info:
        inspector.record_police_report(db, admin, case, reported_on=when, police_unit="Utrecht",
                                       registration_number="PL-1", reported_by="Directeur")
    assert info.value.rule_id == "V5"
    inspector.record_police_report(db, admin, case, reported_on=when, police_unit="Utrecht",
                                   registration_number="PL-1", reported_by="Directeur",
                                   informed_beforehand="ouders en medewerker, 24-11 08:30")
    due = {d.what for d in deadlines.open_deadlines(db, admin) if d.case == case}
    assert "police_report" not in due
