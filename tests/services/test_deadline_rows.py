"""Stored open deadlines: always what the domain rules compute, kept in the same transaction."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from desktop_app.db.models import Case
from desktop_app.domain import procedure
from desktop_app.services import cases, deadlines, people, settings
from desktop_app.services.database import Actor, Database
from desktop_app.services.facts import build_facts
from desktop_app.services.settings import legal_settings
from tests.conftest import TODAY, ActAs
from tests.services.test_cases import register


def computed(db: Database) -> list[tuple[int, str, object, str]]:
    """The deadlines the domain rules give for every case that is not closed."""
    with db.sessions() as session:
        ids = list(session.scalars(select(Case.id).where(Case.status != "closed")))
        facts = build_facts(session, ids)
        legal = legal_settings(session)
        return sorted((d.case_id, d.what, d.due, d.rule_id) for i in ids
                      for d in procedure.deadlines(facts[i], legal))


def stored(db: Database, admin: Actor) -> list[tuple[int, str, object, str]]:
    return sorted((d.case, d.what, d.due, d.rule) for d in deadlines.open_deadlines(db, admin))


def test_stored_deadlines_follow_every_change(db: Database, admin: Actor, school: int,
                                              teacher: int, pupil: int) -> None:
    staff_case = register(db, admin, school, teacher, severity=2, days_ago=30)
    pupil_case = register(db, admin, school, pupil, severity=3, days_ago=5)
    cases.record_step(db, admin, staff_case, "intention", TODAY - timedelta(days=10), "Gronden.")
    assert stored(db, admin) == computed(db) != []
    cases.record_step(db, admin, pupil_case, "hearing", TODAY - timedelta(days=1), "",
                      {"parties": ["pupil", "parents", "teacher"]})
    cases.decide(db, admin, pupil_case, "suspension", start_on=TODAY,
                 end_on=TODAY + timedelta(days=2), details={"reasons": "Kwetsende berichten."})
    assert stored(db, admin) == computed(db)
    assert {what for case, what, _, _ in stored(db, admin) if case == pupil_case} == {
        "letter_sent", "inspectie_report", "leerplicht_informed"}
    for kind in ("letter_sent", "inspectie_report", "leerplicht_informed"):
        cases.record_step(db, admin, pupil_case, kind, TODAY)
    assert stored(db, admin) == computed(db)
    assert not [row for row in stored(db, admin) if row[0] == pupil_case]
    cases.close_case(db, admin, pupil_case)
    assert stored(db, admin) == computed(db)


def test_changing_the_legal_terms_moves_the_stored_due_dates(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = register(db, admin, school, teacher, severity=2, days_ago=30)
    cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=10), "Gronden.")
    weeks = settings.get_legal(db, admin).staff_response_weeks
    before = [d.due for d in deadlines.open_deadlines(db, admin) if d.case == case]
    settings.set_legal(db, admin, {"staff_response_weeks": weeks + 1})
    after = [d.due for d in deadlines.open_deadlines(db, admin) if d.case == case]
    assert after == [due + timedelta(weeks=1) for due in before]
    assert stored(db, admin) == computed(db)


def test_overview_shows_the_oldest_overdue_and_the_next_with_totals(
        db: Database, admin: Actor, school: int, teacher: int, pupil: int) -> None:
    for days_ago in (40, 35, 5):
        case = register(db, admin, school, teacher, severity=2, days_ago=days_ago)
        cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=days_ago - 2),
                          "Gronden.")
    every = deadlines.open_deadlines(db, admin)
    today_or_later = [d for d in every if not d.overdue]
    late = [d for d in every if d.overdue]
    overview = deadlines.deadline_overview(db, admin, limit=1)
    assert overview.overdue_total == len(late) and overview.upcoming_total == len(today_or_later)
    assert list(overview.overdue) == late[:1] and list(overview.upcoming) == today_or_later[:1]
    assert len(late) == 2 and len(today_or_later) == 1
    other = deadlines.deadline_overview(db, admin, school_id=school + 1000)
    assert (other.overdue_total, other.upcoming_total) == (0, 0)


def test_the_list_keeps_to_the_schools_and_tasks_asked(
        db: Database, admin: Actor, act_as: ActAs, school: int, bijzonder_school: int,
        teacher: int) -> None:
    other_teacher = people.add_person(db, admin, school_id=bijzonder_school, kind="staff",
                                      first="Els", prefix="", last="Smit", function="leerkracht",
                                      salutation="mevrouw",
                                      address="Kerkstraat 1, 3811 AB Amersfoort")
    ours = register(db, admin, school, teacher, severity=2, days_ago=30)
    theirs = register(db, admin, bijzonder_school, other_teacher.id, severity=2, days_ago=30)
    for case in (ours, theirs):
        cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=10), "Gronden.")
    every = deadlines.open_deadlines(db, admin)
    assert {d.case for d in every} == {ours, theirs}
    assert {d.subject_name for d in every} == {"Jan van der Berg", "Els Smit"}
    director = act_as("director", [school])
    assert deadlines.open_deadlines(db, director) == [d for d in every if d.case == ours]
    assert deadlines.open_deadlines(db, admin, school_id=bijzonder_school) == [
        d for d in every if d.case == theirs]
    assert deadlines.open_deadlines(db, director, school_id=bijzonder_school) == []
    kind = every[0].what
    assert deadlines.open_deadlines(db, admin, kinds=[kind]) == [
        d for d in every if d.what == kind]
    assert deadlines.open_deadlines(db, admin, kinds=["no such task"]) == []
