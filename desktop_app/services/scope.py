"""Access in one place: what the acting account may see, applied to every query by school.

A record of a school the account may not see answers exactly as a record that does not exist
(no leak that it exists); the refusal is remembered and audited by the unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, Select, false, select, true
from sqlalchemy.orm import Session

from ..db.models import (
    Case,
    ConsentStatement,
    Document,
    Incident,
    InspectorCall,
    Person,
    PoliceReport,
    School,
)
from ..domain.access import (
    ADMINISTRATORS,
    AUDIT_READERS,
    AUDIT_STAFF_READERS,
    RESTRICTED_READERS,
    Role,
)
from ..domain.catalogue import PersonKind
from ..domain.errors import AccessDenied, NotFound, access_denied, not_found

if TYPE_CHECKING:
    from .database import Actor

Q = TypeVar("Q", bound=Select[Any])
PERSONNEL = "personeelsdossier"


@dataclass(frozen=True)
class Refusal:
    entity: str
    entity_id: int | None
    reason: str  # "scope" (another school's record) or "role"


class Scope:
    """Query helpers bound to one session and one account."""

    def __init__(self, session: Session, actor: Actor | None, refusals: list[Refusal]) -> None:
        self.session = session
        self.actor = actor
        self._refusals = refusals

    # -- what the account may see ----------------------------------------------------------

    @property
    def schools(self) -> frozenset[int] | None:
        """The schools the account sees; None means every school."""
        return None if self.actor is None else self.actor.schools

    def _school_in(self, column: Any) -> ColumnElement[bool]:
        schools = self.schools
        if schools is None:
            return true()
        if not schools:
            return false()
        return column.in_(sorted(schools))

    def sees_school(self, school_id: int) -> bool:
        return self.schools is None or school_id in self.schools

    def visible_incident_ids(self) -> Select[Any]:
        return select(Incident.id).where(self._school_in(Incident.school_id))

    def visible_case_ids(self) -> Select[Any]:
        return select(Case.id).where(Case.incident_id.in_(self.visible_incident_ids()))

    def visible_person_ids(self) -> Select[Any]:
        return select(Person.id).where(self._school_in(Person.school_id))

    # -- scoping whole queries -------------------------------------------------------------

    def schools_query(self, query: Q) -> Q:
        return query.where(self._school_in(School.id))

    def people(self, query: Q) -> Q:
        return query.where(self._school_in(Person.school_id))

    def incidents(self, query: Q) -> Q:
        if self.schools is None:  # no `WHERE true`: SQLite then counts by scanning an index
            return query          # instead of its b-tree count (4.6 ms -> 0.2 ms at 100,000)
        return query.where(self._school_in(Incident.school_id))

    def cases(self, query: Q) -> Q:
        if self.schools is None:
            return query
        return query.where(Case.incident_id.in_(self.visible_incident_ids()))

    def consent(self, query: Q) -> Q:
        if self.schools is None:
            return query
        return query.where(ConsentStatement.person_id.in_(self.visible_person_ids()))

    def calls(self, query: Q) -> Q:
        self.require_restricted()
        if self.schools is None:
            return query
        return query.where(InspectorCall.case_id.in_(self.visible_case_ids()))

    def documents(self, query: Q) -> Q:
        """Documents of visible people or visible incidents; personnel dossiers only for the
        roles that may read them."""
        if self.schools is not None:
            query = query.where(
                Document.owner_id.in_(self.visible_person_ids())
                | Document.incident_id.in_(self.visible_incident_ids()))
        if not self.may_read_personnel():
            query = query.where(Document.dossier != PERSONNEL)
        return query

    # -- asking by id ----------------------------------------------------------------------

    def refuse(self, entity: str, entity_id: int | None, error: NotFound) -> NotFound:
        self._refusals.append(Refusal(entity, entity_id, "scope"))
        return error

    def require_school(self, school_id: int) -> School:
        school = self.session.get(School, school_id)
        error = not_found("School", "School", school_id)
        if school is None:
            raise error
        if not self.sees_school(school.id):
            raise self.refuse("school", school_id, error)
        return school

    def require_person(self, person_id: int, what_nl: str = "Persoon",
                       what_en: str = "Person") -> Person:
        person = self.session.get(Person, person_id)
        error = not_found(what_nl, what_en, person_id)
        if person is None:
            raise error
        if not self.sees_school(person.school_id):
            raise self.refuse("person", person_id, error)
        return person

    def require_incident(self, incident_id: int) -> Incident:
        incident = self.session.get(Incident, incident_id)
        error = not_found("Incident", "Incident", incident_id)
        if incident is None:
            raise error
        if not self.sees_school(incident.school_id):
            raise self.refuse("incident", incident_id, error)
        return incident

    def require_case(self, case_id: int) -> Case:
        case = self.session.get(Case, case_id)
        error = not_found("Zaak", "Case", case_id)
        if case is None:
            raise error
        if self.schools is not None:
            school_id = self.session.scalar(
                select(Incident.school_id).where(Incident.id == case.incident_id))
            if school_id is None or not self.sees_school(school_id):
                raise self.refuse("case", case_id, error)
        return case

    def require_document(self, document_id: int) -> Document:
        doc = self.session.get(Document, document_id)
        error = not_found("Document", "Document", document_id)
        if doc is None:
            raise error
        visible = self.session.scalar(self.documents(
            select(Document.id).where(Document.id == document_id)))
        if visible is None:
            raise self.refuse("document", document_id, error)
        return doc

    def require_police_report(self, report_id: int) -> PoliceReport:
        report = self.session.get(PoliceReport, report_id)
        error = not_found("Aangifte", "Police report", report_id)
        if report is None:
            raise error
        self.require_case(report.case_id)
        return report

    # -- roles -----------------------------------------------------------------------------

    def _role(self) -> Role | None:
        return None if self.actor is None else self.actor.role

    def may_read_restricted(self) -> bool:
        """The inspector call log and police reports: hr, board and administrator."""
        return self.actor is None or self._role() in RESTRICTED_READERS

    def may_read_personnel(self) -> bool:
        """Personnel dossiers: hr, board, administrator, and the director for his schools'
        staff (he decides staff measures under the board's mandate, law P-S9)."""
        return self.actor is None or self._role() in RESTRICTED_READERS | {Role.DIRECTOR}

    def require_restricted(self) -> None:
        if not self.may_read_restricted():
            self._refusals.append(Refusal("restricted", None, "role"))
            raise access_denied()

    def require_dossier(self, person: Person) -> None:
        """A staff member's personnel dossier is for the roles that may read it."""
        if person.kind == PersonKind.STAFF.value and not self.may_read_personnel():
            self._refusals.append(Refusal("person", person.id, "role"))
            raise access_denied()

    def may_read_audit(self) -> bool:
        """The audit trail: administrator and board all of it, HR what concerns staff."""
        return self.actor is None or self._role() in AUDIT_READERS | AUDIT_STAFF_READERS

    def require_audit_reader(self) -> None:
        if not self.may_read_audit():
            self._refusals.append(Refusal("audit", None, "role"))
            raise AccessDenied(
                "Alleen de beheerder, het bestuur en HR mogen de audittrail inzien.",
                "Only the administrator, the board and HR may see the audit trail.", "AVG-32")

    def audit_events(self, query: Q, subject: Any) -> Q:
        """The trail's events this account may read; `subject` is the Person the events are
        joined to. HR reads only events about staff members."""
        self.require_audit_reader()
        if self._role() in AUDIT_STAFF_READERS:
            return query.where(subject.kind == PersonKind.STAFF.value)
        return query

    def require_administrator(self) -> None:
        if self.actor is not None and self._role() not in ADMINISTRATORS:
            self._refusals.append(Refusal("action", None, "role"))
            raise access_denied()
