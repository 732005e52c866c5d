"""The case data model: board, schools, people, incidents, cases, procedure, documents, audit."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, code, fk, intpk, short


class UserAccount(Base):
    __tablename__ = "user_account"
    id: Mapped[intpk]
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[short]
    role: Mapped[code]  # domain.access.Role
    password_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    # Login lockout (revision 0004): 5 failed attempts lock the account for 15 minutes.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None]


class Board(Base):
    __tablename__ = "board"
    id: Mapped[intpk]
    name: Mapped[short]
    street: Mapped[short]
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[short]
    created_at: Mapped[datetime]
    # Raised by every update; a stale form is refused (revision 0007, services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class School(Base):
    __tablename__ = "school"
    id: Mapped[intpk]
    board_id: Mapped[int] = fk("board.id")
    name: Mapped[short]
    brin: Mapped[str] = mapped_column(String(8), unique=True)
    denomination: Mapped[str] = mapped_column(String(12))  # openbaar | bijzonder (law C8)
    street: Mapped[short]
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[short]
    director: Mapped[short]
    # Letterhead and signatory (law P-S9, ST9, L2): who signs on behalf of the board, under
    # which mandate. Added in revision 0002.
    signatory_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    signatory_function: Mapped[str] = mapped_column(String(200), default="", server_default="")
    mandate: Mapped[str] = mapped_column(String(400), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime]
    # Raised by every update; a stale form is refused (revision 0007, services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (Index("ix_person_school_sort", "school_id", "sort_key"),
                      Index("ix_person_sort", "sort_key"))
    id: Mapped[intpk]
    school_id: Mapped[int] = fk("school.id")
    kind: Mapped[str] = mapped_column(String(10), index=True)
    first_name: Mapped[short]
    name_prefix: Mapped[short]
    last_name: Mapped[short]
    sort_key: Mapped[str] = mapped_column(String(700))
    salutation: Mapped[str] = mapped_column(String(10), default="")  # heer | mevrouw | ""
    function: Mapped[short]
    group_name: Mapped[short]
    birth_date: Mapped[date | None]
    street: Mapped[short]
    postcode: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[short]
    email: Mapped[short]
    created_at: Mapped[datetime]
    # Revision 0009. The day the person left the school (an import marks leavers with the
    # export's date); retention runs from it. The privacy work reads the same column.
    left_on: Mapped[date | None] = mapped_column(nullable=True)
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # Raised by every update; a stale form is refused (revision 0007, services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class GuardianLink(Base):
    __tablename__ = "guardian_link"
    __table_args__ = (UniqueConstraint("parent_id", "pupil_id"),)
    id: Mapped[intpk]
    parent_id: Mapped[int] = fk("person.id")
    pupil_id: Mapped[int] = fk("person.id")
    parental_authority: Mapped[bool] = mapped_column(Boolean, default=True)


class Incident(Base):
    __tablename__ = "incident"
    __table_args__ = (Index("ix_incident_school_occurred", "school_id", "occurred_on"),)
    id: Mapped[intpk]
    school_id: Mapped[int] = fk("school.id")
    occurred_on: Mapped[date] = mapped_column(index=True)
    reported_on: Mapped[date]
    reporter_id: Mapped[int | None] = fk("person.id", nullable=True)
    platform: Mapped[short]
    category: Mapped[str] = mapped_column(String(40), index=True)
    description: Mapped[str]
    boundary_crossing: Mapped[bool] = mapped_column(Boolean, default=False)
    criminal: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reason: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")

    rules: Mapped[list[IncidentRule]] = relationship(order_by="IncidentRule.position")
    involvements: Mapped[list[Involvement]] = relationship()
    cases: Mapped[list[Case]] = relationship(back_populates="incident")


class IncidentRule(Base):
    __tablename__ = "incident_rule"
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), primary_key=True)
    rule_code: Mapped[str] = mapped_column(String(4), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Involvement(Base):
    __tablename__ = "involvement"
    __table_args__ = (UniqueConstraint("incident_id", "person_id", "role"),)
    id: Mapped[intpk]
    incident_id: Mapped[int] = fk("incident.id")
    person_id: Mapped[int] = fk("person.id")
    role: Mapped[str] = mapped_column(String(10))  # subject | victim | witness


class Case(Base):
    __tablename__ = "case_file"
    __table_args__ = (UniqueConstraint("incident_id", "subject_id"),)
    id: Mapped[intpk]
    incident_id: Mapped[int] = fk("incident.id")
    subject_id: Mapped[int] = fk("person.id")
    status: Mapped[str] = mapped_column(String(12), index=True)  # open|proposed|decided|closed
    severity: Mapped[int | None] = mapped_column(Integer, index=True)  # current overall
    # How many procedure tasks are open: kept by the services so the deadline list only
    # evaluates cases that have any (revision 0003).
    open_tasks: Mapped[int] = mapped_column(Integer, default=0, server_default="1", index=True)
    created_at: Mapped[datetime]
    # Raised by every update; a stale form is refused (revision 0007, services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    incident: Mapped[Incident] = relationship(back_populates="cases")
    subject: Mapped[Person] = relationship()


class SeverityAssessment(Base):
    __tablename__ = "severity_assessment"
    id: Mapped[intpk]
    case_id: Mapped[int] = fk("case_file.id")
    statements: Mapped[int | None]
    behaviour: Mapped[int | None]
    consequences: Mapped[int | None]
    overall: Mapped[int] = mapped_column(Integer, index=True)
    rule: Mapped[str] = mapped_column(String(20), default="maximum")
    assessed_at: Mapped[datetime]
    assessed_by: Mapped[int] = fk("user_account.id")


class MeasureProposal(Base):
    __tablename__ = "measure_proposal"
    id: Mapped[intpk]
    case_id: Mapped[int] = fk("case_file.id")
    measure: Mapped[str] = mapped_column(String(20))
    overall_severity: Mapped[int]
    prior_measures: Mapped[int]
    policy_row: Mapped[short]
    reasons: Mapped[dict]  # {"nl": [...], "en": [...]}
    similar: Mapped[dict]  # {"cases": [{"case": K, "measure": CODE, "decided_on": ...}]}
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")


class MeasureDecision(Base):
    __tablename__ = "measure_decision"
    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), unique=True)
    proposal_id: Mapped[int | None] = fk("measure_proposal.id", nullable=True)
    measure: Mapped[str] = mapped_column(String(20), index=True)
    decided_on: Mapped[date] = mapped_column(index=True)
    start_on: Mapped[date | None]
    end_on: Mapped[date | None]
    motivation: Mapped[str] = mapped_column(default="")
    no_hearing_reason: Mapped[str] = mapped_column(default="")
    details: Mapped[dict]  # scope of a ban, contact person, grounds...
    decided_by: Mapped[int] = fk("user_account.id")
    created_at: Mapped[datetime]


class ProcedureStep(Base):
    __tablename__ = "procedure_step"
    id: Mapped[intpk]
    case_id: Mapped[int] = fk("case_file.id")
    kind: Mapped[str] = mapped_column(String(24), index=True)
    done_on: Mapped[date] = mapped_column(index=True)
    note: Mapped[str] = mapped_column(default="")
    data: Mapped[dict]
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")


class Document(Base):
    """Filed documents are immutable: a correction is a new document."""

    __tablename__ = "document"
    __table_args__ = (Index("ix_document_owner_filed", "owner_id", "filed_at"),)
    id: Mapped[intpk]
    owner_id: Mapped[int | None] = fk("person.id", nullable=True, index=False)  # whose dossier
    dossier: Mapped[str] = mapped_column(String(20))  # personeelsdossier|leerlingendossier|bewijs
    case_id: Mapped[int | None] = fk("case_file.id", nullable=True)
    incident_id: Mapped[int | None] = fk("incident.id", nullable=True)
    recipient_id: Mapped[int | None] = fk("person.id", nullable=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[short]
    filename: Mapped[short]
    mime_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    filed_at: Mapped[datetime]
    filed_by: Mapped[int] = fk("user_account.id")


class DocumentContent(Base):
    """Bytes live apart so lists of documents never load them."""

    __tablename__ = "document_content"
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class InspectorCall(Base):
    __tablename__ = "inspector_call"
    id: Mapped[intpk]
    case_id: Mapped[int] = fk("case_file.id")
    started_at: Mapped[datetime] = mapped_column(index=True)
    ended_at: Mapped[datetime | None]
    number_dialled: Mapped[str] = mapped_column(String(30))
    caller_name: Mapped[short]
    caller_role: Mapped[short]
    inspector_name: Mapped[short]
    reference: Mapped[short]
    learned_at: Mapped[datetime | None]
    learned_from: Mapped[short]
    facts: Mapped[str] = mapped_column(default="")
    outcome: Mapped[str] = mapped_column(String(10), default="unclear")  # yes | no | unclear
    advice: Mapped[str] = mapped_column(default="")
    agreed_actions: Mapped[str] = mapped_column(default="")
    follow_up: Mapped[str] = mapped_column(default="")
    summary: Mapped[str] = mapped_column(default="")
    not_informed_reason: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")


class PoliceReport(Base):
    __tablename__ = "police_report"
    id: Mapped[intpk]
    case_id: Mapped[int] = fk("case_file.id")
    reported_on: Mapped[date]
    police_unit: Mapped[short]
    registration_number: Mapped[short]
    reported_by: Mapped[short]
    informed_beforehand: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")


class ConsentRecord(Base):
    """Legacy since revision 0012 (kept as it was so its audited states verify): the register
    is `ConsentStatement` below."""

    __tablename__ = "consent_record"
    id: Mapped[intpk]
    person_id: Mapped[int] = fk("person.id")
    purpose: Mapped[str] = mapped_column(String(30))
    granted: Mapped[bool] = mapped_column(Boolean)
    given_by_id: Mapped[int | None] = fk("person.id", nullable=True)
    given_by_name: Mapped[short]
    method: Mapped[short]
    form_version: Mapped[short]
    given_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]
    review_on: Mapped[date | None]
    created_by: Mapped[int] = fk("user_account.id")


class Setting(Base):
    """Board settings as JSON values: legal terms, the proposal policy, letterhead details."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[dict]
    updated_at: Mapped[datetime]
    # Raised by every update; a stale form is refused (revision 0007, services/versions.py).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class AuditHead(Base):
    """One row: the chain's tip. Updating it serialises writers on SQLite and PostgreSQL alike."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int]
    hash: Mapped[str] = mapped_column(String(64))
    # Fingerprint of the key that chains the events (revision 0005): a wrong key is named.
    key_id: Mapped[str | None] = mapped_column(String(16))


class AuditEvent(Base):
    """Append-only, HMAC-chained: each event stores the previous event's hash; the database
    refuses UPDATE and DELETE (triggers, revision 0005)."""

    __tablename__ = "audit_event"
    id: Mapped[intpk]
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = fk("user_account.id", nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None]
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[dict]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # HMAC-SHA256 with the audit key (0005)
    # SHA-256 of the described record's state after the change (audit_state.py, 0005).
    state_hash: Mapped[str | None] = mapped_column(String(64))



# --- Issue 14: procedures (revision 0013): the 4a track, order measures, information rights ---

class IncidentTrack(Base):
    """Which legal track an incident follows (WPO art. 4a or the Meldcode, V1/V10), when the
    board itself learnt of it (V2), and the protocol's C4 check for a staff post."""

    __tablename__ = "incident_track"
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id"), primary_key=True)
    art4a: Mapped[bool] = mapped_column(Boolean, default=False)
    meldcode: Mapped[bool] = mapped_column(Boolean, default=False)
    board_informed_at: Mapped[datetime | None]
    board_informed_by: Mapped[str] = mapped_column(String(200), default="")
    about_school: Mapped[bool] = mapped_column(Boolean, default=False)  # C4: post about school
    disclaimer: Mapped[bool] = mapped_column(Boolean, default=False)  # C4: "persoonlijke mening"
    updated_at: Mapped[datetime]
    updated_by: Mapped[int] = fk("user_account.id")


