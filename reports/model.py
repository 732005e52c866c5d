"""Plain frozen data the report renderers take: no ORM rows, no Qt, no database."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.names import PersonName


class Audience(StrEnum):
    """Whose case a letter belongs to; it chooses the wording (the case subject's kind)."""

    STAFF = "staff"
    PUPIL = "pupil"  # letters go to the pupil's parents with parental authority
    PARENT = "parent"  # a parent is the subject; the letter goes to that parent only


PERSONNEL_DOSSIER = "personeelsdossier"
PUPIL_DOSSIER = "leerlingendossier"


@dataclass(frozen=True)
class Letterhead:
    """The sender: board, school and who signs on the board's behalf (law P-S9, ST9, L2)."""

    board_name: str
    board_address: tuple[str, ...]  # ("Stationsweg 1", "3811 AA  AMERSFOORT")
    school_name: str
    school_address: tuple[str, ...]
    denomination: str  # openbaar | bijzonder (law C8)
    place: str  # the town in "Amersfoort, 24 november 2026"
    signatory_name: str
    signatory_function: str
    mandate: str = ""  # "namens het bevoegd gezag, op grond van het mandaatbesluit 2024"
    phone: str = ""
    email: str = ""
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class Recipient:
    """Who the letter is posted to: the address block and the salutation come from here."""

    name: PersonName
    salutation_form: str  # heer | mevrouw | ""
    address: tuple[str, ...]  # street line, "1234 AB  PLAATS"
    person_id: int | None = None


@dataclass(frozen=True)
class LetterRequest:
    """Everything needed to compose one letter; `fields` are the template's named values."""

    audience: Audience
    kind: str
    reference: str
    letter_date: date
    letterhead: Letterhead
    recipient: Recipient
    fields: Mapping[str, str]
    legal: LegalSettings = field(default_factory=LegalSettings)
    pupil_first_name: str = ""  # parents' salutation: "Geachte ouder(s)/verzorger(s) van Daan"


@dataclass(frozen=True)
class BodyBlock:
    """One block of a letter body: a paragraph, a bold heading or a bullet list."""

    style: str  # paragraph | heading | bullets
    lines: tuple[str, ...]  # plain text, not markup


@dataclass(frozen=True)
class LetterContent:
    """A composed letter: every field filled, ready for layout. Nothing left to look up."""

    audience: Audience
    kind: str
    title: str
    reference: str
    letter_date: date
    place: str
    subject_line: str
    salutation: str
    body: tuple[BodyBlock, ...]
    clause: tuple[BodyBlock, ...]
    closing: str
    letterhead: Letterhead
    recipient: Recipient
    copy_line: str
    registered: bool
    dossier: str


@dataclass(frozen=True)
class DossierEntry:
    """One filed document in a dossier export; `data` is its PDF (or other) bytes."""

    filed_at: datetime
    kind: str
    title: str
    data: bytes
    mime_type: str = "application/pdf"
    sha256: str = ""
    document_id: int | None = None


@dataclass(frozen=True)
class DossierExport:
    person_name: str
    dossier: str  # personeelsdossier | leerlingendossier
    board_name: str
    school_name: str
    exported_at: datetime
    exported_by: str
    entries: tuple[DossierEntry, ...]
    redact_names: tuple[str, ...] = ()  # other people's names to black out in generated text


@dataclass(frozen=True)
class CallLogRow:
    """One call to the vertrouwensinspecteur with every field domain.md lists."""

    case_reference: str
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
    outcome: str  # yes | no | unclear
    advice: str
    agreed_actions: str
    follow_up: str
    summary: str = ""
    not_informed_reason: str = ""


@dataclass(frozen=True)
class CallLog:
    board_name: str
    printed_at: datetime
    printed_by: str
    calls: tuple[CallLogRow, ...]
    case_reference: str = ""  # set when the log shows one case only


@dataclass(frozen=True)
class PoliceReportRow:
    reported_on: date
    police_unit: str
    registration_number: str
    reported_by: str
    informed_beforehand: str


@dataclass(frozen=True)
class PoliceSheet:
    board_name: str
    school_name: str
    case_reference: str
    subject_name: str
    subject_role: str
    incident_date: date
    platform: str
    rules: tuple[str, ...]
    facts: str
    reports: tuple[PoliceReportRow, ...]
    printed_at: datetime
    printed_by: str
