"""Board settings stored in the database: legal terms, proposal policy, overall-severity rule."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..db.models import Setting
from ..domain.access import ADMINISTRATORS
from ..domain.errors import InvalidInput
from ..domain.legal import LegalSettings
from ..domain.policy import ProposalPolicy
from ..domain.school_calendar import SchoolCalendar
from ..domain.severity import OverallRule
from .database import Actor, Database
from .versions import check_setting_version

LEGAL = "legal"
POLICY = "proposal_policy"
SEVERITY_RULE = "severity_rule"
CALENDAR = "school_calendar"


def _raw(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(Setting, key)
    return dict(row.value) if row is not None else None


def legal_settings(session: Session) -> LegalSettings:
    raw = _raw(session, LEGAL)
    return LegalSettings.from_dict(raw) if raw else LegalSettings()


def school_calendar(session: Session) -> SchoolCalendar:
    """The board's school calendar: its region's default holidays unless edited (P-S1)."""
    raw = _raw(session, CALENDAR)
    return SchoolCalendar.from_dict(raw) if raw else SchoolCalendar()


def get_calendar(db: Database, actor: Actor) -> SchoolCalendar:
    with db.reading(actor) as rd:
        return school_calendar(rd.session)


def set_calendar(db: Database, actor: Actor, region: str,
                 periods: list[dict[str, Any]] | None = None) -> SchoolCalendar:
    """Choose the region and, optionally, the board's own holiday periods (None = defaults)."""
    data: dict[str, Any] = {"region": region}
    if periods is not None:
        data["periods"] = periods
    calendar = SchoolCalendar.from_dict(data)  # validates before anything is written
    _store(db, actor, CALENDAR, calendar.to_dict(customised=periods is not None))
    return calendar


def proposal_policy(session: Session) -> ProposalPolicy:
    raw = _raw(session, POLICY)
    return ProposalPolicy.from_dict(raw) if raw else ProposalPolicy()


def severity_rule(session: Session) -> OverallRule:
    raw = _raw(session, SEVERITY_RULE)
    return OverallRule(raw["rule"]) if raw else OverallRule.MAXIMUM


def get_legal(db: Database, actor: Actor) -> LegalSettings:
    with db.reading(actor) as rd:
        return legal_settings(rd.session)


def get_severity_rule(db: Database, actor: Actor) -> OverallRule:
    with db.reading(actor) as rd:
        return severity_rule(rd.session)


def get_policy(db: Database, actor: Actor) -> ProposalPolicy:
    with db.reading(actor) as rd:
        return proposal_policy(rd.session)


def setting_version(db: Database, actor: Actor, key: str) -> int:
    """The version a form loads with a setting and sends back on save (0: none stored)."""
    with db.reading(actor) as rd:
        row = rd.session.get(Setting, key)
        return row.version if row is not None else 0


def _store(db: Database, actor: Actor, key: str, value: dict[str, Any],
           expected_version: int | None = None) -> None:
    with db.transaction(actor, ADMINISTRATORS) as tx:
        row = tx.session.get(Setting, key)
        check_setting_version(tx.session, key, row.version if row is not None else 0,
                              expected_version)
        old = dict(row.value) if row is not None else None
        if row is None:
            tx.session.add(Setting(key=key, value=value, updated_at=tx.now))
        else:
            row.value = value
            row.updated_at = tx.now
        if key == LEGAL:
            # The terms decide the due dates: every stored deadline follows in this transaction.
            from .facts import refresh_all_open_tasks

            tx.session.flush()
            refresh_all_open_tasks(tx.session)
        tx.audit("setting.change", "setting", None, key=key, old=old, new=value)


def set_legal(db: Database, actor: Actor, changes: dict[str, Any],
              expected_version: int | None = None) -> LegalSettings:
    """`expected_version` (setting_version(LEGAL) when the form loaded): a form saved after
    someone else changed the terms is refused and nothing is overwritten."""
    merged = {**get_legal(db, actor).to_dict(), **changes}
    settings = LegalSettings.from_dict(merged)  # validates before anything is written
    _store(db, actor, LEGAL, settings.to_dict(), expected_version)
    return settings


def set_policy(db: Database, actor: Actor, data: dict[str, Any],
               expected_version: int | None = None) -> ProposalPolicy:
    policy = ProposalPolicy.from_dict(data)
    _store(db, actor, POLICY, policy.to_dict(), expected_version)
    return policy


def set_severity_rule(db: Database, actor: Actor, rule: str,
                      expected_version: int | None = None) -> OverallRule:
    try:
        chosen = OverallRule(rule)
    except ValueError:
        possible = [r.value for r in OverallRule]
        raise InvalidInput(
            "Onbekende regel voor de totale ernst: kies het maximum of het afgeronde "
            "gemiddelde van de drie assen.",
            "Unknown rule for the overall severity: choose the maximum or the rounded mean of "
            "the three axes.",
            values={"possible": possible}) from None
    _store(db, actor, SEVERITY_RULE, {"rule": chosen.value}, expected_version)
    return chosen
