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

import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..db import migrate
from ..db.engine import WRITE, make_engine, make_sessionmaker
from ..domain.access import ALL_SCHOOLS, Role
from ..domain.errors import AccessDenied, access_denied
from . import audit
from .changes import ENTITY_KINDS, ChangeRecorder, Changes, Kind
from .scope import Refusal, Scope

__all__ = ["Actor", "Changes", "Database", "Kind", "Reading", "RequestContext", "Role",
           "Transaction"]


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
        """An audited read: opening a case, a document or a dossier on purpose."""
        with self._unit(actor, records_changes=False) as tx:
            yield tx

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
            else:
                with self.sessions() as session, session.begin():
                    session.connection(execution_options=WRITE)
                    tx = Transaction(session, actor, self.now(), refusals, records_changes)
                    yield tx
        except BaseException:
            if refusals and actor is not None:
                self._audit_refusals(actor, refusals)
            raise
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
                with self.sessions() as session:
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
            try:
                yield
            finally:
                self._local.session = None

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

    def _publish(self, changes: Changes) -> None:
        if changes:
            for recorder in self._recorders():
                recorder.extend(changes)

    def _audit_refusals(self, actor: Actor, refusals: list[Refusal]) -> None:
        """A refused access is evidence too: written after the refused unit rolled back."""
        def write(session: Session) -> None:
            for r in refusals:
                audit.append(session, self.now(), actor.id, "access.refused", r.entity,
                             r.entity_id, None, None, {"reason": r.reason,
                                                       "role": actor.role.value})
        outer = self._outer()
        if outer is not None:
            write(outer)
            return
        with self.sessions() as session, session.begin():
            session.connection(execution_options=WRITE)
            write(session)

    def dispose(self) -> None:
        self.engine.dispose()


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
        audit.append(self.session, self.now, self.actor.id if self.actor else None, action,
                     entity, entity_id, person_id, case_id, details)
        kind = ENTITY_KINDS.get(entity)
        if kind is not None:
            self.changed(kind, entity_id)
        if case_id is not None:
            self.changed(Kind.CASE, case_id)
