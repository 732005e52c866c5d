"""Counting terms (Awb 6:8, Algemene termijnenwet) and school days, per law.md rule id."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.errors import InvalidInput, RuleViolation
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.measures import Measure
from desktop_app.domain.procedure import (
    CaseFacts,
    DecisionFact,
    StepFact,
    StepKind,
    check_decision,
    check_step,
    deadlines,
    reminders,
    running_terms,
    steps_for,
)
from desktop_app.domain.school_calendar import SchoolCalendar
from desktop_app.domain.terms import (
    easter_sunday,
    general_holidays,
    kings_day,
    objection_due,
    staff_response_due,
    term_end,
)

LEGAL = LegalSettings()


@pytest.mark.parametrize(("year", "easter"), [
    (2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
    (2027, date(2027, 3, 28)), (2028, date(2028, 4, 16)), (2038, date(2038, 4, 25)),
])
def test_Atw_easter_is_computed(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_Atw_art3_holidays_of_2026() -> None:
    days = general_holidays(2026)
    assert days[date(2026, 4, 6)] == "Tweede Paasdag"
    assert days[date(2026, 5, 14)] == "Hemelvaartsdag"
    assert days[date(2026, 5, 25)] == "Tweede Pinksterdag"
    assert days[date(2026, 4, 27)] == "Koningsdag"
    assert date(2026, 4, 3) not in days  # Goede Vrijdag is no Atw holiday


def test_Atw_kings_day_moves_to_saturday_when_on_sunday() -> None:
    assert kings_day(2025) == date(2025, 4, 26)  # 27 April 2025 is a Sunday
    assert kings_day(2026) == date(2026, 4, 27)


@pytest.mark.parametrize(("dispatch", "weeks", "months", "end"), [
    (date(2026, 11, 2), 3, 0, date(2026, 11, 23)),  # Monday + 3 weeks: a Monday
    (date(2026, 11, 14), 3, 0, date(2026, 12, 7)),  # Saturday + 3 weeks -> Monday
    (date(2026, 11, 15), 3, 0, date(2026, 12, 7)),  # Sunday + 3 weeks -> Monday
    (date(2026, 12, 4), 3, 0, date(2026, 12, 28)),  # Fri 25 Dec (Kerst) -> Mon 28 Dec
    (date(2026, 12, 5), 3, 0, date(2026, 12, 28)),  # Sat 26 Dec -> Sun -> Mon 28 Dec
    (date(2026, 11, 20), 6, 0, date(2027, 1, 4)),  # Fri 1 Jan -> Mon 4 Jan
    (date(2026, 3, 24), 2, 0, date(2026, 4, 7)),  # Tue 7 Apr (day after Tweede Paasdag)
    (date(2026, 3, 23), 2, 0, date(2026, 4, 7)),  # Mon 6 Apr Tweede Paasdag -> Tue
    (date(2026, 4, 30), 2, 0, date(2026, 5, 15)),  # Thu 14 May Hemelvaart -> Fri
    (date(2026, 4, 21), 2, 0, date(2026, 5, 6)),  # Tue 5 May Bevrijdingsdag -> Wed
    (date(2026, 10, 31), 0, 2, date(2026, 12, 31)),  # Thu 31 Dec: a working day, no shift
    (date(2026, 11, 1), 0, 2, date(2027, 1, 4)),  # Fri 1 Jan (Nieuwjaarsdag) -> Mon 4 Jan
    (date(2026, 12, 31), 0, 2, date(2027, 3, 1)),  # month end: 28 Feb (Sun) -> Mon 1 Mar
    (date(2027, 1, 31), 0, 1, date(2027, 3, 1)),  # 28 Feb 2027 is a Sunday -> Mon 1 Mar
])
def test_Atw_art1_term_ending_on_a_free_day_moves_to_the_next_working_day(
        dispatch: date, weeks: int, months: int, end: date) -> None:
    assert term_end(dispatch, weeks=weeks, months=months) == end


def test_ST3_letter_and_rule_use_the_same_term() -> None:
    dispatch = date(2026, 12, 4)  # Friday; 3 weeks later is Christmas Day
    due = staff_response_due(dispatch, LEGAL)
    assert due == date(2026, 12, 28)
    f = CaseFacts(1, PersonKind.STAFF, "openbaar", dispatch, dispatch,
                  steps=(StepFact(StepKind.INTENTION, dispatch, "Gronden."),))
    for day in (date(2026, 12, 25), date(2026, 12, 28)):
        with pytest.raises(RuleViolation) as info:
            check_decision(f, Measure.REPRIMAND, day, None, None, "", LEGAL)
        assert info.value.rule_id == "ST3" and "28-12-2026" in info.value.message_nl
    check_decision(f, Measure.REPRIMAND, date(2026, 12, 29), None, None, "", LEGAL)
    assert {d.what: d.due for d in deadlines(f, LEGAL)}["response"] == due


def test_ST4_decision_grounds_and_measure_are_the_intentions() -> None:
    intention = StepFact(StepKind.INTENTION, date(2026, 11, 2), "Delen van persoonsgegevens.",
                         {"measure": "reprimand"})
    f = CaseFacts(1, PersonKind.STAFF, "openbaar", date(2026, 11, 1), date(2026, 11, 1),
                  steps=(intention, StepFact(StepKind.RESPONSE, date(2026, 11, 5))))
    day = date(2026, 11, 6)
    with pytest.raises(RuleViolation) as info:
        check_decision(f, Measure.REPRIMAND, day, None, None, "", LEGAL,
                       {"grounds": "Iets anders."})
    assert info.value.rule_id == "ST4"
    check_decision(f, Measure.REPRIMAND, day, None, None, "", LEGAL,
                   {"grounds": "Delen van persoonsgegevens."})
    with pytest.raises(RuleViolation) as info:
        check_decision(f, Measure.SUSPENSION, day, day, day, "", LEGAL)
    assert info.value.rule_id == "ST4"
    planned = StepFact(StepKind.INTENTION, date(2026, 11, 2), "Gronden.",
                       {"measure": "suspension", "days": 5})
    g = CaseFacts(1, PersonKind.STAFF, "openbaar", date(2026, 11, 1), date(2026, 11, 1),
                  steps=(planned, StepFact(StepKind.RESPONSE, date(2026, 11, 5))))
    check_decision(g, Measure.SUSPENSION, day, day, day + timedelta(days=4), "", LEGAL)
    with pytest.raises(RuleViolation) as info:
        check_decision(g, Measure.SUSPENSION, day, day, day + timedelta(days=5), "", LEGAL)
    assert info.value.rule_id == "ST4"


MIDDEN = SchoolCalendar.default("midden")
REASONS = {"reasons": "Redenen voor de ouders."}


def _pupil(on: date, calendar: SchoolCalendar = MIDDEN) -> CaseFacts:
    return CaseFacts(1, PersonKind.PUPIL, "openbaar", on, on,
                     steps=(StepFact(StepKind.HEARING, on),), calendar=calendar)


def test_P_S1_school_days_skip_weekends_holidays_and_school_holidays() -> None:
    assert MIDDEN.school_days(date(2026, 12, 17), date(2026, 12, 23)) == 2  # Kerstvakantie
    assert MIDDEN.school_days(date(2026, 4, 27), date(2026, 4, 30)) == 0  # Meivakantie
    assert MIDDEN.next_school_day(date(2026, 12, 18)) == date(2027, 1, 4)
    assert SchoolCalendar.default("zuid").school_days(date(2026, 10, 12),
                                                      date(2026, 10, 16)) == 0
    assert SchoolCalendar.default("noord").school_days(date(2026, 10, 12),
                                                       date(2026, 10, 16)) == 5


def test_P_S1_suspension_without_a_school_day_is_refused() -> None:
    on = date(2026, 12, 17)
    with pytest.raises(RuleViolation) as info:
        check_decision(_pupil(on), Measure.SUSPENSION, on, date(2026, 12, 21),
                       date(2026, 12, 23), "", LEGAL, REASONS)
    assert info.value.rule_id == "P-S1"
    check_decision(_pupil(on), Measure.SUSPENSION, on, date(2026, 12, 18), date(2026, 12, 18),
                   "", LEGAL, REASONS)


def test_P_S1_suspensions_for_the_same_facts_add_up() -> None:
    on = date(2026, 11, 2)
    with pytest.raises(RuleViolation) as info:
        check_decision(_pupil(on), Measure.SUSPENSION, on, on, on + timedelta(days=2), "",
                       LEGAL, {**REASONS, "earlier_school_days": 3})
    assert info.value.rule_id == "P-S1"
    check_decision(_pupil(on), Measure.SUSPENSION, on, on, on + timedelta(days=1), "", LEGAL,
                   {**REASONS, "earlier_school_days": 3})


def test_P_S2_reasons_for_parents_and_no_retroactive_start_without_reason() -> None:
    on = date(2026, 11, 4)
    with pytest.raises(RuleViolation) as info:
        check_decision(_pupil(date(2026, 11, 2)), Measure.SUSPENSION, on, on, on, "", LEGAL, {})
    assert info.value.rule_id == "P-S2"
    with pytest.raises(RuleViolation) as info:
        check_decision(_pupil(date(2026, 11, 2)), Measure.SUSPENSION, on,
                       on - timedelta(days=1), on, "", LEGAL, REASONS)
    assert info.value.rule_id == "P-S2"


def test_P_S3_inspectie_counts_school_days() -> None:
    friday = date(2026, 11, 6)
    over_weekend = DecisionFact(Measure.SUSPENSION, friday, friday, friday + timedelta(days=2))
    f = CaseFacts(1, PersonKind.PUPIL, "openbaar", friday, friday, decision=over_weekend,
                  calendar=MIDDEN)
    assert "inspectie_report" not in {d.what for d in deadlines(f, LEGAL)}  # 1 school day
    two = DecisionFact(Measure.SUSPENSION, friday, friday, friday + timedelta(days=3))
    f = CaseFacts(1, PersonKind.PUPIL, "openbaar", friday, friday, decision=two, calendar=MIDDEN)
    assert "inspectie_report" in {d.what for d in deadlines(f, LEGAL)}


def test_P_V4_removal_takes_effect_after_decision_and_confirmation() -> None:
    on = date(2026, 11, 2)
    steps = (StepFact(StepKind.INTENTION, on),
             StepFact(StepKind.HEARING, on, "", {"parties": ["pupil", "parents", "teacher"]}),
             StepFact(StepKind.RECEIVING_SCHOOL, date(2026, 11, 20), "", {"school": "Kompas"}))
    f = CaseFacts(1, PersonKind.PUPIL, "openbaar", on, on, steps=steps)
    with pytest.raises(RuleViolation) as info:
        check_decision(f, Measure.REMOVAL, date(2026, 11, 23), date(2026, 11, 19), None, "",
                       LEGAL)
    assert info.value.rule_id == "P-V4"
    check_decision(f, Measure.REMOVAL, date(2026, 11, 23), date(2026, 11, 23), None, "", LEGAL)


def test_P_V9_objection_term_is_tracked_and_a_late_objection_noticed() -> None:
    decided = date(2026, 11, 20)
    d = DecisionFact(Measure.REMOVAL, decided, decided)
    sent = StepFact(StepKind.LETTER_SENT, date(2026, 11, 20))
    f = CaseFacts(1, PersonKind.PUPIL, "openbaar", decided, decided, steps=(sent,), decision=d)
    terms = {t.what: t.due for t in running_terms(f, LEGAL)}
    assert terms["objection_term"] == objection_due(sent.on, LEGAL) == date(2027, 1, 4)
    assert terms["gpo_term"] == date(2027, 1, 4)
    assert check_step(f, StepKind.OBJECTION, date(2027, 1, 4), {}, "", LEGAL) == []
    late = check_step(f, StepKind.OBJECTION, date(2027, 1, 5), {}, "", LEGAL)
    assert [n.rule_id for n in late] == ["P-V9"] and "Te laat" in late[0].message_nl
    g = CaseFacts(1, PersonKind.PUPIL, "openbaar", decided, decided,
                  steps=(sent, StepFact(StepKind.OBJECTION, date(2027, 1, 5))), decision=d)
    assert any(n.rule_id == "P-V9" and "te laat" in n.message_nl for n in reminders(g, LEGAL))
    assert "objection_term" not in {t.what for t in running_terms(g, LEGAL)}


def test_L4_steps_before_their_decision_or_the_incident_are_refused() -> None:
    decided = date(2026, 11, 20)
    f = CaseFacts(1, PersonKind.PUPIL, "openbaar", date(2026, 11, 2), date(2026, 11, 2),
                  decision=DecisionFact(Measure.SUSPENSION, decided, decided, decided))
    with pytest.raises(InvalidInput):
        check_step(f, StepKind.LETTER_SENT, date(2026, 11, 19), {})
    with pytest.raises(InvalidInput):
        check_step(f, StepKind.HEARING, date(2026, 11, 1), {})
    check_step(f, StepKind.LETTER_SENT, decided, {})
    undecided = CaseFacts(1, PersonKind.PUPIL, "openbaar", date(2026, 11, 2), date(2026, 11, 2))
    with pytest.raises(RuleViolation):
        check_step(undecided, StepKind.LETTER_SENT, decided, {})
    with pytest.raises(InvalidInput):  # a response answers an intention that was sent first
        check_step(undecided, StepKind.RESPONSE, decided, {})


def test_steps_offered_fit_the_subjects_kind() -> None:
    assert StepKind.INSPECTIE_REPORT not in steps_for(PersonKind.STAFF)
    assert StepKind.EMPLOYEE_INFORMED not in steps_for(PersonKind.PUPIL)
    f = CaseFacts(1, PersonKind.STAFF, "openbaar", date(2026, 11, 2), date(2026, 11, 2))
    with pytest.raises(RuleViolation):
        check_step(f, StepKind.RECEIVING_SCHOOL, date(2026, 11, 3), {"school": "X"})


def test_ST10_known_moment_recorded_with_the_decision() -> None:
    f = CaseFacts(1, PersonKind.STAFF, "openbaar", date(2026, 11, 2), date(2026, 11, 2),
                  urgent_reason=True, steps=(StepFact(StepKind.HEARING, date(2026, 11, 2)),))
    with pytest.raises(InvalidInput):
        check_decision(f, Measure.SUMMARY_DISMISSAL, date(2026, 11, 3), None, None, "", LEGAL,
                       {"urgent_reason": "Bedreiging.", "known_on": "2026-11-04"})


def test_calendar_settings_are_validated() -> None:
    with pytest.raises(InvalidInput):
        SchoolCalendar.from_dict({"region": "oost"})
    with pytest.raises(InvalidInput):
        SchoolCalendar.from_dict({"region": "noord", "periods": [
            {"name": "Herfst", "first": "2026-10-20", "last": "2026-10-10"}]})
    own = SchoolCalendar.from_dict({"region": "noord", "periods": [
        {"name": "Studiedag", "first": "2026-11-04", "last": "2026-11-04"}]})
    assert own.school_days(date(2026, 11, 2), date(2026, 11, 6)) == 4
