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
