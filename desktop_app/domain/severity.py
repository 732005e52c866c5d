"""Severity on three axes (statements, behaviour, consequences) and the overall rule."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import InvalidInput

SEVERITY_LABELS: dict[int, tuple[str, str]] = {
    1: ("licht", "minor"),
    2: ("matig", "moderate"),
    3: ("ernstig", "serious"),
    4: ("zeer ernstig", "very serious"),
}

AXIS_LABELS: dict[str, tuple[str, str]] = {
    "statements": ("uitlatingen", "statements"),
    "behaviour": ("gedragingen", "behaviour"),
    "consequences": ("gevolgen", "consequences"),
}


class OverallRule(StrEnum):
    """How the three axes combine; a board setting, the protocol does not say."""

    MAXIMUM = "maximum"
    ROUNDED_MEAN = "rounded_mean"


@dataclass(frozen=True)
class Severity:
    statements: int
    behaviour: int
    consequences: int

    def __post_init__(self) -> None:
        for name in ("statements", "behaviour", "consequences"):
            check_level(getattr(self, name), name)

    def overall(self, how: OverallRule = OverallRule.MAXIMUM) -> int:
        values = (self.statements, self.behaviour, self.consequences)
        if how is OverallRule.ROUNDED_MEAN:
            # Round half up, so 1,2,2 -> 2 and 1,1,2 -> 1: never below the median axis.
            return int(sum(values) / 3 + 0.5)
        return max(values)

    @classmethod
    def uniform(cls, level: int) -> Severity:
        return cls(level, level, level)

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Parse '3,2,4' (statements, behaviour, consequences)."""
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise InvalidInput(
                f"Ernst '{text}' moet drie getallen 1-4 zijn: uitlatingen,gedragingen,gevolgen.",
                f"Severity '{text}' must be three numbers 1-4: statements,behaviour,consequences.",
            )
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))


def check_level(value: int, axis: str = "overall") -> int:
    if not isinstance(value, int) or value not in SEVERITY_LABELS:
        nl = AXIS_LABELS.get(axis, ("ernst", "severity"))[0]
        raise InvalidInput(
            f"Ernst ({nl}) moet 1 (licht) tot 4 (zeer ernstig) zijn, niet '{value}'.",
            f"Severity ({axis}) must be 1 (minor) to 4 (very serious), not '{value}'.",
        )
    return value
