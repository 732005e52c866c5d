"""Counting legal terms as Dutch law counts them: from the recorded dispatch, under the Atw.

A term "binnen N weken na de dag van verzending" starts the day after dispatch (Awb 6:8) and
ends N weeks after the dispatch day. A term that ends on a Saturday, a Sunday or a general
holiday moves to the next day that is none of these (Algemene termijnenwet art. 1 and 3).
The letters print, and the rules enforce, the dates these functions return: one count.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from .legal import LegalSettings


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """The day the King's birthday is celebrated: 27 April, 26 April when the 27th is a Sunday
    (before 2014 the Queen's Day, 30 April, or 29 April when the 30th was a Sunday)."""
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    return day - timedelta(days=1) if day.weekday() == 6 else day


@lru_cache(maxsize=256)
def general_holidays(year: int) -> dict[date, str]:
    """Atw art. 3 lid 1: the 'algemeen erkende feestdagen' of one year, with their names."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 1): "Nieuwjaarsdag",
        easter: "Eerste Paasdag",
        easter + timedelta(days=1): "Tweede Paasdag",
        kings_day(year): "Koningsdag",
        date(year, 5, 5): "Bevrijdingsdag",
        easter + timedelta(days=39): "Hemelvaartsdag",
        easter + timedelta(days=49): "Eerste Pinksterdag",
        easter + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }


def is_general_holiday(day: date) -> bool:
    return day in general_holidays(day.year)


def is_working_day(day: date) -> bool:
    """Not a Saturday, a Sunday or a general holiday (Atw art. 1)."""
    return day.weekday() < 5 and not is_general_holiday(day)


def extend_to_working_day(day: date) -> date:
    """Atw art. 1: a term ending on a non-working day runs on to the next working day."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_months(day: date, months: int) -> date:
    """The same day number `months` later; the month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, 28)


def term_end(dispatch: date, *, weeks: int = 0, days: int = 0, months: int = 0) -> date:
    """The last day of a term counted from the day after `dispatch`, extended per the Atw."""
    end = add_months(dispatch, months) + timedelta(weeks=weeks, days=days)
    return extend_to_working_day(end)


# The terms the letters print and the rules enforce, each from the recorded dispatch.

def staff_response_due(dispatch: date, legal: LegalSettings) -> date:
    """ST3: the employee's zienswijze, N weeks after dispatch of the intention."""
    return term_end(dispatch, weeks=legal.staff_response_weeks)


def parent_response_due(dispatch: date, legal: LegalSettings) -> date:
    """O3: the parent's response to an intended ban."""
    return term_end(dispatch, weeks=legal.parent_response_weeks)


def objection_due(dispatch: date, legal: LegalSettings) -> date:
    """P-S8, P-V9: bezwaar within N weeks after the decision letter was sent."""
    return term_end(dispatch, weeks=legal.objection_weeks)


def appeal_due(dispatch: date, legal: LegalSettings) -> date:
    """ST8: appeal to the Commissie van beroep funderend onderwijs."""
    return term_end(dispatch, weeks=legal.staff_appeal_weeks)


def gpo_due(dispatch: date, legal: LegalSettings) -> date:
    """P-V12: a dispute to the Geschillencommissie passend onderwijs."""
    return term_end(dispatch, weeks=legal.gpo_weeks)


def order_response_due(dispatch: date, legal: LegalSettings) -> date:
    """ST5: the employee's response to an order suspension, from its letter's dispatch."""
    return term_end(dispatch, days=legal.order_response_days)


def annulment_due(dismissal: date, legal: LegalSettings) -> date:
    """ST12: the employee's request to the kantonrechter (BW 7:686a lid 4)."""
    return term_end(dismissal, months=legal.annulment_months)
