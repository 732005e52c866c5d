"""The hash-chained audit trail: intact, altered, inserted, removed."""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update

from desktop_app.db.models import AuditEvent, AuditHead
from desktop_app.services import audit, people
from desktop_app.services.database import Actor, Database


def _events(db: Database, admin: Actor, school: int, n: int = 4) -> None:
    for i in range(n):
        people.add_person(db, admin, school_id=school, kind="staff", first=f"P{i}", last="Test")


def _check(db: Database) -> audit.ChainCheck:
    with db.sessions() as s:
        return audit.verify(s)


def test_chain_is_intact_from_the_first_event(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    check = _check(db)
    assert check.intact and check.events >= 7 and "intact" in check.message_nl
    with db.sessions() as s:
        first = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).first()
        assert first is not None and first.prev_hash == audit.GENESIS


def test_altered_event_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with db.sessions() as s, s.begin():
        s.execute(update(AuditEvent).where(AuditEvent.seq == 5).values(action="person.delete"))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (5, "altered")


def test_removed_event_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with db.sessions() as s, s.begin():
        s.execute(delete(AuditEvent).where(AuditEvent.seq == 4))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (4, "removed")


def test_removed_last_event_is_noticed(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with db.sessions() as s, s.begin():
        last = s.scalar(select(AuditHead.seq))
        s.execute(delete(AuditEvent).where(AuditEvent.seq == last))
    check = _check(db)
    assert not check.intact and check.problem == "removed"


def test_inserted_event_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with db.engine.begin() as c:  # tampering straight in the file, outside the app
        c.execute(update(AuditEvent).where(AuditEvent.seq >= 4)
                  .values(seq=AuditEvent.seq + 1000))
        c.execute(update(AuditEvent).where(AuditEvent.seq >= 1000)
                  .values(seq=AuditEvent.seq - 999))
        prev = c.execute(select(AuditEvent.at, AuditEvent.hash)
                         .where(AuditEvent.seq == 3)).one()
        digest = audit.event_hash(4, prev.at, None, "forged", "x", None, None, None, {},
                                  prev.hash)
        c.execute(insert(AuditEvent).values(
            seq=4, at=prev.at, actor_id=None, action="forged", entity="x", entity_id=None,
            person_id=None, case_id=None, details={}, prev_hash=prev.hash, hash=digest))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (4, "inserted")


def test_rehashed_alteration_is_named(db: Database, admin: Actor, school: int) -> None:
    _events(db, admin, school)
    with db.engine.begin() as c:
        row = c.execute(select(AuditEvent).where(AuditEvent.seq == 3)).one()
        digest = audit.event_hash(row.seq, row.at, row.actor_id, "changed", row.entity,
                                  row.entity_id, row.person_id, row.case_id, row.details,
                                  row.prev_hash)
        c.execute(update(AuditEvent).where(AuditEvent.seq == 3)
                  .values(action="changed", hash=digest))
    check = _check(db)
    assert not check.intact and (check.seq, check.problem) == (3, "altered")
