"""The canonical state of each audited kind of record, hashed into the event that changed it,
so `audit verify` notices a record edited outside the application."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    Board,
    Case,
    ConsentRecord,
    ConsentReview,
    ConsentStatement,
    Document,
    DocumentContent,
    Incident,
    IncidentRule,
    InspectorCall,
    Involvement,
    MeasureDecision,
    Person,
    PoliceReport,
    ProcedureStep,
    School,
)


@dataclass(frozen=True)
class Part:
    """Rows of one table that belong to the record: `key` is the column holding its id."""

    model: Any
    key: str
    columns: tuple[str, ...]


# Explicit column lists, not "every column": counters kept by the app (open_tasks) and
# columns other features add later must not make an honest database look tampered with.
KINDS: dict[str, tuple[Part, ...]] = {
    "person": (Part(Person, "id", (
        "school_id", "kind", "first_name", "name_prefix", "last_name", "salutation", "function",
        "group_name", "birth_date", "street", "postcode", "city", "email")),),
    "case": (
        Part(Case, "id", ("incident_id", "subject_id", "status", "severity")),
        Part(MeasureDecision, "case_id", (
            "id", "proposal_id", "measure", "decided_on", "start_on", "end_on", "motivation",
            "no_hearing_reason", "details", "decided_by")),
        Part(ProcedureStep, "case_id", ("id", "kind", "done_on", "note", "data")),
    ),
    "document": (
        Part(Document, "id", (
            "owner_id", "dossier", "case_id", "incident_id", "recipient_id", "kind", "title",
            "filename", "mime_type", "size", "sha256", "filed_at", "filed_by")),
        Part(DocumentContent, "document_id", ("data",)),
    ),
    "incident": (
        Part(Incident, "id", (
            "school_id", "occurred_on", "reported_on", "reporter_id", "platform", "category",
            "description", "boundary_crossing", "criminal", "urgent_reason")),
        Part(IncidentRule, "incident_id", ("rule_code", "position")),
        Part(Involvement, "incident_id", ("person_id", "role")),
    ),
    "consent": (Part(ConsentRecord, "id", (
        "person_id", "purpose", "granted", "given_by_id", "given_by_name", "method",
        "form_version", "given_at", "withdrawn_at", "review_on")),),
    # The consent register since revision 0012 (the rows above are its legacy).
    "consent_statement": (Part(ConsentStatement, "id", (
        "person_id", "purpose", "choice", "given_by_id", "given_by_name", "relation",
        "stated_on", "method", "form_version", "follow_up")),),
    "consent_review": (Part(ConsentReview, "id", (
        "person_id", "reviewed_on", "reviewed_by_id", "reviewed_by_name", "method")),),
    "inspector_call": (Part(InspectorCall, "id", (
        "case_id", "started_at", "ended_at", "number_dialled", "caller_name", "caller_role",
        "inspector_name", "reference", "learned_at", "learned_from", "facts", "outcome",
        "advice", "agreed_actions", "follow_up", "summary", "not_informed_reason")),),
    "police_report": (Part(PoliceReport, "id", (
        "case_id", "reported_on", "police_unit", "registration_number", "reported_by",
        "informed_beforehand")),),
    "school": (Part(School, "id", (
        "board_id", "name", "brin", "denomination", "street", "postcode", "city", "director",
        "signatory_name", "signatory_function", "mandate", "phone", "email")),),
    "board": (Part(Board, "id", ("name", "street", "postcode", "city")),),
}

# Events that only look at a record: they carry no state, so opening a record someone edited
# outside the app does not make the edit look legitimate.
READ_VERBS = frozenset({"view", "open", "preview", "print", "copy", "export"})

CHUNK = 400


def describes_state(action: str, entity: str, entity_id: int | None) -> bool:
    return (entity_id is not None and entity in KINDS
            and action.rsplit(".", 1)[-1] not in READ_VERBS)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def state_hashes(session: Session, entity: str, ids: Iterable[int]) -> dict[int, str | None]:
    """The hash of each record's current state; None for a record that no longer exists."""
    parts = KINDS[entity]
    wanted = sorted(set(ids))
    result: dict[int, str | None] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        states: dict[int, dict[str, list[list[Any]]]] = {i: {} for i in chunk}
        for part in parts:
            key = getattr(part.model, part.key)
            cols = [getattr(part.model, c) for c in part.columns]
            order = [getattr(part.model, c) for c in part.columns
                     if c in ("id", "position", "rule_code", "person_id", "role")]
            rows = session.execute(select(key, *cols).where(key.in_(chunk))
                                   .order_by(key, *order))
            table = part.model.__tablename__
            for owner, *values in rows:
                states[owner].setdefault(table, []).append([_plain(v) for v in values])
        main = parts[0].model.__tablename__
        for record_id, state in states.items():
            if main not in state:
                result[record_id] = None
                continue
            payload = json.dumps([entity, record_id, state], sort_keys=True, ensure_ascii=False,
                                 separators=(",", ":"), default=str)
            result[record_id] = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    return result
