"""Table-driven tests of the procedure rules, one or more per law.md rule id."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.dates import short_date
from desktop_app.domain.errors import InvalidInput, RuleViolation
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.measures import Measure, check_measure_fits, is_disciplinary, measure
from desktop_app.domain.procedure import (
    CaseFacts,
    DecisionFact,
    StepFact,
    StepKind,
    check_decision,
    check_hearing,
    check_inspector_call,
    check_step,
    deadlines,
    objection_decision_due,
    reminders,
    school_days,
)

LEGAL = LegalSettings()
D0 = date(2026, 11, 2)  # a Monday


def facts(kind: PersonKind, *steps: tuple[StepKind, date] | StepFact,
          decision: DecisionFact | None = None,
          denomination: str = "openbaar", **extra: object) -> CaseFacts:
    return CaseFacts(case_id=1, subject_kind=kind, denomination=denomination, occurred_on=D0,
                     known_on=D0, steps=tuple(s if isinstance(s, StepFact) else StepFact(*s)
                                              for s in steps),
                     decision=decision, **extra)  # type: ignore[arg-type]


def rule_of(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleViolation) as info:
        call()
    return info.value.rule_id


def whats(f: CaseFacts) -> set[str]:
    return {d.what for d in deadlines(f, LEGAL)}


HEARD = (StepKind.HEARING, D0)


def heard(*parties: str, on: date = D0) -> StepFact:
    """A hearing that records who was heard (P-S5, P-V2, P-V3)."""
    return StepFact(StepKind.HEARING, on, "", {"parties": list(parties)})


R = {"reasons": "Kwetsende berichten over een klasgenoot."}  # P-S2: reasons for the parents
URGENT = {"urgent_reason": "Bedreiging van een collega."}  # ST10: recorded with the decision


@pytest.mark.parametrize(("start", "end", "allowed"), [
    (D0, D0, True),
    (D0, D0 + timedelta(days=4), True),
    (D0, D0 + timedelta(days=6), True),  # exactly one week
    (D0, D0 + timedelta(days=7), False),  # 8 days
    (D0, D0 + timedelta(days=20), False),
])
def test_P_S1_pupil_suspension_at_most_one_week(start: date, end: date, allowed: bool) -> None:
    f = facts(PersonKind.PUPIL, HEARD)
    call = lambda: check_decision(f, Measure.SUSPENSION, D0, start, end, "", LEGAL, R)  # noqa: E731
    if allowed:
        call()
    else:
        assert rule_of(call) == "P-S1"


def test_P_S1_warns_above_five_school_days() -> None:
    f = facts(PersonKind.PUPIL, HEARD)
    notices = check_decision(f, Measure.SUSPENSION, D0, D0, D0 + timedelta(days=6), "", LEGAL, R)
    assert [n.rule_id for n in notices] == []  # Mon..Sun = 5 school days
    f2 = CaseFacts(1, PersonKind.PUPIL, "openbaar", D0 - timedelta(days=3),
                   D0 - timedelta(days=3), steps=(StepFact(StepKind.HEARING, D0 - timedelta(3)),))
    wed = D0 + timedelta(days=2)
    notices = check_decision(f2, Measure.SUSPENSION, D0, wed, wed + timedelta(days=6), "", LEGAL, R)
    assert school_days(wed, wed + timedelta(days=6)) == 5
    notices = check_decision(f2, Measure.SUSPENSION, D0, D0 - timedelta(days=2),
                             D0 + timedelta(days=4), "", LEGAL,
                             {**R, "early_start_reason": "Mondeling op zaterdag meegedeeld."})
    assert school_days(D0 - timedelta(days=2), D0 + timedelta(days=4)) == 5
    assert notices == []


def test_P_S1_limit_is_a_setting() -> None:
    f = facts(PersonKind.PUPIL, HEARD)
    strict = LegalSettings(pupil_suspension_max_days=3)
    assert rule_of(lambda: check_decision(f, Measure.SUSPENSION, D0, D0,
                                          D0 + timedelta(days=3), "", strict, R)) == "P-S1"


def test_P_S2_decided_suspension_needs_written_letter() -> None:
    d = DecisionFact(Measure.SUSPENSION, D0, D0, D0)
    assert "letter_sent" in whats(facts(PersonKind.PUPIL, HEARD, decision=d))
    assert "letter_sent" not in whats(facts(PersonKind.PUPIL, HEARD, (StepKind.LETTER_SENT, D0),
                                            decision=d))


@pytest.mark.parametrize(("days", "needs_report"), [(1, False), (2, True), (5, True)])
def test_P_S3_inspectie_task_when_longer_than_one_day(days: int, needs_report: bool) -> None:
    d = DecisionFact(Measure.SUSPENSION, D0, D0, D0 + timedelta(days=days - 1))
    f = facts(PersonKind.PUPIL, HEARD, decision=d)
    assert ("inspectie_report" in whats(f)) is needs_report
    done = facts(PersonKind.PUPIL, HEARD, (StepKind.INSPECTIE_REPORT, D0), decision=d)
    assert "inspectie_report" not in whats(done)


def test_P_S4_reminds_to_inform_leerplicht() -> None:
    d = DecisionFact(Measure.SUSPENSION, D0, D0, D0)
    due = {x.what: x for x in deadlines(facts(PersonKind.PUPIL, HEARD, decision=d), LEGAL)}
    assert due["leerplicht_informed"].rule_id == "P-S4"


def test_P_S5_hearing_before_suspension_or_a_reason() -> None:
    f = facts(PersonKind.PUPIL)
    assert rule_of(lambda: check_decision(f, Measure.SUSPENSION, D0, D0, D0, "", LEGAL,
                                          R)) == "P-S5"
    check_decision(f, Measure.SUSPENSION, D0, D0, D0, "Acute dreiging in de klas", LEGAL, R)
    late = facts(PersonKind.PUPIL, (StepKind.HEARING, D0 + timedelta(days=2)))
    assert rule_of(lambda: check_decision(late, Measure.SUSPENSION, D0 + timedelta(days=2), D0,
                                          D0, "", LEGAL, R)) == "P-S5"


def test_P_S7_time_out_is_a_suspension() -> None:
    assert measure("time_out") is Measure.SUSPENSION


def test_P_V2_P_V4_P_V6_removal_needs_intention_hearing_receiving_school() -> None:
    assert rule_of(lambda: check_decision(facts(PersonKind.PUPIL), Measure.REMOVAL, D0, None,
                                          None, "", LEGAL)) == "P-V6"
    f = facts(PersonKind.PUPIL, (StepKind.INTENTION, D0))
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL)) == "P-V2"
    f = facts(PersonKind.PUPIL, (StepKind.INTENTION, D0), HEARD)
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL)) == "P-V4"
    # A hearing that does not record who was heard does not show the teacher was heard (P-V2).
    f = facts(PersonKind.PUPIL, (StepKind.INTENTION, D0), HEARD, (StepKind.RECEIVING_SCHOOL, D0))
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL)) == "P-V2"
    f = facts(PersonKind.PUPIL, (StepKind.INTENTION, D0), heard("pupil", "teacher"),
              (StepKind.RECEIVING_SCHOOL, D0))
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL)) == "P-V3"
    f = facts(PersonKind.PUPIL, (StepKind.INTENTION, D0), heard("parents"),
              heard("teacher", on=D0 + timedelta(days=1)), (StepKind.RECEIVING_SCHOOL, D0))
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL)) == "P-V2"
    check_decision(f, Measure.REMOVAL, D0 + timedelta(days=1), None, None, "", LEGAL)


def test_P_V3_hearing_parties_fit_the_case() -> None:
    assert check_hearing(PersonKind.PUPIL, ["teacher", "PUPIL", " parents"]) == (
        "pupil", "parents", "teacher")
    assert check_hearing(PersonKind.STAFF, ["employee"]) == ("employee",)
    for kind, parties in ((PersonKind.STAFF, ["pupil"]), (PersonKind.PUPIL, []),
                          (PersonKind.PUPIL, ["employee"])):
        with pytest.raises(InvalidInput):
            check_hearing(kind, parties)
    # The refusal names the parties in words and says which input it concerns.
    with pytest.raises(InvalidInput) as refused:
        check_hearing(PersonKind.PUPIL, ["employee", "teacher"])
    assert refused.value.message_nl == (
        "'medewerker' kan in deze zaak niet worden gehoord; mogelijk: leerling, ouders, "
        "groepsleerkracht.")
    assert refused.value.field == "parties"
    assert refused.value.values == {"possible": ["pupil", "parents", "teacher"],
                                    "parties": ["employee"]}


def test_P_V4_receiving_school_step_must_name_the_school() -> None:
    with pytest.raises(Exception, match="ontvangende school"):
        check_step(facts(PersonKind.PUPIL), StepKind.RECEIVING_SCHOOL, D0, {})
    check_step(facts(PersonKind.PUPIL), StepKind.RECEIVING_SCHOOL, D0, {"school": "SBO X"})


def test_P_V7_removal_requires_informing_leerplicht() -> None:
    d = DecisionFact(Measure.REMOVAL, D0)
    due = {x.what: x for x in deadlines(facts(PersonKind.PUPIL, decision=d), LEGAL)}
    assert due["leerplicht_informed"].rule_id == "P-V7"


def test_P_V8_removal_for_parent_behaviour_needs_earlier_warning() -> None:
    steps = ((StepKind.INTENTION, D0), heard("parents", "teacher"),
             (StepKind.RECEIVING_SCHOOL, D0))
    f = facts(PersonKind.PARENT, *steps)
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL)) == "P-V8"
    warned = facts(PersonKind.PARENT, *steps, prior_warning=True)
    # Issue 14: the decision also names the child concerned (the letters go to its parents).
    assert rule_of(lambda: check_decision(warned, Measure.REMOVAL, D0, None, None, "",
                                          LEGAL)) == "P-V8"
    check_decision(warned, Measure.REMOVAL, D0, None, None, "", LEGAL, {"child": "7"})


def test_P_V3_removal_for_parent_behaviour_hears_the_childs_parents() -> None:
    # The child is removed: its parents are heard (P-V3), not only the parent whose
    # behaviour is the ground; the letter goes to every parent with authority.
    assert "parents" in check_hearing(PersonKind.PARENT, ["parents", "parent"])
    only_that_parent = facts(PersonKind.PARENT, (StepKind.INTENTION, D0),
                             heard("parent", "teacher"), (StepKind.RECEIVING_SCHOOL, D0),
                             prior_warning=True)
    assert rule_of(lambda: check_decision(only_that_parent, Measure.REMOVAL, D0, None, None,
                                          "", LEGAL, {"child": "7"})) == "P-V3"


def test_P_V9_P_V10_objection_decision_shows_both_readings_and_takes_the_earlier() -> None:
    letter = D0
    received = D0 + timedelta(days=10)
    f = facts(PersonKind.PUPIL, (StepKind.LETTER_SENT, letter), (StepKind.OBJECTION, received),
              decision=DecisionFact(Measure.REMOVAL, D0))
    dues = objection_decision_due(f, LEGAL)
    # Both counted from the day after: receipt (Thu 12 Nov) + 4 weeks = Thu 10 Dec; end of
    # the objection term (Mon 14 Dec) + 4 weeks = Mon 11 Jan 2027 (working days, no shift).
    assert dues == (date(2026, 12, 10), date(2027, 1, 11))
    deadline = next(d for d in deadlines(f, LEGAL) if d.what == "objection_decision")
    assert deadline.due == min(dues)
    # Dates in messages read the Dutch way (16-01-2030).
    assert short_date(received) not in deadline.label_nl
    assert short_date(dues[0]) in deadline.label_nl and short_date(dues[1]) in deadline.label_nl


def test_P_V12_gpo_pauses_objection_clock_and_needs_defence() -> None:
    base = ((StepKind.LETTER_SENT, D0), (StepKind.OBJECTION, D0 + timedelta(days=5)),
            (StepKind.GPO, D0 + timedelta(days=7)))
    f = facts(PersonKind.PUPIL, *base, decision=DecisionFact(Measure.REMOVAL, D0))
    assert objection_decision_due(f, LEGAL) is None
    due = {d.what: d for d in deadlines(f, LEGAL)}
    assert "objection_decision" not in due
    assert due["gpo_defence"].due == D0 + timedelta(days=7, weeks=2)
    assert rule_of(lambda: check_step(f, StepKind.OBJECTION_DECISION, D0 + timedelta(days=20),
                                      {})) == "P-V12"
    opinion = D0 + timedelta(days=7 + 60)
    f2 = facts(PersonKind.PUPIL, *base, (StepKind.GPO_OPINION, opinion),
               decision=DecisionFact(Measure.REMOVAL, D0))
    paused = objection_decision_due(f2, LEGAL)
    assert paused is not None and paused[0] == D0 + timedelta(days=5, weeks=4) + timedelta(days=60)


def test_ST2_only_reprimand_and_suspension_are_disciplinary() -> None:
    assert is_disciplinary(PersonKind.STAFF, Measure.REPRIMAND)
    assert is_disciplinary(PersonKind.STAFF, Measure.SUSPENSION)
    assert not is_disciplinary(PersonKind.STAFF, Measure.WARNING)
    assert not is_disciplinary(PersonKind.STAFF, Measure.DISMISSAL)


def test_ST3_decision_waits_for_intention_and_three_weeks_or_response() -> None:
    f = facts(PersonKind.STAFF)
    assert rule_of(lambda: check_decision(f, Measure.REPRIMAND, D0, None, None, "", LEGAL)) == "ST3"
    f = facts(PersonKind.STAFF, (StepKind.INTENTION, D0))
    assert rule_of(lambda: check_decision(f, Measure.REPRIMAND, D0 + timedelta(days=20), None,
                                          None, "", LEGAL)) == "ST3"
    # Day 21 is the term's last day (Mon 23 Nov): still the employee's; day 22 is free.
    assert rule_of(lambda: check_decision(f, Measure.REPRIMAND, D0 + timedelta(days=21), None,
                                          None, "", LEGAL)) == "ST3"
    check_decision(f, Measure.REPRIMAND, D0 + timedelta(days=22), None, None, "", LEGAL)
    responded = facts(PersonKind.STAFF, (StepKind.INTENTION, D0),
                      (StepKind.RESPONSE, D0 + timedelta(days=3)))
    check_decision(responded, Measure.REPRIMAND, D0 + timedelta(days=4), None, None, "", LEGAL)
    due = {d.what: d for d in deadlines(f, LEGAL)}
    assert due["response"].due == D0 + timedelta(weeks=3)


def test_ST5_staff_suspension_at_most_four_weeks() -> None:
    f = facts(PersonKind.STAFF, (StepKind.INTENTION, D0), (StepKind.RESPONSE, D0))
    check_decision(f, Measure.SUSPENSION, D0, D0, D0 + timedelta(days=27), "", LEGAL)
    assert rule_of(lambda: check_decision(f, Measure.SUSPENSION, D0, D0, D0 + timedelta(days=28),
                                          "", LEGAL)) == "ST5"


def test_ST7_staff_warning_is_flagged_as_not_disciplinary() -> None:
    notices = check_decision(facts(PersonKind.STAFF), Measure.WARNING, D0, None, None, "", LEGAL)
    assert [n.rule_id for n in notices] == ["ST7"]


def test_ST10_summary_dismissal_needs_urgent_reason_and_warns_on_delay() -> None:
    f = facts(PersonKind.STAFF, HEARD)
    assert rule_of(lambda: check_decision(f, Measure.SUMMARY_DISMISSAL, D0, None, None, "",
                                          LEGAL, URGENT)) == "ST10"
    urgent = facts(PersonKind.STAFF, HEARD, urgent_reason=True)
    assert rule_of(lambda: check_decision(urgent, Measure.SUMMARY_DISMISSAL, D0, None, None, "",
                                          LEGAL)) == "ST10"  # the reason itself is recorded
    assert check_decision(urgent, Measure.SUMMARY_DISMISSAL, D0, None, None, "", LEGAL,
                          URGENT) == []
    # Ten days later: refused unless a director motivates why it is still immediate.
    assert rule_of(lambda: check_decision(urgent, Measure.SUMMARY_DISMISSAL,
                                          D0 + timedelta(days=10), None, None, "", LEGAL,
                                          URGENT)) == "ST10"
    late = check_decision(urgent, Measure.SUMMARY_DISMISSAL, D0 + timedelta(days=10), None, None,
                          "", LEGAL, {**URGENT, "delay_motivation": "Politieonderzoek afgewacht."})
    assert [n.rule_id for n in late] == ["ST10"]
    # The moment it became known is recorded with the decision, and may not follow it.
    assert check_decision(urgent, Measure.SUMMARY_DISMISSAL, D0 + timedelta(days=10), None, None,
                          "", LEGAL, {**URGENT, "known_on": D0 + timedelta(days=9)}) == []


def test_ST11_summary_dismissal_needs_hearing_or_reason() -> None:
    f = facts(PersonKind.STAFF, urgent_reason=True)
    assert rule_of(lambda: check_decision(f, Measure.SUMMARY_DISMISSAL, D0, None, None, "",
                                          LEGAL, URGENT)) == "ST11"
    check_decision(f, Measure.SUMMARY_DISMISSAL, D0, None, None, "Op heterdaad, gevaar", LEGAL,
                   URGENT)


def test_ST12_reminds_of_annulment_period() -> None:
    f = facts(PersonKind.STAFF, decision=DecisionFact(Measure.SUMMARY_DISMISSAL, D0))
    # 2 months after 2 Nov 2026 is Saturday 2 Jan 2027: the term runs on to Monday 4 Jan.
    assert any(n.rule_id == "ST12" and "04-01-2027" in n.message_nl for n in reminders(f, LEGAL))


def test_C6_dismissal_runs_outside_cao() -> None:
    notices = check_decision(facts(PersonKind.STAFF), Measure.DISMISSAL, D0, None, None, "", LEGAL)
    assert [n.rule_id for n in notices] == ["C6"]


@pytest.mark.parametrize(("kind", "chosen", "fits"), [
    (PersonKind.PUPIL, Measure.DISMISSAL, False),
    (PersonKind.PUPIL, Measure.REMOVAL, True),
    (PersonKind.STAFF, Measure.REMOVAL, False),
    (PersonKind.PARENT, Measure.ACCESS_BAN, True),
    (PersonKind.PARENT, Measure.SUSPENSION, False),
])
def test_ladders_measure_must_fit_subject(kind: PersonKind, chosen: Measure, fits: bool) -> None:
    if fits:
        check_measure_fits(kind, chosen)
    else:
        with pytest.raises(RuleViolation):
            check_measure_fits(kind, chosen)


def test_O3_O4_O5_parent_ban_needs_warning_intention_and_end_date() -> None:
    f = facts(PersonKind.PARENT, (StepKind.INTENTION, D0))
    assert rule_of(lambda: check_decision(f, Measure.ACCESS_BAN, D0, D0, D0, "", LEGAL)) == "O4"
    f = facts(PersonKind.PARENT, prior_warning=True)
    assert rule_of(lambda: check_decision(f, Measure.ACCESS_BAN, D0, D0, D0, "", LEGAL)) == "O3"
    f = facts(PersonKind.PARENT, (StepKind.INTENTION, D0), prior_warning=True)
    after = D0 + timedelta(days=15)  # the parent's two weeks ran to Mon 16 Nov
    assert rule_of(lambda: check_decision(f, Measure.ACCESS_BAN, after, after, None, "",
                                          LEGAL)) == "O5"
    assert rule_of(lambda: check_decision(f, Measure.ACCESS_BAN, after, after,
                                          date(2027, 5, 18), "", LEGAL)) == "O5"
    check_decision(f, Measure.ACCESS_BAN, after, after, date(2027, 5, 17), "", LEGAL)
    # O3: the ban can be neither decided nor start while the response term runs
    assert rule_of(lambda: check_decision(f, Measure.ACCESS_BAN, D0 + timedelta(days=14),
                                          after, date(2027, 1, 1), "", LEGAL)) == "O3"
    assert rule_of(lambda: check_decision(f, Measure.ACCESS_BAN, after, D0 + timedelta(days=14),
                                          date(2027, 1, 1), "", LEGAL)) == "O3"
    answered = facts(PersonKind.PARENT, (StepKind.INTENTION, D0), (StepKind.RESPONSE, D0),
                     prior_warning=True)
    check_decision(answered, Measure.ACCESS_BAN, D0, D0 + timedelta(days=1), date(2027, 1, 1),
                   "", LEGAL)


def test_V_protocol_inspector_call_only_after_employee_told() -> None:
    call = datetime(2026, 11, 3, 11, 0)
    assert rule_of(lambda: check_inspector_call(True, PersonKind.STAFF, None, call,
                                                "")) == "V-protocol"
    later = call + timedelta(hours=1)
    assert rule_of(lambda: check_inspector_call(True, PersonKind.STAFF, later, call,
                                                "")) == "V-protocol"
    check_inspector_call(True, PersonKind.STAFF, call - timedelta(hours=1), call, "")
    check_inspector_call(True, PersonKind.STAFF, None, call, "Medewerker onbereikbaar, spoed")


def test_V1_inspector_report_concerns_staff() -> None:
    assert rule_of(lambda: check_inspector_call(True, PersonKind.PUPIL, None,
                                                datetime(2026, 11, 3), "x")) == "V1"


def test_V3_boundary_crossing_creates_inform_and_call_tasks() -> None:
    f = facts(PersonKind.STAFF, boundary_crossing=True)
    assert {"employee_informed", "inspector_call"} <= whats(f)
    done = facts(PersonKind.STAFF, (StepKind.EMPLOYEE_INFORMED, D0), boundary_crossing=True,
                 inspector_calls=1)
    assert not {"employee_informed", "inspector_call"} & whats(done)


def test_protocol_S6_criminal_flag_reminds_of_police_report() -> None:
    assert any(n.rule_id == "protocol-S6" for n in reminders(facts(PersonKind.PUPIL,
                                                                   criminal=True), LEGAL))


def test_C8_openbaar_and_bijzonder_are_the_only_denominations() -> None:
    from desktop_app.domain.errors import InvalidInput
    from desktop_app.services.board import check_denomination

    assert check_denomination("Openbaar") == "openbaar"
    with pytest.raises(InvalidInput) as info:
        check_denomination("katholiek")
    assert info.value.rule_id == "C8"


def test_P_V1_removal_only_by_board_or_mandate() -> None:
    from desktop_app.domain.procedure import check_authority

    assert rule_of(lambda: check_authority(Measure.REMOVAL, "director", "")) == "P-V1"
    check_authority(Measure.REMOVAL, "director", "namens het college van bestuur")
    check_authority(Measure.REMOVAL, "board", "")
    check_authority(Measure.SUSPENSION, "director", "")


def test_ST1_staff_intention_must_describe_the_breach_of_duty() -> None:
    f = facts(PersonKind.STAFF)
    assert rule_of(lambda: check_step(f, StepKind.INTENTION, D0, {}, "")) == "ST1"
    check_step(f, StepKind.INTENTION, D0, {}, "Deelde persoonsgegevens (C1).")


def test_V4_reasonable_suspicion_requires_police_report() -> None:
    f = facts(PersonKind.STAFF, reasonable_suspicion=True)
    assert "police_report" in whats(f)
    assert "police_report" not in whats(facts(PersonKind.STAFF, reasonable_suspicion=True,
                                              police_reports=1))


def test_P_V5_P_V11_ST6_O2_reminders() -> None:
    removal = facts(PersonKind.PUPIL, (StepKind.INTENTION, D0), (StepKind.OBJECTION, D0),
                    decision=DecisionFact(Measure.REMOVAL, D0))
    assert {"P-V5", "P-V11", "P-V13"} <= {n.rule_id for n in reminders(removal, LEGAL)}
    staff = facts(PersonKind.STAFF, (StepKind.INTENTION, D0))
    assert "ST6" in {n.rule_id for n in reminders(staff, LEGAL)}
    assert "O2" in {n.rule_id for n in reminders(facts(PersonKind.PARENT), LEGAL)}
