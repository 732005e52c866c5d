"""Two users at once: a form saved after someone else changed the same row is refused."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent, UserAccount
from ..domain.errors import CaseManagerError

_READS = frozenset({"view", "preview", "open", "print", "export"})


class StaleRecord(CaseManagerError):
    """The row changed since the form was loaded; nothing was overwritten."""


def check_version(session: Session, entity: str, entity_id: int, current: int,
                  expected: int | None) -> None:
    """Refuse when the form's version is not the row's: say who changed it and when."""
    if expected is None or expected == current:
        return
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.seq.desc()).limit(200))
    # Who changed it: a view, preview or print of the row (the reader's own `case show`) is
    # no change and names the wrong person.
    event = next((e for e in events if e.action.rsplit(".", 1)[-1] not in _READS), None)
    _refuse(session, event, entity, entity_id, current)


def check_setting_version(session: Session, key: str, current: int,
                          expected: int | None) -> None:
    """The same for a board setting or template text, a row keyed by name (version 0: none
    stored yet): the last event that named this key says who changed it."""
    if expected is None or expected == current:
        return
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == "setting")
        .order_by(AuditEvent.seq.desc()).limit(200))
    found = next((e for e in events if isinstance(e.details, dict) and key in (
        e.details.get("key"), "template:" + str(e.details.get("path")))), None)
    _refuse(session, found, "setting", key, current)


def _refuse(session: Session, event: AuditEvent | None, entity: str, entity_id: int | str,
            current: int) -> None:
    who, when = "een andere gebruiker", ""
    who_en = "another user"
    if event is not None:
        account = session.get(UserAccount, event.actor_id) if event.actor_id else None
        if account is not None:
            who = who_en = account.display_name or account.username
        when = f"{event.at:%d-%m-%Y %H:%M}"
    at_nl = f" om {when}" if when else ""
    at_en = f" at {when}" if when else ""
    raise StaleRecord(
        f"Gewijzigd door {who}{at_nl} — herlaad en voer uw wijziging opnieuw in; er is niets "
        "overschreven.",
        f"Changed by {who_en}{at_en} — reload and enter your change again; nothing was "
        "overwritten.",
        # No `field`: the whole form is stale, not one input. The CLI words the way out
        # (--expected-version with the row's current version) from these values.
        values={"entity": entity, "entity_id": entity_id, "current_version": current})
