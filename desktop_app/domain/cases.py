"""A case's status and its reference (SM-00001): one definition for services, UI and letters."""

from __future__ import annotations

import re
from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    PROPOSED = "proposed"
    DECIDED = "decided"
    CLOSED = "closed"


# Past the decision, no new proposal or assessment is made.
SETTLED = frozenset({CaseStatus.DECIDED, CaseStatus.CLOSED})

_REFERENCE = re.compile(r"^\s*(?:SM-?)?0*(\d{1,9})\s*$", re.IGNORECASE)


def case_reference(case_id: int) -> str:
    """The reference a case carries on screen, in letters and in file names."""
    return f"SM-{case_id:05d}"


def parse_case_reference(text: str) -> int | None:
    """The case id in 'SM-00042', 'sm42' or '42'; None when it is not a reference."""
    found = _REFERENCE.match(text)
    return int(found.group(1)) if found else None
