"""The database handle services work on: engine, sessions, clock and the one door to data.

Every service entry point takes `(db, actor, ...)`. It opens one of three units of work, each
carrying the acting account (the request context) and a `Scope` that limits every query to what
that account may see:

- `db.transaction(actor, roles=...)`: a change; refused for read-only accounts and for roles
  outside `roles`; what it changes is recorded as a typed `Changes` set;
- `db.viewing(actor)`: an audited read (opening a dossier, printing the call log): it writes
  audit events but changes no records;
- `db.reading(actor)`: a plain read.

Asking for a record the account may not see answers NotFound, exactly as for a record that does
not exist, and the refused access is audited once the unit of work has been rolled back.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .. import faults
from ..db import health, migrate
from ..db.engine import VIEW_AUDIT, WRITE, make_engine, make_sessionmaker, normalise_url
from ..db.models import AuditEvent, AuditHead
from ..domain.access import ALL_SCHOOLS, Role
from ..domain.errors import AccessDenied, InvalidInput, access_denied
from ..domain.text import clean_text, clean_value
from ..paths import private_file
from . import audit, audit_seals, pending_journal
from .audit_key import AuditKeyMissing, load_key
from .changes import ENTITY_KINDS, ChangeRecorder, Changes, Kind
from .scope import Refusal, Scope

__all__ = ["Actor", "Changes", "Database", "Kind", "Reading", "RequestContext", "Role",
           "Transaction"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Actor:
    """The request context: the account on whose behalf a service acts, its role and the
    schools it may see (None: every school). The audit names it; the scope enforces it."""

    id: int
    username: str
    display_name: str
    role: Role
    schools: frozenset[int] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "role", Role(self.role))
        if self.role in ALL_SCHOOLS:
            object.__setattr__(self, "schools", None)
        elif self.schools is None:
            object.__setattr__(self, "schools", frozenset())
        else:
            object.__setattr__(self, "schools", frozenset(self.schools))

    def sees_school(self, school_id: int) -> bool:
        return self.schools is None or school_id in self.schools

    @property
    def may_change(self) -> bool:
        return self.role is not Role.READONLY


RequestContext = Actor


class Database:
    """One per open database; services receive it with the acting account."""

    def __init__(self, url: str, clock: Callable[[], datetime] | None = None,
                 upgrade: bool = True, create: bool = True) -> None:
        """Open (and upgrade) a database; `create=False` refuses where none exists yet.
        Every fault at opening is a `Fault` with the way out (faults.py)."""
        self.url = url
        self.clock: Callable[[], datetime] = clock or (
            lambda: datetime.now().replace(microsecond=0))
        self._local = threading.local()
        self._seal_lock = threading.Lock()
        self._head: tuple[int, str] | None = None  # the newest head this process committed
        self._sealed_seq = 0
        self._pending: list[tuple[Any, ...]] = []
        self._pending_lock = threading.Lock()
        where = health.display_name(url)
        try:
            path = health.sqlite_path(normalise_url(url))
        except Exception as error:  # noqa: BLE001 - an unparsable URL is the user's typo
            raise faults.unsupported_url(url) from error
        self._file = path
        self._checked_at: float | None = None
        if path is not None:
            self._checked_at = health.check_sqlite_file(path, create)
        try:
            self.engine: Engine = make_engine(url)
        except Exception as error:  # noqa: BLE001 - unknown scheme or driver
            raise faults.unsupported_url(url) from error
        self.sessions: sessionmaker[Session] = make_sessionmaker(self.engine)
        event.listen(self.sessions, "before_flush", _clean_free_text)
        try:
            if path is None and not create:
                # A server database (or an in-memory one) without our tables: refused like a
                # missing file, never silently filled with a new, empty board.
                health.check_exists(self.engine, where)
            health.check_schema(self.engine, where)
            upgraded = upgrade and migrate.upgrade_if_needed(self.engine) != ""
        except faults.Fault:
            self.engine.dispose()
            raise
        except Exception as error:
            self.engine.dispose()
            raise faults.describe(error, where) from error
        _make_private(self.engine)
        self._journal = pending_journal.path_for(path)
        self._load_journal()
        if upgraded:
            self._after_upgrade()

    def _after_upgrade(self) -> None:
        """Stored derived rows follow the rules of the version that upgraded the schema."""
        from sqlalchemy import func, select

        from ..db.models import Case
        from .facts import refresh_all_open_tasks

        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            if session.scalar(select(func.count()).select_from(Case)):
                refresh_all_open_tasks(session)

    def _outer(self) -> Session | None:
        return getattr(self._local, "session", None)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().date()

    # -- units of work -------------------------------------------------------------------

    @contextmanager
    def transaction(self, actor: Actor | None,
                    roles: Collection[Role] | None = None) -> Iterator[Transaction]:
        """One change: everything inside commits with its audit events, or nothing does.

        `actor` is None only while the very first account is created (accounts service).
        `roles` limits who may make this change; without it, every role but read-only may."""
        allowed = actor is None or (actor.may_change if roles is None else actor.role in roles)
        if not allowed:
            assert actor is not None
            self._audit_refusals(actor, [Refusal("action", None, "role")])
            raise access_denied()
        with self._unit(actor, records_changes=True) as tx:
            yield tx

    @contextmanager
    def viewing(self, actor: Actor) -> Iterator[Transaction]:
        """An audited read: opening a case, a document or a dossier on purpose.

        The read takes no write lock, so it never waits for another program's write; its
        audit events are written after the read (`audit_view`: a short wait, else with the
        next write or, at exit, a journal beside the database for the next open)."""
        if self._outer() is not None:
            with self._unit(actor, records_changes=False) as tx:
                yield tx
            return
        refusals: list[Refusal] = []
        try:
            with self.sessions() as session, _ids_in_range():
                view = ViewTransaction(session, actor, self.now(), refusals)
                yield view
        except BaseException:
            if refusals:
                self._audit_refusals(actor, refusals)
            raise
        if getattr(self._local, "refreshing", False):
            return  # the account opened this view on purpose before; that was audited
        for seen in view.events:
            self.audit_view(actor, *seen[0], **seen[1])

    @contextmanager
    def refreshing(self) -> Iterator[None]:
        """Audited reads inside the block refresh a view the account already opened (a change
        signal, not a choice): they write no view event. Refusals are still audited."""
        before = getattr(self._local, "refreshing", False)
        self._local.refreshing = True
        try:
            yield
        finally:
            self._local.refreshing = before

    @contextmanager
    def _unit(self, actor: Actor | None, records_changes: bool) -> Iterator[Transaction]:
        refusals: list[Refusal] = []
        outer = self._outer()
        try:
            if outer is not None:
                # Inside a batch: a savepoint, so a refused step undoes only itself.
                with outer.begin_nested():
                    tx = Transaction(outer, actor, self.now(), refusals, records_changes)
                    yield tx
                    self._local.head = tx.finish() or getattr(self._local, "head", None)
                head = None
            else:
                with self.sessions() as session, session.begin(), _ids_in_range():
                    session.connection(execution_options=WRITE)
                    tx = Transaction(session, actor, self.now(), refusals, records_changes)
                    yield tx
                    head = tx.finish()
                    self._write_pending(session)
        except BaseException:
            if refusals and actor is not None:
                self._audit_refusals(actor, refusals)
            raise
        self._committed(head)
        self._publish(tx.changes())

    @contextmanager
    def reading(self, actor: Actor) -> Iterator[Reading]:
        """A plain read on behalf of `actor`; its scope limits every query."""
        refusals: list[Refusal] = []
        outer = self._outer()
        try:
            if outer is not None:
                yield Reading(outer, actor, self.now(), refusals)
            else:
                with self.sessions() as session, _ids_in_range():
                    yield Reading(session, actor, self.now(), refusals)
        except BaseException:
            if refusals:
                self._audit_refusals(actor, refusals)
            raise

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run many service calls as one all-or-nothing unit (the demo, imports)."""
        if self._outer() is not None:
            yield
            return
        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            self._local.session = session
            self._local.head = None
            try:
                yield
                self._write_pending(session)
            finally:
                self._local.session = None
        self._committed(self._local.head)

    def audit_view(self, actor: Actor | None, action: str, entity: str, entity_id: int | None,
                   *, person_id: int | None = None, case_id: int | None = None,
                   **details: Any) -> None:
        """Record that someone saw personal data, after the read and without blocking it.

        The event waits at most a second for another process's write lock. If it cannot be
        written then, it keeps its time and goes in with this handle's next write (or at
        `close()`), so the view still appears in the trail; the view itself never fails."""
        at = self.now()
        event = (at, actor.id if actor else None, action, entity, entity_id, person_id,
                 case_id, details)
        outer = self._outer()
        if outer is not None:
            audit.append_all(outer, [audit.NewEvent(*event)])
            return
        with self._pending_lock:
            self._pending.append(event)
        try:
            with self.sessions() as session, session.begin():
                session.connection(execution_options=VIEW_AUDIT)
                if session.bind is not None and session.bind.dialect.name == "postgresql":
                    session.execute(text("SET LOCAL lock_timeout = '1s'"))
                self._write_pending(session)
        except DBAPIError as error:  # the view is shown; its event waits for the next write
            log.info("view audit deferred: %s", faults.describe(error).kind)

    def _write_pending(self, session: Session) -> None:
        with self._pending_lock:
            pending, self._pending = self._pending, []
        try:
            if pending:
                audit.append_all(session, [audit.NewEvent(*event) for event in pending])
        except BaseException:
            with self._pending_lock:
                self._pending[:0] = pending
            raise

    def flush_pending(self) -> None:
        """Write deferred view events now, waiting the normal time for the lock; if the
        database stays busy, keep them in a journal beside it for the next open."""
        if not self._pending:
            return
        try:
            with self.sessions() as session, session.begin():
                session.connection(execution_options=WRITE)
                self._write_pending(session)
        except DBAPIError:
            if not pending_journal.save(self._journal, self._pending):
                log.warning("%d view audit event(s) could not be written: the database "
                            "stayed busy", len(self._pending))
            self._pending = []

    def _load_journal(self) -> None:
        events = pending_journal.load(self._journal)
        if not events:
            return
        try:
            with self.sessions() as session, session.begin():
                session.connection(execution_options=VIEW_AUDIT)
                audit.append_all(session, [audit.NewEvent(*event) for event in events])
        except DBAPIError:
            return  # still busy: the journal stays for the next open
        pending_journal.remove(self._journal)

    # -- change sets -----------------------------------------------------------------------

    @contextmanager
    def recording(self) -> Iterator[ChangeRecorder]:
        """Collect the change sets of every write committed on this thread inside the block
        (the op runner wraps each op in one and fires the change signal from the result)."""
        recorder = ChangeRecorder()
        stack: list[ChangeRecorder] = self._recorders()
        stack.append(recorder)
        try:
            yield recorder
        finally:
            stack.remove(recorder)

    def _recorders(self) -> list[ChangeRecorder]:
        stack: list[ChangeRecorder] | None = getattr(self._local, "recorders", None)
        if stack is None:
            stack = []
            self._local.recorders = stack
        return stack

    def replaced(self) -> None:
        """The whole database was replaced on this thread (a restore): every view refreshes."""
        self._publish(Changes.everything())

    def _publish(self, changes: Changes) -> None:
        if changes:
            for recorder in self._recorders():
                recorder.extend(changes)

    def _audit_refusals(self, actor: Actor, refusals: list[Refusal]) -> None:
        """A refused access is evidence too: written after the refused unit rolled back."""
        def write(session: Session) -> tuple[int, str]:
            return audit.append_all(session, [audit.NewEvent(
                self.now(), actor.id, "access.refused", r.entity, r.entity_id, None, None,
                {"reason": r.reason, "role": actor.role.value}) for r in refusals])
        outer = self._outer()
        if outer is not None:
            write(outer)
            return
        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            head = write(session)
        self._committed(head)

    def _committed(self, head: tuple[int, str] | None) -> None:
        """After a commit: seal the chain every SEAL_EVERY events."""
        if head is None:
            return
        with self._seal_lock:
            if self._head is None or head[0] > self._head[0]:
                self._head = head
            due = self._head[0] - self._sealed_seq >= audit_seals.SEAL_EVERY
        if due:
            self.seal()

    def seal(self) -> None:
        """Write the committed head to the seal file outside the database (also at close)."""
        with self._seal_lock:
            head = self._head
            if head is None or head[0] == self._sealed_seq:
                return
            try:
                audit_seals.write_seal(load_key(), self.url, head[0], head[1], self.now())
            except (OSError, AuditKeyMissing):
                log.warning("the audit seal could not be written", exc_info=True)
                return
            self._sealed_seq = head[0]

    def dispose(self) -> None:
        self.flush_pending()
        self.seal()
        self.engine.dispose()
        if self._file is not None:  # a clean close: the next open may skip the full check
            health.record_clean_close(self._file, self._checked_at)


