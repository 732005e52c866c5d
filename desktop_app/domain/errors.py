"""Typed refusals: every rule that says no carries its rule id, the input concerned and a Dutch
and English message; each front end adds how to reach that input (the GUI names the field as
its label reads and focuses it, the CLI names its flag)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as data_field

# Law ids (law.md, domain.md) the GUI shows with a refusal: P-S1, ST10, AVG-32, R5.8, L1.
# Internal ids ('access', 'protocol-policy', 'L-fields') are for the CLI's --json and logs.
_LAW_ID = re.compile(r"^[A-Z]{1,4}(-[A-Z]{1,2})?\d+(\.\d+)?$")


def is_law_id(rule_id: str) -> bool:
    return bool(_LAW_ID.match(rule_id))


@dataclass
class CaseManagerError(Exception):
    """Base of every refusal the services give; the UI and CLI show `message(lang)`.

    `field` names the input concerned by the service's parameter name ("motivation",
    "subjects", "no_hearing_reason"); the messages never name a CLI flag or a code, so each
    front end can point at the input in its own words.
    """

    message_nl: str
    message_en: str
    rule_id: str = ""
    field: str = ""
    values: dict[str, object] = data_field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message_en)

    def text(self, lang: str = "nl") -> str:
        """The sentence alone, without rule id."""
        return self.message_en if lang.startswith("en") else self.message_nl

    def message(self, lang: str = "nl") -> str:
        text = self.text(lang)
        return f"{text} [{self.rule_id}]" if self.rule_id else text

    def __str__(self) -> str:
        return self.message("nl")


class RuleViolation(CaseManagerError):
    """A procedure or protocol rule forbids the action (law.md ids such as P-S1)."""


class InvalidInput(CaseManagerError):
    """A value is malformed, unknown or out of range."""


class NotFound(CaseManagerError):
    """The object asked for does not exist."""


def not_found(what_nl: str, what_en: str, key: object) -> NotFound:
    return NotFound(f"{what_nl} {key} bestaat niet.", f"{what_en} {key} does not exist.")


class AccessDenied(CaseManagerError):
    """The acting account's role does not allow this action (issue 9: roles per school)."""


def access_denied() -> AccessDenied:
    return AccessDenied("Uw account mag dit niet doen.", "Your account may not do this.",
                        "access")
