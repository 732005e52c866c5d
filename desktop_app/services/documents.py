"""Filing documents into the right dossier, opening them hash-checked, listing a dossier."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..db.models import Case, Document, DocumentContent, GuardianLink, Involvement, Person
from ..domain.catalogue import PersonKind
from ..domain.errors import InvalidInput, RuleViolation
from .convert import document_info
from .database import Actor, Database, Transaction
from .dto import DocumentInfo
from .scope import PERSONNEL, Scope

PUPIL = "leerlingendossier"
EVIDENCE = "bewijs"
MAX_SIZE = 50 * 1024 * 1024


def dossier_owners(session: Session, person: Person) -> list[tuple[int, str]]:
    """Staff -> own personeelsdossier; pupil -> own leerlingendossier; parent -> the child's.

    Protocol, Sancties 1 and 4: parent correspondence goes into the pupil's dossier.
    """
    kind = PersonKind(person.kind)
    if kind is PersonKind.STAFF:
        return [(person.id, PERSONNEL)]
    if kind is PersonKind.PUPIL:
        return [(person.id, PUPIL)]
    if kind is PersonKind.PARENT:
        children = session.scalars(select(GuardianLink.pupil_id)
                                   .where(GuardianLink.parent_id == person.id)
                                   .order_by(GuardianLink.pupil_id)).all()
        if not children:
            raise RuleViolation(
                "Deze ouder is aan geen leerling gekoppeld, dus er is geen leerlingendossier om "
                "in te archiveren.",
                "This parent is linked to no pupil, so there is no pupil dossier to file into.",
                "protocol-S4")
        return [(child, PUPIL) for child in children]
    raise RuleViolation("Voor deze persoon wordt geen dossier bijgehouden.",
                        "No dossier is kept for this person.", "protocol")


@dataclass(frozen=True)
class NewDocument:
    kind: str
    title: str
    filename: str
    mime_type: str
    data: bytes


# A MIME type as "type/subtype", within the column's 80 characters.
_MIME = re.compile(r"[A-Za-z0-9][\w!#$&^.+-]{0,30}/[A-Za-z0-9][\w!#$&^.+-]{0,47}")


def _mime_type(given: str) -> str:
    """The front end's label of the file's type; anything else than a plain MIME type (empty,
    malformed, too long for the column) is kept as the neutral one. The content itself was
    checked against its extension (evidence_checks), so nothing hangs on this label."""
    return given if _MIME.fullmatch(given) else "application/octet-stream"


def file_in(tx: Transaction, about: Person | None, doc: NewDocument, *,
            case_id: int | None = None, incident_id: int | None = None,
            recipient_id: int | None = None,
            owner_override: tuple[int | None, str] | None = None) -> list[Document]:
    """File one document into the dossier(s) `about` belongs to, within the caller's transaction."""
    if not doc.data:
        raise InvalidInput("Het document is leeg.", "The document is empty.")
    if len(doc.data) > MAX_SIZE:
        raise InvalidInput("Het document is groter dan 50 MB.",
                           "The document is larger than 50 MB.")
    digest = hashlib.sha256(doc.data).hexdigest()
    if owner_override is not None:
        owners: list[tuple[int | None, str]] = [owner_override]
    else:
        assert about is not None
        owners = list(dossier_owners(tx.session, about))
    filed = []
    for owner_id, dossier in owners:
        row = Document(owner_id=owner_id, dossier=dossier, case_id=case_id,
                       incident_id=incident_id, recipient_id=recipient_id, kind=doc.kind,
                       title=doc.title[:200], filename=doc.filename[:200],
                       mime_type=_mime_type(doc.mime_type), size=len(doc.data), sha256=digest,
                       filed_at=tx.now, filed_by=tx.actor_id)
        tx.session.add(row)
        tx.session.flush()
        tx.session.add(DocumentContent(document_id=row.id, data=doc.data))
        tx.audit("document.file", "document", row.id, person_id=owner_id, case_id=case_id,
                 dossier=dossier, kind=doc.kind, sha256=digest)
        filed.append(row)
    return filed


