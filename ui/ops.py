"""The op builder: the GUI's one door to the services. Every service call, read or write,
runs in a function given to `ctx.ops.op(fn)`, on a worker thread, never on the GUI thread.

The function receives an OpContext (the Database, the acting account, progress and cancel),
never a widget. Read UI state before building the op. Success, failure and progress callbacks
run on the GUI thread; a callback whose owner widget is gone is skipped. What the op's writes
changed (`db.recording()`, a `Changes` set) is announced on the change bus after the success
callback: no view fires the change signal by hand. A refusal or failure without a failure
callback goes to the one error path (`errors.show_error`). An op marked `.refresh()` re-reads a
view after a change signal: its audited reads write no view event (`Database.refreshing`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from desktop_app import faults
from desktop_app.services.changes import Changes
from desktop_app.services.database import Actor, Database

from .bus import ChangeBus

log = logging.getLogger(__name__)
T = TypeVar("T")
_OWNER = object()  # the change signal's source defaults to the op's owner


class Cancelled(Exception):
    """Raised inside an op when the user pressed Cancel; not an error."""


@dataclass
class OpContext:
    db: Database
    _actor: Actor | None
    _progress: Callable[[int, int, str], None]
    _cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def actor(self) -> Actor:
        """The signed-in account (ops before the sign-in have none)."""
        if self._actor is None:
            raise RuntimeError("no account is signed in")
        return self._actor

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

    succeeded = Signal(object, object)  # result, Changes
    failed = Signal(object, object)  # error, Changes (what committed before it failed)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[OpContext], Any], ctx: OpContext, relay: _Relay,
                 refresh: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._ctx = ctx
        self._relay = relay
        self._refresh = refresh

    def run(self) -> None:
        db = self._ctx.db
        with db.recording() as recorder:
            try:
                if self._refresh:
                    with db.refreshing():
                        result = self._fn(self._ctx)
                else:
                    result = self._fn(self._ctx)
            except BaseException as error:  # noqa: BLE001 - every failure goes to the GUI thread
                self._relay.failed.emit(error, recorder.result())
                return
        self._relay.succeeded.emit(result, recorder.result())


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
        self._source: object | None = _OWNER
        self._refresh = False
        self._disabled: list[QWidget] = []

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

    def source(self, view: object) -> Op[T]:
        """The view that shows the result itself: named as the change signal's source, so it
        can skip reloading what it just showed (default: the owner; None: every view)."""
        self._source = view
        return self

    def disabling(self, *widgets: QWidget) -> Op[T]:
        """Disable these (an OK button) while the op runs: no second click writes twice."""
        self._disabled.extend(widgets)
        return self

    def refresh(self) -> Op[T]:
        """A re-read after a change signal: audited reads in it write no view event."""
        self._refresh = True
        return self

    def run(self) -> OpHandle:
        source = self._owner if self._source is _OWNER else self._source
        widgets = [(w, w.isEnabled()) for w in self._disabled]
        for widget, _ in widgets:
            widget.setEnabled(False)

        def restore() -> None:
            for widget, enabled in widgets:
                if shiboken6.isValid(widget):
                    widget.setEnabled(enabled)

        return self._runner.start(
            self._fn, self._success, self._failure, self._progress, self._owner,
            source=source, refresh=self._refresh, finished=restore if widgets else None,
        )


class OpRunner(QObject):
    """One worker thread: database access from background work is serialised."""

    idle = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        actor: Actor | None,
        on_error: Callable[[QObject | None, BaseException], object] | None = None,
        parent: QObject | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.bus = bus
        self._refreshing = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._on_error = on_error

    @property
    def active(self) -> int:
        return len(self._relays)

    def op(self, fn: Callable[[OpContext], T]) -> Op[T]:
        return Op(self, fn)

    @contextmanager
    def refreshing(self) -> Iterator[None]:
        """Ops started inside the block re-read views after a change signal (`Op.refresh`)."""
        self._refreshing += 1
        try:
            yield
        finally:
            self._refreshing -= 1

    def show_error(self, owner: QObject | None, error: BaseException) -> None:
        """The one error path: a refusal, a fault or a bug, each in its dialog."""
        if self._on_error is not None and not isinstance(error, Cancelled):
            self._on_error(owner, error)

    def start(
        self,
        fn: Callable[[OpContext], Any],
        success: Callable[[Any], None] | None,
        failure: Callable[[BaseException], None] | None,
        progress: Callable[[int, int, str], None] | None,
        owner: QObject | None,
        source: object | None = None,
        refresh: bool = False,
        finished: Callable[[], None] | None = None,
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

        def announce(changes: object) -> None:
            # Before `finish`: the refreshes it starts keep the runner busy, no idle gap.
            if self.bus is not None and isinstance(changes, Changes):
                self.bus.announce(changes, source)

        refresh = refresh or self._refreshing > 0

        def on_success(result: object, changes: object) -> None:
            try:
                if finished is not None:
                    finished()
                if success is not None and alive():
                    if refresh:  # what a refresh starts in turn (a preview) is one too
                        with self.refreshing():
                            success(result)
                    else:
                        success(result)
            finally:
                try:
                    announce(changes)
                finally:
                    finish()

        def on_failure(error: object, changes: object) -> None:
            try:
                if finished is not None:
                    finished()
                announce(changes)
                if isinstance(error, Cancelled) or not alive():
                    return
                assert isinstance(error, BaseException)
                if failure is not None and (not isinstance(error, Exception)
                                            or not _is_rule(error)):
                    # Where it failed, without SQL or values; a known fault only as INFO.
                    # (The one error path logs what reaches it itself.)
                    faults.log_failure(log, error, "background op failed")
                if failure is not None:
                    failure(error)
                else:
                    self.show_error(owner, error)
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
        self._pool.start(_Runnable(fn, ctx, relay, refresh))
        return OpHandle(cancel)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is done (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)


def _is_rule(error: BaseException) -> bool:
    from desktop_app.domain.errors import CaseManagerError

    return isinstance(error, CaseManagerError)
