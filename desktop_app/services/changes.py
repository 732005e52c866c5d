"""What a write changed: kinds of records and their ids, so each view refreshes only that."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """Kinds of record a view may show; the UI's change signal carries these values."""

    BOARD = "board"
    SCHOOL = "school"
    PERSON = "person"
    INCIDENT = "incident"
    CASE = "case"
    DOCUMENT = "document"
    CONSENT = "consent"
    INSPECTOR = "inspector"
    SETTING = "setting"
    ACCOUNT = "account"
    ACCESS_REQUEST = "access_request"


# Audit entities -> the kind of record they change.
ENTITY_KINDS: dict[str, Kind] = {
    "board": Kind.BOARD, "school": Kind.SCHOOL, "person": Kind.PERSON,
    "incident": Kind.INCIDENT, "case": Kind.CASE, "document": Kind.DOCUMENT,
    "consent": Kind.CONSENT, "consent_statement": Kind.CONSENT, "consent_review": Kind.CONSENT,
    "inspector_call": Kind.INSPECTOR, "police_report": Kind.INSPECTOR,
    "setting": Kind.SETTING, "user": Kind.ACCOUNT, "access_request": Kind.ACCESS_REQUEST,
}


@dataclass(frozen=True)
class Changes:
    """A typed change set, like Anki's OpChanges: empty for reads and audited views."""

    ids: Mapping[Kind, frozenset[int]] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.ids)

    @classmethod
    def everything(cls) -> Changes:
        """Every kind, no ids: the whole database was replaced (a restore)."""
        return cls({kind: frozenset() for kind in Kind})

    def touches(self, kind: Kind | str) -> bool:
        return Kind(kind) in self.ids

    def of(self, kind: Kind | str) -> frozenset[int]:
        return self.ids.get(Kind(kind), frozenset())

    def __bool__(self) -> bool:
        return bool(self.ids)

    def merged(self, other: Changes) -> Changes:
        joined = {k: self.of(k) | other.of(k) for k in self.kinds | other.kinds}
        return Changes(joined)


class ChangeRecorder:
    """Collects what committed transactions changed while it is active (one per op)."""

    def __init__(self) -> None:
        self._ids: dict[Kind, set[int]] = {}

    def add(self, kind: Kind, ids: Iterable[int | None] = ()) -> None:
        bucket = self._ids.setdefault(kind, set())
        bucket.update(i for i in ids if i is not None)

    def extend(self, changes: Changes) -> None:
        for kind, ids in changes.ids.items():
            self.add(kind, ids)

    def result(self) -> Changes:
        return Changes({k: frozenset(v) for k, v in self._ids.items()})
