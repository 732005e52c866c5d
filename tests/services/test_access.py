"""Authorisation in the services (issue 9 item 3): each role sees and changes what it should.

A director asking by id for another school's record gets exactly the answer a missing record
gets, and the refusal is audited; read-only accounts change nothing; restricted records are for
hr, board and administrator. Runs on SQLite and PostgreSQL like every service test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent
from desktop_app.domain.errors import AccessDenied, CaseManagerError, NotFound
from desktop_app.services import (
    accounts,
    board,
    cases,
    consent,
    documents,
    exports,
    incidents,
    inspector,
    letters,
    people,
    settings,
    templates,
)
from desktop_app.services.changes import Kind
from desktop_app.services.database import Actor, Database
from desktop_app.services.documents import NewDocument
from tests.conftest import NOW, TODAY, ActAs

MISSING = 99_999

HEARD = {"parties": ["pupil", "parents", "teacher"]}  # P-S5: heard per party


@dataclass
class World:
    school_a: int
    school_b: int
    teacher: int
    pupil: int
    parent: int
    pupil_case: int
    staff_case: int
    incident: int
    document: int
    evidence: int
    other_pupil: int  # in school B


@pytest.fixture
def world(db: Database, admin: Actor, school: int, bijzonder_school: int, teacher: int,
          pupil: int, parent: int) -> World:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil, teacher], rules=["A7"],
        category_code="bullying", occurred_on=TODAY - timedelta(days=10),
        description="Pesten in de groepsapp.", severity=2, boundary_crossing=False)
    pupil_case, staff_case = (c.id for c in info.cases)
    # An intention sent: the employee's response period is an open deadline (ST3) to list.
    cases.record_step(db, admin, staff_case, "intention", TODAY - timedelta(days=2), "Gronden.")
    inspector.inform_employee(db, admin, staff_case, NOW - timedelta(hours=5), "gesprek")
    inspector.log_call(db, admin, staff_case, started_at=NOW - timedelta(hours=4),
                       inspector_name="A. Hendriks", summary="Overleg.", outcome="no")
    inspector.record_police_report(db, admin, staff_case, reported_on=NOW - timedelta(hours=2),
                                   police_unit="Utrecht", registration_number="PL-1",
                                   reported_by="Directeur")
    doc = documents.file_document(db, admin, teacher, NewDocument(
        "note", "Verslag", "verslag.txt", "text/plain", b"verslag"))[0].id
    evidence = documents.attach_evidence(db, admin, info.id, "chat.txt", "text/plain", b"chat")
    other = people.add_person(db, admin, school_id=bijzonder_school, kind="pupil", first="Eva",
                              last="Smit").id
    return World(school, bijzonder_school, teacher, pupil, parent, pupil_case, staff_case,
                 info.id, doc, evidence.id, other)


def refusals(db: Database) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count(AuditEvent.id))
                            .where(AuditEvent.action == "access.refused")) or 0)


def events(db: Database) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count(AuditEvent.id))) or 0)


# Reading one record by id: (name, call with an id).
Lookup = Callable[[Database, Actor, int], object]
BY_ID: dict[str, tuple[str, Lookup]] = {
    "person": ("teacher", lambda db, a, i: people.get_person(db, a, i)),
    "guardians": ("pupil", lambda db, a, i: people.guardians_of(db, a, i)),
    "incident": ("incident", lambda db, a, i: incidents.get_incident(db, a, i)),
    "case": ("pupil_case", lambda db, a, i: cases.show(db, a, i)),
    "propose": ("pupil_case", lambda db, a, i: cases.propose(db, a, i)),
    "step": ("pupil_case", lambda db, a, i: cases.record_step(db, a, i, "hearing", TODAY, "",
                                                               HEARD)),
    "assess": ("pupil_case", lambda db, a, i: cases.assess(db, a, i, overall=3)),
    "document": ("evidence", lambda db, a, i: documents.open_document(db, a, i)),
    "dossier": ("pupil", lambda db, a, i: documents.list_dossier(db, a, i)),
    "export": ("pupil", lambda db, a, i: exports.export_dossier(db, a, i)),
    "consent": ("pupil", lambda db, a, i: consent.register(db, a, i)),
    "update": ("pupil", lambda db, a, i: people.update_person(db, a, i, group="groep 7")),
    "letter": ("pupil_case", lambda db, a, i: letters.preview_letter(db, a, i, "warning")),
    "school": ("school_a", lambda db, a, i: board.get_school(db, a, i)),
}


@pytest.mark.parametrize("service", sorted(BY_ID))
def test_director_of_another_school_gets_not_found_and_is_audited(
        db: Database, act_as: ActAs, world: World, service: str) -> None:
    attribute, call = BY_ID[service]
    director_b = act_as("director", [world.school_b])
    with pytest.raises(NotFound) as missing:
        call(db, director_b, MISSING)
    before, all_before = refusals(db), events(db)
    with pytest.raises(NotFound) as hidden:
        call(db, director_b, getattr(world, attribute))
    own_id = str(getattr(world, attribute))
    assert hidden.value.message("en") == missing.value.message("en").replace(str(MISSING),
                                                                           own_id)
    assert refusals(db) == before + 1
    assert events(db) == all_before + 1  # the refusal only: nothing else was written


@pytest.mark.parametrize("service", sorted(BY_ID))
def test_director_of_the_school_is_served(db: Database, act_as: ActAs, world: World,
                                          service: str) -> None:
    attribute, call = BY_ID[service]
    director_a = act_as("director", [world.school_a])
    try:
        call(db, director_a, getattr(world, attribute))
    except NotFound:
        pytest.fail(f"{service}: the director of the school was refused")
    except CaseManagerError as error:  # a procedure rule may refuse; access did not
        assert not isinstance(error, AccessDenied), service


Listing = Callable[[Database, Actor], int]
LISTS: dict[str, Listing] = {
    "people": lambda db, a: len(people.list_people(db, a)),
    "incidents": lambda db, a: len(incidents.list_incidents(db, a)),
    "incident count": lambda db, a: incidents.count_incidents(db, a),
    "search": lambda db, a: incidents.count_incidents(db, a, incidents.IncidentFilter(
        search="Bakker")),
    "statistics": lambda db, a: incidents.statistics(db, a).total,
    "cases": lambda db, a: len(cases.list_cases(db, a)),
    "case counts": lambda db, a: sum(cases.count_by_status(db, a).values()),
    "schools": lambda db, a: len(board.list_schools(db, a)),
    "consent": lambda db, a: len(consent.register(db, a)),
}


@pytest.mark.parametrize("listing", sorted(LISTS))
def test_lists_counts_and_charts_hold_only_visible_schools(
        db: Database, admin: Actor, act_as: ActAs, world: World, listing: str) -> None:
    consent.give(db, admin, world.pupil, "website", by_id=world.parent, on=TODAY,
                 how="formulier", form_version="2026-1")
    count = LISTS[listing]
    everything = count(db, admin)
    director_b = act_as("director", [world.school_b])
    director_a = act_as("director", [world.school_a])
    seen_b, seen_a = count(db, director_b), count(db, director_a)
    assert everything > 0
    assert seen_a > 0
    if listing == "schools":
        assert (seen_a, seen_b) == (1, 1)
    elif listing == "people":
        assert (seen_a, seen_b) == (everything - 1, 1)
    else:
        assert seen_b == 0 and seen_a == everything
    for role in ("board", "hr"):
        assert count(db, act_as(role)) == everything


Write = Callable[[Database, Actor, World], object]
WRITES: dict[str, Write] = {
    "add person": lambda db, a, w: people.add_person(db, a, school_id=w.school_a, kind="pupil",
                                                     first="Nieuw", last="Kind"),
    "update person": lambda db, a, w: people.update_person(db, a, w.pupil, group="groep 7"),
    "link guardian": lambda db, a, w: people.link_guardian(db, a, w.parent, w.pupil, False),
    "register incident": lambda db, a, w: incidents.register_incident(
        db, a, school_id=w.school_a, subjects=[w.pupil], rules=["A7"],
        category_code="bullying", occurred_on=TODAY, description="Nog eens."),
    "assess": lambda db, a, w: cases.assess(db, a, w.pupil_case, overall=3),
    "propose": lambda db, a, w: cases.propose(db, a, w.pupil_case),
    "decide": lambda db, a, w: cases.decide(db, a, w.pupil_case, "warning", motivation="x"),
    "step": lambda db, a, w: cases.record_step(db, a, w.pupil_case, "hearing", TODAY, "", HEARD),
    "close": lambda db, a, w: cases.close_case(db, a, w.pupil_case),
    "file": lambda db, a, w: documents.file_document(db, a, w.pupil, NewDocument(
        "note", "N", "n.txt", "text/plain", b"n")),
    "evidence": lambda db, a, w: documents.attach_evidence(db, a, w.incident, "a.txt",
                                                           "text/plain", b"notitie"),
    "letter": lambda db, a, w: letters.generate_letter(db, a, w.pupil_case, "hearing_invite"),
    "consent": lambda db, a, w: consent.give(
        db, a, w.pupil, "website", by_id=w.parent, on=TODAY, how="formulier",
        form_version="1"),
    "inform": lambda db, a, w: inspector.inform_employee(db, a, w.staff_case, NOW, "brief"),
    "police": lambda db, a, w: inspector.record_police_report(
        db, a, w.staff_case, reported_on=NOW, police_unit="U", registration_number="2",
        reported_by="X"),
    "settings": lambda db, a, w: settings.set_legal(db, a, {}),
    "template": lambda db, a, w: templates.reset_template(db, a, "pupil/suspension.txt"),
    "school": lambda db, a, w: board.update_school(db, a, w.school_a, phone="030-1"),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_readonly_changes_nothing(db: Database, act_as: ActAs, world: World,
                                  write: str) -> None:
    reader = act_as("readonly", [world.school_a])
    before = events(db)
    with pytest.raises(AccessDenied):
        WRITES[write](db, reader, world)
    assert events(db) == before + 1  # only the audited refusal


ADMIN_ONLY = ("settings", "template", "school")


@pytest.mark.parametrize("role", ["board", "hr", "director"])
@pytest.mark.parametrize("write", ADMIN_ONLY)
def test_settings_templates_and_schools_are_for_the_administrator(
        db: Database, act_as: ActAs, world: World, role: str, write: str) -> None:
    actor = act_as(role, [world.school_a] if role == "director" else [])
    with pytest.raises(AccessDenied):
        WRITES[write](db, actor, world)


Restricted = Callable[[Database, Actor, World], object]
RESTRICTED: dict[str, Restricted] = {
    "call log": lambda db, a, w: inspector.list_calls(db, a),
    "call log pdf": lambda db, a, w: exports.inspector_log_pdf(db, a),
    "police reports": lambda db, a, w: inspector.police_reports(db, a, w.staff_case),
    "police sheet": lambda db, a, w: exports.police_sheet_pdf(db, a, w.staff_case),
    "log call": lambda db, a, w: inspector.log_call(
        db, a, w.staff_case, started_at=NOW, inspector_name="B", summary="s"),
}


@pytest.mark.parametrize("role", ["administrator", "board", "hr", "director", "readonly"])
@pytest.mark.parametrize("what", sorted(RESTRICTED))
def test_call_log_and_police_reports_only_for_hr_board_administrator(
        db: Database, act_as: ActAs, world: World, role: str, what: str) -> None:
    actor = act_as(role, [world.school_a] if role in ("director", "readonly") else [])
    call = RESTRICTED[what]
    if role in ("director", "readonly"):
        before = refusals(db)
        with pytest.raises(AccessDenied):
            call(db, actor, world)
        assert refusals(db) == before + 1
    else:
        call(db, actor, world)


@pytest.mark.parametrize("role,allowed", [("administrator", True), ("board", True),
                                          ("hr", True), ("director", True),
                                          ("readonly", False)])
def test_personnel_dossier_for_hr_board_and_own_director(
        db: Database, act_as: ActAs, world: World, role: str, allowed: bool) -> None:
    actor = act_as(role, [world.school_a] if role in ("director", "readonly") else [])
    if allowed:
        assert world.document in {d.id for d in documents.list_dossier(db, actor,
                                                                      world.teacher)}
        documents.open_document(db, actor, world.document)
    else:
        with pytest.raises(AccessDenied):
            documents.list_dossier(db, actor, world.teacher)
        with pytest.raises(NotFound):
            documents.open_document(db, actor, world.document)
        shown = cases.show(db, actor, world.staff_case)  # the case, without staff documents
        assert world.document not in {d.id for d in shown.documents}


def test_new_account_needs_schools_for_director(db: Database, admin: Actor) -> None:
    with pytest.raises(CaseManagerError) as info:
        accounts.create_user(db, admin, "dir", "D", "director", "lang-genoeg-wachtwoord")
    assert "school" in info.value.message("en")


# -- change sets ------------------------------------------------------------------------------

def test_a_write_reports_what_changed_and_a_view_reports_nothing(
        db: Database, admin: Actor, world: World) -> None:
    with db.recording() as changed:
        cases.record_step(db, admin, world.pupil_case, "hearing", TODAY, "", HEARD)
    result = changed.result()
    assert result.of(Kind.CASE) == {world.pupil_case}
    assert not result.touches(Kind.PERSON)
    with db.recording() as viewed:
        cases.show(db, admin, world.pupil_case)
        documents.list_dossier(db, admin, world.pupil)
    assert not viewed.result()
    with db.recording() as filed:
        info = documents.file_document(db, admin, world.pupil, NewDocument(
            "note", "N", "n.txt", "text/plain", b"n"))
    assert filed.result().of(Kind.DOCUMENT) == {d.id for d in info}


def test_a_refused_write_reports_no_change(db: Database, act_as: ActAs, world: World) -> None:
    reader = act_as("readonly", [world.school_a])
    with db.recording() as changed, pytest.raises(AccessDenied):
        people.update_person(db, reader, world.pupil, group="x")
    assert not changed.result()
