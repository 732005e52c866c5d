"""Typed refusals: every rule that says no carries its rule id and a Dutch and English message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CaseManagerError(Exception):
    """Base of every refusal the services give; the UI and CLI show `message(lang)`."""

    message_nl: str
    message_en: str
    rule_id: str = ""

    def __post_init__(self) -> None:
        super().__init__(self.message_en)

    def message(self, lang: str = "nl") -> str:
        text = self.message_en if lang.startswith("en") else self.message_nl
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
