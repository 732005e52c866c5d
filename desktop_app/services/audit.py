"""The append-only, hash-chained audit trail: writing, verifying and listing events."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent, AuditHead

GENESIS = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def event_hash(seq: int, at: datetime, actor_id: int | None, action: str, entity: str,
               entity_id: int | None, person_id: int | None, case_id: int | None,
               details: dict[str, Any], prev_hash: str) -> str:
    payload = json.dumps(
        [seq, at.isoformat(timespec="seconds"), actor_id, action, entity, entity_id, person_id,
         case_id, details, prev_hash],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(session: Session, at: datetime, actor_id: int | None, action: str, entity: str,
           entity_id: int | None, person_id: int | None, case_id: int | None,
           details: dict[str, Any]) -> AuditEvent:
    """Append one event; locking the head row keeps the chain linear on every backend."""
    at = at.replace(microsecond=0)
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).first()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
    clean = _jsonable(details)
    seq = head.seq + 1
    digest = event_hash(seq, at, actor_id, action, entity, entity_id, person_id, case_id, clean,
                        head.hash)
    event = AuditEvent(seq=seq, at=at, actor_id=actor_id, action=action, entity=entity,
                       entity_id=entity_id, person_id=person_id, case_id=case_id, details=clean,
                       prev_hash=head.hash, hash=digest)
    session.add(event)
    head.seq = seq
    head.hash = digest
    session.flush()
    return event


@dataclass(frozen=True)
class ChainCheck:
    intact: bool
    events: int
    seq: int | None = None
    problem: str = ""  # altered | inserted | removed
    message_nl: str = ""
    message_en: str = ""


def verify(session: Session) -> ChainCheck:
    """Walk the chain once; name the first event that was altered, inserted or removed."""
    expected_seq = 1
    expected_prev = GENESIS
    before_prev = ""
    count = 0
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for event in rows.yield_per(2000):
        count += 1
        own_ok = event.hash == event_hash(
            event.seq, event.at, event.actor_id, event.action, event.entity, event.entity_id,
            event.person_id, event.case_id, event.details, event.prev_hash)
        if event.seq > expected_seq:
            return _broken("removed", expected_seq, count)
        if event.prev_hash != expected_prev:
            if before_prev and event.prev_hash == before_prev:
                return _broken("inserted", event.seq - 1, count)  # the one before fits nowhere
            if not own_ok:
                return _broken("removed", event.seq, count)  # renumbered after a removal
            return _broken("altered", event.seq - 1, count)  # the one before was re-hashed
        if not own_ok:
            return _broken("altered", event.seq, count)
        before_prev = expected_prev
        expected_prev = event.hash
        expected_seq = event.seq + 1
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != expected_prev):
        return _broken("removed", expected_seq, count)
    return ChainCheck(True, count, message_nl=f"Audittrail intact ({count} gebeurtenissen).",
                      message_en=f"Audit trail intact ({count} events).")


def _broken(kind: str, seq: int, count: int) -> ChainCheck:
    nl = {"altered": "gewijzigd", "inserted": "ingevoegd", "removed": "verwijderd"}[kind]
    return ChainCheck(
        False, count, seq, kind,
        f"Audittrail NIET intact: gebeurtenis {seq} is {nl}.",
        f"Audit trail NOT intact: event {seq} was {kind}.",
    )


def list_events(session: Session, person_id: int | None = None, case_id: int | None = None,
                limit: int = 500) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if person_id is not None:
        query = query.where(or_(AuditEvent.person_id == person_id))
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    return list(session.scalars(query))
