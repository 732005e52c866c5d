"""Retention: what is due for destruction, legal holds, and the destruction run (R5.1-R5.3).

Only the privacy officers (administrator, board) see this list and destroy. A run destroys in
one transaction: the due list and the holds are read again inside it, so a hold set while
someone was confirming wins; a run killed halfway leaves everything as it was. VACUUM (SQLite)
runs after the commit, so the freed pages with the destroyed bytes leave the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    AuditHead,
    Board,
    Case,
    GuardianLink,
    InspectorCall,
    Person,
    PoliceReport,
    RetentionArchive,
    RetentionHold,
    School,
)
from ..domain.catalogue import PERSON_KIND_LABELS, PersonKind
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.retention import (
    ARCHIVE_RULE,
    HOLD_RULE,
    PRIVACY_OFFICERS,
    REPORT_RULE,
    DossierKind,
    dossier_label,
    governing_term,
)
from ..domain.text import clean_text
from . import destruction
from .convert import person_name
from .database import Actor, Database, Reading, Transaction
from .documents import NewDocument, file_in
from .settings import legal_settings

log = logging.getLogger(__name__)

REPORT_DOSSIER = "vernietigingsverslag"


@dataclass(frozen=True)
class RetentionRow:
    """One person whose data has a destruction date (`retention due`)."""

    person: int
    name: str
    kind: str
    school_id: int
    dossier: str  # DossierKind value
    rule: str
    months: int
    left_on: date
    destroy_on: date
    due: bool
    hold: bool
    hold_reason: str = ""
    archive: bool = False  # R5.4: Archiefwet documents, not destroyed pending the selectielijst
    archive_reason: str = ""

    @property
    def kept(self) -> bool:
        """Not destroyed now whatever its date: a legal hold or the Archiefwet flag."""
        return self.hold or self.archive


@dataclass(frozen=True)
class HoldInfo:
    person: int
    hold: bool
    reason: str


@dataclass(frozen=True)
class ArchiveInfo:
    person: int
    archive: bool
    reason: str


@dataclass(frozen=True)
class DestructionResult:
    destroyed: tuple[int, ...]
    report: int | None  # the destruction report's document id
    held: tuple[int, ...] = ()  # confirmed but held meanwhile: kept
    blocked: tuple[int, ...] = ()  # part of a dossier that stays: kept
    vacuumed: bool = False
    archived: tuple[int, ...] = ()  # confirmed but flagged under the Archiefwet: kept


def _left_dates(session: Session, today: date) -> dict[int, date]:
    """Who has left, and when: the recorded day; a parent without one once every child with
    whom their letters are filed has left (the latest of those days)."""
    left = {pid: day for pid, day in session.execute(
        select(Person.id, Person.left_on).where(Person.left_on.is_not(None),
                                                Person.left_on <= today)).tuples()
            if day is not None}
    parents = session.execute(
        select(GuardianLink.parent_id, GuardianLink.pupil_id, Person.left_on)
        .join(Person, Person.id == GuardianLink.pupil_id)
        .where(GuardianLink.parent_id.in_(
            select(Person.id).where(Person.kind == PersonKind.PARENT.value,
                                    Person.left_on.is_(None))))).all()
    children: dict[int, list[date | None]] = {}
    for parent_id, _pupil, child_left in parents:
        children.setdefault(parent_id, []).append(child_left)
    for parent_id, days in children.items():
        if days and all(d is not None and d <= today for d in days):
            left[parent_id] = max(d for d in days if d is not None)
    return left


def _rows(rd: Reading, today: date, only_due: bool) -> list[RetentionRow]:
    session = rd.session
    legal = legal_settings(session)
    left = _left_dates(session, today)
    if not left:
        return []
    ids = sorted(left)
    with_calls = set(session.scalars(select(Case.subject_id).join(
        InspectorCall, InspectorCall.case_id == Case.id).where(Case.subject_id.in_(ids))))
    with_police = set(session.scalars(select(Case.subject_id).join(
        PoliceReport, PoliceReport.case_id == Case.id).where(Case.subject_id.in_(ids))))
    holds = dict(session.execute(select(RetentionHold.person_id, RetentionHold.reason)
                                 .where(RetentionHold.person_id.in_(ids))).tuples().all())
    archived = dict(session.execute(select(RetentionArchive.person_id, RetentionArchive.reason)
                                    .where(RetentionArchive.person_id.in_(ids))).tuples().all())
    rows = []
    for person in session.scalars(rd.scope.people(select(Person).where(Person.id.in_(ids)))
                                  .order_by(Person.id)):
        term = governing_term(person.kind, left[person.id], person.id in with_calls,
                              person.id in with_police, legal)
        due = term.destroy_on <= today
        if only_due and not due:
            continue
        rows.append(RetentionRow(
            person.id, person_name(person).full, person.kind, person.school_id,
            term.dossier.value, term.rule, term.months, left[person.id], term.destroy_on, due,
            person.id in holds, holds.get(person.id, ""), person.id in archived,
            archived.get(person.id, "")))
    rows.sort(key=lambda r: (r.destroy_on, r.person))
    return rows


def retention_list(db: Database, actor: Actor, only_due: bool = True) -> list[RetentionRow]:
    """People with a destruction date, earliest first: only those due today unless
    `only_due` is False (the page also shows what comes next)."""
    with db.reading(actor) as rd:
        _require_officer(rd)
        return _rows(rd, db.today(), only_due)


def due(db: Database, actor: Actor) -> list[RetentionRow]:
    return retention_list(db, actor, only_due=True)


def _require_officer(rd: Reading) -> None:
    if rd.actor is not None and rd.actor.role not in PRIVACY_OFFICERS:
        rd.scope.require_administrator()  # refused and audited as any role refusal


def _serialise(tx: Transaction) -> None:
    """Take the audit head's lock first (every write takes it when it appends its events):
    a hold and a destruction run then follow each other whole. A hold committed first is seen
    by the run; a hold asked during a run waits and then finds the person gone. Without it a
    hold and a run could deadlock on PostgreSQL (SQLite's write lock already serialises)."""
    tx.session.execute(select(AuditHead.id).where(AuditHead.id == 1).with_for_update())


_Mark = TypeVar("_Mark", RetentionHold, RetentionArchive)


def _set_mark(db: Database, actor: Actor, person_id: int, reason: str, model: type[_Mark],
              new: Callable[[int, Transaction], _Mark], action: str) -> int:
    """A hold and an Archiefwet flag are both one row per person, with a reason, that keeps
    the person from destruction: set (or re-worded) under the audit head's lock and audited in
    the same transaction. One path for both, so the two cannot drift apart. The person's id."""
    with db.transaction(actor, PRIVACY_OFFICERS) as tx:
        _serialise(tx)
        person = tx.scope.require_person(person_id)
        row = tx.session.get(model, person.id)
        if row is None:
            tx.session.add(new(person.id, tx))
        else:
            row.reason = reason
        tx.audit(action, "person", person.id, person_id=person.id, reason=reason)
        return person.id


def _lift_mark(db: Database, actor: Actor, person_id: int, reason: str, model: type[_Mark],
               action: str, absent: RuleViolation) -> int:
    """Lift a hold or an Archiefwet flag (see `_set_mark`): the row goes, audited with the
    reason given (it may be empty); lifting one that is not there is refused with `absent`."""
    with db.transaction(actor, PRIVACY_OFFICERS) as tx:
        person = tx.scope.require_person(person_id)
        row = tx.session.get(model, person.id)
        if row is None:
            raise absent
        tx.session.delete(row)
        tx.audit(action, "person", person.id, person_id=person.id,
                 reason=clean_text(reason or "").strip())
        return person.id


def hold(db: Database, actor: Actor, person_id: int, reason: str) -> HoldInfo:
    """Set (or re-word) a legal hold: the person's data is kept until it is released."""
    reason = clean_text(reason or "").strip()
    if not reason:
        raise InvalidInput("Geef de reden van de bewaarplicht (bijv. een lopend geschil).",
                           "Give the reason for the hold (e.g. an ongoing dispute).", HOLD_RULE)
    person = _set_mark(db, actor, person_id, reason, RetentionHold,
                       lambda held, tx: RetentionHold(
                           person_id=held, reason=reason, held_since=tx.now,
                           held_by=tx.actor_id), "retention.hold")
    return HoldInfo(person, True, reason)


def release(db: Database, actor: Actor, person_id: int, reason: str = "") -> HoldInfo:
    """Lift a legal hold; the person's data follows its retention term again."""
    person = _lift_mark(db, actor, person_id, reason, RetentionHold, "retention.release",
                        RuleViolation(f"Voor persoon {person_id} geldt geen bewaarplicht.",
                                      f"Person {person_id} is not under a hold.", HOLD_RULE))
    return HoldInfo(person, False, "")


def archive(db: Database, actor: Actor, person_id: int, reason: str) -> ArchiveInfo:
    """R5.4: flag that the person's dossier holds documents under the Archiefwet (say which);
    nothing of the person is destroyed until the flag is lifted (a selectielijst allows it)."""
    reason = clean_text(reason or "").strip()
    if not reason:
        raise InvalidInput(
            "Noem de documenten onder de Archiefwet (bijv. besluit verlof Leerplichtwet art. 11).",
            "Name the documents under the Archiefwet (e.g. a leave decision, Leerplichtwet "
            "art. 11).", ARCHIVE_RULE)
    person = _set_mark(db, actor, person_id, reason, RetentionArchive,
                       lambda flagged, tx: RetentionArchive(
                           person_id=flagged, reason=reason, flagged_since=tx.now,
                           flagged_by=tx.actor_id), "retention.archive")
    return ArchiveInfo(person, True, reason)


def unarchive(db: Database, actor: Actor, person_id: int, reason: str = "") -> ArchiveInfo:
    """Lift the Archiefwet flag (the selectielijst now allows destruction)."""
    person = _lift_mark(db, actor, person_id, reason, RetentionArchive, "retention.unarchive",
                        RuleViolation(
                            f"Persoon {person_id} staat niet gemarkeerd onder de Archiefwet.",
                            f"Person {person_id} is not flagged under the Archiefwet.",
                            ARCHIVE_RULE))
    return ArchiveInfo(person, False, "")


def destroy(db: Database, actor: Actor, confirmed: list[int] | None = None) -> DestructionResult:
    """Destroy what is due. `confirmed`: the people the user saw and confirmed (the GUI's
    list); None destroys everything due now (`retention destroy --confirm`). Due dates and
    holds are read again inside the destroying transaction: a hold set meanwhile wins."""
    with db.transaction(actor, PRIVACY_OFFICERS) as tx:
        _serialise(tx)
        if db.engine.dialect.name == "sqlite":
            # Freed pages are zeroed as they are freed: even if the process dies after the
            # commit and before VACUUM, the destroyed bytes are not left in the file.
            tx.session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        rows = _rows(tx, db.today(), only_due=True)
        wanted = {r.person for r in rows} if confirmed is None else set(confirmed)
        chosen = {r.person: r for r in rows if r.person in wanted}
        held = tuple(sorted(p for p, r in chosen.items() if r.hold))
        archived = tuple(sorted(p for p, r in chosen.items() if r.archive and not r.hold))
        candidates = {p for p, r in chosen.items() if not r.kept}
        plan = destruction.plan(tx.session, candidates)
        if not plan.persons:
            return DestructionResult((), None, held, tuple(sorted(plan.blocked)),
                                     archived=archived)
        report_id = _file_report(tx, plan, chosen, held + archived)
        details = {p: {"rule": chosen[p].rule, "dossier": chosen[p].dossier, "report": report_id}
                   for p in plan.persons}
        destruction.execute(tx, plan, details)
        tx.audit("retention.run", "document", report_id, destroyed=sorted(plan.persons),
                 held=list(held), archived=list(archived), blocked=sorted(plan.blocked),
                 rule=REPORT_RULE)
        result = DestructionResult(tuple(sorted(plan.persons)), report_id, held,
                                   tuple(sorted(plan.blocked)), archived=archived)
    return DestructionResult(result.destroyed, result.report, result.held, result.blocked,
                             compact(db), result.archived)


def _file_report(tx: Transaction, plan: destruction.Plan, chosen: dict[int, RetentionRow],
                 held: tuple[int, ...]) -> int:
    from reports.privacy import (  # ReportLab: loaded on use
        DestroyedLine,
        DestructionReport,
        records_phrase,
        render_destruction_report,
    )

    session = tx.session
    schools = dict(session.execute(select(School.id, School.name)).tuples().all())
    board = session.scalars(select(Board).order_by(Board.id)).first()
    lines = []
    for person_id in sorted(plan.persons):
        row = chosen[person_id]
        label = PERSON_KIND_LABELS.get(PersonKind(row.kind), (row.kind, row.kind))[0]
        lines.append(DestroyedLine(
            person_id, label, schools.get(row.school_id, ""), dossier_label(row.dossier),
            row.rule, f"{row.months} maanden na vertrek", row.left_on, row.destroy_on,
            records_phrase(plan.counts(person_id))))
    report = DestructionReport(board.name if board else "", tx.now,
                               tx.actor.display_name if tx.actor else "", tuple(lines), held,
                               tuple(sorted(plan.blocked.items())))
    data = render_destruction_report(report)
    stamp = tx.now.strftime("%Y%m%d-%H%M%S")
    filed = file_in(tx, None, NewDocument("report", f"Vernietigingsverslag {tx.now:%d-%m-%Y}",
                                          f"vernietigingsverslag-{stamp}.pdf",
                                          "application/pdf", data),
                    owner_override=(None, REPORT_DOSSIER))
    return filed[0].id


def compact(db: Database) -> bool:
    """After a destruction: VACUUM an embedded database so the freed pages (with the destroyed
    bytes) leave the file, and fold the write-ahead log back. A failure here loses nothing:
    the data is already gone from every table; the next run compacts again."""
    if db.engine.dialect.name != "sqlite":
        return False
    raw = db.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return True
    except Exception as error:  # noqa: BLE001 - e.g. another program is reading right now
        log.info("VACUUM after destruction postponed: %s", type(error).__name__)
        return False
    finally:
        raw.close()


def reports(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """The destruction reports filed so far: (document id, title), newest first."""
    from ..db.models import Document

    with db.reading(actor) as rd:
        _require_officer(rd)
        return [(i, t) for i, t in rd.session.execute(
            select(Document.id, Document.title).where(Document.dossier == REPORT_DOSSIER)
            .order_by(Document.id.desc())).tuples()]


__all__ = ["ArchiveInfo", "DossierKind", "DestructionResult", "HoldInfo", "RetentionRow",
           "archive", "destroy", "due", "hold", "release", "retention_list", "unarchive"]
