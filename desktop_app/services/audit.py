"""The append-only audit trail: each event HMAC-chained to the one before with a key kept
outside the database, carrying the hash of the record state it describes."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent, AuditHead, Board, Person, School
from . import audit_state
from .audit_key import AuditKeyMissing, key_id, key_path, load_key
from .audit_seals import Seal, read_seals, since_last_restore

GENESIS = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(frozen=True)
class NewEvent:
    """An event as a service states it; it joins the chain when its transaction ends."""

    at: datetime
    actor_id: int | None
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    case_id: int | None
    details: dict[str, Any]


def _fields(seq: int, at: datetime, actor_id: int | None, action: str, entity: str,
            entity_id: int | None, person_id: int | None, case_id: int | None,
            details: dict[str, Any], prev_hash: str) -> list[Any]:
    return [seq, at.isoformat(timespec="seconds"), actor_id, action, entity, entity_id,
            person_id, case_id, details, prev_hash]


def _dump(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def legacy_hash(seq: int, at: datetime, actor_id: int | None, action: str, entity: str,
                entity_id: int | None, person_id: int | None, case_id: int | None,
                details: dict[str, Any], prev_hash: str) -> str:
    """The unkeyed SHA-256 of databases from before revision 0005 (and of a forger)."""
    return hashlib.sha256(_dump(_fields(seq, at, actor_id, action, entity, entity_id, person_id,
                                        case_id, details, prev_hash))).hexdigest()


def event_payload(seq: int, at: datetime, actor_id: int | None, action: str, entity: str,
                  entity_id: int | None, person_id: int | None, case_id: int | None,
                  details: dict[str, Any], prev_hash: str, state_hash: str | None) -> bytes:
    return _dump(_fields(seq, at, actor_id, action, entity, entity_id, person_id, case_id,
                         details, prev_hash) + [state_hash])


def event_hash(key: bytes, payload: bytes) -> str:
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _payload_of(event: AuditEvent) -> bytes:
    return event_payload(event.seq, event.at, event.actor_id, event.action, event.entity,
                         event.entity_id, event.person_id, event.case_id, event.details,
                         event.prev_hash, event.state_hash)


def append_all(session: Session, events: list[NewEvent]) -> tuple[int, str]:
    """Chain a transaction's events after its changes are flushed, so each carries the state
    its record has when the transaction commits. Locking the head keeps the chain linear."""
    session.flush()
    wanted: dict[str, set[int]] = {}
    for e in events:
        if e.entity_id is not None and audit_state.describes_state(e.action, e.entity,
                                                                   e.entity_id):
            wanted.setdefault(e.entity, set()).add(e.entity_id)
    states = {(kind, i): h for kind, ids in wanted.items()
              for i, h in audit_state.state_hashes(session, kind, ids).items()}
    key = load_key()
    head = session.scalars(select(AuditHead).where(AuditHead.id == 1).with_for_update()).first()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS, key_id=key_id(key))
        session.add(head)
    elif head.key_id is None:
        head.key_id = key_id(key)
    for e in events:
        at = e.at.replace(microsecond=0)
        details = _jsonable(e.details)
        state = (states.get((e.entity, e.entity_id)) if e.entity_id is not None
                 and audit_state.describes_state(e.action, e.entity, e.entity_id) else None)
        seq = head.seq + 1
        digest = event_hash(key, event_payload(seq, at, e.actor_id, e.action, e.entity,
                                               e.entity_id, e.person_id, e.case_id, details,
                                               head.hash, state))
        session.add(AuditEvent(seq=seq, at=at, actor_id=e.actor_id, action=e.action,
                               entity=e.entity, entity_id=e.entity_id, person_id=e.person_id,
                               case_id=e.case_id, details=details, prev_hash=head.hash,
                               hash=digest, state_hash=state))
        head.seq = seq
        head.hash = digest
    session.flush()
    return head.seq, head.hash


# ---- verification ---------------------------------------------------------------------------

KIND_NL = {"person": "persoon", "case": "zaak", "document": "document", "incident": "incident",
           "consent": "toestemming", "consent_statement": "toestemmingskeuze",
           "consent_review": "toestemmingsherziening", "inspector_call": "inspectiegesprek",
           "police_report": "aangifte", "school": "school", "board": "bestuur"}


@dataclass(frozen=True)
class Finding:
    """One thing verification found, worded for both front ends."""

    kind: str  # altered|inserted|removed|recomputed|truncated|wiped|record_changed|...
    seq: int | None
    message_nl: str
    message_en: str
    entity: str = ""
    entity_id: int | None = None


@dataclass(frozen=True)
class ChainCheck:
    intact: bool
    events: int
    seq: int | None = None
    problem: str = ""
    message_nl: str = ""
    message_en: str = ""
    findings: tuple[Finding, ...] = field(default=())
    records: int = 0  # record states compared
    seals: int = 0  # genuine seals compared


def _chain_finding(kind: str, seq: int) -> Finding:
    nl = {"altered": f"gebeurtenis {seq} is gewijzigd",
          "inserted": f"gebeurtenis {seq} is ingevoegd",
          "removed": f"gebeurtenis {seq} is verwijderd",
          "recomputed": f"de keten is vanaf gebeurtenis {seq} herberekend zonder de sleutel "
                        "(herschreven)"}[kind]
    en = {"altered": f"event {seq} was altered", "inserted": f"event {seq} was inserted",
          "removed": f"event {seq} was removed",
          "recomputed": f"the chain was recomputed without the key from event {seq} on "
                        "(rewritten)"}[kind]
    return Finding(kind, seq, nl[0].upper() + nl[1:] + ".", en[0].upper() + en[1:] + ".")


def _forged(event: AuditEvent) -> bool:
    """Does the stored hash fit a chain someone recomputed without the key?"""
    plain = hashlib.sha256(_payload_of(event)).hexdigest()
    return event.hash in (plain, legacy_hash(
        event.seq, event.at, event.actor_id, event.action, event.entity, event.entity_id,
        event.person_id, event.case_id, event.details, event.prev_hash))


def _walk(session: Session, key: bytes) -> Finding | None:
    """Walk the chain once; the first event altered, inserted, removed or recomputed."""
    expected_seq, expected_prev, before_prev = 1, GENESIS, ""
    suspect: AuditEvent | None = None  # forged but linked: inserted, or the start of a rewrite
    rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
    for event in rows.yield_per(2000):
        if suspect is not None:
            kind = "inserted" if event.prev_hash == suspect.prev_hash else "recomputed"
            return _chain_finding(kind, suspect.seq)
        own_ok = hmac.compare_digest(event.hash, event_hash(key, _payload_of(event)))
        if event.seq > expected_seq:
            return _chain_finding("removed", expected_seq)
        if event.prev_hash != expected_prev:
            if before_prev and event.prev_hash == before_prev:
                return _chain_finding("inserted", event.seq - 1)
            if not own_ok:
                kind = "recomputed" if _forged(event) else "removed"
                return _chain_finding(kind, event.seq)
            return _chain_finding("altered", event.seq - 1)
        if not own_ok:
            if _forged(event):
                suspect = event
                continue
            return _chain_finding("altered", event.seq)
        before_prev = expected_prev
        expected_prev = event.hash
        expected_seq = event.seq + 1
    if suspect is not None:
        return _chain_finding("recomputed", suspect.seq)
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != expected_seq - 1 or head.hash != expected_prev):
        return _chain_finding("removed", expected_seq)
    return None


def _seal_findings(session: Session, seals: list[Seal], count: int,
                   last_seq: int) -> list[Finding]:
    found: list[Finding] = []
    forged = [s for s in seals if not s.genuine]
    if forged:
        found.append(Finding(
            "seal_invalid", None,
            f"{len(forged)} zegel(s) in het zegelbestand kloppen niet met de sleutel.",
            f"{len(forged)} seal(s) in the seal file do not match the key."))
    genuine = [s for s in seals if s.genuine]
    if not genuine:
        return found
    latest = max(genuine, key=lambda s: s.count)
    if count == 0 and latest.count > 0:
        found.append(Finding(
            "wiped", None,
            f"De audittrail is gewist: het zegel van {latest.at} telde {latest.count} "
            "gebeurtenissen, de database heeft er geen.",
            f"The audit trail was wiped: the seal of {latest.at} counted {latest.count} "
            "events, the database holds none."))
        return found
    if last_seq < latest.count:
        found.append(Finding(
            "truncated", last_seq + 1,
            f"De staart is afgeknipt: gebeurtenissen {last_seq + 1} t/m {latest.count} "
            f"ontbreken (zegel van {latest.at}).",
            f"The tail was cut: events {last_seq + 1} to {latest.count} are missing "
            f"(seal of {latest.at})."))
    sealed: dict[int, str] = {}
    counts = sorted({s.count for s in genuine})
    for start in range(0, len(counts), 500):
        sealed.update(session.execute(select(AuditEvent.seq, AuditEvent.hash).where(
            AuditEvent.seq.in_(counts[start:start + 500]))).tuples().all())
    for seal in sorted(genuine, key=lambda s: s.count):
        if seal.count in sealed and sealed[seal.count] != seal.head:
            found.append(Finding(
                "resealed", seal.count,
                f"Gebeurtenis {seal.count} wijkt af van het zegel van {seal.at}: de keten is "
                "herschreven.",
                f"Event {seal.count} differs from the seal of {seal.at}: the chain was "
                "rewritten."))
            break
    return found


DESTROY_ACTION = "retention.destroy"


def _destroyed(session: Session) -> dict[tuple[str, int], int]:
    """Records a destruction run removed, with the event that says so: a record whose last
    state-bearing event precedes its destruction event is not missing but destroyed. The
    events themselves are chained with the key, so nobody can add one after the fact."""
    rows = session.execute(select(AuditEvent.entity, AuditEvent.entity_id,
                                  func.max(AuditEvent.seq))
                           .where(AuditEvent.action == DESTROY_ACTION)
                           .group_by(AuditEvent.entity, AuditEvent.entity_id)).all()
    return {(entity, entity_id): seq for entity, entity_id, seq in rows if entity_id is not None}


def _record_findings(session: Session) -> tuple[int, list[Finding]]:
    """Recompute the state of each record's last state-bearing event and compare."""
    last = (select(AuditEvent.entity, AuditEvent.entity_id,
                   func.max(AuditEvent.seq).label("seq"))
            .where(AuditEvent.state_hash.is_not(None)).group_by(AuditEvent.entity,
                                                                  AuditEvent.entity_id)
            .subquery())
    rows = session.execute(
        select(AuditEvent.entity, AuditEvent.entity_id, AuditEvent.seq, AuditEvent.state_hash)
        .join(last, AuditEvent.seq == last.c.seq)).all()
    destroyed = _destroyed(session)
    by_kind: dict[str, dict[int, tuple[int, str]]] = {}
    for entity, entity_id, seq, state in rows:
        if entity in audit_state.KINDS and entity_id is not None:
            if destroyed.get((entity, entity_id), 0) > seq:
                continue  # removed by a recorded destruction run (retention, R5.2)
            by_kind.setdefault(entity, {})[entity_id] = (seq, state)
    found: list[Finding] = []
    compared = 0
    for kind in sorted(by_kind):
        recorded = by_kind[kind]
        current = audit_state.state_hashes(session, kind, recorded)
        for record_id in sorted(recorded):
            compared += 1
            seq, state = recorded[record_id]
            now = current.get(record_id)
            if now == state:
                continue
            nl_kind, what = KIND_NL.get(kind, kind), f"{kind} {record_id}"
            if now is None:
                found.append(Finding(
                    "record_missing", seq,
                    f"{nl_kind.capitalize()} {record_id} is buiten de applicatie verwijderd "
                    f"(laatst vastgelegd in gebeurtenis {seq}).",
                    f"{what.capitalize()} was deleted outside the application (last recorded "
                    f"in event {seq}).", kind, record_id))
            else:
                found.append(Finding(
                    "record_changed", seq,
                    f"{nl_kind.capitalize()} {record_id} is buiten de applicatie gewijzigd "
                    f"(laatst vastgelegd in gebeurtenis {seq}).",
                    f"{what.capitalize()} was changed outside the application (last recorded "
                    f"in event {seq}).", kind, record_id))
    return compared, found


