"""The issue's list of bad input: each gets a clear message and leaves every table unchanged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.db.base import Base
from desktop_app.domain.errors import CaseManagerError
from desktop_app.services import cases, incidents, inspector, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY


def snapshot(db: Database) -> dict[str, int]:
    with db.sessions() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


def make_case(db: Database, admin: Actor, school: int, subject: int, severity: int,
              **flags: bool) -> int:
    return incidents.register_incident(
        db, admin, school_id=school, subjects=[subject], rules=["A7"], category_code="bullying",
        occurred_on=TODAY - timedelta(days=20), description="x", severity=severity,
        **flags).cases[0].id


def test_each_refusal_names_the_problem_and_changes_nothing(
        db: Database, admin: Actor, school: int, teacher: int, pupil: int) -> None:
    suspension = make_case(db, admin, school, pupil, 3)
    cases.record_step(db, admin, suspension, "hearing", TODAY - timedelta(days=2), "",
                      {"parties": ["pupil", "parents", "teacher"]})
    removal = make_case(db, admin, school, pupil, 4)
    cases.record_step(db, admin, removal, "intention", TODAY - timedelta(days=10))
    cases.record_step(db, admin, removal, "hearing", TODAY - timedelta(days=5), "",
                      {"parties": ["parents", "teacher"]})
    call_case = make_case(db, admin, school, teacher, 3, boundary_crossing=True)

    def person(**kw: object) -> Callable[[], object]:
        args: dict[str, object] = dict(school_id=school, kind="staff", first="Jan", last="B")
        args.update(kw)
        return lambda: people.add_person(db, admin, **args)  # type: ignore[arg-type]

    attempts: list[tuple[Callable[[], object], str]] = [
        (person(first=""), "voornaam is verplicht"),
        (person(last="x" * 10_000), "te lang"),
        (person(kind="pupil", birth=date(2030, 1, 1)), "toekomst"),
        (person(kind="parent", guardian_of=teacher, authority=True), "geen leerling"),
        (person(kind="teacher"), "Onbekende soort persoon"),
        (lambda: incidents.register_incident(
            db, admin, school_id=school, subjects=[pupil], rules=["A7"],
            category_code="bullying", occurred_on=date(2013, 1, 1), description="x",
            severity=2), "vóór de geboorte"),
        (lambda: incidents.register_incident(
            db, admin, school_id=school, subjects=[pupil], rules=["Q1"],
            category_code="bullying", occurred_on=TODAY, description="x", severity=2),
         "Onbekende protocolregel"),
        (lambda: cases.decide(db, admin, suspension, "suspension", start_on=TODAY,
                              end_on=TODAY + timedelta(days=7)), "ten hoogste een week"),
        (lambda: cases.decide(db, admin, removal, "removal"), "andere school"),
        (lambda: inspector.log_call(
            db, admin, call_case, started_at=datetime.combine(TODAY, datetime.min.time()),
            inspector_name="A. Hendriks", summary="x"), "eerst op de hoogte"),
    ]
    for attempt, message in attempts:
        before = snapshot(db)
        with pytest.raises(CaseManagerError) as info:
            attempt()
        assert message in info.value.message("nl"), info.value.message("nl")
        assert info.value.message("en") and info.value.message("en") != info.value.message("nl")
        assert snapshot(db) == before, message
