"""The board's school calendar: which days are school days (pupil suspensions count these).

The default holiday periods are the national school holidays per region (noord, midden, zuid)
as the Rijksoverheid publishes them. The summer, Christmas and one week of May holidays are
fixed; the autumn and spring holidays are 'adviesdata' a school may move, so every period is
editable in Instellingen. A school year whose defaults were not checked against a published
source is marked so (DefaultYear.verified): Instellingen shows it and a suspension counted
through it shows a warning (P-S1).
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


@dataclass(frozen=True)
class DefaultYear:
    """One school year's default holidays for one region, and whether they were checked
    against a published source (an unchecked year makes a suspension show a warning)."""

    region: str
    label: str  # "2026-2027"
    verified: bool
    periods: tuple[HolidayPeriod, ...]

    @property
    def first_day(self) -> date:
        return date(int(self.label[:4]), 8, 1)

    @property
    def last_day(self) -> date:
        return max(p.last for p in self.periods)


# Sources (looked up 2 December 2026; the Rijksoverheid's own table is the authority):
#
# 2025-2026, verified for noord, midden and zuid:
#   - https://www.deepsea.nl/wanneer-begint-zomer-vakantie/ quotes the Rijksoverheid's
#     mandatory summer 2026: noord 4 juli t/m 16 augustus, midden 18 juli t/m 30 augustus,
#     zuid 11 juli t/m 23 augustus 2026.
#   - https://mkkm.nl (schoolvakanties, "Bron: Rijksoverheid (schooljaar 2025-2026)"):
#     kerstvakantie 20 december 2025 t/m 4 januari 2026 in heel Nederland.
#   - https://www.landstedembo.nl/vakantieplanning: voorjaarsvakantie regio Noord
#     21 februari t/m 1 maart 2026, regio Midden 14 t/m 22 februari 2026; herfstvakantie
#     noord en midden 18 t/m 26 oktober 2025.
#   - school calendars that follow the table: https://zaanlands.nl/informatie/vakanties (noord:
#     herfst 18-26 okt, voorjaar 21 feb-1 mrt, zomer 4 jul-16 aug), https://edumarevpr.nl/
#     vakantieregeling/ (midden: herfst 18-26 okt, voorjaar 14-22 feb, zomer 18 jul-30 aug),
#     https://gbbenjamin.nl/nl/voor-de-ouders/schoolvakanties-2025-2026 (zuid: herfst
#     11-19 okt, carnaval 14-22 feb, zomer 11 jul-23 aug 2026).
#
# 2026-2027, NOT verified for any region: no Rijksoverheid table for this year was found,
#   and the school calendars found disagree with each other on the mandatory summer:
#   - https://montessoricollege.nl/praktische-zaken/vakantieroosters/ (Nijmegen, zuid):
#     zomervakantie ma 19 juli t/m vr 27 augustus 2027 (= 17 juli t/m 29 augustus), carnaval
#     8-12 februari 2027, kerst 21 december 2026 t/m 1 januari 2027;
#   - https://mariaschool.wsko.nl/nl/vakanties-en-vrije-dagen and
#     https://www.obsdepolsstokberkenwoude.nl/praktische-informatie/vakanties-en-vrije-dagen
#     (both midden in 2025-2026) give the same summer, 19 juli t/m 27 augustus 2027, where the
#     table below has 10 juli t/m 22 augustus for midden;
#   - https://www.anjelier.nl/Kalender/Vakantierooster-2020-2021 (noord in 2025-2026) gives
#     12 juli t/m 20 augustus 2027, where the table below has 24 juli t/m 5 september.
#   The dates below are kept until a board checks them against rijksoverheid.nl.
#
# 2027-2028, verified for noord, midden and zuid:
#   https://rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar/
#   overzicht-schoolvakanties-2027-2028 says: herfst noord en midden 16 t/m 24 oktober 2027,
#   zuid 23 t/m 31 oktober 2027; kerst 25 december 2027 t/m 9 januari 2028; voorjaar noord
#   19 t/m 27 februari 2028, midden en zuid 26 februari t/m 5 maart 2028; meivakantie
#   29 april t/m 7 mei 2028 (adviesweek 22 t/m 30 april); zomer noord 15 juli t/m
#   27 augustus, midden 8 juli t/m 20 augustus, zuid 22 juli t/m 3 september 2028.
#   (The table shipped before said noord herfst 23-31 okt, zuid 16-24 okt, other spring and
#   summer holidays and the adviesweek as meivakantie: corrected.)

_KERST = {
    "2025": _p("Kerstvakantie", "2025-12-20", "2026-01-04"),
    "2026": _p("Kerstvakantie", "2026-12-19", "2027-01-03"),
    "2027": _p("Kerstvakantie", "2027-12-25", "2028-01-09"),
}
_MEI = {
    "2025": _p("Meivakantie", "2026-04-25", "2026-05-03"),
    "2026": _p("Meivakantie", "2027-04-24", "2027-05-02"),
    "2027": _p("Meivakantie", "2028-04-29", "2028-05-07"),
}


def _year(region: str, start: str, verified: bool, herfst: tuple[str, str],
          voorjaar: tuple[str, str], zomer: tuple[str, str]) -> DefaultYear:
    label = f"{start}-{int(start) + 1}"
    return DefaultYear(region, label, verified, (
        _p("Herfstvakantie", *herfst), _KERST[start], _p("Voorjaarsvakantie", *voorjaar),
        _MEI[start], _p("Zomervakantie", *zomer)))


DEFAULT_YEARS: dict[str, tuple[DefaultYear, ...]] = {
    "noord": (
        _year("noord", "2025", True, ("2025-10-18", "2025-10-26"),
              ("2026-02-21", "2026-03-01"), ("2026-07-04", "2026-08-16")),
        _year("noord", "2026", False, ("2026-10-17", "2026-10-25"),
              ("2027-02-20", "2027-02-28"), ("2027-07-24", "2027-09-05")),
        _year("noord", "2027", True, ("2027-10-16", "2027-10-24"),
              ("2028-02-19", "2028-02-27"), ("2028-07-15", "2028-08-27")),
    ),
    "midden": (
        _year("midden", "2025", True, ("2025-10-18", "2025-10-26"),
              ("2026-02-14", "2026-02-22"), ("2026-07-18", "2026-08-30")),
        _year("midden", "2026", False, ("2026-10-17", "2026-10-25"),
              ("2027-02-13", "2027-02-21"), ("2027-07-10", "2027-08-22")),
        _year("midden", "2027", True, ("2027-10-16", "2027-10-24"),
              ("2028-02-26", "2028-03-05"), ("2028-07-08", "2028-08-20")),
    ),
    "zuid": (
        _year("zuid", "2025", True, ("2025-10-11", "2025-10-19"),
              ("2026-02-14", "2026-02-22"), ("2026-07-11", "2026-08-23")),
        _year("zuid", "2026", False, ("2026-10-10", "2026-10-18"),
              ("2027-02-06", "2027-02-14"), ("2027-07-17", "2027-08-29")),
        _year("zuid", "2027", True, ("2027-10-23", "2027-10-31"),
              ("2028-02-26", "2028-03-05"), ("2028-07-22", "2028-09-03")),
    ),
}

# School years 2025-2026 to 2027-2028 per region, as one list of periods.
DEFAULT_PERIODS: dict[str, tuple[HolidayPeriod, ...]] = {
    region: tuple(p for year in years for p in year.periods)
    for region, years in DEFAULT_YEARS.items()
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

    def unverified_years(self, start: date, end: date) -> list[str]:
        """The school years from start to end whose holidays are still the shipped defaults
        that nobody checked against the Rijksoverheid ("2026-2027"); a board that edited a
        year's holidays has checked them itself."""
        own = set(self.periods)
        return [year.label for year in DEFAULT_YEARS[self.region]
                if not year.verified and year.first_day <= end and start <= year.last_day
                and all(p in own for p in year.periods)]

    def unverified_labels(self) -> list[str]:
        """Every school year of this calendar still holding unchecked default holidays."""
        return self.unverified_years(date.min, date.max)

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
