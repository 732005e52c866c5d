"""The shipped school holidays (P-S1 counts school days) against the Rijksoverheid's dates
for 2025-2026 and 2027-2028 (sources in desktop_app/domain/school_calendar.py); 2026-2027 is
shipped unchecked and flagged so."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.measures import Measure
from desktop_app.domain.procedure import (
    CaseFacts,
    DecisionFact,
    StepFact,
    StepKind,
    reminders,
)
from desktop_app.domain.school_calendar import DEFAULT_PERIODS, DEFAULT_YEARS, SchoolCalendar


@pytest.mark.parametrize(("region", "name", "first", "last"), [
    ("noord", "Voorjaarsvakantie", date(2026, 2, 21), date(2026, 3, 1)),
    ("midden", "Voorjaarsvakantie", date(2026, 2, 14), date(2026, 2, 22)),
    ("zuid", "Voorjaarsvakantie", date(2026, 2, 14), date(2026, 2, 22)),
    ("noord", "Zomervakantie", date(2026, 7, 4), date(2026, 8, 16)),
    ("midden", "Zomervakantie", date(2026, 7, 18), date(2026, 8, 30)),
    ("zuid", "Zomervakantie", date(2026, 7, 11), date(2026, 8, 23)),
    ("zuid", "Herfstvakantie", date(2025, 10, 11), date(2025, 10, 19)),
    ("midden", "Herfstvakantie", date(2025, 10, 18), date(2025, 10, 26)),
    ("midden", "Kerstvakantie", date(2025, 12, 20), date(2026, 1, 4)),
    # 2027-2028 from the Rijksoverheid's table (the shipped table had other dates).
    ("noord", "Herfstvakantie", date(2027, 10, 16), date(2027, 10, 24)),
    ("midden", "Herfstvakantie", date(2027, 10, 16), date(2027, 10, 24)),
    ("zuid", "Herfstvakantie", date(2027, 10, 23), date(2027, 10, 31)),
    ("zuid", "Kerstvakantie", date(2027, 12, 25), date(2028, 1, 9)),
    ("noord", "Voorjaarsvakantie", date(2028, 2, 19), date(2028, 2, 27)),
    ("midden", "Voorjaarsvakantie", date(2028, 2, 26), date(2028, 3, 5)),
    ("zuid", "Voorjaarsvakantie", date(2028, 2, 26), date(2028, 3, 5)),
    ("noord", "Meivakantie", date(2028, 4, 29), date(2028, 5, 7)),
    ("noord", "Zomervakantie", date(2028, 7, 15), date(2028, 8, 27)),
    ("midden", "Zomervakantie", date(2028, 7, 8), date(2028, 8, 20)),
    ("zuid", "Zomervakantie", date(2028, 7, 22), date(2028, 9, 3)),
])
def test_P_S1_default_holidays_match_the_published_dates(
        region: str, name: str, first: date, last: date) -> None:
    assert any(p.name == name and p.first == first and p.last == last
               for p in DEFAULT_PERIODS[region])
    calendar = SchoolCalendar.default(region)
    assert calendar.holiday_name(first) == name and calendar.holiday_name(last) == name


def test_P_S1_every_region_covers_three_school_years_without_overlap() -> None:
    for region, periods in DEFAULT_PERIODS.items():
        ordered = sorted(periods, key=lambda p: p.first)
        assert ordered[0].first == date(2025, 10, 11 if region == "zuid" else 18)
        assert ordered[-1].name == "Zomervakantie" and ordered[-1].first.year == 2028
        for before, after in zip(ordered, ordered[1:], strict=False):
            assert before.last < after.first, (region, before, after)


def test_P_S1_a_suspension_across_a_verified_holiday_counts_only_school_days() -> None:
    zuid, noord = SchoolCalendar.default("zuid"), SchoolCalendar.default("noord")
    # Thu 21 Oct to Wed 3 Nov 2027: in zuid (herfstvakantie 23-31 Oct) Thu 21, Fri 22 and
    # Mon 1 to Wed 3 Nov; in noord (16-24 Oct) Mon 25 to Fri 29 Oct and Mon 1 to Wed 3 Nov.
    assert zuid.school_days(date(2027, 10, 21), date(2027, 11, 3)) == 5
    assert noord.school_days(date(2027, 10, 21), date(2027, 11, 3)) == 8
    assert zuid.next_school_day(date(2027, 10, 22)) == date(2027, 11, 1)
    # Fri 28 Apr 2028 to Mon 8 May: the meivakantie (29 Apr - 7 May) leaves Fri and Mon.
    assert noord.school_days(date(2028, 4, 28), date(2028, 5, 8)) == 2
    # Midden, 2025-2026: Thu 12 Feb to Wed 25 Feb 2026 over the voorjaarsvakantie (14-22).
    assert SchoolCalendar.default("midden").school_days(
        date(2026, 2, 12), date(2026, 2, 25)) == 5


def test_P_S1_unchecked_school_years_are_flagged_per_region() -> None:
    for region, years in DEFAULT_YEARS.items():
        flags = {year.label: year.verified for year in years}
        assert flags == {"2025-2026": True, "2026-2027": False, "2027-2028": True}, region
        calendar = SchoolCalendar.default(region)
        assert calendar.unverified_labels() == ["2026-2027"]
        assert calendar.unverified_years(date(2026, 3, 2), date(2026, 3, 6)) == []
        assert calendar.unverified_years(date(2026, 11, 2), date(2026, 11, 6)) == [
            "2026-2027"]
        assert calendar.unverified_years(date(2027, 11, 1), date(2027, 11, 5)) == []
    # A board that changed a year's holidays has checked that year itself.
    midden = SchoolCalendar.default("midden")
    own = [p for p in midden.periods
           if not (p.name == "Zomervakantie" and p.first.year == 2027)]
    edited = SchoolCalendar.from_dict({"region": "midden", "periods": [
        *({"name": p.name, "first": p.first.isoformat(), "last": p.last.isoformat()}
          for p in own),
        {"name": "Zomervakantie", "first": "2027-07-17", "last": "2027-08-29"}]})
    assert edited.unverified_labels() == []


def _suspension(calendar: SchoolCalendar, first: date, last: date) -> CaseFacts:
    return CaseFacts(1, PersonKind.PUPIL, "openbaar", first, first,
                     steps=(StepFact(StepKind.HEARING, first),), calendar=calendar,
                     decision=DecisionFact(Measure.SUSPENSION, first, first, last))


def test_P_S1_a_suspension_counted_through_an_unchecked_year_warns_in_the_case() -> None:
    calendar = SchoolCalendar.default("noord")
    warned = [n for n in reminders(_suspension(calendar, date(2026, 10, 22),
                                               date(2026, 10, 27)), LegalSettings())
              if n.rule_id == "P-S1"]
    assert len(warned) == 1
    assert "2026-2027" in warned[0].message_nl and "niet gecontroleerd" in warned[0].message_nl
    assert "rijksoverheid.nl" in warned[0].message_nl
    checked = reminders(_suspension(calendar, date(2027, 10, 26), date(2027, 10, 28)),
                        LegalSettings())
    assert not [n for n in checked if n.rule_id == "P-S1"]
