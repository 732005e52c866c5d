"""The database handle services work on: engine, sessions, clock and the audited transaction."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from ..db import migrate
from ..db.engine import WRITE, make_engine, make_sessionmaker
from ..db.models import AuditEvent, AuditHead
from ..domain.text import clean_text, clean_value
from ..paths import private_file
from . import audit, audit_seals
from .audit_key import AuditKeyMissing, load_key

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
                 upgrade: bool = True) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self.sessions: sessionmaker[Session] = make_sessionmaker(self.engine)
        self.clock: Callable[[], datetime] = clock or (
            lambda: datetime.now().replace(microsecond=0))
        self._local = threading.local()
        self._seal_lock = threading.Lock()
        self._head: tuple[int, str] | None = None  # the newest head this process committed
        self._sealed_seq = 0
        event.listen(self.sessions, "before_flush", _clean_free_text)
        if upgrade:
            migrate.upgrade(self.engine)
        _make_private(self.engine)

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
                tx = Transaction(outer, actor, self.now())
                yield tx
                self._local.head = tx.finish() or getattr(self._local, "head", None)
            return
        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            tx = Transaction(session, actor, self.now())
            yield tx
            head = tx.finish()
        self._committed(head)

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
            finally:
                self._local.session = None
        self._committed(self._local.head)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        outer = self._outer()
        if outer is not None:
            yield outer
            return
        with self.sessions() as session:
            yield session

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
        self.seal()
        self.engine.dispose()


class Transaction:
    def __init__(self, session: Session, actor: Actor | None, now: datetime) -> None:
        self.session = session
        self.actor = actor
        self.now = now
        self._events: list[audit.NewEvent] = []

    @property
    def actor_id(self) -> int:
        if self.actor is None:
            raise RuntimeError("this action needs an acting account")
        return self.actor.id

    def audit(self, action: str, entity: str, entity_id: int | None, *,
              person_id: int | None = None, case_id: int | None = None,
              **details: Any) -> None:
        """State an event; it is chained, with the record's state, when the work is done."""
        self._events.append(audit.NewEvent(
            self.now, self.actor.id if self.actor else None, action, entity, entity_id,
            person_id, case_id, clean_value(details)))

    def finish(self) -> tuple[int, str] | None:
        """Chain the stated events after the last change; the new head, if any."""
        if not self._events:
            return None
        events, self._events = self._events, []
        return audit.append_all(self.session, events)


def _make_private(engine: Engine) -> None:
    """An embedded database and its journal files: readable by their owner only."""
    name = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
    if name and name != ":memory:":
        for suffix in ("", "-wal", "-shm"):
            private_file(Path(name + suffix))


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
