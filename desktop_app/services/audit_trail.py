"""Reading the audit trail: filter it, answer "who looked at this dossier?", export it and
verify it. Administrator and board see it all; HR sees what concerns staff."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from ..db.models import AuditEvent, Person, UserAccount
from ..domain.access import AUDIT_READERS, AUDIT_STAFF_READERS
from ..domain.audit_actions import action_label
from . import audit
from .audit_state import READ_VERBS
from .convert import case_reference
from .database import Actor, Database
from .scope import Scope

EXPORT_LIMIT = 50_000


@dataclass(frozen=True)
class AuditFilter:
    person_id: int | None = None
    case_id: int | None = None
    account_id: int | None = None
    action: str = ""  # exact, or a prefix such as "case." or "document."
    since: date | None = None
    until: date | None = None  # inclusive
    only_views: bool = False  # "who looked at this dossier?"


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    account: str
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    person: str
    case_id: int | None
    case: str
    details: dict[str, Any]


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


def may_read_trail(actor: Actor) -> bool:
    """Whether the Audit page is offered (the services check through the Scope)."""
    return actor.role in AUDIT_READERS | AUDIT_STAFF_READERS


def _query(scope: Scope, f: AuditFilter) -> Select[Any]:
    subject = aliased(Person)
    account = aliased(UserAccount)
    query = (select(AuditEvent, account.display_name, subject.first_name, subject.name_prefix,
                    subject.last_name)
             .outerjoin(account, account.id == AuditEvent.actor_id)
             .outerjoin(subject, subject.id == AuditEvent.person_id))
    query = scope.audit_events(query, subject)  # refused, or HR: staff events only
    if f.person_id is not None:
        query = query.where(AuditEvent.person_id == f.person_id)
    if f.case_id is not None:
        query = query.where(AuditEvent.case_id == f.case_id)
    if f.account_id is not None:
        query = query.where(AuditEvent.actor_id == f.account_id)
    if f.action:
        query = query.where(AuditEvent.action.startswith(f.action, autoescape=True)
                            if f.action.endswith(".") else AuditEvent.action == f.action)
    if f.since is not None:
        query = query.where(AuditEvent.at >= datetime.combine(f.since, time()))
    if f.until is not None:
        query = query.where(AuditEvent.at < datetime.combine(f.until + timedelta(days=1),
                                                               time()))
    if f.only_views:
        query = query.where(or_(*(AuditEvent.action.endswith("." + verb)
                                  for verb in sorted(READ_VERBS))))
    return query


def _row(event: AuditEvent, account: str | None, first: str | None, prefix: str | None,
         last: str | None) -> AuditRow:
    person = " ".join(p for p in (first, prefix, last) if p)
    return AuditRow(
        seq=event.seq, at=event.at, account=account or "", action=event.action,
        entity=event.entity, entity_id=event.entity_id, person_id=event.person_id,
        person=person, case_id=event.case_id,
        case=case_reference(event.case_id) if event.case_id else "", details=dict(event.details))


def list_events(db: Database, actor: Actor, f: AuditFilter, offset: int = 0,
                limit: int = 200) -> list[AuditRow]:
    """A page of the trail, newest first. Reading the trail to show it is not itself audited
    (a refresh must not write); exports and verification are."""
    with db.reading(actor) as reading:
        session = reading.session
        rows = session.execute(_query(reading.scope, f).order_by(AuditEvent.seq.desc())
                               .offset(offset).limit(limit)).all()
        return [_row(*r) for r in rows]


def count_events(db: Database, actor: Actor, f: AuditFilter) -> int:
    with db.reading(actor) as reading:
        session = reading.session
        inner = _query(reading.scope, f).with_only_columns(AuditEvent.id).subquery()
        return session.scalar(select(func.count()).select_from(inner)) or 0


def who_viewed(db: Database, actor: Actor, person_id: int) -> list[AuditRow]:
    """Every look at a person's dossier or records: who, when and how, newest first."""
    return list_events(db, actor, AuditFilter(person_id=person_id, only_views=True),
                       limit=EXPORT_LIMIT)