class OrderMeasure(Base):
    """A staff suspension as an order measure (ST5): each one, and each extension, a decision."""

    __tablename__ = "order_measure"
    id: Mapped[intpk]
    case_id: Mapped[int] = fk("case_file.id")
    extends_id: Mapped[int | None] = fk("order_measure.id", nullable=True)
    decided_on: Mapped[date]
    start_on: Mapped[date]
    end_on: Mapped[date]
    urgency: Mapped[str] = mapped_column(default="")
    extension_ground: Mapped[str] = mapped_column(default="")
    response_due: Mapped[date]
    response_on: Mapped[date | None]
    response_note: Mapped[str] = mapped_column(default="")
    letter_sent_on: Mapped[date | None]
    letter_documents: Mapped[dict]  # {"ids": [...], "step": id}: the dispatch step (ST5)
    decided_by: Mapped[int] = fk("user_account.id")
    created_at: Mapped[datetime]


class GuardianInformation(Base):
    """BW 1:377c (law L1): a parent without authority asked to be informed about the child."""

    __tablename__ = "guardian_information"
    link_id: Mapped[int] = mapped_column(ForeignKey("guardian_link.id"), primary_key=True)
    requested_on: Mapped[date]
    note: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")


from . import models_perf  # noqa: E402, F401  (registers revision 0006's tables)
from .models_accounts import AccountSchool  # noqa: E402,F401  (revision 0004)
from .models_import import PersonImport, PersonSource  # noqa: E402,F401  (revision 0009)

