"""Dates the Dutch way in every message and list: 16-01-2030, 16-01-2030 09:00."""

from __future__ import annotations

from datetime import date, datetime


def short_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def short_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{short_date(moment)} {moment:%H:%M}"


EARLIEST = date(1900, 1, 1)
FUTURE_YEARS = 5  # a planned date (a suspension's end, a letter's dispatch) further ahead is a typo


def check_plausible(day: date | datetime | None, today: date, what_nl: str = "De datum",
                    what_en: str = "The date") -> None:
    """The one check every service applies to every date it is given: not before 1900 and not
    more than FUTURE_YEARS ahead (whether a date may lie in the future at all is each rule's
    own check). Refused with the date and the limit."""
    from .errors import InvalidInput

    if day is None:
        return
    plain = day.date() if isinstance(day, datetime) else day
    if plain < EARLIEST:
        raise InvalidInput(f"{what_nl} {short_date(plain)} ligt vóór 1900; controleer het "
                           "jaartal.", f"{what_en} {short_date(plain)} is before 1900; check "
                           "the year.", "date")
    try:
        limit = today.replace(year=today.year + FUTURE_YEARS)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year + FUTURE_YEARS, day=28)
    if plain > limit:
        raise InvalidInput(f"{what_nl} {short_date(plain)} ligt meer dan {FUTURE_YEARS} jaar "
                           "in de toekomst; controleer het jaartal.",
                           f"{what_en} {short_date(plain)} is more than {FUTURE_YEARS} years "
                           "ahead; check the year.", "date")
