"""Retention and destruction (law R5.1-R5.3, R5.8): what is due, holds, a real destruction
with its report, and an audit trail that still verifies."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from desktop_app.db.models import Document, DocumentContent, Person
from desktop_app.domain.errors import AccessDenied, InvalidInput, NotFound, RuleViolation
from desktop_app.services import audit, audit_trail, documents, incidents, people, retention
from desktop_app.services.database import Actor, Database
from desktop_app.services.documents import NewDocument

from ..conftest import ActAs


def _leave(db: Database, admin: Actor, person: int, day: date) -> None:
    people.update_person(db, admin, person, left_on=day)


def _incident(db: Database, admin: Actor, school: int, subject: int, text_: str) -> int:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[subject], rules=["A7"],
        category_code="bullying", occurred_on=date(2024, 3, 1), reported_on=date(2024, 3, 2),
        description=text_, axes=None, severity=None)
    return info.id


@pytest.fixture
def leaver(db: Database, admin: Actor, school: int, pupil: int) -> int:
    """A pupil who left on 1 September 2024 with an incident and a letter in the dossier."""
    _incident(db, admin, school, pupil, "Daan Bakker zette een nepaccount op: uniekwoordxyz")
    documents.file_document(db, admin, pupil, NewDocument(
        "letter", "Brief aan ouders", "brief.txt", "text/plain", b"geheime inhoud 4711"))
    _leave(db, admin, pupil, date(2024, 9, 1))
    return pupil


def test_R5_1_pupil_dossier_due_two_years_after_leaving(db: Database, admin: Actor,
                                                        leaver: int) -> None:
    [row] = retention.due(db, admin)
    assert (row.person, row.dossier, row.destroy_on, row.rule, row.hold) == (
        leaver, "leerlingendossier", date(2026, 9, 1), "R5.1-LL", False)


def test_R5_1_not_due_before_the_term_and_the_term_is_a_setting(
        db: Database, admin: Actor, leaver: int) -> None:
    from desktop_app.services import settings

    settings.set_legal(db, admin, {"retention_pupil_months": 36})
    assert retention.due(db, admin) == []
    [row] = retention.retention_list(db, admin, only_due=False)
    assert row.destroy_on == date(2027, 9, 1) and not row.due
    # The processing register prints the same term destruction just applied.
    from desktop_app.services import board_reports
    from tests.reports import pdfcheck

    register = pdfcheck.flat(board_reports.processing_register_pdf(db, admin))
    assert "36 maanden nadat de leerling de school verliet" in register


def test_left_on_in_the_future_is_refused_and_can_be_cleared(db: Database, admin: Actor,
                                                             pupil: int) -> None:
    with pytest.raises(InvalidInput):
        people.update_person(db, admin, pupil, left_on=date(2027, 1, 1))
    _leave(db, admin, pupil, date(2024, 1, 1))
    people.update_person(db, admin, pupil, left_on=None)
    assert people.get_person(db, admin, pupil).left_on is None


def test_R5_3_hold_blocks_destruction_until_released(db: Database, admin: Actor,
                                                     leaver: int) -> None:
    with pytest.raises(InvalidInput):
        retention.hold(db, admin, leaver, "  ")
    retention.hold(db, admin, leaver, "Lopend geschil bij de rechter")
    [row] = retention.due(db, admin)
    assert row.hold and row.hold_reason == "Lopend geschil bij de rechter"
    result = retention.destroy(db, admin)
    assert result.destroyed == () and result.held == (leaver,) and result.report is None
    assert people.get_person(db, admin, leaver).id == leaver
    retention.release(db, admin, leaver)
    assert retention.destroy(db, admin).destroyed == (leaver,)


def test_R5_4_archive_law_flag_keeps_the_dossier_until_lifted(
        db: Database, admin: Actor, leaver: int) -> None:
    with pytest.raises(InvalidInput):
        retention.archive(db, admin, leaver, " ")
    retention.archive(db, admin, leaver, "Besluit verlof Leerplichtwet art. 11")
    [row] = retention.due(db, admin)
    assert row.archive and not row.hold and row.kept
    assert row.archive_reason == "Besluit verlof Leerplichtwet art. 11"
    result = retention.destroy(db, admin)
    assert result.destroyed == () and result.archived == (leaver,) and result.report is None
    assert people.get_person(db, admin, leaver).id == leaver
    retention.unarchive(db, admin, leaver, "selectielijst PO vastgesteld")
    assert leaver in retention.destroy(db, admin).destroyed
    events = audit_trail.list_events(db, admin, audit_trail.AuditFilter(
        action="retention.archive"))
    assert [e.entity_id for e in events] == [leaver]


def test_R5_3_a_hold_is_re_worded_and_lifting_what_is_not_there_is_refused(
        db: Database, admin: Actor, leaver: int) -> None:
    """Holding again changes the reason (one hold, two audit events); releasing a hold, or
    lifting an Archiefwet flag, that the person does not have is refused by its rule."""
    retention.hold(db, admin, leaver, "Klacht ingediend")
    retention.hold(db, admin, leaver, "Bezwaar loopt")
    [row] = retention.due(db, admin)
    assert row.hold and row.hold_reason == "Bezwaar loopt"
    events = audit_trail.list_events(db, admin, audit_trail.AuditFilter(
        action="retention.hold"))
    assert [e.entity_id for e in events] == [leaver, leaver]
    retention.release(db, admin, leaver, "afgerond")
    with pytest.raises(RuleViolation) as refused:
        retention.release(db, admin, leaver)
    assert refused.value.rule_id == "R5.3"
    with pytest.raises(RuleViolation) as refused:
        retention.unarchive(db, admin, leaver)
    assert refused.value.rule_id == "R5.4"
    [row] = retention.due(db, admin)
    assert not row.hold and not row.archive


def test_R5_3_hold_set_while_confirming_wins(db: Database, admin: Actor, leaver: int) -> None:
    shown = [r.person for r in retention.due(db, admin)]  # the list the user confirms
    retention.hold(db, admin, leaver, "Klacht ingediend")  # meanwhile, someone else
    result = retention.destroy(db, admin, confirmed=shown)
    assert result.destroyed == () and result.held == (leaver,)
    assert people.get_person(db, admin, leaver).id == leaver


def test_R5_2_destruction_deletes_for_real_and_files_a_report(
        db: Database, admin: Actor, leaver: int, parent: int) -> None:
    with db.sessions() as s:
        doc_ids = set(s.scalars(select(Document.id).where(Document.owner_id == leaver)))
    assert doc_ids
    result = retention.destroy(db, admin)
    # The parent (no leaving date of their own) follows the child who left.
    assert set(result.destroyed) == {leaver, parent} and result.report is not None
    with db.sessions() as s:
        assert s.get(Person, leaver) is None
        assert not set(s.scalars(select(Document.id).where(Document.id.in_(doc_ids))))
        assert not s.scalar(select(func.count()).select_from(DocumentContent).where(
            DocumentContent.document_id.in_(doc_ids)))
        report = s.get(Document, result.report)
        assert report is not None and report.owner_id is None
        assert report.dossier == "vernietigingsverslag"
    assert people.list_people(db, admin, search="Bakker") == []
    _info, pdf = documents.open_document(db, admin, result.report)
    from tests.reports.pdfcheck import flat

    report_text = flat(pdf)
    assert "Vernietigingsverslag" in report_text and "R5.1-LL" in report_text
    assert "Beheerder" in report_text and str(leaver) in report_text
    assert "Bakker" not in report_text and "uniekwoordxyz" not in report_text
    check = audit_trail.verify_trail(db, admin)
    assert check.intact, check.message_en
    events = audit_trail.list_events(db, admin, audit_trail.AuditFilter(
        action="retention.destroy"))
    assert {(e.entity, e.entity_id) for e in events} >= {("person", leaver)}
    assert all("uniekwoordxyz" not in str(e.details) for e in events)


def test_R5_2_destruction_takes_the_consent_register_with_it(
        db: Database, admin: Actor, leaver: int, parent: int) -> None:
    from desktop_app.db.models import ConsentReview, ConsentStatement
    from desktop_app.services import consent

    consent.give(db, admin, leaver, "website", by_id=parent, on=date(2024, 1, 10),
                 how="papieren formulier")
    consent.withdraw(db, admin, leaver, "website", by_id=parent, on=date(2024, 2, 1),
                     how="mail", follow_up="foto van de website gehaald")
    consent.review(db, admin, leaver, by_id=parent, on=date(2024, 3, 1), how="ouderavond")
    assert set(retention.destroy(db, admin).destroyed) == {leaver, parent}
    with db.sessions() as s:
        for model in (ConsentStatement, ConsentReview):
            assert not s.scalar(select(func.count()).select_from(model).where(
                model.person_id == leaver)), model.__tablename__
        assert not s.scalar(select(func.count()).select_from(ConsentStatement).where(
            ConsentStatement.given_by_id == parent))
    check = audit_trail.verify_trail(db, admin)
    assert check.intact, check.message_en


@pytest.mark.sqlite_only
def test_destroyed_bytes_leave_the_sqlite_file(db: Database, admin: Actor, leaver: int,
                                               db_path) -> None:  # type: ignore[no-untyped-def]
    assert retention.destroy(db, admin).vacuumed
    db.dispose()
    raw = db_path.read_bytes()
    assert b"geheime inhoud 4711" not in raw and b"uniekwoordxyz" not in raw
    with db.engine.connect() as c:
        hits = c.execute(text("SELECT count(*) FROM incident_search WHERE incident_search "
                              "MATCH 'uniekwoordxyz'")).scalar()
    assert hits == 0


def test_normal_writes_still_cannot_delete_documents(db: Database, admin: Actor,
                                                     leaver: int) -> None:
    with db.sessions() as s:
        doc_id = s.scalars(select(Document.id)).first()
    with pytest.raises(Exception, match="refused"), db.engine.begin() as c:
        c.execute(text("DELETE FROM document_content WHERE document_id = :i"), {"i": doc_id})
    with pytest.raises(Exception, match="refused"), db.engine.begin() as c:
        c.execute(text("DELETE FROM audit_event"))


def test_audit_verify_still_catches_a_deletion_outside_the_app(
        db: Database, admin: Actor, leaver: int, teacher: int) -> None:
    from tests.tamper import outside_the_app

    retention.destroy(db, admin)
    with outside_the_app(db) as c:
        c.execute(text("DELETE FROM person WHERE id = :i"), {"i": teacher})
    with db.sessions() as s:
        check = audit.verify(s)
    assert not check.intact and check.findings[0].kind == "record_missing"


def test_only_privacy_officers_see_and_destroy(db: Database, admin: Actor, act_as: ActAs,
                                               school: int, leaver: int) -> None:
    director = act_as("director", [school])
    hr = act_as("hr")
    for actor in (director, hr):
        with pytest.raises(AccessDenied):
            retention.due(db, actor)
        with pytest.raises(AccessDenied):
            retention.destroy(db, actor)
    board = act_as("board")
    assert [r.person for r in retention.due(db, board)] == [leaver]


def test_hold_on_an_unknown_person_is_not_found(db: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        retention.hold(db, admin, 999, "reden")


def test_parent_with_letters_in_a_kept_dossier_stays(db: Database, admin: Actor,
                                                     school: int, pupil: int,
                                                     parent: int) -> None:
    from desktop_app.services.database import Transaction  # noqa: F401

    with db.transaction(admin) as tx:
        pupil_row = tx.session.get(Person, pupil)
        documents.file_in(tx, pupil_row, NewDocument("letter", "Brief", "b.txt", "text/plain",
                                                     b"brief aan moeder"),
                          recipient_id=parent)
    _leave(db, admin, parent, date(2023, 1, 1))
    result = retention.destroy(db, admin)
    assert result.destroyed == () and result.blocked == (parent,)
    assert people.get_person(db, admin, parent).id == parent


def test_a_table_a_later_feature_adds_does_not_keep_destroyed_data_alive(
        db: Database, admin: Actor, leaver: int, teacher: int) -> None:
    """Other branches add tables that point at people; destruction clears or deletes those
    references instead of failing on their foreign keys."""
    from sqlalchemy import Column, ForeignKey, Integer, Table

    from desktop_app.db.base import Base

    extra = Table("later_feature", Base.metadata,
                  Column("id", Integer, primary_key=True),
                  Column("person_id", ForeignKey("person.id"), nullable=False),
                  Column("noted_by", ForeignKey("person.id"), nullable=True))
    try:
        extra.create(db.engine)
        with db.engine.begin() as c:
            c.execute(extra.insert(), [{"id": 1, "person_id": leaver, "noted_by": None},
                                       {"id": 2, "person_id": teacher, "noted_by": leaver}])
        assert retention.destroy(db, admin).destroyed == (leaver,)
        with db.engine.connect() as c:
            assert c.execute(select(extra.c.id, extra.c.noted_by)).all() == [(2, None)]
    finally:
        Base.metadata.remove(extra)
        with db.engine.begin() as c:
            c.execute(text("DROP TABLE IF EXISTS later_feature"))


def test_a_reused_id_after_destruction_is_checked_again(db: Database, admin: Actor,
                                                        school: int, leaver: int) -> None:
    """SQLite may hand a destroyed person's number to the next person: that person's record
    is compared again, so an edit outside the application is still found."""
    from tests.tamper import outside_the_app

    retention.destroy(db, admin)
    newcomer = people.add_person(db, admin, school_id=school, kind="pupil", first="Lotte",
                                 last="Jansen").id
    assert audit_trail.verify_trail(db, admin).intact
    with outside_the_app(db) as c:
        c.execute(text("UPDATE person SET last_name = 'Vervalst' WHERE id = :i"),
                  {"i": newcomer})
    with db.sessions() as s:
        check = audit.verify(s)
    assert not check.intact and check.findings[0].kind == "record_changed"