def verify(session: Session, url: str | None = None) -> ChainCheck:
    """Check the chain with this PC's key, the seals written for this database (when its URL
    is given) and the state of every audited record; name everything found."""
    findings: list[Finding] = []
    count = session.scalar(select(func.count(AuditEvent.id))) or 0
    last_seq = session.scalar(select(func.max(AuditEvent.seq))) or 0
    head = session.get(AuditHead, 1)
    try:
        key: bytes | None = load_key(create=False)
    except AuditKeyMissing:
        key = None
    seals = since_last_restore(read_seals(key, url)) if url else []
    if key is None and (count or seals):
        findings.append(Finding(
            "no_key", None,
            f"De auditsleutel ontbreekt op deze pc ({key_path()}); de keten kan niet worden "
            "gecontroleerd.",
            f"The audit key is missing on this PC ({key_path()}); the chain cannot be checked."))
    elif key is not None and head is not None and head.key_id and head.key_id != key_id(key):
        findings.append(Finding(
            "wrong_key", None,
            "De auditsleutel op deze pc is niet de sleutel waarmee de trail is vastgelegd "
            f"({key_path()}).",
            f"The audit key on this PC is not the key that signed the trail ({key_path()})."))
    elif key is not None:
        chain = _walk(session, key)
        if chain is not None:
            findings.append(chain)
        findings.extend(_seal_findings(session, seals, count, last_seq))
    if count == 0 and not any(f.kind == "wiped" for f in findings) and (
            (head is not None and head.seq > 0)
            or session.scalar(select(Person.id).limit(1)) is not None
            or session.scalar(select(School.id).limit(1)) is not None
            or session.scalar(select(Board.id).limit(1)) is not None):
        findings.append(Finding(
            "wiped", None, "De audittrail is gewist: de database bevat gegevens maar geen "
                           "enkele gebeurtenis.",
            "The audit trail was wiped: the database holds records but not a single event."))
    compared, record_problems = _record_findings(session)
    findings.extend(record_problems)
    seal_count = sum(1 for s in seals if s.genuine)
    if not findings:
        return ChainCheck(
            True, count, records=compared, seals=seal_count,
            message_nl=f"Audittrail intact ({count} gebeurtenissen, {compared} "
                       f"dossiergegevens en {seal_count} zegels gecontroleerd).",
            message_en=f"Audit trail intact ({count} events, {compared} records and "
                       f"{seal_count} seals checked).")
    first = findings[0]
    more_nl = f" (en nog {len(findings) - 1} bevinding(en))" if len(findings) > 1 else ""
    more_en = f" (and {len(findings) - 1} more finding(s))" if len(findings) > 1 else ""
    return ChainCheck(
        False, count, first.seq, first.kind,
        f"Audittrail NIET intact: {first.message_nl[0].lower()}{first.message_nl[1:]}{more_nl}",
        f"Audit trail NOT intact: {first.message_en[0].lower()}{first.message_en[1:]}{more_en}",
        tuple(findings), compared, seal_count)


def list_events(session: Session, person_id: int | None = None, case_id: int | None = None,
                limit: int = 500) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if person_id is not None:
        query = query.where(or_(AuditEvent.person_id == person_id))
    if case_id is not None:
        query = query.where(AuditEvent.case_id == case_id)
    return list(session.scalars(query))
