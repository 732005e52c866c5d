"""The consent register's rules, named after the protocol (A5) and law (F2-F6) ids."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain import consent as rules
from desktop_app.domain.consent import Choice, Relation, Statement, Status
from desktop_app.domain.errors import InvalidInput, RuleViolation

TODAY = date(2026, 11, 24)
PUPIL, MOTHER, FATHER, OTHER_PARENT = 1, 2, 3, 4
UNDER_16 = date(2014, 3, 12)
SIXTEEN = date(2010, 11, 24)  # turns 16 today


def s(n: int, giver: int, choice: Choice, on: date = TODAY) -> Statement:
    return Statement(n, giver, choice, on)


def test_F2_under_16_a_parent_with_authority_decides() -> None:
    assert rules.deciders("pupil", UNDER_16, TODAY, PUPIL, [MOTHER, FATHER]) == {MOTHER, FATHER}
    assert rules.check_giver("pupil", UNDER_16, TODAY, PUPIL, MOTHER, [MOTHER]) is \
        Relation.PARENT
    with pytest.raises(RuleViolation) as refused:
        rules.check_giver("pupil", UNDER_16, TODAY, PUPIL, PUPIL, [MOTHER])
    assert refused.value.rule_id == "F2"
    with pytest.raises(RuleViolation) as no_parent:
        rules.check_giver("pupil", UNDER_16, TODAY, PUPIL, OTHER_PARENT, [])
    assert "no parent with authority" in no_parent.value.message("en")


def test_F2_from_16_the_pupil_decides_and_a_parent_no_longer() -> None:
    assert rules.deciders("pupil", SIXTEEN, TODAY, PUPIL, [MOTHER]) == {PUPIL}
    assert rules.deciders("pupil", SIXTEEN, date(2026, 11, 23), PUPIL, [MOTHER]) == {MOTHER}
    assert rules.check_giver("pupil", SIXTEEN, TODAY, PUPIL, PUPIL, [MOTHER]) is Relation.SELF
    with pytest.raises(RuleViolation) as refused:
        rules.check_giver("pupil", SIXTEEN, TODAY, PUPIL, MOTHER, [MOTHER])
    assert refused.value.rule_id == "F2"
    # The parent's consent from before the 16th birthday no longer decides.
    assert rules.status([s(1, MOTHER, Choice.GIVE, date(2025, 9, 1))],
                        rules.deciders("pupil", SIXTEEN, TODAY, PUPIL, [MOTHER]))[0] is \
        Status.NONE


def test_F2_without_a_birth_date_the_pupil_counts_as_under_16() -> None:
    assert rules.deciders("pupil", None, TODAY, PUPIL, [MOTHER]) == {MOTHER}


def test_A5_staff_and_parents_decide_on_images_of_themselves() -> None:
    for kind in ("staff", "parent"):
        assert rules.check_giver(kind, None, TODAY, 7, 7, []) is Relation.SELF
        with pytest.raises(RuleViolation) as refused:
            rules.check_giver(kind, None, TODAY, 7, 8, [])
        assert refused.value.rule_id == "A5"


def test_F2_a_refusal_by_either_parent_with_authority_wins_over_the_others_consent() -> None:
    both = frozenset({MOTHER, FATHER})
    state, deciding = rules.status(
        [s(1, MOTHER, Choice.REFUSE, date(2026, 9, 1)), s(2, FATHER, Choice.GIVE)], both)
    assert state is Status.REFUSED and deciding is not None and deciding.giver_id == MOTHER
    # ... whichever order they came in.
    state, _ = rules.status([s(1, FATHER, Choice.GIVE, date(2026, 9, 1)),
                             s(2, MOTHER, Choice.REFUSE)], both)
    assert state is Status.REFUSED
    # One parent's consent suffices when the other has not refused.
    assert rules.status([s(1, FATHER, Choice.GIVE)], both)[0] is Status.GRANTED


def test_F5_a_later_choice_of_the_same_person_replaces_the_earlier_one() -> None:
    both = frozenset({MOTHER})
    assert rules.status([s(1, MOTHER, Choice.REFUSE, date(2026, 1, 5)),
                         s(2, MOTHER, Choice.GIVE, date(2026, 2, 5))], both)[0] is \
        Status.GRANTED
    assert rules.status([s(1, MOTHER, Choice.GIVE, date(2026, 1, 5)),
                         s(2, MOTHER, Choice.WITHDRAW, date(2026, 2, 5))], both)[0] is \
        Status.WITHDRAWN


def test_a_parent_without_authority_does_not_count() -> None:
    assert rules.status([s(1, OTHER_PARENT, Choice.REFUSE), s(2, MOTHER, Choice.GIVE)],
                        frozenset({MOTHER}))[0] is Status.GRANTED


def test_F4_how_the_choice_was_made_is_required_and_never_in_the_future() -> None:
    with pytest.raises(InvalidInput) as missing:
        rules.check_statement(Choice.GIVE, Status.NONE, "  ", TODAY, TODAY)
    assert missing.value.rule_id == "F4"
    with pytest.raises(InvalidInput):
        rules.check_statement(Choice.GIVE, Status.NONE, "formulier", date(2026, 12, 1), TODAY)


def test_F5_only_a_consent_can_be_withdrawn() -> None:
    for current in (Status.NONE, Status.REFUSED, Status.WITHDRAWN):
        with pytest.raises(RuleViolation) as refused:
            rules.check_statement(Choice.WITHDRAW, current, "mail", TODAY, TODAY)
        assert refused.value.rule_id == "F5"
    rules.check_statement(Choice.WITHDRAW, Status.GRANTED, "mail", TODAY, TODAY)


def test_F3_consent_is_asked_per_purpose() -> None:
    assert rules.purpose(" Website ") is rules.Purpose.WEBSITE
    assert len(rules.Purpose) == 8
    with pytest.raises(InvalidInput) as unknown:
        rules.purpose("billboard")
    assert unknown.value.rule_id == "F3"


def test_F6_the_review_falls_a_year_after_the_latest_choice_or_review() -> None:
    assert rules.review_due(date(2025, 11, 30), None) == date(2026, 11, 30)
    assert rules.review_due(date(2025, 11, 30), date(2026, 2, 1)) == date(2027, 2, 1)
    assert rules.review_due(None, None) is None

