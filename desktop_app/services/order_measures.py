"""Issue 14: a staff suspension as an order measure (ordemaatregel, law ST5, ST13): each one,
and each extension, a decision with its urgent ground, response deadline and registered letter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from reports.dutch import day_count, long_date
from reports.kinds import letter_kind

from ..db.models import (
    OrderMeasure,
)
from ..domain import tracks
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.measures import Measure
from .case_rows import load_case_rows
from .database import Actor, Database, Transaction
from .dto import DocumentInfo
from .facts import build_facts, refresh_open_tasks
from .procedure_letters import compose_file
from .settings import legal_settings, school_calendar


@dataclass(frozen=True)
class OrderInfo:
    id: int
    case: int
    extends: int | None
    decided_on: date
    start_on: date
    end_on: date
    days: int
    urgency: str
    extension_ground: str
    response_due: date
    response_on: date | None
    response_note: str
    letter_sent_on: date | None



def _order_info(o: OrderMeasure) -> OrderInfo:
    return OrderInfo(o.id, o.case_id, o.extends_id, o.decided_on, o.start_on, o.end_on,
                     (o.end_on - o.start_on).days + 1, o.urgency, o.extension_ground,
                     o.response_due, o.response_on, o.response_note, o.letter_sent_on)



# --- Suspension as an order measure (ST5, ST13) ---

def decide_order(db: Database, actor: Actor, case_id: int, *, start_on: date, end_on: date,
                 urgency: str, decided_on: date | None = None, extends: int | None = None,
                 extension_ground: str = "") -> OrderInfo:
    """A suspension as an order measure, or its extension: each a decision of its own with a
    response opportunity, at most the CAO's maximum term (ST5)."""
    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        day = decided_on or tx.now.date()
        if day > tx.now.date():
            raise InvalidInput("De besluitdatum ligt in de toekomst.",
                               "The decision date is in the future.")
        facts = build_facts(tx.session, [case.id])[case.id]
        if facts.track.art4a and facts.inspector_calls == 0:
            tracks.check_decision(facts, Measure.SUSPENSION, {})  # V3: the inspector first
        previous = facts.track.last_order()
        response_due = tracks.check_order(
            facts.subject_kind, facts.occurred_on, day, start_on, end_on, urgency, previous,
            extends, extension_ground, legal_settings(tx.session))
        row = OrderMeasure(case_id=case.id, extends_id=extends, decided_on=day,
                           start_on=start_on, end_on=end_on, urgency=urgency.strip(),
                           extension_ground=extension_ground.strip(),
                           response_due=response_due, response_note="", letter_documents={},
                           decided_by=tx.actor_id, created_at=tx.now)
        tx.session.add(row)
        tx.session.flush()
        refresh_open_tasks(tx.session, [case.id])
        tx.audit("case.order_measure", "case", case.id, case_id=case.id,
                 person_id=case.subject_id, order=row.id, extends=extends, start_on=start_on,
                 end_on=end_on)
        return _order_info(row)


def _require_order(tx: Transaction, order_id: int) -> OrderMeasure:
    from ..domain.errors import not_found

    row = tx.session.get(OrderMeasure, order_id)
    if row is None:
        raise not_found("Ordemaatregel", "Order measure", order_id)
    tx.scope.require_case(row.case_id)  # another school's answers like a missing one
    return row


def record_order_response(db: Database, actor: Actor, order_id: int, on: date,
                          note: str) -> OrderInfo:
    """The employee's response to the order suspension, or that none came (ST5)."""
    if not note.strip():
        raise InvalidInput("Vat de zienswijze samen, of vermeld dat er geen is gegeven.",
                           "Summarise the response, or state that none was given.", "ST5")
    with db.transaction(actor) as tx:
        row = _require_order(tx, order_id)
        if on > tx.now.date() or on < row.decided_on:
            raise InvalidInput("De datum ligt vóór het besluit of in de toekomst.",
                               "The date is before the decision or in the future.", "ST5")
        row.response_on, row.response_note = on, note.strip()
        tx.session.flush()
        refresh_open_tasks(tx.session, [row.case_id])
        tx.audit("case.order_response", "case", row.case_id, case_id=row.case_id, order=row.id,
                 on=on)
        return _order_info(row)


def list_orders(db: Database, actor: Actor, case_id: int) -> list[OrderInfo]:
    with db.reading(actor) as rd:
        rd.scope.require_case(case_id)
        return [_order_info(o) for o in rd.session.scalars(
            select(OrderMeasure).where(OrderMeasure.case_id == case_id)
            .order_by(OrderMeasure.start_on, OrderMeasure.id))]


def send_order_letter(db: Database, actor: Actor, order_id: int, *, sent_on: date,
                      registered: str, fields: Mapping[str, str] | None = None,
                      ) -> list[DocumentInfo]:
    """The order suspension's decision letter (or its extension's), by registered post, with
    the response deadline; filed in the personeelsdossier, its dispatch recorded as the step
    'besluit ordemaatregel verstuurd' with the registered-mail number (ST5) through the one
    dispatch path of every letter, and the response term counted from that dispatch."""
    from ..domain.procedure import StepKind
    from ..domain.terms import order_response_due
    from .letters import _recipient, case_fields, check_registered, record_dispatch

    with db.transaction(actor) as tx:
        row = _require_order(tx, order_id)
        kind_code = "suspension_order" if row.extends_id is None else "order_extension"
        kind = letter_kind("staff", kind_code)
        check_registered(kind, registered)
        if row.letter_sent_on is not None:
            raise RuleViolation("De brief bij dit besluit is al verstuurd.",
                                "This decision's letter has been sent already.", "ST5")
        if sent_on > tx.now.date() or sent_on < row.decided_on:
            raise InvalidInput("De verzenddatum ligt vóór het besluit of in de toekomst.",
                               "The dispatch date is before the decision or in the future.")
        rows = load_case_rows(tx.session, row.case_id)
        legal = legal_settings(tx.session)
        # ST5: the employee has the full response period from the letter's dispatch, counted
        # as every term is (domain.terms); the letter prints the date the task list enforces.
        row.response_due = order_response_due(sent_on, legal)
        values = case_fields(tx.session, rows, kind, school_calendar(tx.session), legal,
                             sent_on)
        values.update({k: v for k, v in (fields or {}).items() if str(v).strip()})
        values.update({
            "start_date": long_date(row.start_on), "end_date": long_date(row.end_on),
            "duration": day_count((row.end_on - row.start_on).days + 1),
            "order_reason": row.urgency, "extension_ground": row.extension_ground,
            "response_deadline": long_date(row.response_due),
            "order_response_deadline": long_date(row.response_due)})
        if row.extends_id is not None:
            prev = tx.session.get(OrderMeasure, row.extends_id)
            assert prev is not None
            values["previous_decision_date"] = long_date(prev.decided_on)
            values["previous_end_date"] = long_date(prev.end_on)
        filed = compose_file(tx, rows, kind_code, _recipient(rows.subject), rows.subject,
                              values, sent_on)
        step = record_dispatch(tx, row.case_id, kind, StepKind.ORDER_LETTER_SENT, sent_on,
                               filed, registered, kind.title,
                               {"order": row.id, "response_due": row.response_due.isoformat()})
        row.letter_sent_on = sent_on
        row.letter_documents = {"ids": [d.id for d in filed], "step": step.id}
        tx.session.flush()
        refresh_open_tasks(tx.session, [row.case_id])
        return filed
