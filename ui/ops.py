"""The op builder: run a function on a worker thread with the Database, results back by signal.

The function receives an OpContext (the Database, the acting account, progress and cancel),
never a widget. Read UI state before building the op. Success, failure and progress callbacks
run on the GUI thread; a callback whose owner widget is gone is skipped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app import faults
from desktop_app.services.database import Actor, Database

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside an op when the user pressed Cancel; not an error."""


@dataclass
class OpContext:
    db: Database
    actor: Actor
    _progress: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._progress(done, total, label)

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call back to the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[OpContext], Any], ctx: OpContext, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._ctx = ctx
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as error:  # noqa: BLE001 - every failure goes to the GUI thread
            self._relay.failed.emit(error)
            return
        self._relay.succeeded.emit(result)


class OpHandle:
    """What `run()` returns: lets the caller cancel a long op."""

    def __init__(self, cancel: threading.Event) -> None:
        self._cancel = cancel

    def cancel(self) -> None:
        self._cancel.set()


class Op(Generic[T]):
    """Built with the function, then given callbacks, then `run()`."""

    def __init__(self, runner: OpRunner, fn: Callable[[OpContext], T]) -> None:
        self._runner = runner
        self._fn = fn
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[int, int, str], None] | None = None
        self._owner: QObject | None = None

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._failure = callback
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> Op[T]:
        self._progress = callback
        return self

    def owner(self, widget: QObject) -> Op[T]:
        self._owner = widget
        return self

    def run(self) -> OpHandle:
        return self._runner.start(
            self._fn, self._success, self._failure, self._progress, self._owner
        )


class OpRunner(QObject):
    """One worker thread: database access from background work is serialised."""

    idle = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        on_error: Callable[[QObject | None, BaseException], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._on_error = on_error

    @property
    def active(self) -> int:
        return len(self._relays)

    def op(self, fn: Callable[[OpContext], T]) -> Op[T]:
        return Op(self, fn)

    def start(
        self,
        fn: Callable[[OpContext], Any],
        success: Callable[[Any], None] | None,
        failure: Callable[[BaseException], None] | None,
        progress: Callable[[int, int, str], None] | None,
        owner: QObject | None,
    ) -> OpHandle:
        relay = _Relay(self)
        cancel = threading.Event()
        ctx = OpContext(self.db, self.actor, relay.progressed.emit, cancel)

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            if not self._relays:
                self.busy_changed.emit(False)
                self.idle.emit()

        def on_success(result: object) -> None:
            try:
                if success is not None and alive():
                    success(result)
            finally:
                finish()

        def on_failure(error: object) -> None:
            try:
                if isinstance(error, Cancelled) or not alive():
                    return
                assert isinstance(error, BaseException)
                if not isinstance(error, Exception) or not _is_rule(error):
                    # Where it failed, without SQL or values; a known fault only as INFO.
                    faults.log_failure(log, error, "background op failed")
                if failure is not None:
                    failure(error)
                elif self._on_error is not None:
                    self._on_error(owner, error)
            finally:
                finish()

        def on_progress(done: int, total: int, label: str) -> None:
            if progress is not None and alive():
                progress(done, total, label)

        relay.succeeded.connect(on_success)
        relay.failed.connect(on_failure)
        relay.progressed.connect(on_progress)
        if not self._relays:
            self.busy_changed.emit(True)
        self._relays.add(relay)
        self._pool.start(_Runnable(fn, ctx, relay))
        return OpHandle(cancel)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)


def _is_rule(error: BaseException) -> bool:
    from desktop_app.domain.errors import CaseManagerError

    return isinstance(error, CaseManagerError)
