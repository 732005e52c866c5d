"""argparse value types that fail with a clear Dutch message."""

from __future__ import annotations

import argparse
from datetime import date, datetime


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; gebruik JJJJ-MM-DD / not a date; use YYYY-MM-DD") from None


def iso_datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("T", " ")).replace(microsecond=0)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum en tijd; gebruik 'JJJJ-MM-DD UU:MM' / not a date and time; "
            "use 'YYYY-MM-DD HH:MM'") from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal / not a number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' moet positief zijn / must be positive")
    return value