# ---- Privacy: legal holds, access requests, destruction permits (revision 0011) ------------

class RetentionHold(Base):
    """A legal hold (law R5.3): while it exists the person's data is not destroyed."""

    __tablename__ = "retention_hold"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                           primary_key=True)
    reason: Mapped[str]
    held_since: Mapped[datetime]
    held_by: Mapped[int] = fk("user_account.id", index=False)


class AccessRequest(Base):
    """A right-of-access request (AVG art. 15, law R5.5) about one person."""

    __tablename__ = "access_request"
    __table_args__ = (Index("ix_access_request_open_due", "completed_at", "due"),)
    id: Mapped[intpk]
    person_id: Mapped[int] = fk("person.id")
    requester: Mapped[short]
    received_on: Mapped[date]
    due: Mapped[date]
    completed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id", index=False)
    # Revision 0016: the identity check before answering, the extension (AVG art. 12(3)).
    identity_checked_on: Mapped[date | None]
    identity_check: Mapped[str] = mapped_column(String(200), default="", server_default="")
    extended_from: Mapped[date | None]  # the due date before the extension
    extension_reason: Mapped[str] = mapped_column(default="", server_default="")


class DestructionPermit(Base):
    """Lets the database delete one filed document; exists only inside a destruction run."""

    __tablename__ = "destruction_permit"
    document_id: Mapped[int] = mapped_column(Integer, primary_key=True)

