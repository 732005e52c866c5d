"""The proposal policy: table checks and hypothesis properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.measures import Measure, ladder
from desktop_app.domain.policy import ProposalPolicy, propose

POLICY = ProposalPolicy()
kinds = st.sampled_from([PersonKind.STAFF, PersonKind.PUPIL, PersonKind.PARENT])
severities = st.integers(min_value=1, max_value=4)
histories = st.integers(min_value=0, max_value=10)


@pytest.mark.parametrize(("kind", "severity", "expected"), [
    (PersonKind.STAFF, 1, Measure.WARNING),
    (PersonKind.STAFF, 2, Measure.REPRIMAND),
    (PersonKind.STAFF, 3, Measure.SUSPENSION),
    (PersonKind.STAFF, 4, Measure.DISMISSAL),
    (PersonKind.PUPIL, 1, Measure.WARNING),
    (PersonKind.PUPIL, 3, Measure.SUSPENSION),
    (PersonKind.PUPIL, 4, Measure.REMOVAL),
    (PersonKind.PARENT, 3, Measure.ACCESS_BAN),
])
def test_base_step_from_severity(kind: PersonKind, severity: int, expected: Measure) -> None:
    assert propose(POLICY, kind, severity, 0, False).measure is expected


def test_one_step_up_per_prior_measure_capped_below_summary_dismissal() -> None:
    assert propose(POLICY, PersonKind.STAFF, 1, 1, False).measure is Measure.REPRIMAND
    assert propose(POLICY, PersonKind.STAFF, 1, 2, False).measure is Measure.SUSPENSION
    assert propose(POLICY, PersonKind.STAFF, 3, 9, False).measure is Measure.DISMISSAL


def test_summary_dismissal_only_at_severity_four_with_urgent_reason() -> None:
    assert propose(POLICY, PersonKind.STAFF, 4, 0, True).measure is Measure.SUMMARY_DISMISSAL
    assert propose(POLICY, PersonKind.STAFF, 3, 5, True).measure is Measure.DISMISSAL


def test_policy_is_data_a_board_can_change() -> None:
    lenient = ProposalPolicy.from_dict({"base": {
        "staff": {"1": "warning", "2": "warning", "3": "reprimand", "4": "suspension"},
        "pupil": {"1": "warning", "2": "warning", "3": "suspension", "4": "removal"},
        "parent": {"1": "warning", "2": "warning", "3": "access_ban", "4": "removal"}},
        "steps_per_prior_measure": 0})
    assert propose(lenient, PersonKind.STAFF, 2, 3, False).measure is Measure.WARNING
    assert ProposalPolicy.from_dict(lenient.to_dict()) == lenient


def test_policy_refuses_lighter_measure_for_higher_severity() -> None:
    with pytest.raises(InvalidInput):
        ProposalPolicy.from_dict({"base": {"staff": {"1": "reprimand", "2": "warning",
                                                     "3": "suspension", "4": "dismissal"}}})


@given(kinds, severities, severities, histories, st.booleans())
def test_never_lower_for_higher_severity(kind: PersonKind, a: int, b: int, history: int,
                                         urgent: bool) -> None:
    low, high = sorted((a, b))
    steps = ladder(kind)
    assert steps.index(propose(POLICY, kind, low, history, urgent).measure) <= \
        steps.index(propose(POLICY, kind, high, history, urgent).measure)


@given(kinds, severities, histories, histories, st.booleans())
def test_never_lower_for_longer_history(kind: PersonKind, severity: int, a: int, b: int,
                                        urgent: bool) -> None:
    short, long = sorted((a, b))
    steps = ladder(kind)
    assert steps.index(propose(POLICY, kind, severity, short, urgent).measure) <= \
        steps.index(propose(POLICY, kind, severity, long, urgent).measure)


@given(kinds, severities, histories, st.booleans())
def test_never_summary_dismissal_without_urgent_reason(kind: PersonKind, severity: int,
                                                       history: int, urgent: bool) -> None:
    result = propose(POLICY, kind, severity, history, urgent)
    if result.measure is Measure.SUMMARY_DISMISSAL:
        assert urgent and severity == 4 and kind is PersonKind.STAFF
    assert result.measure in ladder(kind)
    assert result.reasons_nl and result.reasons_en


def test_recidivism_counts_only_measures_on_earlier_incidents_within_the_window() -> None:
    """Recidivism counts what came before this incident, never what was decided later on a
    later incident, and nothing older than the window before this incident's date."""
    from datetime import date

    from desktop_app.domain.policy import IncidentMoment, counts_as_prior

    this = IncidentMoment(date(2030, 6, 1), 50)
    assert counts_as_prior(IncidentMoment(date(2030, 5, 1), 40), this, 24)
    assert counts_as_prior(IncidentMoment(date(2030, 6, 1), 49), this, 24)  # same day, earlier
    assert not counts_as_prior(IncidentMoment(date(2030, 6, 1), 51), this, 24)
    assert not counts_as_prior(IncidentMoment(date(2030, 7, 1), 60), this, 24)  # later incident
    assert not counts_as_prior(IncidentMoment(date(2028, 5, 1), 10), this, 24)  # outside window
    assert counts_as_prior(IncidentMoment(date(2028, 7, 1), 10), this, 24)
