"""The shipped school holidays (P-S1 counts school days) against the Rijksoverheid's dates
for 2025-2026, cross-checked with school calendars that follow them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.school_calendar import DEFAULT_PERIODS, SchoolCalendar


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
    ("zuid", "Zomervakantie", date(2027, 7, 17), date(2027, 8, 29)),
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
