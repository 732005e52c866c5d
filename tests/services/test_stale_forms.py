"""Two users at once, for the rest of the forms: a case's decision and closing, the proposal
policy, the legal terms and a letter template. A stale save is refused with who and when, and
nothing is overwritten or audited; reloaded, it saves. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest

from desktop_app.services import accounts, cases, incidents, people, templates
from desktop_app.services import settings as board_settings
from desktop_app.services.database import Actor, Database
from desktop_app.services.versions import StaleRecord
from tests.conftest import NOW, TODAY, row_count
from tests.services.test_versions import head

STALE = "Gewijzigd door Petra HR om 24-11-2026 12:00 — herlaad"


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    second = Database(db.url, clock=lambda: NOW)
    yield second
    second.dispose()


@pytest.fixture
def petra(db: Database, admin: Actor) -> Actor:
    return accounts.create_user(db, admin, "petra", "Petra HR", "administrator")


def _refused(db: Database, action: object) -> None:
    before = head(db)
    with pytest.raises(StaleRecord) as refused:
        action()  # type: ignore[operator]
    assert STALE in refused.value.message("nl")
    assert head(db) == before  # nothing audited, nothing written


def test_stale_policy_and_legal_forms(db: Database, other: Database, admin: Actor,
                                      petra: Actor) -> None:
    key = board_settings.POLICY
    loaded = board_settings.setting_version(other, admin, key)
    policy = board_settings.get_policy(db, admin).to_dict()
    board_settings.set_policy(db, petra, policy, expected_version=loaded)
    _refused(other, lambda: board_settings.set_policy(other, admin, policy,
                                                      expected_version=loaded))
    fresh = board_settings.setting_version(other, admin, key)
    assert fresh == loaded + 1
    board_settings.set_policy(other, admin, policy, expected_version=fresh)

    loaded = board_settings.setting_version(other, admin, board_settings.LEGAL)
    board_settings.set_legal(db, petra, {"cao_article_reprimand": "artikel 11.1a cao po"},
                             expected_version=loaded)
    _refused(other, lambda: board_settings.set_legal(
        other, admin, {"cao_article_reprimand": "artikel 99"}, expected_version=loaded))
    assert board_settings.get_legal(other, admin).cao_article_reprimand == \
        "artikel 11.1a cao po"


def test_stale_template_form(db: Database, other: Database, admin: Actor, petra: Actor) -> None:
    path = templates.list_templates()[0].path
    form_a = templates.get_template(db, petra, path)
    form_b = templates.get_template(other, admin, path)
    assert form_a.version == form_b.version == 0  # the standard text: none stored yet
    saved = templates.save_template(db, petra, path, form_a.text + "\nNieuwe regel.",
                                    expected_version=form_a.version)
    assert saved.version == 1
    _refused(other, lambda: templates.save_template(other, admin, path, "Mijn tekst.",
                                                    expected_version=form_b.version))
    _refused(other, lambda: templates.reset_template(other, admin, path,
                                                     expected_version=form_b.version))
    assert templates.get_template(other, admin, path).text.endswith("Nieuwe regel.")


def test_stale_case_decision_and_close(db: Database, other: Database, admin: Actor,
                                       petra: Actor, school: int, teacher: int) -> None:
    incident = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["C4"],
        category_code="discrediting", occurred_on=TODAY - timedelta(days=3),
        description="Geen disclaimer.", severity=1)
    case_id = incident.cases[0].id
    form_a = cases.show(db, petra, case_id).summary
    form_b = cases.show(other, admin, case_id).summary
    cases.decide(db, petra, case_id, "warning", motivation="Eerste keer.",
                 expected_version=form_a.version)
    decisions = row_count(db.url, "SELECT count(*) FROM measure_decision")
    _refused(other, lambda: cases.decide(other, admin, case_id, "reprimand",
                                         motivation="Anders.", expected_version=form_b.version))
    _refused(other, lambda: cases.close_case(other, admin, case_id,
                                             expected_version=form_b.version))
    assert row_count(db.url, "SELECT count(*) FROM measure_decision") == decisions
    assert cases.show(other, admin, case_id).decision.measure == "warning"  # type: ignore[union-attr]


def test_four_writers_at_once_all_succeed(db: Database, admin: Actor, school: int) -> None:
    """Four programs saving at the same moment: each waits its turn (the write lock is taken
    at BEGIN, with a busy timeout), none fails with "database is locked"."""
    handles = [Database(db.url, clock=lambda: NOW) for _ in range(4)]
    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(n: int) -> None:
        start.wait()
        try:
            for i in range(12):
                people.add_person(handles[n], admin, school_id=school, kind="staff",
                                  first=f"Schrijver{n}", last=f"Nummer{i}")
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for handle in handles:
        handle.dispose()
    assert failures == []
    assert row_count(db.url, "SELECT count(*) FROM person WHERE first_name LIKE 'Schrijver%'") \
        == 48
    with db.sessions() as session:
        from desktop_app.services import audit

        assert audit.verify(session).intact