@contextmanager
def _ids_in_range() -> Iterator[None]:
    """An id beyond 64 bits (a typo, a fuzzer) is a sentence, not an OverflowError (SQLite)
    or a numeric-range DataError (PostgreSQL)."""
    try:
        yield
    except OverflowError as error:
        raise faults.out_of_range() from error
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) == "22003":  # numeric_value_out_of_range
            raise faults.out_of_range() from error
        raise


class Reading:
    """A read on behalf of an account: the session and the scope that limits its queries."""

    def __init__(self, session: Session, actor: Actor | None, now: datetime,
                 refusals: list[Refusal]) -> None:
        self.session = session
        self.actor = actor
        self.now = now
        self.scope = Scope(session, actor, refusals)


class Transaction(Reading):
    """A unit of work that may write; every audit event also records what changed."""

    def __init__(self, session: Session, actor: Actor | None, now: datetime,
                 refusals: list[Refusal], records_changes: bool = True) -> None:
        super().__init__(session, actor, now, refusals)
        self._records_changes = records_changes
        self._changes = ChangeRecorder()
        self._events: list[audit.NewEvent] = []

    @property
    def actor_id(self) -> int:
        if self.actor is None:
            raise AccessDenied("Deze handeling vraagt een account.",
                               "This action needs an acting account.", "access")
        return self.actor.id

    def changed(self, kind: Kind, *ids: int | None) -> None:
        """Record a change that no audit event describes."""
        if self._records_changes:
            self._changes.add(kind, ids)

    def changes(self) -> Changes:
        return self._changes.result()

    def audit(self, action: str, entity: str, entity_id: int | None, *,
              person_id: int | None = None, case_id: int | None = None,
              **details: Any) -> None:
        """State an event; it is chained, with the record's state, when the work is done."""
        self._events.append(audit.NewEvent(
            self.now, self.actor.id if self.actor else None, action, entity, entity_id,
            person_id, case_id, clean_value(details)))
        kind = ENTITY_KINDS.get(entity)
        if kind is not None:
            self.changed(kind, entity_id)
        if case_id is not None:
            self.changed(Kind.CASE, case_id)

    def finish(self) -> tuple[int, str] | None:
        """Chain the stated events after the last change; the new head, if any."""
        if not self._events:
            return None
        events, self._events = self._events, []
        return audit.append_all(self.session, events)


