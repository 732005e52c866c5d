"""The database handle services work on: engine, sessions, clock and the audited transaction."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .. import faults
from ..db import health, migrate
from ..db.engine import VIEW_AUDIT, WRITE, make_engine, make_sessionmaker, normalise_url
from . import audit, pending_journal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Actor:
    """The account on whose behalf a service acts; the audit names it, access rules use it."""

    id: int
    username: str
    display_name: str
    role: str


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
        self._pending: list[tuple[Any, ...]] = []
        self._pending_lock = threading.Lock()
        where = health.display_name(url)
        try:
            path = health.sqlite_path(normalise_url(url))
        except Exception as error:  # noqa: BLE001 - an unparsable URL is the user's typo
            raise faults.unsupported_url(url) from error
        if path is not None:
            health.check_sqlite_file(path, create)
        try:
            self.engine: Engine = make_engine(url)
        except Exception as error:  # noqa: BLE001 - unknown scheme or driver
            raise faults.unsupported_url(url) from error
        self.sessions: sessionmaker[Session] = make_sessionmaker(self.engine)
        try:
            health.check_schema(self.engine, where)
            if upgrade:
                migrate.upgrade(self.engine)
        except faults.Fault:
            self.engine.dispose()
            raise
        except Exception as error:
            self.engine.dispose()
            raise faults.describe(error, where) from error
        self._journal = pending_journal.path_for(path)
        self._load_journal()

    def _outer(self) -> Session | None:
        return getattr(self._local, "session", None)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().date()

    @contextmanager
    def transaction(self, actor: Actor | None) -> Iterator[Transaction]:
        """One unit of work: everything inside commits with its audit events, or nothing does."""
        outer = self._outer()
        if outer is not None:
            # Inside a batch: a savepoint, so a refused step undoes only itself.
            with outer.begin_nested():
                yield Transaction(outer, actor, self.now())
            return
        with self.sessions() as session, session.begin(), _ids_in_range():
            session.connection(execution_options=WRITE)
            yield Transaction(session, actor, self.now())
            self._write_pending(session)

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
            audit.append(outer, *event)
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
            for event in pending:
                audit.append(session, *event)
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
                for event in events:
                    audit.append(session, *event)
        except DBAPIError:
            return  # still busy: the journal stays for the next open
        pending_journal.remove(self._journal)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Run many service calls as one all-or-nothing unit (the demo, imports)."""
        if self._outer() is not None:
            yield
            return
        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            self._local.session = session
            try:
                yield
                self._write_pending(session)
            finally:
                self._local.session = None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        outer = self._outer()
        if outer is not None:
            yield outer
            return
        with self.sessions() as session, _ids_in_range():
            yield session

    def dispose(self) -> None:
        self.flush_pending()
        self.engine.dispose()


@contextmanager
def _ids_in_range() -> Iterator[None]:
    """An id beyond 64 bits (a typo, a fuzzer) is a sentence, not an OverflowError."""
    try:
        yield
    except OverflowError as error:
        raise faults.out_of_range() from error


class Transaction:
    def __init__(self, session: Session, actor: Actor | None, now: datetime) -> None:
        self.session = session
        self.actor = actor
        self.now = now

    @property
    def actor_id(self) -> int:
        if self.actor is None:
            raise RuntimeError("this action needs an acting account")
        return self.actor.id

    def audit(self, action: str, entity: str, entity_id: int | None, *,
              person_id: int | None = None, case_id: int | None = None,
              **details: Any) -> None:
        audit.append(self.session, self.now, self.actor.id if self.actor else None, action,
                     entity, entity_id, person_id, case_id, details)
