"""The legal track of an incident inside a unit of work (issue 14): WPO art. 4a or the
Meldcode route (V1, V9, V10) and the protocol's C4 check. `procedures.set_track` changes it
later; `incidents.register_incident` sets it with the incident, in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db.models import Incident, IncidentRule, IncidentTrack, Involvement, Person
from ..domain import tracks
from ..domain.catalogue import PersonKind
from ..domain.errors import RuleViolation
from .database import Transaction
from .settings import legal_settings


@dataclass(frozen=True)
class TrackFlags:
    """The incident editor's four check boxes."""

    art4a: bool = False
    meldcode: bool = False
    about_school: bool = False
    disclaimer: bool = False

    def any_set(self) -> bool:
        return self.art4a or self.meldcode or self.about_school


def apply_track(tx: Transaction, incident: Incident, flags: TrackFlags) -> IncidentTrack:
    """Check the flags against the people involved and store them, with the C4 rule added for
    a staff post about the school without the 'personal opinion' statement. The caller
    refreshes the cases' open tasks."""
    legal = legal_settings(tx.session)
    involved = [tracks.Involved(PersonKind(kind), role, birth) for kind, role, birth in
                tx.session.execute(
                    select(Person.kind, Involvement.role, Person.birth_date)
                    .join(Involvement, Involvement.person_id == Person.id)
                    .where(Involvement.incident_id == incident.id))]
    tracks.check_flags(flags.art4a, flags.meldcode, involved, incident.occurred_on, legal)
    staff = any(p.kind is PersonKind.STAFF and p.role == "subject" for p in involved)
    if flags.about_school and not staff:
        raise RuleViolation(
            "De controle op 'persoonlijke mening' geldt voor een bericht van een medewerker "
            "(protocol C4): maak de medewerker betrokkene.",
            "The 'personal opinion' check is for a staff member's post (protocol C4): make "
            "the staff member the subject.", "C4")
    track = tx.session.get(IncidentTrack, incident.id)
    if track is None:
        track = IncidentTrack(incident_id=incident.id, board_informed_by="")
        tx.session.add(track)
    track.art4a, track.meldcode = flags.art4a, flags.meldcode
    track.about_school = flags.about_school
    track.disclaimer = flags.disclaimer and flags.about_school
    track.updated_at, track.updated_by = tx.now, tx.actor_id
    codes = list(tx.session.scalars(select(IncidentRule.rule_code)
                                    .where(IncidentRule.incident_id == incident.id)))
    if flags.about_school and not flags.disclaimer and "C4" not in codes:
        tx.session.add(IncidentRule(incident_id=incident.id, rule_code="C4",
                                    position=len(codes)))
    tx.session.flush()
    tx.audit("incident.track", "incident", incident.id, art4a=flags.art4a,
             meldcode=flags.meldcode, about_school=flags.about_school,
             disclaimer=track.disclaimer)
    return track
