"""Every date field goes through the one plausibility check (domain.dates.check_plausible):
before 1900 or more than five years ahead is refused with the date, and a refusal changes
nothing. Hypothesis drives each service's date input over the whole calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.errors import CaseManagerError
from desktop_app.faults import Fault
from desktop_app.services import cases, consent, incidents, inspector
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY
from tests.services.test_nonsense import refused, snapshot

ANY_DAY = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture
def case_id(db: Database, admin: Actor, school: int, teacher: int) -> int:
    return incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["C4"],
        category_code="discrediting", occurred_on=TODAY - timedelta(days=3),
        description="Geen disclaimer.", severity=1).cases[0].id


def _attempt(db: Database, action: object) -> None:
    """Done, or refused with a sentence and nothing changed; never an unhandled exception."""
    before = snapshot(db)
    try:
        action()  # type: ignore[operator]
    except (CaseManagerError, Fault):
        assert snapshot(db) == before


def test_the_limits_are_named(db: Database, admin: Actor, case_id: int) -> None:
    refused(db, lambda: cases.record_step(db, admin, case_id, "hearing", date(1899, 12, 31)),
            "31-12-1899 ligt vóór 1900")
    far = TODAY.replace(year=TODAY.year + 6)
    refused(db, lambda: cases.decide(db, admin, case_id, "warning", motivation="x",
                                     start_on=TODAY, end_on=far),
            "meer dan 5 jaar in de toekomst")


@SETTINGS
@given(day=ANY_DAY)
def test_step_dates(db: Database, admin: Actor, case_id: int, day: date) -> None:
    _attempt(db, lambda: cases.record_step(db, admin, case_id, "hearing", day))


@SETTINGS
@given(decided=ANY_DAY, start=ANY_DAY, end=ANY_DAY)
def test_decision_dates(db: Database, admin: Actor, case_id: int, decided: date, start: date,
                        end: date) -> None:
    _attempt(db, lambda: cases.decide(db, admin, case_id, "suspension", motivation="m",
                                      decided_on=decided, start_on=start, end_on=end))


@SETTINGS
@given(day=ANY_DAY)
def test_inspector_and_police_dates(db: Database, admin: Actor, case_id: int,
                                    day: date) -> None:
    moment = datetime.combine(day, time(10, 0))
    _attempt(db, lambda: inspector.inform_employee(db, admin, case_id, moment, "telefonisch"))
    _attempt(db, lambda: inspector.log_call(db, admin, case_id, started_at=moment,
                                            inspector_name="A. Hendriks", summary="Gesprek."))
    _attempt(db, lambda: inspector.record_police_report(
        db, admin, case_id, reported_on=moment, police_unit="Midden-Nederland",
        registration_number="PL-1", reported_by="M. de Wit"))


@SETTINGS
@given(day=ANY_DAY)
def test_consent_dates(db: Database, admin: Actor, pupil: int, parent: int, day: date) -> None:
    _attempt(db, lambda: consent.give(
        db, admin, pupil, "website", by_id=parent, on=day, how="formulier",
        form_version="2026-1"))


TEXT = st.text(max_size=400)


@SETTINGS
@given(kind=st.sampled_from(["staff", "pupil", "parent", "alien"]), first=TEXT, last=TEXT,
       prefix=TEXT, birth=st.one_of(st.none(), ANY_DAY), group=TEXT, function=TEXT,
       address=st.one_of(st.none(), TEXT), email=TEXT,
       school_id=st.integers(min_value=-2, max_value=2**70))
def test_add_person_never_fails_unhandled(db: Database, admin: Actor, school: int, kind: str,
                                          first: str, last: str, prefix: str,
                                          birth: date | None, group: str, function: str,
                                          address: str | None, email: str,
                                          school_id: int) -> None:
    from desktop_app.services import people

    target = school if school_id == 1 else school_id
    _attempt(db, lambda: people.add_person(
        db, admin, school_id=target, kind=kind, first=first, last=last, prefix=prefix,
        birth=birth, group=group, function=function, address=address, email=email))


@SETTINGS
@given(name=TEXT, brin=TEXT, denomination=st.sampled_from(["openbaar", "bijzonder", "x"]),
       address=st.one_of(st.none(), TEXT), phone=TEXT, email=TEXT, mandate=TEXT)
def test_add_school_never_fails_unhandled(db: Database, admin: Actor, name: str, brin: str,
                                          denomination: str, address: str | None, phone: str,
                                          email: str, mandate: str) -> None:
    from desktop_app.services import board

    _attempt(db, lambda: board.add_school(db, admin, name, brin, denomination, address,
                                          phone=phone, email=email, mandate=mandate))
