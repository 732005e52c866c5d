"""Loading the issue-14 track facts (4a flag, order measures, protocol rules) for many cases."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Case, Incident, IncidentRule, IncidentTrack, OrderMeasure
from ..domain.track_facts import OrderFact, TrackFacts


def load_tracks(session: Session, case_ids: Iterable[int]) -> dict[int, TrackFacts]:
    """Per case, in four queries however many cases."""
    ids = list(case_ids)
    if not ids:
        return {}
    incidents = {case_id: (incident_id, category) for case_id, incident_id, category in
                 session.execute(select(Case.id, Case.incident_id, Incident.category)
                                 .join(Incident, Incident.id == Case.incident_id)
                                 .where(Case.id.in_(ids)))}
    incident_ids = {i for i, _ in incidents.values()}
    tracks = {t.incident_id: t for t in session.scalars(
        select(IncidentTrack).where(IncidentTrack.incident_id.in_(incident_ids)))}
    rules: dict[int, list[str]] = {}
    for incident_id, code in session.execute(
            select(IncidentRule.incident_id, IncidentRule.rule_code)
            .where(IncidentRule.incident_id.in_(incident_ids))
            .order_by(IncidentRule.position)):
        rules.setdefault(incident_id, []).append(code)
    orders: dict[int, list[OrderFact]] = {}
    for o in session.scalars(select(OrderMeasure).where(OrderMeasure.case_id.in_(ids))
                             .order_by(OrderMeasure.start_on, OrderMeasure.id)):
        orders.setdefault(o.case_id, []).append(OrderFact(
            o.id, o.decided_on, o.start_on, o.end_on, o.response_due, o.extends_id,
            o.response_on is not None, o.letter_sent_on is not None))
    result: dict[int, TrackFacts] = {}
    for case_id, (incident_id, category) in incidents.items():
        track = tracks.get(incident_id)
        result[case_id] = TrackFacts(
            art4a=bool(track and track.art4a), meldcode=bool(track and track.meldcode),
            board_informed_on=(track.board_informed_at.date()
                               if track is not None and track.board_informed_at else None),
            category=category, rules=tuple(rules.get(incident_id, [])),
            orders=tuple(orders.get(case_id, [])))
    return result
