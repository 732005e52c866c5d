"""The database handle services work on: engine, sessions, clock and the audited transaction."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..db import migrate
from ..db.engine import WRITE, make_engine, make_sessionmaker
from . import audit


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
        if upgrade and migrate.upgrade_if_needed(self.engine) != "":
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

    @contextmanager
    def transaction(self, actor: Actor | None) -> Iterator[Transaction]:
        """One unit of work: everything inside commits with its audit events, or nothing does."""
        outer = self._outer()
        if outer is not None:
            # Inside a batch: a savepoint, so a refused step undoes only itself.
            with outer.begin_nested():
                yield Transaction(outer, actor, self.now())
            return
        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            yield Transaction(session, actor, self.now())

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
            finally:
                self._local.session = None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        outer = self._outer()
        if outer is not None:
            yield outer
            return
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


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