class ViewTransaction(Transaction):
    """An audited read: the events wait until the read is done (Database.viewing)."""

    def __init__(self, session: Session, actor: Actor | None, now: datetime,
                 refusals: list[Refusal]) -> None:
        super().__init__(session, actor, now, refusals, records_changes=False)
        self.events: list[tuple[tuple[str, str, int | None], dict[str, Any]]] = []

    def audit(self, action: str, entity: str, entity_id: int | None, *,
              person_id: int | None = None, case_id: int | None = None,
              **details: Any) -> None:
        self.events.append(((action, entity, entity_id),
                            {"person_id": person_id, "case_id": case_id, **details}))


def _make_private(engine: Engine) -> None:
    """An embedded database and its journal files: readable by their owner only."""
    name = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if name and name != ":memory:":
        for suffix in ("", "-wal", "-shm"):
            private_file(Path(name + suffix))


# What a refusal calls a column that is too long (else "Een tekst" / "A text").
_COLUMN_LABELS = {
    "email": ("Het e-mailadres", "The e-mail address"),
    "phone": ("Het telefoonnummer", "The phone number"),
    "mandate": ("Het mandaat", "The mandate"),
    "signatory_function": ("De functie van de ondertekenaar", "The signatory's function"),
    "title": ("De titel", "The title"), "filename": ("De bestandsnaam", "The file name"),
    "street": ("De straat", "The street"), "city": ("De plaats", "The town"),
    "note": ("De notitie", "The note"), "function": ("De functie", "The function"),
}


def _check_fits(key: str, value: str, limit: int | None) -> None:
    """A text longer than its column is refused with the limit, on every backend (PostgreSQL
    would fail with the statement, SQLite would keep it whole): never cut, never raw."""
    if limit is None or len(value) <= limit:
        return
    nl, en = _COLUMN_LABELS.get(key, ("Een tekst", "A text"))
    raise InvalidInput(f"{nl} is te lang (maximaal {limit} tekens); er is niets opgeslagen.",
                       f"{en} is too long (at most {limit} characters); nothing was saved.",
                       field=key, values={"limit": limit})


def _clean_free_text(session: Session, _context: Any, _instances: Any) -> None:
    """Every text a service stores passes domain.text.clean_text: no control characters or
    terminal escapes reach the database, whichever service or front end wrote them."""
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, AuditEvent | AuditHead):
            continue  # already clean and hashed
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.dict.get(attr.key)
            if isinstance(value, str):
                cleaned: Any = clean_text(value)
            elif isinstance(value, dict | list):
                cleaned = clean_value(value)
            else:
                continue
            if cleaned != value:
                setattr(obj, attr.key, cleaned)
            if isinstance(cleaned, str):
                _check_fits(attr.key, cleaned, getattr(attr.columns[0].type, "length", None))