def accounts(db: Database, actor: Actor) -> list[Choice]:
    """The accounts that can be chosen as a filter."""
    with db.reading(actor) as reading:
        reading.scope.require_audit_reader()
        session = reading.session
        return [Choice(i, name) for i, name in session.execute(
            select(UserAccount.id, UserAccount.display_name).order_by(UserAccount.display_name))]


def actions(db: Database, actor: Actor) -> list[str]:
    with db.reading(actor) as reading:
        reading.scope.require_audit_reader()
        session = reading.session
        return list(session.scalars(select(AuditEvent.action).distinct()
                                    .order_by(AuditEvent.action)))


CSV_HEADER_NL = ("volgnummer", "tijdstip", "account", "handeling", "soort", "nummer",
                 "persoon-id", "persoon", "zaak", "details")
CSV_HEADER_EN = ("seq", "time", "account", "action", "kind", "id", "person id", "person",
                 "case", "details")


def _export_rows(db: Database, actor: Actor, f: AuditFilter, how: str) -> list[AuditRow]:
    rows = list_events(db, actor, f, limit=EXPORT_LIMIT)
    with db.transaction(actor) as tx:
        tx.audit("audit.export", "audit", None, person_id=f.person_id, case_id=f.case_id,
                 format=how, count=len(rows))
    return rows


def export_csv(db: Database, actor: Actor, f: AuditFilter, lang: str = "nl") -> bytes:
    """The filtered trail as CSV for a spreadsheet (semicolons and a BOM, as Dutch Excel
    expects); the export itself is audited."""
    import json

    rows = _export_rows(db, actor, f, "csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER_EN if lang.startswith("en") else CSV_HEADER_NL)
    for r in rows:
        writer.writerow([r.seq, r.at.isoformat(sep=" "), r.account, r.action, r.entity,
                         r.entity_id or "", r.person_id or "", _no_formula(r.person), r.case,
                         _no_formula(json.dumps(r.details, ensure_ascii=False, default=str))])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _no_formula(text: str) -> str:
    """A spreadsheet must not run a cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def export_pdf(db: Database, actor: Actor, f: AuditFilter, title: str = "") -> bytes:
    from reports.audit_report import AuditReport, render_audit_report

    from .board import get_board

    rows = _export_rows(db, actor, f, "pdf")
    board = get_board(db, actor)
    return render_audit_report(AuditReport(
        board_name=board.name if board else "", title=title or describe_filter(f),
        printed_at=db.now(), printed_by=actor.display_name,
        rows=[(r.seq, r.at, r.account, action_label(r.action)[0], r.person, r.case,
               _detail_text(r.details))
              for r in rows]))


def _detail_text(details: dict[str, Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(details.items()) if v not in (None, "", []))


def describe_filter(f: AuditFilter) -> str:
    parts = []
    if f.person_id:
        parts.append(f"persoon {f.person_id}")
    if f.case_id:
        parts.append(f"zaak {case_reference(f.case_id)}")
    if f.account_id:
        parts.append(f"account {f.account_id}")
    if f.action:
        parts.append(f"handeling {f.action}")
    if f.since or f.until:
        parts.append(f"periode {f.since or '…'} – {f.until or '…'}")
    if f.only_views:
        parts.append("alleen inzage")
    return "Audittrail" + (": " + ", ".join(parts) if parts else " (alles)")


def verify_trail(db: Database, actor: Actor) -> audit.ChainCheck:
    """Verify the chain, the seals and every audited record; who checked, when and with what
    result goes into the trail afterwards."""
    with db.reading(actor) as reading:
        reading.scope.require_audit_reader()
        session = reading.session
        check = audit.verify(session, db.url)
    if check.problem in ("no_key", "wrong_key"):
        return check  # an event signed with another key would only add to the confusion
    with db.transaction(actor) as tx:
        tx.audit("audit.verify", "audit", None, intact=check.intact, findings=len(check.findings))
    return check
