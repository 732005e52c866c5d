"""Hearings per party (P-S5, P-V2, P-V3, ST11), each with an optional report document.

A hearing is a 'hearing' procedure step whose data names the parties heard and, when a report
was made, the filed report document. Letters name exactly who was heard and enclose the report
only when one is filed (services/letters.py).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Case, Document, Person, ProcedureStep
from ..domain.catalogue import PersonKind
from ..domain.errors import InvalidInput
from ..domain.procedure import PARTY_LABELS, StepKind, check_hearing
from .database import Actor, Database, Transaction
from .documents import NewDocument, file_in
from .dto import StepInfo

REPORT_KIND = "hearing_report"


def _report_in_case(session: Session, case: Case, document_id: int) -> Document:
    """A report must be filed in this case's dossier; another's answers like a missing one."""
    doc = session.get(Document, document_id)
    if doc is None or doc.case_id != case.id:
        raise InvalidInput(
            f"Document {document_id} is geen document van deze zaak; voeg het verslag toe bij "
            "het hoorgesprek.",
            f"Document {document_id} is not a document of this case; add the report with the "
            "hearing.", "P-V3")
    return doc


def check_report(tx: Transaction, case: Case, document_id: object) -> int:
    """The report document id of a hearing step, validated (used by every door)."""
    try:
        number = int(str(document_id))
    except ValueError:
        raise InvalidInput("Het verslag moet een documentnummer zijn.",
                           "The report must be a document number.", "P-V3") from None
    return _report_in_case(tx.session, case, number).id


def record_hearing(db: Database, actor: Actor, case_id: int, on: date, parties: list[str],
                   note: str = "", report: NewDocument | None = None,
                   report_document: int | None = None) -> StepInfo:
    """Record who was heard on one day; a report given as a file is filed in the dossier in
    the same transaction, an already filed one is linked by its id."""
    from .cases import record_step_in

    with db.transaction(actor) as tx:
        case = tx.scope.require_case(case_id)
        subject = tx.session.get(Person, case.subject_id)
        assert subject is not None
        chosen = check_hearing(PersonKind(subject.kind), parties)
        data: dict[str, object] = {"parties": list(chosen)}
        if report is not None and report_document is not None:
            raise InvalidInput("Geef één verslag: een bestand of een documentnummer.",
                               "Give one report: a file or a document number.", "P-V3")
        if report is not None:
            if not report.data.startswith(b"%PDF-"):
                raise InvalidInput(
                    "Het verslag moet een PDF-bestand zijn: het wordt bij de brief gevoegd.",
                    "The report must be a PDF file: it is enclosed with the letter.", "P-V3")
            heard = ", ".join(PARTY_LABELS[p][0] for p in chosen)
            title = report.title or f"Verslag hoorgesprek {on.isoformat()} ({heard})"
            rows = file_in(tx, subject, NewDocument(REPORT_KIND, title, report.filename,
                                                    report.mime_type, report.data),
                           case_id=case.id, incident_id=case.incident_id)
            data["report_document"] = rows[0].id
        elif report_document is not None:
            data["report_document"] = report_document
        return record_step_in(tx, case.id, StepKind.HEARING.value, on, note, data)


def hearing_reports(session: Session, case_id: int, until: date | None = None,
                    ) -> list[tuple[ProcedureStep, Document]]:
    """The filed reports of this case's hearings (on or before `until`), oldest first."""
    found: list[tuple[ProcedureStep, Document]] = []
    for step in session.scalars(select(ProcedureStep).where(
            ProcedureStep.case_id == case_id, ProcedureStep.kind == StepKind.HEARING.value)
            .order_by(ProcedureStep.done_on, ProcedureStep.id)):
        number = (step.data or {}).get("report_document")
        if not number or (until is not None and step.done_on > until):
            continue
        doc = session.get(Document, int(number))
        if doc is not None and doc.case_id == case_id:
            found.append((step, doc))
    return found
