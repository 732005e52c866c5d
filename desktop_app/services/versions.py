"""Two users at once: a form saved after someone else changed the same row is refused."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent, UserAccount
from ..domain.errors import CaseManagerError


class StaleRecord(CaseManagerError):
    """The row changed since the form was loaded; nothing was overwritten."""


def check_version(session: Session, entity: str, entity_id: int, current: int,
                  expected: int | None) -> None:
    """Refuse when the form's version is not the row's: say who changed it and when."""
    if expected is None or expected == current:
        return
    event = session.scalars(
        select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
        .order_by(AuditEvent.seq.desc()).limit(1)).first()
    _refuse(session, event)


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
    _refuse(session, found)


def _refuse(session: Session, event: AuditEvent | None) -> None:
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
        "overwritten.")
