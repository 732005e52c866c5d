"""Services against a real SQLite file: registering, proposing, deciding, steps, deadlines."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, update

from desktop_app.db.models import AuditEvent, Case, Incident, MeasureDecision
from desktop_app.domain.dates import short_date
from desktop_app.domain.errors import InvalidInput, RuleViolation
from desktop_app.domain.severity import Severity
from desktop_app.services import cases, deadlines, documents, incidents, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY

REASONS = {"reasons": "Kwetsende berichten over een klasgenoot."}


def register(db: Database, admin: Actor, school: int, subject: int, severity: int = 2,
             days_ago: int = 10, rule: str = "A7", **flags: bool) -> int:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[subject], rules=[rule], category_code="bullying",
        occurred_on=TODAY - timedelta(days=days_ago), description="Pesten in de groepsapp.",
        severity=severity, **flags)
    return info.cases[0].id


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.sessions() as s:
        return (s.scalar(select(func.count(Incident.id))) or 0,
                s.scalar(select(func.count(Case.id))) or 0,
                s.scalar(select(func.count(MeasureDecision.id))) or 0,
                s.scalar(select(func.count(AuditEvent.id))) or 0)


def test_register_opens_one_case_per_subject(db: Database, admin: Actor, school: int,
                                             teacher: int, pupil: int) -> None:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher, pupil], rules=["A7"],
        category_code="insulting", occurred_on=TODAY, description="Ruzie online.",
        axes=Severity(2, 3, 1))
    assert [c.subject_id for c in info.cases] == [teacher, pupil]
    assert all(c.severity == 3 and c.status == "open" for c in info.cases)


def test_propose_gives_reasons_priors_and_similar_cases(db: Database, admin: Actor, school: int,
                                                        pupil: int) -> None:
    other = people.add_person(db, admin, school_id=school, kind="pupil", first="Milan",
                              last="Visser", birth=date(2014, 1, 1)).id
    earlier = register(db, admin, school, other, severity=2, days_ago=100)
    cases.record_step(db, admin, earlier, "hearing", TODAY - timedelta(days=71), "",
                      {"parties": ["pupil", "parents", "teacher"]})
    cases.decide(db, admin, earlier, "suspension", start_on=TODAY - timedelta(days=70),
                 end_on=TODAY - timedelta(days=70), decided_on=TODAY - timedelta(days=71),
                 details={"reasons": "Kwetsende berichten."})
    first = register(db, admin, school, pupil, severity=1, days_ago=50)
    cases.decide(db, admin, first, "warning", decided_on=TODAY - timedelta(days=40))
    case = register(db, admin, school, pupil, severity=2)
    p = cases.propose(db, admin, case)
    assert p.prior_measures == 1
    assert p.measure == "removal"  # suspension + one step for the warning
    assert any("Eerdere maatregelen" in r and "1" in r for r in p.reasons)
    assert [(s.case, s.measure) for s in p.similar][:2] == [(earlier, "suspension"),
                                                            (first, "warning")]
    assert p.similar[0].decided_on == TODAY - timedelta(days=71)


def test_recidivism_a_later_decision_on_a_newer_incident_leaves_the_older_proposal(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    older = register(db, admin, school, teacher, severity=3, days_ago=30)
    newer = register(db, admin, school, teacher, severity=1, days_ago=5)
    cases.propose(db, admin, newer)
    cases.decide(db, admin, newer, "warning")
    again = cases.propose(db, admin, older)
    assert again.prior_measures == 0
    assert again.measure == "suspension"  # staff severity 3, nothing before it
    third = register(db, admin, school, teacher, severity=1, days_ago=1)
    assert cases.propose(db, admin, third).prior_measures == 1  # the warning came before


def test_deviating_decision_needs_motivation_and_refusal_changes_nothing(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = register(db, admin, school, teacher, severity=1)
    before = counts(db)
    with pytest.raises(RuleViolation, match="motivering"):
        cases.decide(db, admin, case, "reprimand")
    # decide computes the proposal itself when none was made, but a refusal rolls it back
    assert counts(db) == before
    cases.propose(db, admin, case)
    d = cases.decide(db, admin, case, "warning")
    assert not d.deviates and d.notices and "geen disciplinaire" in d.notices[0]


def test_pupil_suspension_creates_inspectie_task_until_reported(
        db: Database, admin: Actor, school: int, pupil: int) -> None:
    case = register(db, admin, school, pupil, severity=3, days_ago=5)
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, admin, case, "suspension", start_on=TODAY, end_on=TODAY + timedelta(7),
                     details=REASONS)
    assert info.value.rule_id == "P-S1"
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, admin, case, "suspension", start_on=TODAY, end_on=TODAY + timedelta(2),
                 details=REASONS)
    assert info.value.rule_id == "P-S5"
    cases.record_step(db, admin, case, "hearing", TODAY - timedelta(days=1), "",
                      {"parties": ["pupil", "parents", "teacher"]})
    cases.decide(db, admin, case, "suspension", start_on=TODAY, end_on=TODAY + timedelta(2),
                 details=REASONS)
    due = {(d.case, d.what): d for d in deadlines.open_deadlines(db, admin)}
    task = due[(case, "inspectie_report")]
    assert task.due == TODAY and not task.overdue and task.rule == "P-S3"
    cases.record_step(db, admin, case, "inspectie_report", TODAY, "gemeld via ISD")
    assert (case, "inspectie_report") not in {(d.case, d.what)
                                              for d in deadlines.open_deadlines(db, admin)}


def test_removal_refused_without_receiving_school(db: Database, admin: Actor, school: int,
                                                  pupil: int) -> None:
    case = register(db, admin, school, pupil, severity=4, days_ago=30)
    cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=20))
    cases.record_step(db, admin, case, "hearing", TODAY - timedelta(days=15), "",
                      {"parties": ["parents", "teacher"]})
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, admin, case, "removal")
    assert info.value.rule_id == "P-V4"
    cases.record_step(db, admin, case, "receiving_school", TODAY - timedelta(days=2),
                      data={"school": "SBO De Regenboog", "confirmation": "brief"})
    assert cases.decide(db, admin, case, "removal").measure == "removal"
    detail = cases.show(db, admin, case)
    assert {d.what for d in detail.deadlines} == {"letter_sent", "leerplicht_informed"}


def test_staff_reprimand_waits_for_response_period(db: Database, admin: Actor, school: int,
                                                   teacher: int) -> None:
    case = register(db, admin, school, teacher, severity=2, days_ago=30)
    cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=10),
                      "Delen van persoonsgegevens.")
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, admin, case, "reprimand")
    # 21 days after a Saturday dispatch is a Saturday: the term runs on to Monday (Atw art. 1)
    assert info.value.rule_id == "ST3" and short_date(TODAY + timedelta(days=13)) in str(
        info.value)
    due = [d for d in deadlines.open_deadlines(db, admin) if d.case == case]
    assert [(d.what, d.due) for d in due] == [("response", TODAY + timedelta(days=13))]
    cases.record_step(db, admin, case, "response", TODAY - timedelta(days=1))
    d = cases.decide(db, admin, case, "reprimand")
    assert d.details["grounds"] == "Delen van persoonsgegevens."  # ST4


def test_documents_go_to_the_right_dossier(db: Database, admin: Actor, school: int, teacher: int,
                                           pupil: int, parent: int) -> None:
    doc = documents.NewDocument("note", "Notitie", "notitie.txt", "text/plain", b"hallo")
    staff_doc = documents.file_document(db, admin, teacher, doc)[0]
    parent_doc = documents.file_document(db, admin, parent, doc)[0]
    assert (staff_doc.owner_id, staff_doc.dossier) == (teacher, "personeelsdossier")
    assert (parent_doc.owner_id, parent_doc.dossier) == (pupil, "leerlingendossier")
    assert [d.id for d in documents.list_dossier(db, admin, pupil)] == [parent_doc.id]
    info, data = documents.open_document(db, admin, staff_doc.id)
    assert data == b"hallo" and info.sha256 == staff_doc.sha256


def test_tampered_document_bytes_are_refused(db: Database, admin: Actor, school: int,
                                             teacher: int) -> None:
    from desktop_app.db.models import DocumentContent
    from tests.tamper import outside_the_app

    doc = documents.file_document(db, admin, teacher, documents.NewDocument(
        "note", "Notitie", "n.txt", "text/plain", b"origineel"))[0]
    with outside_the_app(db) as c:  # tampering outside the app, straight in the file
        c.execute(update(DocumentContent).where(DocumentContent.document_id == doc.id)
                  .values(data=b"vervalst"))
    with pytest.raises(RuleViolation, match="beschadigd"):
        documents.open_document(db, admin, doc.id)


def test_evidence_is_listed_in_the_subjects_dossier(db: Database, admin: Actor, school: int,
                                                    teacher: int) -> None:
    case = register(db, admin, school, teacher)
    incident_id = cases.show(db, admin, case).incident.id
    ev = documents.attach_evidence(db, admin, incident_id, "screenshot.png", "image/png",
                                   b"\x89PNG fake")
    assert ev.dossier == "bewijs" and len(ev.sha256) == 64
    assert ev.id in [d.id for d in documents.list_dossier(db, admin, teacher)]


def test_every_change_is_audited_with_actor(db: Database, admin: Actor, school: int,
                                            teacher: int) -> None:
    case = register(db, admin, school, teacher)
    cases.propose(db, admin, case)
    with db.sessions() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.case_id == case)
                           .order_by(AuditEvent.seq)).all()
    assert [e.action for e in events] == ["case.create", "case.assess", "case.propose"]
    assert {e.actor_id for e in events} == {admin.id}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"occurred_on": TODAY + timedelta(days=1)}, "toekomst"),
    ({"rules": ["Z9"]}, "Onbekende protocolregel"),
    ({"category_code": "gossip"}, "Onbekende gedragscategorie"),
    ({"description": ""}, "omschrijving"),
    ({"severity": 7}, "Ernst"),
    ({"rules": ["C1"], "subjects": "pupil"}, "alleen voor medewerkers"),
    ({"occurred_on": date(2010, 1, 1), "subjects": "pupil"}, "vóór de geboorte"),
])
def test_bad_incident_input_names_the_problem_and_changes_nothing(
        db: Database, admin: Actor, school: int, teacher: int, pupil: int,
        kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = dict(school_id=school, subjects=[teacher], rules=["A7"],
                                   category_code="bullying", occurred_on=TODAY,
                                   description="x", severity=2)
    args.update(kwargs)
    if args["subjects"] == "pupil":
        args["subjects"] = [pupil]
    before = counts(db)
    with pytest.raises((InvalidInput, RuleViolation)) as info:
        incidents.register_incident(db, admin, **args)  # type: ignore[arg-type]
    assert message in info.value.message("nl")
    assert info.value.message("en") != info.value.message("nl")
    assert counts(db) == before


def test_parent_cannot_be_linked_to_staff(db: Database, admin: Actor, school: int,
                                          teacher: int) -> None:
    before = counts(db)
    with pytest.raises(RuleViolation, match="geen leerling"):
        people.add_person(db, admin, school_id=school, kind="parent", first="A", last="B",
                          guardian_of=teacher, authority=True)
    assert counts(db) == before
    with db.sessions() as s:
        from desktop_app.db.models import Person
        assert s.scalar(select(func.count(Person.id)).where(Person.first_name == "A")) == 0


def test_people_sorted_the_dutch_way(db: Database, admin: Actor, school: int) -> None:
    for first, prefix, last in (("Jan", "van der", "Berg"), ("Anna", "", "Aalders"),
                                ("Piet", "de", "Boer")):
        people.add_person(db, admin, school_id=school, kind="staff", first=first, prefix=prefix,
                          last=last)
    assert [p.sort_name for p in people.list_people(db, admin)] == [
        "Aalders, Anna", "Berg, Jan van der", "Boer, Piet de"]


def test_incident_list_filters_and_search(db: Database, admin: Actor, school: int, teacher: int,
                                          pupil: int) -> None:
    register(db, admin, school, teacher, severity=2)
    register(db, admin, school, pupil, severity=4, rule="A2")
    rows = incidents.list_incidents(db, admin, incidents.IncidentFilter(search="Bakker"))
    assert [r.subjects for r in rows] == ["Daan Bakker"]
    rows = incidents.list_incidents(db, admin, incidents.IncidentFilter(severity=2))
    assert [r.subjects for r in rows] == ["Jan van der Berg"]
    assert incidents.count_incidents(db, admin) == 2


def test_P_V1_director_without_mandate_cannot_remove(db: Database, admin: Actor, school: int,
                                                     pupil: int) -> None:
    from desktop_app.services import accounts, board

    director = accounts.create_user(db, admin, "directeur", "D. Irecteur", "director",
                                    schools=[school])
    case = register(db, admin, school, pupil, severity=4, days_ago=30)
    for kind, note, data in (("intention", "", {}),
                             ("hearing", "", {"parties": ["parents", "teacher"]}),
                             ("receiving_school", "", {"school": "SBO X"})):
        cases.record_step(db, admin, case, kind, TODAY - timedelta(days=5), note, data)
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, director, case, "removal")
    assert info.value.rule_id == "P-V1"
    board.update_school(db, admin, school, mandate="krachtens mandaatbesluit 2024")
    assert cases.decide(db, director, case, "removal").measure == "removal"


def test_ST4_decision_repeats_the_intention_grounds(db: Database, admin: Actor, school: int,
                                                    teacher: int) -> None:
    case = register(db, admin, school, teacher, severity=2, days_ago=40)
    cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=30),
                      "Plaatste namen van leerlingen online (C1).")
    decision = cases.decide(db, admin, case, "reprimand")
    assert decision.details["grounds"] == "Plaatste namen van leerlingen online (C1)."


def test_a_failed_batch_leaves_nothing_behind(db: Database, admin: Actor, school: int,
                                              teacher: int) -> None:
    before = counts(db)
    with pytest.raises(RuntimeError), db.batch():
        register(db, admin, school, teacher)
        with pytest.raises(InvalidInput):
            register(db, admin, school, teacher, days_ago=-5)  # refused inside the batch
        register(db, admin, school, teacher)
        raise RuntimeError("stop")
    assert counts(db) == before


def test_a_refused_step_inside_a_batch_undoes_only_itself(db: Database, admin: Actor,
                                                          school: int, teacher: int) -> None:
    with db.batch():
        case = register(db, admin, school, teacher)
        with pytest.raises(InvalidInput):
            cases.record_step(db, admin, case, "hearing", TODAY + timedelta(days=3))
        cases.record_step(db, admin, case, "hearing", TODAY)
    assert [s.kind for s in cases.show(db, admin, case).steps] == ["hearing"]


def test_filed_documents_and_audit_events_cannot_be_changed_through_the_app(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    from desktop_app.db.immutability import ImmutableRecordError
    from desktop_app.db.models import Document

    doc = documents.file_document(db, admin, teacher, documents.NewDocument(
        "note", "Notitie", "n.txt", "text/plain", b"x"))[0]
    with pytest.raises(ImmutableRecordError), db.sessions() as s, s.begin():
        s.get(Document, doc.id).title = "anders"  # type: ignore[union-attr]
    with pytest.raises(ImmutableRecordError), db.sessions() as s, s.begin():
        s.delete(s.scalars(select(AuditEvent)).first())
    assert documents.open_document(db, admin, doc.id)[0].title == "Notitie"


def test_concurrent_writers_wait_their_turn(db: Database, admin: Actor, school: int,
                                            teacher: int) -> None:
    """The app writes from the UI thread and a worker thread at once: on SQLite a writer must
    wait for the other, never fail with 'database is locked'."""
    import threading

    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(15):
                register(db, admin, school, teacher)
        except BaseException as error:  # noqa: BLE001 - collected and asserted below
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert incidents.count_incidents(db, admin) == 60
    from desktop_app.services import audit

    with db.sessions() as s:
        assert audit.verify(s).intact


def test_P_S5_P_V3_a_hearing_step_without_parties_is_refused_where_parties_count(
        db: Database, admin: Actor, school: int, pupil: int, teacher: int) -> None:
    case = register(db, admin, school, pupil, severity=3, days_ago=5)
    with pytest.raises(RuleViolation) as info:
        cases.record_step(db, admin, case, "hearing", TODAY - timedelta(days=1), "Gehoord.")
    assert info.value.rule_id == "P-S5" and info.value.field == "parties"
    assert info.value.values["possible"] == ["pupil", "parents", "teacher"]
    assert "wie er is gehoord" in info.value.message_nl
    assert "leerling, ouders, groepsleerkracht" in info.value.message_nl
    assert "who was heard" in info.value.message_en
    assert cases.show(db, admin, case).steps == ()  # nothing recorded
    step = cases.record_step(db, admin, case, "hearing", TODAY - timedelta(days=1), "",
                             {"parties": ["parents", "pupil"]})
    assert step.data["parties"] == ["pupil", "parents"]
    # A staff hearing hears the employee: no parties needed.
    staff_case = register(db, admin, school, teacher, severity=3, days_ago=5)
    assert cases.record_step(db, admin, staff_case, "hearing", TODAY - timedelta(days=1),
                             "Medewerker gehoord.").kind == "hearing"
