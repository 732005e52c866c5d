"""The board's school calendar: which days are school days (pupil suspensions count these).

The default holiday periods are the national school holidays per region (noord, midden, zuid)
as the Rijksoverheid publishes them; the summer and spring holidays per region are
'adviesdata' a board may move, so every period is editable in Instellingen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .errors import InvalidInput
from .terms import is_general_holiday

REGIONS: dict[str, tuple[str, str]] = {
    "noord": ("Noord", "North"),
    "midden": ("Midden", "Central"),
    "zuid": ("Zuid", "South"),
}


@dataclass(frozen=True)
class HolidayPeriod:
    """A closed period, first and last day inclusive."""

    name: str
    first: date
    last: date

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


def _p(name: str, first: str, last: str) -> HolidayPeriod:
    return HolidayPeriod(name, date.fromisoformat(first), date.fromisoformat(last))


_COMMON = {
    "2025": (_p("Kerstvakantie", "2025-12-20", "2026-01-04"),
             _p("Meivakantie", "2026-04-25", "2026-05-03")),
    "2026": (_p("Kerstvakantie", "2026-12-19", "2027-01-03"),
             _p("Meivakantie", "2027-04-24", "2027-05-02")),
    "2027": (_p("Kerstvakantie", "2027-12-25", "2028-01-09"),
             _p("Meivakantie", "2028-04-22", "2028-04-30")),
}

# School years 2025-2026 to 2027-2028 (Rijksoverheid, schoolvakanties per regio).
DEFAULT_PERIODS: dict[str, tuple[HolidayPeriod, ...]] = {
    "noord": (
        _p("Herfstvakantie", "2025-10-18", "2025-10-26"), *_COMMON["2025"],
        _p("Voorjaarsvakantie", "2026-02-21", "2026-03-01"),
        _p("Zomervakantie", "2026-07-04", "2026-08-16"),
        _p("Herfstvakantie", "2026-10-17", "2026-10-25"), *_COMMON["2026"],
        _p("Voorjaarsvakantie", "2027-02-20", "2027-02-28"),
        _p("Zomervakantie", "2027-07-24", "2027-09-05"),
        _p("Herfstvakantie", "2027-10-23", "2027-10-31"), *_COMMON["2027"],
        _p("Voorjaarsvakantie", "2028-02-26", "2028-03-05"),
        _p("Zomervakantie", "2028-07-22", "2028-09-03"),
    ),
    "midden": (
        _p("Herfstvakantie", "2025-10-18", "2025-10-26"), *_COMMON["2025"],
        _p("Voorjaarsvakantie", "2026-02-14", "2026-02-22"),
        _p("Zomervakantie", "2026-07-18", "2026-08-30"),
        _p("Herfstvakantie", "2026-10-17", "2026-10-25"), *_COMMON["2026"],
        _p("Voorjaarsvakantie", "2027-02-13", "2027-02-21"),
        _p("Zomervakantie", "2027-07-10", "2027-08-22"),
        _p("Herfstvakantie", "2027-10-16", "2027-10-24"), *_COMMON["2027"],
        _p("Voorjaarsvakantie", "2028-02-19", "2028-02-27"),
        _p("Zomervakantie", "2028-07-15", "2028-08-27"),
    ),
    "zuid": (
        _p("Herfstvakantie", "2025-10-11", "2025-10-19"), *_COMMON["2025"],
        _p("Voorjaarsvakantie", "2026-02-14", "2026-02-22"),
        _p("Zomervakantie", "2026-07-11", "2026-08-23"),
        _p("Herfstvakantie", "2026-10-10", "2026-10-18"), *_COMMON["2026"],
        _p("Voorjaarsvakantie", "2027-02-06", "2027-02-14"),
        _p("Zomervakantie", "2027-07-17", "2027-08-29"),
        _p("Herfstvakantie", "2027-10-16", "2027-10-24"), *_COMMON["2027"],
        _p("Voorjaarsvakantie", "2028-02-12", "2028-02-20"),
        _p("Zomervakantie", "2028-07-08", "2028-08-20"),
    ),
}


@dataclass(frozen=True)
class SchoolCalendar:
    """School days are weekdays outside the holiday periods and the general holidays."""

    region: str = "midden"
    periods: tuple[HolidayPeriod, ...] = field(
        default_factory=lambda: DEFAULT_PERIODS["midden"])

    def is_school_day(self, day: date) -> bool:
        if day.weekday() >= 5 or is_general_holiday(day):
            return False
        return not any(p.covers(day) for p in self.periods)

    def school_days(self, start: date, end: date) -> int:
        """School days from start to end, both inclusive."""
        count, current = 0, start
        while current <= end:
            count += self.is_school_day(current)
            current += timedelta(days=1)
        return count

    def next_school_day(self, day: date) -> date:
        """The first school day after `day` (the pupil's return after a suspension)."""
        day += timedelta(days=1)
        for _ in range(400):
            if self.is_school_day(day):
                return day
            day += timedelta(days=1)
        return day

    def holiday_name(self, day: date) -> str:
        for period in self.periods:
            if period.covers(day):
                return period.name
        return ""

    @classmethod
    def default(cls, region: str = "midden") -> SchoolCalendar:
        return cls(region, DEFAULT_PERIODS[_region(region)])

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SchoolCalendar:
        region = _region(str(data.get("region", "midden")))
        raw = data.get("periods")
        if raw is None:
            return cls.default(region)
        periods = []
        for item in raw:
            try:
                first = date.fromisoformat(str(item["first"]))
                last = date.fromisoformat(str(item["last"]))
            except (KeyError, ValueError, TypeError):
                raise InvalidInput(
                    f"Vakantie {item!r}: geef een eerste en laatste dag als JJJJ-MM-DD.",
                    f"Holiday {item!r}: give a first and last day as YYYY-MM-DD.") from None
            name = str(item.get("name", "")).strip() or "Vakantie"
            if last < first:
                raise InvalidInput(
                    f"Vakantie '{name}': de laatste dag ligt vóór de eerste.",
                    f"Holiday '{name}': the last day is before the first.")
            periods.append(HolidayPeriod(name, first, last))
        return cls(region, tuple(sorted(periods, key=lambda p: p.first)))

    def to_dict(self, *, customised: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {"region": self.region}
        if customised:
            data["periods"] = [{"name": p.name, "first": p.first.isoformat(),
                                "last": p.last.isoformat()} for p in self.periods]
        return data


def _region(code: str) -> str:
    key = code.strip().lower()
    if key not in REGIONS:
        raise InvalidInput(
            f"Onbekende regio '{code}'. Kies uit: noord, midden, zuid.",
            f"Unknown region '{code}'. Choose from: noord, midden, zuid.")
    return key
