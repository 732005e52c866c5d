"""Issue 14: the WPO art. 4a track of an incident (V1-V10) and the protocol's C4 check.

The order suspension (`order_measures`), the notices and the information letter
(`procedure_letters`) are re-exported here: `procedures` is the one door the CLI and the GUI
use. Every task is computed by the one procedure engine (`domain.procedure` with
`domain.tracks`) and stored with the case's other open deadlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import IncidentTrack
from ..domain import tracks
from ..domain.errors import InvalidInput, RuleViolation
from .database import Actor, Database, Transaction
from .deadlines import art4a_tasks
from .facts import refresh_open_tasks
from .incident_track import TrackFlags, apply_track

# The other procedures, behind the same door (re-exported below).
from .order_measures import (
    OrderInfo,
    decide_order,
    list_orders,
    record_order_response,
    send_order_letter,
)
from .procedure_letters import (
    NOTICE_KINDS,
    InformationRequestInfo,
    check_child,
    generate_notice,
    information_letter,
    information_requests,
    request_information,
)
from .settings import legal_settings


@dataclass(frozen=True)
class TrackInfo:
    incident_id: int
    art4a: bool
    meldcode: bool
    board_informed_at: datetime | None
    board_informed_by: str
    about_school: bool
    disclaimer: bool



def _track_info(incident_id: int, t: IncidentTrack | None) -> TrackInfo:
    if t is None:
        return TrackInfo(incident_id, False, False, None, "", False, False)
    return TrackInfo(incident_id, t.art4a, t.meldcode, t.board_informed_at, t.board_informed_by,
                     t.about_school, t.disclaimer)



def definition(db: Database, actor: Actor) -> tuple[str, str]:
    """The 4a flag's definition as the board's settings make it (V1, V9)."""
    with db.reading(actor) as rd:
        return tracks.art4a_definition(legal_settings(rd.session))


def get_track(db: Database, actor: Actor, incident_id: int) -> TrackInfo:
    with db.reading(actor) as rd:
        rd.scope.require_incident(incident_id)
        return _track_info(incident_id, rd.session.get(IncidentTrack, incident_id))


def _case_ids(tx: Transaction, incident_id: int) -> list[int]:
    from ..db.models import Case

    return list(tx.session.scalars(select(Case.id).where(Case.incident_id == incident_id)))


def set_track(db: Database, actor: Actor, incident_id: int, *, art4a: bool, meldcode: bool,
              about_school: bool = False, disclaimer: bool = False) -> TrackInfo:
    """Put the incident on the 4a track or the Meldcode route (V1, V9, V10), and record the
    C4 check: a staff post about the school without the 'personal opinion' statement adds
    protocol rule C4. A new incident gets its track from `incidents.register_incident`."""
    with db.transaction(actor) as tx:
        incident = tx.scope.require_incident(incident_id)
        track = apply_track(tx, incident, TrackFlags(art4a, meldcode, about_school, disclaimer))
        refresh_open_tasks(tx.session, _case_ids(tx, incident.id))
        return _track_info(incident.id, track)


def board_informed(db: Database, actor: Actor, incident_id: int, at: datetime,
                   by: str) -> TrackInfo:
    """V2: the moment the board itself received the report (a director is not the board)."""
    if not by.strip():
        raise InvalidInput("Vermeld wie namens het bevoegd gezag de melding ontving.",
                           "State who received the report on behalf of the board.", "V2")
    with db.transaction(actor) as tx:
        tx.scope.require_restricted()
        incident = tx.scope.require_incident(incident_id)
        track = tx.session.get(IncidentTrack, incident.id)
        if track is None or not track.art4a:
            raise RuleViolation(
                "Dit incident volgt niet de route van art. 4a WPO; zet eerst de markering.",
                "This incident is not on the WPO art. 4a track; set the flag first.", "V1")
        if at > tx.now:
            raise InvalidInput("Dit moment ligt in de toekomst.", "This moment is in the future.")
        if at.date() < incident.occurred_on:
            raise InvalidInput("Dit moment ligt vóór het incident.",
                               "This moment is before the incident.")
        track.board_informed_at, track.board_informed_by = at, by.strip()
        track.updated_at, track.updated_by = tx.now, tx.actor_id
        tx.session.flush()
        refresh_open_tasks(tx.session, _case_ids(tx, incident.id))
        tx.audit("incident.board_informed", "incident", incident.id, at=at, by=by.strip())
        return _track_info(incident.id, track)


__all__ = ["NOTICE_KINDS", "InformationRequestInfo", "OrderInfo", "TrackFlags", "TrackInfo",
           "art4a_tasks", "board_informed", "check_child", "decide_order", "definition",
           "generate_notice", "get_track", "information_letter", "information_requests",
           "list_orders", "record_order_response", "request_information", "send_order_letter",
           "set_track"]
