"""The application-level change signal: writes say what changed, views refresh only that."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# Kinds of change a view may care about.
INCIDENT = "incident"
CASE = "case"
PERSON = "person"
DOCUMENT = "document"
SCHOOL = "school"
SETTING = "setting"
INSPECTOR = "inspector"
CONSENT = "consent"
ALL = "all"


class ChangeBus(QObject):
    """One per window: `changed(kind, ids)`; `source` lets a view skip its own echo."""

    changed = Signal(str, object, object)  # kind, tuple of ids, source object (or None)

    def notify(self, kind: str, ids: Iterable[int] = (), source: object | None = None) -> None:
        self.changed.emit(kind, tuple(ids), source)