# --- Consent register (revision 0012, issue 13 item 3) -------------------------------------
# Replaces `consent_record` (kept untouched: its audited states must keep verifying). Every
# statement is one person's choice about one purpose; the current status is derived by the
# rules in domain/consent.py, so one parent's consent no longer hides the other's refusal.


class ConsentStatement(Base):
    """One recorded choice (give, refuse or withdraw) about images of one person (A5, F1-F8)."""

    __tablename__ = "consent_statement"
    __table_args__ = (Index("ix_consent_statement_person_purpose", "person_id", "purpose"),)
    id: Mapped[intpk]
    person_id: Mapped[int] = fk("person.id", index=False)
    purpose: Mapped[str] = mapped_column(String(30))
    choice: Mapped[str] = mapped_column(String(10))  # domain.consent.Choice
    given_by_id: Mapped[int] = fk("person.id")
    given_by_name: Mapped[short]
    relation: Mapped[str] = mapped_column(String(10))  # domain.consent.Relation
    stated_on: Mapped[date] = mapped_column(index=True)
    method: Mapped[short]
    form_version: Mapped[str] = mapped_column(String(40), default="")
    # For a withdrawal: where the images are used and what is done about it (F5, item 6, 9).
    follow_up: Mapped[str] = mapped_column(default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[int] = fk("user_account.id")
    # The consent_record row this statement was taken over from at the upgrade (or None).
    legacy_id: Mapped[int | None] = mapped_column(Integer)


class ConsentReview(Base):
    """The yearly review of a person's choices (F6): re-confirmed on a date, by whom, how."""

    __tablename__ = "consent_review"
    id: Mapped[intpk]
    person_id: Mapped[int] = fk("person.id")
    reviewed_on: Mapped[date]
    reviewed_by_id: Mapped[int | None] = fk("person.id", nullable=True)
    reviewed_by_name: Mapped[short]
    method: Mapped[short]
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[int] = fk("user_account.id")


# --- Privacy: the Archiefwet flag (revision 0016, issue 13 integration) ---------------------

class RetentionArchive(Base):
    """Law R5.4: the person's dossier holds documents under the Archiefwet; not destroyed
    until a selectielijst allows it (then the flag is lifted)."""

    __tablename__ = "retention_archive"
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"),
                                           primary_key=True)
    reason: Mapped[str]
    flagged_since: Mapped[datetime]
    flagged_by: Mapped[int] = fk("user_account.id", index=False)
