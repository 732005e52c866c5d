"""ORM rows to DTOs, in one place so every service hands out the same shapes."""

from __future__ import annotations

from ..db.models import (
    Document,
    InspectorCall,
    Person,
    PoliceReport,
    School,
)
from ..domain.cases import case_reference as case_reference  # one definition
from ..domain.names import PersonName
from .dto import DocumentInfo, InspectorCallInfo, PersonInfo, PoliceReportInfo, SchoolInfo


def person_name(person: Person) -> PersonName:
    return PersonName(person.first_name, person.name_prefix, person.last_name)


def person_info(person: Person) -> PersonInfo:
    name = person_name(person)
    return PersonInfo(
        id=person.id, school_id=person.school_id, kind=person.kind,
        first_name=person.first_name, name_prefix=person.name_prefix,
        last_name=person.last_name, full_name=name.full, sort_name=name.sort_name,
        salutation=person.salutation, function=person.function, group_name=person.group_name,
        birth_date=person.birth_date, street=person.street, postcode=person.postcode,
        city=person.city, email=person.email,
    )


def school_info(school: School) -> SchoolInfo:
    return SchoolInfo(
        id=school.id, name=school.name, brin=school.brin, denomination=school.denomination,
        street=school.street, postcode=school.postcode, city=school.city,
        director=school.director, signatory_name=school.signatory_name,
        signatory_function=school.signatory_function, mandate=school.mandate,
        phone=school.phone, email=school.email,
    )


def document_info(doc: Document) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id, owner_id=doc.owner_id, dossier=doc.dossier, case_id=doc.case_id,
        incident_id=doc.incident_id, recipient_id=doc.recipient_id, kind=doc.kind,
        title=doc.title, filename=doc.filename, mime_type=doc.mime_type, size=doc.size,
        sha256=doc.sha256, filed_at=doc.filed_at, filed_by=doc.filed_by,
    )


def call_info(call: InspectorCall) -> InspectorCallInfo:
    return InspectorCallInfo(
        id=call.id, case=call.case_id, started_at=call.started_at, ended_at=call.ended_at,
        number_dialled=call.number_dialled, caller_name=call.caller_name,
        caller_role=call.caller_role, inspector_name=call.inspector_name,
        reference=call.reference, learned_at=call.learned_at, learned_from=call.learned_from,
        facts=call.facts, outcome=call.outcome, advice=call.advice,
        agreed_actions=call.agreed_actions, follow_up=call.follow_up, summary=call.summary,
        not_informed_reason=call.not_informed_reason,
    )


def police_info(report: PoliceReport) -> PoliceReportInfo:
    return PoliceReportInfo(
        id=report.id, case=report.case_id, reported_on=report.reported_on,
        police_unit=report.police_unit, registration_number=report.registration_number,
        reported_by=report.reported_by, informed_beforehand=report.informed_beforehand,
    )

