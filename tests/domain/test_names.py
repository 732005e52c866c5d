"""Dutch name rules, severity parsing and address parsing."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.names import (
    check_birth_date,
    make_name,
    parse_address,
    salutation,
)
from desktop_app.domain.severity import OverallRule, Severity


def test_dutch_name_display_sort_and_salutation() -> None:
    name = make_name("Jan", "Van der", "Berg")
    assert name.full == "Jan van der Berg"
    assert name.sort_name == "Berg, Jan van der"
    assert salutation(name, "heer") == "Geachte heer Van der Berg"
    assert salutation(make_name("Sam", "", "Vries"), "") == "Geachte Sam Vries"


def test_sorting_ignores_tussenvoegsel_and_accents() -> None:
    names = [make_name("Jan", "van der", "Berg"), make_name("Anna", "", "Aalders"),
             make_name("Zoë", "", "Ündüz"), make_name("Piet", "de", "Boer")]
    ordered = [n.sort_name for n in sorted(names, key=lambda n: n.sort_key)]
    assert ordered == ["Aalders, Anna", "Berg, Jan van der", "Boer, Piet de", "Ündüz, Zoë"]


@pytest.mark.parametrize("bad", ["", "   ", "x" * 10_000, "Jan\u200bus"])
def test_bad_names_are_refused_with_a_message(bad: str) -> None:
    with pytest.raises(InvalidInput) as info:
        make_name(bad, "", "Berg")
    assert "voornaam" in info.value.message("nl").lower()


@pytest.mark.parametrize("name", ["Şükrü", "Łucja", "Nguyễn Thị", "Ольга", "李"])
def test_names_in_any_script_are_accepted(name: str) -> None:
    assert make_name(name, "", "X").first == name


def test_birth_date_in_future_refused() -> None:
    with pytest.raises(InvalidInput, match="toekomst"):
        check_birth_date(date(2030, 1, 1), date(2026, 11, 24))


def test_address_parsing() -> None:
    a = parse_address("Lindelaan 4, 1234 ab Amersfoort")
    assert a is not None and a.postcode == "1234 AB" and a.city == "Amersfoort"
    assert a.lines() == ["Lindelaan 4", "1234 AB  AMERSFOORT"]
    with pytest.raises(InvalidInput, match="postcode"):
        parse_address("Lindelaan 4, Amersfoort")


def test_severity_overall_rule_is_documented_and_configurable() -> None:
    s = Severity(1, 2, 4)
    assert s.overall() == 4
    assert s.overall(OverallRule.ROUNDED_MEAN) == 2
    with pytest.raises(InvalidInput):
        Severity.parse("5,1,1")
    assert Severity.parse("3,2,4") == Severity(3, 2, 4)
