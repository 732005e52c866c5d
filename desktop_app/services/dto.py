"""Plain data the services hand out: never live ORM objects."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


def to_json(value: Any) -> Any:
    """Dataclasses, dates and tuples as JSON-ready values (for the CLI's --json)."""
    if hasattr(value, "__dataclass_fields__"):
        return {k: to_json(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class BoardInfo:
    id: int
    name: str
    street: str
    postcode: str
    city: str


@dataclass(frozen=True)
class SchoolInfo:
    id: int
    name: str
    brin: str
    denomination: str
    street: str
    postcode: str
    city: str
    director: str
    signatory_name: str = ""
    signatory_function: str = ""
    mandate: str = ""
    phone: str = ""
    email: str = ""
    version: int = 1  # sent back by a form on save (services/versions.py)


@dataclass(frozen=True)
class PersonInfo:
    id: int
    school_id: int
    kind: str
    first_name: str
    name_prefix: str
    last_name: str
    full_name: str
    sort_name: str
    salutation: str
    function: str
    group_name: str
    birth_date: date | None
    street: str
    postcode: str
    city: str
    email: str
    version: int = 1  # sent back by a form on save (services/versions.py)
    phone: str = ""
    left_on: date | None = None  # set when an import saw the person leave


@dataclass(frozen=True)
class GuardianInfo:
    parent_id: int
    pupil_id: int
    parental_authority: bool


@dataclass(frozen=True)
class CaseSummary:
    id: int
    reference: str
    incident_id: int
    subject_id: int
    subject_name: str
    subject_kind: str
    status: str
    severity: int | None
    version: int = 1  # sent back by the decision and close forms (services/versions.py)


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    school_id: int
    occurred_on: date
    reported_on: date
    reporter_id: int | None
    platform: str
    rules: tuple[str, ...]
    category: str
    description: str
    boundary_crossing: bool
    criminal: bool
    urgent_reason: bool
    involvements: tuple[tuple[int, str], ...]  # (person id, role)
    cases: tuple[CaseSummary, ...]


@dataclass(frozen=True)
class IncidentRow:
    """One line of the incident list: everything the table shows, nothing more."""

    id: int
    school_id: int
    school_name: str
    occurred_on: date
    category: str
    rules: str
    subjects: str
    status: str
    severity: int | None
    description: str


@dataclass(frozen=True)
class IncidentStats:
    per_school: dict[str, int]
    per_category: dict[str, int]
    per_month: dict[str, int]  # "YYYY-MM" -> count
    total: int


@dataclass(frozen=True)
class SimilarCase:
    case: int
    measure: str
    decided_on: date
    severity: int | None


@dataclass(frozen=True)
class ProposalInfo:
    id: int
    case: int
    measure: str
    overall_severity: int
    prior_measures: int
    policy_row: str
    reasons: tuple[str, ...]
    reasons_en: tuple[str, ...]
    similar: tuple[SimilarCase, ...]
    created_at: datetime


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    case: int
    measure: str
    decided_on: date
    start_on: date | None
    end_on: date | None
    motivation: str
    no_hearing_reason: str
    deviates: bool
    details: dict[str, Any]
    notices: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepInfo:
    id: int
    case: int
    kind: str
    label: str
    on: date
    note: str
    data: dict[str, Any]


@dataclass(frozen=True)
class NextStepInfo:
    """The step the rules ask first for the proposed measure (procedure.next_step) and the
    letter whose filing records it, if one does (else the step is recorded by hand)."""

    step: str
    measure: str
    rule: str
    message: str
    message_en: str
    letter: str = ""
    until: date | None = None


@dataclass(frozen=True)
class DeadlineInfo:
    case: int
    reference: str
    subject_name: str
    what: str
    label: str
    label_en: str
    due: date
    overdue: bool
    rule: str
    access_request: int | None = None  # an access request's term (R5.5), not a case's


def case_deadline(case: int, reference: str, subject_name: str, what: str, label: str,
                  label_en: str, due: date, overdue: bool, rule: str) -> DeadlineInfo:
    """DeadlineInfo(...) of a case's task for lists of thousands: the frozen dataclass's
    __init__ sets each field through object.__setattr__, a quarter of the whole board's
    deadline list; this fills the same fields at once (equal and hashing alike)."""
    info = object.__new__(DeadlineInfo)
    info.__dict__.update(case=case, reference=reference, subject_name=subject_name, what=what,
                         label=label, label_en=label_en, due=due, overdue=overdue, rule=rule,
                         access_request=None)
    return info


@dataclass(frozen=True)
class DeadlineOverview:
    """What the dashboard shows: the earliest overdue and upcoming tasks, with the totals."""

    overdue: tuple[DeadlineInfo, ...]
    upcoming: tuple[DeadlineInfo, ...]
    overdue_total: int
    upcoming_total: int


@dataclass(frozen=True)
class SeverityInfo:
    statements: int | None
    behaviour: int | None
    consequences: int | None
    overall: int


@dataclass(frozen=True)
class CaseDetail:
    summary: CaseSummary
    incident: IncidentInfo
    subject: PersonInfo
    school: SchoolInfo
    severity: SeverityInfo | None
    proposal: ProposalInfo | None
    decision: DecisionInfo | None
    steps: tuple[StepInfo, ...]
    deadlines: tuple[DeadlineInfo, ...]
    reminders: tuple[str, ...]
    documents: tuple[DocumentInfo, ...] = field(default_factory=tuple)
    reminders_en: tuple[str, ...] = ()
    next_step: NextStepInfo | None = None  # before the decision: what the rules ask first
    # The steps the step list offers now (procedure.offered_steps: kind and state of the case).
    offered_steps: tuple[str, ...] = ()
    # What blocks the proposed measure where no step helps (procedure.decision_blocked).
    blocked: str = ""
    blocked_en: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    owner_id: int | None
    dossier: str
    case_id: int | None
    incident_id: int | None
    recipient_id: int | None
    kind: str
    title: str
    filename: str
    mime_type: str
    size: int
    sha256: str
    filed_at: datetime
    filed_by: int


@dataclass(frozen=True)
class InspectorCallInfo:
    id: int
    case: int
    started_at: datetime
    ended_at: datetime | None
    number_dialled: str
    caller_name: str
    caller_role: str
    inspector_name: str
    reference: str
    learned_at: datetime | None
    learned_from: str
    facts: str
    outcome: str
    advice: str
    agreed_actions: str
    follow_up: str
    summary: str
    not_informed_reason: str


@dataclass(frozen=True)
class PoliceReportInfo:
    id: int
    case: int
    reported_on: date
    police_unit: str
    registration_number: str
    reported_by: str
    informed_beforehand: str


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    person_id: int
    purpose: str
    granted: bool
    given_by_id: int | None
    given_by_name: str
    method: str
    form_version: str
    given_at: datetime
    withdrawn_at: datetime | None
    review_on: date | None


@dataclass(frozen=True)
class AuditInfo:
    seq: int
    at: datetime
    actor_id: int | None
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    case_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool = True
    schools: tuple[int, ...] = ()
    locked_until: datetime | None = None
    has_password: bool = True
