"""A director's lists never hold another school's records (issue 9 item 3): the deadline list
and overview, counts, charts, search, lists and exports, with records in both schools, each
checked by id and by name. And the refusals of the account and audit services per role.
Runs on SQLite and PostgreSQL like every service test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from desktop_app.domain.errors import AccessDenied
from desktop_app.services import (
    accounts,
    audit_trail,
    cases,
    consent,
    deadlines,
    exports,
    incidents,
    people,
)
from desktop_app.services.audit_trail import AuditFilter
from desktop_app.services.database import Actor, Database
from tests.conftest import PASSWORD, TODAY, ActAs
from tests.reports.pdfcheck import flat


@dataclass
class TwoSchools:
    school_a: int
    school_b: int
    pupil_a: int
    pupil_b: int
    case_a: int
    case_b: int
    incident_a: int
    incident_b: int


def _incident(db: Database, admin: Actor, school: int, pupil: int) -> tuple[int, int]:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], rules=["A7"], category_code="bullying",
        occurred_on=TODAY - timedelta(days=5), description="Pesten in de groepsapp.",
        severity=3, boundary_crossing=False)
    case = info.cases[0].id
    # A decided suspension leaves open tasks (the Inspectie report) on the deadline list.
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "suspension", motivation="Ernstig.",
                 start_on=TODAY + timedelta(days=1), end_on=TODAY + timedelta(days=2),
                 no_hearing_reason="Spoed.",
                 details={"education": "Huiswerk.", "reasons": "Een klasgenoot gekwetst."})
    return info.id, case


@pytest.fixture
def two(db: Database, admin: Actor, school: int, bijzonder_school: int) -> TwoSchools:
    pupil_a = people.add_person(db, admin, school_id=school, kind="pupil", first="Anna",
                                last="Akkerman").id
    pupil_b = people.add_person(db, admin, school_id=bijzonder_school, kind="pupil",
                                first="Bram", last="Zwaluw").id
    incident_a, case_a = _incident(db, admin, school, pupil_a)
    incident_b, case_b = _incident(db, admin, bijzonder_school, pupil_b)
    for pupil, school_id in ((pupil_a, school), (pupil_b, bijzonder_school)):
        parent = people.add_person(db, admin, school_id=school_id, kind="parent", first="Ouder",
                                   last="Van Leerling", guardian_of=pupil, authority=True).id
        consent.give(db, admin, pupil, "website", by_id=parent, on=db.today(),
                     how="formulier", form_version="2026-1")
    return TwoSchools(school, bijzonder_school, pupil_a, pupil_b, case_a, case_b,
                      incident_a, incident_b)


def test_a_directors_lists_hold_nothing_of_another_school(
        db: Database, admin: Actor, act_as: ActAs, two: TwoSchools) -> None:
    director = act_as("director", [two.school_a])
    # The administrator sees both schools: the data are there to leak.
    assert {d.case for d in deadlines.open_deadlines(db, admin)} >= {two.case_a, two.case_b}

    due = deadlines.open_deadlines(db, director)
    assert due and {d.case for d in due} == {two.case_a}
    assert all("Zwaluw" not in d.subject_name for d in due)
    overview = deadlines.deadline_overview(db, director)
    shown = overview.overdue + overview.upcoming
    assert {d.case for d in shown} == {two.case_a}
    assert overview.overdue_total + overview.upcoming_total == len(due)
    assert deadlines.open_deadlines(db, director, school_id=two.school_b) == []

    assert {r.id for r in incidents.list_incidents(db, director)} == {two.incident_a}
    assert incidents.count_incidents(db, director) == 1
    for text in ("Zwaluw", "Bram"):  # search by the other school's pupil's name
        search = incidents.IncidentFilter(search=text)
        assert incidents.count_incidents(db, director, search) == 0
        assert incidents.list_incidents(db, director, search) == []
        assert incidents.count_incidents(db, admin, search) == 1
    assert incidents.count_incidents(db, director, incidents.IncidentFilter(
        school_id=two.school_b)) == 0

    stats = incidents.statistics(db, director)
    assert stats.total == 1 and sum(stats.per_month.values()) == 1
    assert sum(stats.per_category.values()) == 1
    assert list(stats.per_school) == ["OBS De Linde"]
    assert incidents.statistics(db, director, school_id=two.school_b).total == 0
    assert sum(cases.count_by_status(db, director).values()) == 1
    assert sum(cases.count_by_status(db, director, school_id=two.school_b).values()) == 0

    assert {c.id for c in cases.list_cases(db, director)} == {two.case_a}
    assert cases.list_cases(db, director, person_id=two.pupil_b) == []
    listed = people.list_people(db, director)
    assert two.pupil_b not in {p.id for p in listed}
    assert all(p.school_id == two.school_a for p in listed)
    assert people.list_people(db, director, school_id=two.school_b) == []
    register = consent.register(db, director)
    assert {r.person for r in register} == {two.pupil_a}

    pdf = flat(exports.export_dossier(db, director, two.pupil_a))
    assert "Akkerman" in pdf and "Zwaluw" not in pdf


ADMIN_SERVICES = {
    "list accounts": lambda db, a, w: accounts.list_users(db, a),
    "add account": lambda db, a, w: accounts.create_user(
        db, a, "nieuw", "Nieuw", "director", PASSWORD, [w.school_a]),
    "reset password": lambda db, a, w: accounts.reset_password(db, a, "admin", PASSWORD + "!"),
    "deactivate": lambda db, a, w: accounts.set_active(db, a, "admin", False),
    "change role": lambda db, a, w: accounts.update_user(db, a, "admin", role_name="readonly",
                                                         schools=[w.school_a]),
}
AUDIT_SERVICES = {
    "trail": lambda db, a, w: audit_trail.list_events(db, a, AuditFilter()),
    "count": lambda db, a, w: audit_trail.count_events(db, a, AuditFilter()),
    "who viewed": lambda db, a, w: audit_trail.who_viewed(db, a, w.pupil_a),
    "csv": lambda db, a, w: audit_trail.export_csv(db, a, AuditFilter()),
    "pdf": lambda db, a, w: audit_trail.export_pdf(db, a, AuditFilter()),
    "verify": lambda db, a, w: audit_trail.verify_trail(db, a),
}
ROLES = ("administrator", "board", "hr", "director", "readonly")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("service", sorted(ADMIN_SERVICES) + sorted(AUDIT_SERVICES))
def test_accounts_and_audit_trail_per_role(db: Database, act_as: ActAs, two: TwoSchools,
                                           role: str, service: str) -> None:
    """Accounts: the administrator only. The trail: administrator and board, HR (staff
    events). Each refusal is an AccessDenied at the service and an audited refused access."""
    actor = act_as(role, [two.school_a] if role in ("director", "readonly") else [])
    call = ADMIN_SERVICES.get(service) or AUDIT_SERVICES[service]
    allowed = role == "administrator" if service in ADMIN_SERVICES else role in (
        "administrator", "board", "hr")
    if allowed:
        if service in ("deactivate", "change role"):  # not one's own, not the last admin
            return
        call(db, actor, two)
        return
    with pytest.raises(AccessDenied):
        call(db, actor, two)
    refused = audit_trail.list_events(db, accounts.actor_for(db), AuditFilter(
        account_id=actor.id, action="access.refused"))
    assert len(refused) == 1
