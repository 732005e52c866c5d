"""Dutch dates and small text helpers shared by every report."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date


@lru_cache(maxsize=4096)
def long_date(day: date) -> str:
    """'24 november 2026' (Babel, Dutch locale)."""
    return format_date(day, format="d MMMM y", locale="nl_NL")


def long_datetime(moment: datetime) -> str:
    """'24 november 2026, 14:05'."""
    return f"{long_date(moment.date())}, {moment:%H:%M}"


def short_date(day: date | None) -> str:
    """'24-11-2026' for tables; '' when unknown."""
    return f"{day:%d-%m-%Y}" if day is not None else ""


def short_datetime(moment: datetime | None) -> str:
    return f"{moment:%d-%m-%Y %H:%M}" if moment is not None else ""


def day_count(days: int) -> str:
    return "1 dag" if days == 1 else f"{days} dagen"
