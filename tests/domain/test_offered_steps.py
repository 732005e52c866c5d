"""The step list offers only what fits the subject's kind and the case's state (issue 8, item 5):
procedure.offered_steps is the one place that says which steps the case window lists."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.measures import LADDERS, Measure
from desktop_app.domain.procedure import (
    PARTIES_REQUIRED,
    CaseFacts,
    DecisionFact,
    StepFact,
    StepKind,
    next_step,
    offered_steps,
)

LEGAL = LegalSettings()
D0 = date(2026, 11, 2)  # a Monday
TODAY = D0 + timedelta(days=1)
AFTER_A_DECISION = {StepKind.LETTER_SENT, StepKind.OBJECTION, StepKind.OBJECTION_DECISION,
                    StepKind.INSPECTIE_REPORT, StepKind.GPO, StepKind.GPO_OPINION,
                    StepKind.GPO_DEFENCE, StepKind.SWV_INFORMED}


def facts(kind: PersonKind, *steps: StepKind, decided: Measure | None = None) -> CaseFacts:
    return CaseFacts(case_id=1, subject_kind=kind, denomination="openbaar", occurred_on=D0,
                     known_on=D0, steps=tuple(StepFact(k, TODAY, note="C4") for k in steps),
                     decision=DecisionFact(decided, TODAY) if decided else None)


@pytest.mark.parametrize("kind", list(PersonKind))
@pytest.mark.parametrize("measure", [None, *Measure])
def test_l4_nothing_that_follows_a_decision_before_there_is_one(
        kind: PersonKind, measure: Measure | None) -> None:
    assert not set(offered_steps(facts(kind), measure)) & AFTER_A_DECISION


def test_l_kind_an_employee_is_offered_no_pupil_steps_and_a_pupil_no_staff_steps() -> None:
    staff = offered_steps(facts(PersonKind.STAFF, decided=Measure.SUSPENSION), None)
    assert StepKind.LEERPLICHT_INFORMED not in staff and StepKind.GPO not in staff
    assert StepKind.INSPECTIE_REPORT not in staff
    pupil = offered_steps(facts(PersonKind.PUPIL), Measure.SUSPENSION)
    assert StepKind.ORDER_CONSIDERED not in pupil and StepKind.NON_MEMBERS_EMAILED not in pupil
    assert StepKind.EMPLOYEE_INFORMED not in staff  # the Vertrouwensinspecteur page records it


def test_st3_p_v6_o3_an_intention_only_where_the_measure_needs_one() -> None:
    assert StepKind.INTENTION in offered_steps(facts(PersonKind.STAFF), Measure.REPRIMAND)
    assert StepKind.INTENTION in offered_steps(facts(PersonKind.STAFF), Measure.SUSPENSION)
    assert StepKind.INTENTION not in offered_steps(facts(PersonKind.STAFF), Measure.WARNING)
    assert StepKind.INTENTION not in offered_steps(facts(PersonKind.STAFF), None)
    assert StepKind.INTENTION in offered_steps(facts(PersonKind.PUPIL), Measure.REMOVAL)
    assert StepKind.INTENTION not in offered_steps(facts(PersonKind.PUPIL), Measure.SUSPENSION)
    assert StepKind.INTENTION in offered_steps(facts(PersonKind.PARENT), Measure.ACCESS_BAN)
    # A response answers a recorded intention; after the decision no new intention.
    assert StepKind.RESPONSE not in offered_steps(facts(PersonKind.STAFF), Measure.REPRIMAND)
    sent = facts(PersonKind.STAFF, StepKind.INTENTION)
    assert StepKind.RESPONSE in offered_steps(sent, Measure.REPRIMAND)
    decided = facts(PersonKind.STAFF, StepKind.INTENTION, decided=Measure.REPRIMAND)
    assert StepKind.INTENTION not in offered_steps(decided, Measure.REPRIMAND)


def test_p_v9_p_v12_after_the_decision_each_step_once_its_cause_is_there() -> None:
    decided = facts(PersonKind.PUPIL, decided=Measure.REMOVAL)
    offered = set(offered_steps(decided, None))
    assert {StepKind.LETTER_SENT, StepKind.INSPECTIE_REPORT, StepKind.GPO,
            StepKind.RECEIVING_SCHOOL} <= offered
    assert not offered & {StepKind.OBJECTION, StepKind.OBJECTION_DECISION,
                          StepKind.GPO_OPINION, StepKind.GPO_DEFENCE, StepKind.SWV_INFORMED}
    sent = facts(PersonKind.PUPIL, StepKind.LETTER_SENT, decided=Measure.REMOVAL)
    assert StepKind.OBJECTION in offered_steps(sent, None)
    assert StepKind.OBJECTION_DECISION not in offered_steps(sent, None)
    objected = facts(PersonKind.PUPIL, StepKind.LETTER_SENT, StepKind.OBJECTION, StepKind.GPO,
                     decided=Measure.REMOVAL)
    assert {StepKind.OBJECTION_DECISION, StepKind.GPO_OPINION, StepKind.GPO_DEFENCE,
            StepKind.SWV_INFORMED} <= set(offered_steps(objected, None))


def test_a_warning_has_no_inspectie_report_no_receiving_school_no_gpo() -> None:
    warned = set(offered_steps(facts(PersonKind.PUPIL, decided=Measure.WARNING), None))
    assert StepKind.LETTER_SENT in warned
    assert not warned & {StepKind.INSPECTIE_REPORT, StepKind.RECEIVING_SCHOOL, StepKind.GPO}


@pytest.mark.parametrize(("kind", "measure"),
                         [(k, m) for k, ladder in LADDERS.items() for m in ladder])
def test_the_step_the_next_step_button_asks_for_is_offered(
        kind: PersonKind, measure: Measure) -> None:
    for done in ((), (StepKind.INTENTION,), (StepKind.HEARING,)):
        case = facts(kind, *done)
        found = next_step(case, measure, TODAY, LEGAL)
        if found is not None and found.step is StepKind.HEARING and kind in PARTIES_REQUIRED:
            # heard per party: the button opens the hearing dialog, not the step list (P-S5)
            assert StepKind.HEARING not in offered_steps(case, measure)
        elif found is not None:
            assert found.step in offered_steps(case, measure), (kind, measure, done)


def test_o4_an_access_ban_without_an_earlier_warning_is_blocked_before_deciding() -> None:
    from desktop_app.domain.procedure import decision_blocked

    parent = facts(PersonKind.PARENT)
    blocked = decision_blocked(parent, Measure.ACCESS_BAN, TODAY, LEGAL)
    assert blocked is not None and blocked.rule_id == "O4"
    assert next_step(parent, Measure.ACCESS_BAN, TODAY, LEGAL) is None  # no step answers it
    warned = CaseFacts(case_id=1, subject_kind=PersonKind.PARENT, denomination="openbaar",
                       occurred_on=D0, known_on=D0, prior_warning=True,
                       prior_warning_on=D0 - timedelta(days=30))
    assert decision_blocked(warned, Measure.ACCESS_BAN, TODAY, LEGAL) is None  # a step helps
    assert decision_blocked(facts(PersonKind.STAFF), Measure.REPRIMAND, TODAY, LEGAL) is None
    assert decision_blocked(facts(PersonKind.PUPIL), Measure.WARNING, TODAY, LEGAL) is None
