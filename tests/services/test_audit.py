"""The audit trail as evidence: every tampering in issue 9 is named by `audit verify`, on
SQLite and PostgreSQL; the database itself refuses to change or delete events and documents."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import timedelta

import pytest
from sqlalchemy import Connection, delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from desktop_app.db.models import (
    AuditEvent,
    AuditHead,
    Document,
    DocumentContent,
    MeasureDecision,
    Person,
)
from desktop_app.services import audit, audit_key, audit_seals, cases, documents, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY
from tests.services.test_cases import register
from tests.tamper import outside_the_app


def _events(db: Database, admin: Actor, school: int, n: int = 4) -> None:
    for i in range(n):
        people.add_person(db, admin, school_id=school, kind="staff", first=f"P{i}", last="Test")


def _check(db: Database) -> audit.ChainCheck:
    with db.sessions() as s:
        return audit.verify(s, db.url)


def _kinds(check: audit.ChainCheck) -> list[str]:
    return [f.kind for f in check.findings]


def _recompute_from(c: Connection, first: int) -> None:
    """What a forger without the key does: re-hash every event from `first` with SHA-256."""
    prev = c.scalar(select(AuditEvent.hash).where(AuditEvent.seq == first - 1)) or audit.GENESIS
    rows = c.execute(select(AuditEvent).where(AuditEvent.seq >= first)
                     .order_by(AuditEvent.seq)).all()
    for row in rows:
        payload = audit.event_payload(row.seq, row.at, row.actor_id, row.action, row.entity,
                                      row.entity_id, row.person_id, row.case_id, row.details,
                                      prev, row.state_hash)
        digest = hashlib.sha256(payload).hexdigest()
        c.execute(update(AuditEvent).where(AuditEvent.id == row.id)
                  .values(prev_hash=prev, hash=digest))
        prev = digest
    last = c.scalar(select(func.max(AuditEvent.seq))) or 0
    c.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=last, hash=prev))


def test_chain_is_intact_from_the_first_event(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    check = _check(db)
    assert check.intact and check.events >= 7 and "intact" in check.message_nl
    assert check.records >= 5  # the board, the school and four people
    with db.sessions() as s:
        first = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).first()
        assert first is not None and first.prev_hash == audit.GENESIS
        head = s.get(AuditHead, 1)
        assert head is not None and head.key_id == audit_key.key_id(audit_key.load_key())


def test_a_plain_sha256_chain_does_not_verify(db: Database, admin: Actor, school: int) -> None:
    """The chain is keyed: the event hash is not what anyone could compute from the row."""
    _events(db, admin, school, 1)
    with db.sessions() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None and event.state_hash is not None
        plain = hashlib.sha256(audit._payload_of(event)).hexdigest()
        assert event.hash != plain


def test_altered_event_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with outside_the_app(db) as c:
        c.execute(update(AuditEvent).where(AuditEvent.seq == 5).values(action="person.delete"))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (5, "altered")
    assert "gebeurtenis 5 is gewijzigd" in check.message_nl


def test_edit_and_recompute_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with outside_the_app(db) as c:
        c.execute(update(AuditEvent).where(AuditEvent.seq == 4).values(action="person.view"))
        _recompute_from(c, 4)
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (4, "recomputed")
    assert "herberekend zonder de sleutel" in check.message_nl
    assert "recomputed without the key" in check.message_en


def test_delete_and_renumber_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with outside_the_app(db) as c:
        c.execute(delete(AuditEvent).where(AuditEvent.seq == 4))
        c.execute(update(AuditEvent).where(AuditEvent.seq > 4).values(seq=AuditEvent.seq + 1000))
        c.execute(update(AuditEvent).where(AuditEvent.seq > 1000)
                  .values(seq=AuditEvent.seq - 1001))
        _recompute_from(c, 4)
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (4, "recomputed")


def test_removed_event_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with outside_the_app(db) as c:
        c.execute(delete(AuditEvent).where(AuditEvent.seq == 4))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (4, "removed")


def test_removed_last_event_is_noticed(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with outside_the_app(db) as c:
        last = c.scalar(select(AuditHead.seq))
        c.execute(delete(AuditEvent).where(AuditEvent.seq == last))
    check = _check(db)
    assert not check.intact and "removed" in _kinds(check)


def test_inserted_event_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with outside_the_app(db) as c:
        c.execute(update(AuditEvent).where(AuditEvent.seq >= 4)
                  .values(seq=AuditEvent.seq + 1000))
        c.execute(update(AuditEvent).where(AuditEvent.seq >= 1000)
                  .values(seq=AuditEvent.seq - 999))
        prev = c.execute(select(AuditEvent.at, AuditEvent.hash)
                         .where(AuditEvent.seq == 3)).one()
        digest = hashlib.sha256(audit.event_payload(4, prev.at, None, "forged", "x", None, None,
                                                    None, {}, prev.hash, None)).hexdigest()
        c.execute(insert(AuditEvent).values(
            seq=4, at=prev.at, actor_id=None, action="forged", entity="x", entity_id=None,
            person_id=None, case_id=None, details={}, prev_hash=prev.hash, hash=digest))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (4, "inserted")


def test_cut_tail_is_named_by_the_seal(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school, 6)
    db.seal()
    with db.sessions() as s:
        last = s.scalar(select(AuditHead.seq)) or 0
    with outside_the_app(db) as c:  # cut the last three and make the head fit again
        c.execute(delete(AuditEvent).where(AuditEvent.seq > last - 3))
        tip = c.execute(select(AuditEvent.seq, AuditEvent.hash)
                        .order_by(AuditEvent.seq.desc())).first()
        assert tip is not None
        c.execute(update(AuditHead).values(seq=tip.seq, hash=tip.hash))
    check = _check(db)
    assert not check.intact and "truncated" in _kinds(check)
    truncated = next(f for f in check.findings if f.kind == "truncated")
    assert f"{last - 2} t/m {last} ontbreken" in truncated.message_nl


def test_wiped_trail_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    db.seal()
    with outside_the_app(db) as c:
        c.execute(delete(AuditEvent))
        c.execute(delete(AuditHead))
    check = _check(db)
    assert not check.intact and check.problem == "wiped" and check.events == 0
    assert "gewist" in check.message_nl and "wiped" in check.message_en


def test_wiped_trail_is_named_without_a_seal(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    audit_seals.seal_path().unlink(missing_ok=True)
    with outside_the_app(db) as c:
        c.execute(delete(AuditEvent))
        c.execute(delete(AuditHead))
    with db.sessions() as s:
        check = audit.verify(s)  # no seals to compare with at all
    assert not check.intact and check.problem == "wiped"


def test_decision_measure_edited_directly_is_named(db: Database, admin: Actor, school: int,
                                                   pupil: int) -> None:
    case = register(db, admin, school, pupil, severity=1)
    cases.decide(db, admin, case, "warning", decided_on=TODAY - timedelta(days=1))
    assert _check(db).intact
    with db.engine.begin() as c:  # an ordinary table: no trigger needed to tamper
        c.execute(update(MeasureDecision).where(MeasureDecision.case_id == case)
                  .values(measure="suspension"))
    check = _check(db)
    assert not check.intact and (check.problem, check.findings[0].entity,
                                 check.findings[0].entity_id) == ("record_changed", "case", case)
    assert f"Zaak {case} is buiten de applicatie gewijzigd" in check.findings[0].message_nl


def test_person_name_edited_directly_is_named(db: Database, admin: Actor, school: int,
                                              teacher: int) -> None:
    with db.engine.begin() as c:
        c.execute(update(Person).where(Person.id == teacher).values(last_name="Anders"))
    check = _check(db)
    assert not check.intact and [(f.kind, f.entity, f.entity_id) for f in check.findings] == [
        ("record_changed", "person", teacher)]


def test_person_deleted_directly_is_named(db: Database, admin: Actor, school: int) -> None:
    lone = people.add_person(db, admin, school_id=school, kind="staff", first="A", last="B").id
    with db.engine.begin() as c:
        c.execute(delete(Person).where(Person.id == lone))
    check = _check(db)
    assert [(f.kind, f.entity_id) for f in check.findings] == [("record_missing", lone)]


def test_document_bytes_and_stored_hash_edited_are_named(db: Database, admin: Actor,
                                                        school: int, teacher: int) -> None:
    doc = documents.file_document(db, admin, teacher, documents.NewDocument(
        "note", "Notitie", "n.txt", "text/plain", b"origineel"))[0]
    documents.open_document(db, admin, doc.id)  # looking does not bless a later edit
    forged = b"vervalst"
    with outside_the_app(db) as c:
        c.execute(update(DocumentContent).where(DocumentContent.document_id == doc.id)
                  .values(data=forged))
        c.execute(update(Document).where(Document.id == doc.id)
                  .values(sha256=hashlib.sha256(forged).hexdigest(), size=len(forged)))
    assert documents.open_document(db, admin, doc.id)[1] == forged  # the bytes fit their hash
    check = _check(db)
    assert not check.intact and [(f.kind, f.entity, f.entity_id) for f in check.findings] == [
        ("record_changed", "document", doc.id)]


def test_a_chain_checked_with_another_key_says_so(db: Database, admin: Actor, school: int,
                                                  tmp_path: os.PathLike[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _events(db, admin, school, 1)
    other = os.path.join(tmp_path, "board.key")
    with open(other, "w", encoding="ascii") as handle:
        handle.write("ab" * 32)
    monkeypatch.setenv(audit_key.KEY_ENV, other)
    check = _check(db)
    assert not check.intact and check.problem == "wrong_key"


@pytest.mark.parametrize("table", ["audit_event", "document", "document_content"])
def test_the_database_refuses_update_and_delete(db: Database, admin: Actor, teacher: int,
                                                table: str) -> None:
    documents.file_document(db, admin, teacher, documents.NewDocument(
        "note", "Notitie", "n.txt", "text/plain", b"x"))
    column = {"audit_event": "action", "document": "title", "document_content": "data"}[table]
    value = b"y" if table == "document_content" else "anders"
    for statement, params in ((f"UPDATE {table} SET {column} = :v", {"v": value}),
                              (f"DELETE FROM {table}", {})):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as c:
            c.execute(text(statement), params)
    if db.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as c:
            c.execute(text(f"TRUNCATE {table} CASCADE"))
    assert _check(db).intact


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_key_and_seal_files_are_private(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school, 1)
    db.seal()
    for path in (audit_key.key_path(), audit_seals.seal_path()):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(audit_key.key_path().parent.stat().st_mode) == 0o700


def test_seals_are_written_every_n_events_and_at_close(db: Database, admin: Actor,
                                                       school: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_seals, "SEAL_EVERY", 5)
    _events(db, admin, school, 6)
    seals = audit_seals.read_seals(audit_key.load_key(), db.url)
    assert seals and all(s.genuine for s in seals)
    assert [s.count for s in seals] == sorted(s.count for s in seals)
    with db.sessions() as s:
        head = s.scalar(select(AuditHead.seq)) or 0
    db.dispose()
    assert audit_seals.read_seals(audit_key.load_key(), db.url)[-1].count == head
    assert audit_seals.seal_file_contents().count(b"\n") == len(seals) + (
        0 if seals[-1].count == head else 1)


def test_a_forged_seal_line_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school, 1)
    db.seal()
    path = audit_seals.seal_path()
    line = path.read_text(encoding="utf-8").splitlines()[-1].replace('"count":', '"count":9')
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    assert "seal_invalid" in _kinds(_check(db))