def file_document(db: Database, actor: Actor, person_id: int, doc: NewDocument,
                  case_id: int | None = None) -> list[DocumentInfo]:
    with db.transaction(actor) as tx:
        person = tx.scope.require_person(person_id)
        tx.scope.require_dossier(person)
        return [document_info(d) for d in file_in(tx, person, doc, case_id=case_id)]


def attach_evidence(db: Database, actor: Actor, incident_id: int, filename: str,
                    mime_type: str, data: bytes, title: str = "") -> DocumentInfo:
    from .evidence_checks import check_evidence

    check_evidence(filename, data)
    with db.transaction(actor) as tx:
        tx.scope.require_incident(incident_id)
        doc = NewDocument("evidence", title or filename, filename, mime_type, data)
        rows = file_in(tx, None, doc, incident_id=incident_id, owner_override=(None, EVIDENCE))
        return document_info(rows[0])


def open_document(db: Database, actor: Actor, document_id: int) -> tuple[DocumentInfo, bytes]:
    """The identical bytes as filed; a hash mismatch is refused, never shown."""
    with db.viewing(actor) as tx:
        doc = tx.scope.require_document(document_id)
        data = tx.session.scalar(select(DocumentContent.data)
                                 .where(DocumentContent.document_id == document_id))
        if data is None or hashlib.sha256(data).hexdigest() != doc.sha256:
            raise RuleViolation(
                f"Document {document_id} is beschadigd: de SHA-256 klopt niet meer.",
                f"Document {document_id} is damaged: its SHA-256 no longer matches.", "R5.8")
        tx.audit("document.open", "document", doc.id, person_id=doc.owner_id, case_id=doc.case_id)
        return document_info(doc), bytes(data)


def documents_for_case(session: Session, case_id: int,
                       scope: Scope | None = None) -> list[DocumentInfo]:
    query = select(Document).where(Document.case_id == case_id).order_by(Document.filed_at,
                                                                         Document.id)
    if scope is not None:
        query = scope.documents(query)
    return [document_info(d) for d in session.scalars(query)]


def dossier_documents(session: Session, person_id: int,
                      scope: Scope | None = None) -> list[Document]:
    """A person's dossier: what is filed there, plus evidence of incidents they are subject in
    (limited to what `scope` lets the account see)."""
    subject_incidents = select(Involvement.incident_id).where(
        Involvement.person_id == person_id, Involvement.role == "subject")
    case_incidents = select(Case.incident_id).where(Case.subject_id == person_id)
    query = (select(Document).where(or_(
        Document.owner_id == person_id,
        (Document.dossier == EVIDENCE) & (Document.incident_id.in_(subject_incidents)
                                          | Document.incident_id.in_(case_incidents))))
        .order_by(Document.filed_at, Document.id))
    if scope is not None:
        query = scope.documents(query)
    return list(session.scalars(query))


def list_dossier(db: Database, actor: Actor, person_id: int) -> list[DocumentInfo]:
    """Listing a dossier is a view of it, so it is audited."""
    with db.viewing(actor) as tx:
        person = tx.scope.require_person(person_id)
        tx.scope.require_dossier(person)
        docs = [document_info(d) for d in dossier_documents(tx.session, person_id, tx.scope)]
        tx.audit("dossier.view", "person", person_id, person_id=person_id, documents=len(docs))
        return docs


def record_output(db: Database, actor: Actor, document_id: int, how: str) -> None:
    """A filed document was printed or saved as a copy: that too belongs in the trail (AVG)."""
    if how not in ("print", "copy"):
        raise InvalidInput(f"Onbekende uitvoer '{how}'.", f"Unknown output '{how}'.")
    with db.viewing(actor) as tx:
        doc = tx.scope.require_document(document_id)
        tx.audit(f"document.{how}", "document", doc.id, person_id=doc.owner_id,
                 case_id=doc.case_id)
