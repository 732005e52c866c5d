"""The application-level change signal: what an op's writes changed, so views refresh only that.

Only the op runner (ui/ops.py) announces changes, from the op's change set; no view fires the
signal by hand. The kinds are `services.changes.Kind` values.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.services.changes import Changes, Kind

# Kinds of change a view may care about (the change set's kinds, one definition).
BOARD = Kind.BOARD.value
INCIDENT = Kind.INCIDENT.value
CASE = Kind.CASE.value
PERSON = Kind.PERSON.value
DOCUMENT = Kind.DOCUMENT.value
SCHOOL = Kind.SCHOOL.value
SETTING = Kind.SETTING.value
INSPECTOR = Kind.INSPECTOR.value
CONSENT = Kind.CONSENT.value
ACCOUNT = Kind.ACCOUNT.value


class ChangeBus(QObject):
    """One per window. `applied(changes, source)` once per op whose writes changed records;
    `changed(kind, ids, source)` once per kind in it. `source` is the view that shows the
    result itself (it may skip its own echo)."""

    changed = Signal(str, object, object)  # kind, tuple of ids, source object (or None)
    applied = Signal(object, object)  # Changes, source object (or None)

    def announce(self, changes: Changes, source: object | None = None) -> None:
        if not changes:
            return
        for kind in sorted(changes.kinds):
            self.changed.emit(kind.value, tuple(sorted(changes.of(kind))), source)
        self.applied.emit(changes, source)
