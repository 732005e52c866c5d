"""Issue 14: the WPO art. 4a track, order suspensions and the protocol's own duties, one test
or more per rule id of law.md (V1-V10, ST5, ST13, P-V7, P-V12, L1) and of the protocol (B1,
C4)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop_app.domain import tracks
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
)
from desktop_app.domain.track_facts import OrderFact, TrackFacts

LEGAL = LegalSettings()
D0 = date(2026, 11, 2)  # a Monday
STAFF_SUBJECT = tracks.Involved(PersonKind.STAFF, "subject")
CHILD = tracks.Involved(PersonKind.PUPIL, "victim", date(2015, 5, 1))
ADULT = tracks.Involved(PersonKind.PUPIL, "victim", date(2007, 5, 1))


def facts(kind: PersonKind = PersonKind.STAFF, *steps: tuple[StepKind, date],
          track: TrackFacts | None = None, **extra: object) -> CaseFacts:
    return CaseFacts(case_id=1, subject_kind=kind, denomination="openbaar", occurred_on=D0,
                     known_on=D0, steps=tuple(StepFact(k, d, "n") for k, d in steps),
                     track=track or TrackFacts(), **extra)  # type: ignore[arg-type]


def rule_of(call) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises((RuleViolation, InvalidInput)) as info:
        call()
    return info.value.rule_id


def whats(f: CaseFacts) -> set[str]:
    return {d.what for d in deadlines(f, LEGAL)}


A4 = TrackFacts(art4a=True)


def test_V1_art4a_needs_staff_subject_and_minor_pupil_victim() -> None:
    tracks.check_flags(True, False, [STAFF_SUBJECT, CHILD], D0, LEGAL)
    assert rule_of(lambda: tracks.check_flags(
        True, False, [tracks.Involved(PersonKind.PUPIL, "subject"), CHILD], D0, LEGAL)) == "V1"
    assert rule_of(lambda: tracks.check_flags(True, False, [STAFF_SUBJECT], D0, LEGAL)) == "V1"
    nl, en = tracks.art4a_definition(LEGAL)
    assert "minderjarige leerling" in nl and "Meldcode" in nl and "minor pupil" in en


def test_V2_board_informed_task_and_recorded_before_the_call() -> None:
    assert "art4a_board_informed" in whats(facts(track=A4))
    assert "art4a_board_informed" not in whats(facts(track=replace(A4, board_informed_on=D0)))
    assert rule_of(lambda: tracks.check_art4a_call(None, D0)) == "V2"
    assert rule_of(lambda: tracks.check_art4a_call(D0, D0 - timedelta(days=1))) == "V2"
    tracks.check_art4a_call(D0, D0)


def test_V3_inspector_before_employee_and_before_any_decision() -> None:
    f = facts(track=replace(A4, board_informed_on=D0))
    due = {d.what: d for d in deadlines(f, LEGAL)}
    assert due["art4a_inspector_call"].due == D0 and due["art4a_inspector_call"].rule_id == "V3"
    # The protocol's inform-first task does not appear on the 4a track, even when flagged.
    assert "employee_informed" not in whats(replace(f, boundary_crossing=True))
    assert rule_of(lambda: check_step(f, StepKind.EMPLOYEE_INFORMED, D0, {}, "gesprek")) == "V3"
    assert rule_of(lambda: check_decision(f, Measure.WARNING, D0, None, None, "", LEGAL)) == "V3"
    # The pupil's own case on the same incident is not held up by the staff member's track.
    check_decision(replace(f, subject_kind=PersonKind.PUPIL), Measure.WARNING, D0, None, None,
                   "", LEGAL)
    called = replace(f, inspector_calls=1)
    check_step(called, StepKind.EMPLOYEE_INFORMED, D0, {}, "gesprek")
    assert "art4a_inspector_call" not in whats(called)
    assert any(n.rule_id == "V3" and "geldt hier niet" in n.message_nl
               for n in reminders(f, LEGAL))


def test_V4_police_report_task_on_the_4a_track() -> None:
    f = facts(track=A4, inspector_calls=1, reasonable_suspicion=True)
    assert "art4a_police_report" in whats(f) and "police_report" not in whats(f)
    assert "art4a_police_report" not in whats(replace(f, police_reports=1))


def test_V8_optional_consult_reminder_for_the_set_categories() -> None:
    bullying = facts(track=TrackFacts(category="bullying"))
    assert any(n.rule_id == "V8" for n in reminders(bullying, LEGAL))
    assert not any(n.rule_id == "V8" for n in reminders(
        facts(track=TrackFacts(category="hacking")), LEGAL))
    wider = replace(LEGAL, vi_optional_categories="hacking")
    assert any(n.rule_id == "V8" for n in reminders(
        facts(track=TrackFacts(category="hacking")), wider))


def test_V9_trigger_criteria_are_settings() -> None:
    assert rule_of(lambda: tracks.check_flags(True, False, [STAFF_SUBJECT, ADULT], D0,
                                              LEGAL)) == "V9"
    widened = replace(LEGAL, art4a_adult_pupils=1, art4a_sexual_intimidation=1)
    tracks.check_flags(True, False, [STAFF_SUBJECT, ADULT], D0, widened)
    assert "seksuele intimidatie" in tracks.art4a_definition(widened)[0]
    assert "seksuele intimidatie" not in tracks.art4a_definition(LEGAL)[0]


def test_V10_meldcode_is_a_separate_route() -> None:
    assert rule_of(lambda: tracks.check_flags(True, True, [STAFF_SUBJECT, CHILD], D0,
                                              LEGAL)) == "V10"
    tracks.check_flags(False, True, [tracks.Involved(PersonKind.PUPIL, "subject")], D0, LEGAL)
    f = facts(PersonKind.PUPIL, track=TrackFacts(meldcode=True))
    assert not any(w.startswith("art4a") for w in whats(f))
    assert any(n.rule_id == "V10" and "Meldcode" in n.message_nl for n in reminders(f, LEGAL))


def test_ST13_order_measure_is_offered_on_the_4a_track() -> None:
    f = facts(track=A4, inspector_calls=1)
    assert "art4a_order_measure" in whats(f)
    assert "art4a_order_measure" not in whats(facts(
        (StepKind.ORDER_CONSIDERED, D0), track=A4, inspector_calls=1))
    order = OrderFact(5, D0, D0, D0 + timedelta(days=13), D0 + timedelta(days=7))
    assert "art4a_order_measure" not in whats(facts(track=replace(A4, orders=(order,)),
                                                    inspector_calls=1))
    assert rule_of(lambda: check_step(f, StepKind.ORDER_CONSIDERED, D0, {}, "")) == "ST13"


def order_check(**kw: object) -> date:
    args: dict[str, object] = dict(
        subject_kind=PersonKind.STAFF, occurred_on=D0, decided_on=D0, start=D0,
        end=D0 + timedelta(days=13), urgency="Onrust op school", previous=None, extends=None,
        extension_ground="", settings=LEGAL)
    args.update(kw)
    return tracks.check_order(**args)  # type: ignore[arg-type]


def test_ST5_order_suspension_urgency_term_and_extension() -> None:
    assert order_check() == D0 + timedelta(days=LEGAL.order_response_days)
    assert rule_of(lambda: order_check(urgency=" ")) == "ST5"
    assert rule_of(lambda: order_check(subject_kind=PersonKind.PUPIL)) == "ST2"
    assert rule_of(lambda: order_check(end=D0 + timedelta(days=28))) == "ST5"  # 29 days
    order_check(end=D0 + timedelta(days=27))  # 28 days: the maximum per decision
    assert rule_of(lambda: order_check(start=D0 - timedelta(days=1))) == "ST5"  # retroactive
    first = OrderFact(5, D0, D0, D0 + timedelta(days=13), D0 + timedelta(days=7))
    nxt = D0 + timedelta(days=14)
    # A longer suspension while one runs is an extension, never a silent new one.
    assert rule_of(lambda: order_check(previous=first, start=D0 + timedelta(days=10))) == "ST5"
    extension = dict(previous=first, extends=5, decided_on=D0 + timedelta(days=12), start=nxt,
                     end=nxt + timedelta(days=20))
    assert rule_of(lambda: order_check(**extension)) == "ST5"  # no ground
    order_check(**extension, extension_ground="Politieonderzoek loopt nog")
    assert rule_of(lambda: order_check(**{**extension, "extends": 4},
                                       extension_ground="x")) == "ST5"
    assert rule_of(lambda: order_check(**{**extension, "start": nxt + timedelta(days=1)},
                                       extension_ground="x")) == "ST5"
    late = {**extension, "decided_on": first.end_on + timedelta(days=1)}
    assert rule_of(lambda: order_check(**late, extension_ground="x")) == "ST5"
    # Each decision: its letter and its response are tasks until done.
    f = facts(track=TrackFacts(orders=(first,)))
    assert {"order_letter_5", "order_response_5"} <= whats(f)
    done = replace(first, letter_sent=True, responded=True)
    assert not whats(facts(track=TrackFacts(orders=(done,))))
    assert any(n.rule_id == "ST5" for n in reminders(f, LEGAL))


def test_P_V7_leerplicht_term_is_a_setting() -> None:
    removal = DecisionFact(Measure.REMOVAL, D0)
    f = facts(PersonKind.PUPIL, decision=removal)
    due = {d.what: d.due for d in deadlines(f, LEGAL)}
    assert due["leerplicht_informed"] == D0
    later = replace(LEGAL, leerplicht_notice_days=2)
    assert {d.what: d.due for d in deadlines(f, later)}["leerplicht_informed"] == \
        D0 + timedelta(days=2)


def test_P_V12_defence_step_closes_the_defence_and_samenwerkingsverband_is_a_step() -> None:
    removal = DecisionFact(Measure.REMOVAL, D0)
    lodged = (StepKind.GPO, D0 + timedelta(days=3))
    f = facts(PersonKind.PUPIL, (StepKind.LETTER_SENT, D0), lodged, decision=removal)
    due = {d.what: d for d in deadlines(f, LEGAL)}
    assert due["gpo_defence"].due == D0 + timedelta(days=17)
    assert due["swv_informed"].rule_id == "P-V12"
    done = facts(PersonKind.PUPIL, (StepKind.LETTER_SENT, D0), lodged,
                 (StepKind.GPO_DEFENCE, D0 + timedelta(days=5)),
                 (StepKind.SWV_INFORMED, D0 + timedelta(days=5)), decision=removal)
    assert not {"gpo_defence", "swv_informed"} & whats(done)


def test_P_V8_removal_for_parent_behaviour_names_the_child() -> None:
    # The child's parents and its teacher were heard (P-V2, P-V3).
    heard = StepFact(StepKind.HEARING, D0, "n", {"parties": ["parents", "teacher"]})
    f = facts(PersonKind.PARENT, (StepKind.INTENTION, D0), (StepKind.RECEIVING_SCHOOL, D0),
              prior_warning=True)
    f = replace(f, steps=f.steps + (heard,))
    assert rule_of(lambda: check_decision(f, Measure.REMOVAL, D0, None, None, "",
                                          LEGAL)) == "P-V8"
    check_decision(f, Measure.REMOVAL, D0, None, None, "", LEGAL, {"child": "12"})


def test_L1_information_only_on_request_and_only_without_authority() -> None:
    assert rule_of(lambda: tracks.check_information(True, D0)) == "L1"
    assert rule_of(lambda: tracks.check_information(False, None)) == "L1"
    tracks.check_information(False, D0)


def test_B1_group_app_non_members_must_be_emailed() -> None:
    f = facts(track=TrackFacts(rules=("B1",)))
    assert "non_members_emailed" in whats(f)
    assert "non_members_emailed" not in whats(facts((StepKind.NON_MEMBERS_EMAILED, D0),
                                                    track=TrackFacts(rules=("B1",))))
    assert rule_of(lambda: check_step(f, StepKind.NON_MEMBERS_EMAILED, D0, {}, "")) == "B1"


def test_C4_missing_disclaimer_is_reminded() -> None:
    f = facts(track=TrackFacts(rules=("C4",)))
    assert any(n.rule_id == "C4" and "persoonlijke mening" in n.message_nl
               for n in reminders(f, LEGAL))
