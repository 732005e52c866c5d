"""The next step the rules ask for a measure (issue 8 item 5), derived from check_decision: one
test per rule id whose refusal a step answers."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.catalogue import PersonKind
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.measures import Measure
from desktop_app.domain.procedure import (
    CaseFacts,
    DecisionFact,
    StepFact,
    StepKind,
    next_step,
    steps_for,
)

LEGAL = LegalSettings()
D0 = date(2026, 11, 2)  # a Monday
TODAY = D0 + timedelta(days=1)


def facts(kind: PersonKind, *steps: tuple[StepKind, date], **extra: object) -> CaseFacts:
    return CaseFacts(case_id=1, subject_kind=kind, denomination="openbaar", occurred_on=D0,
                     known_on=D0, steps=tuple(StepFact(k, d, note="C4") for k, d in steps),
                     **extra)  # type: ignore[arg-type]


def test_st3_staff_reprimand_first_an_intention_with_the_response_term() -> None:
    found = next_step(facts(PersonKind.STAFF), Measure.REPRIMAND, TODAY, LEGAL)
    assert found is not None
    assert (found.step, found.rule_id) == (StepKind.INTENTION, "ST3")
    assert "3 weken voor een zienswijze" in found.message_nl
    assert "3 weeks to respond" in found.message_en


def test_st3_after_the_intention_the_response_then_nothing() -> None:
    sent = facts(PersonKind.STAFF, (StepKind.INTENTION, TODAY))
    found = next_step(sent, Measure.REPRIMAND, TODAY, LEGAL)
    assert found is not None and found.step is StepKind.RESPONSE
    assert found.until is not None and found.until > TODAY
    answered = facts(PersonKind.STAFF, (StepKind.INTENTION, TODAY), (StepKind.RESPONSE, TODAY))
    assert next_step(answered, Measure.REPRIMAND, TODAY, LEGAL) is None


def test_warning_needs_no_step() -> None:
    assert next_step(facts(PersonKind.STAFF), Measure.WARNING, TODAY, LEGAL) is None
    assert next_step(facts(PersonKind.PUPIL), Measure.WARNING, TODAY, LEGAL) is None


def test_p_s5_pupil_suspension_first_the_hearing() -> None:
    found = next_step(facts(PersonKind.PUPIL), Measure.SUSPENSION, TODAY, LEGAL)
    assert found is not None and (found.step, found.rule_id) == (StepKind.HEARING, "P-S5")


def test_p_v6_removal_intention_then_p_v2_hearing_then_p_v4_receiving_school() -> None:
    found = next_step(facts(PersonKind.PUPIL), Measure.REMOVAL, TODAY, LEGAL)
    assert found is not None and (found.step, found.rule_id) == (StepKind.INTENTION, "P-V6")
    found = next_step(facts(PersonKind.PUPIL, (StepKind.INTENTION, TODAY)), Measure.REMOVAL,
                      TODAY, LEGAL)
    assert found is not None and (found.step, found.rule_id) == (StepKind.HEARING, "P-V2")
    found = next_step(facts(PersonKind.PUPIL, (StepKind.INTENTION, TODAY),
                            (StepKind.HEARING, TODAY)), Measure.REMOVAL, TODAY, LEGAL)
    assert found is not None and (found.step, found.rule_id) == (StepKind.RECEIVING_SCHOOL,
                                                                  "P-V4")


def test_o3_parent_ban_after_the_warning_first_the_intention() -> None:
    # Without the earlier warning (O4) no step of this case helps: nothing is offered.
    assert next_step(facts(PersonKind.PARENT), Measure.ACCESS_BAN, TODAY, LEGAL) is None
    warned = facts(PersonKind.PARENT, prior_warning=True, prior_warning_on=D0)
    found = next_step(warned, Measure.ACCESS_BAN, TODAY, LEGAL)
    assert found is not None and (found.step, found.rule_id) == (StepKind.INTENTION, "O3")
    assert "2 weken om te reageren" in found.message_nl


def test_no_next_step_once_decided() -> None:
    decided = facts(PersonKind.STAFF, decision=DecisionFact(Measure.WARNING, TODAY))
    assert next_step(decided, Measure.REPRIMAND, TODAY, LEGAL) is None


def test_step_list_fits_the_subject() -> None:
    staff = steps_for(PersonKind.STAFF)
    assert StepKind.RECEIVING_SCHOOL not in staff and StepKind.GPO not in staff
    assert StepKind.RESPONSE in staff


def test_every_legal_setting_has_a_caption_in_both_languages() -> None:
    """The settings page shows these captions: a key ('parent_response_weeks') never."""
    from dataclasses import fields

    from desktop_app.domain.legal import LEGAL_LABELS

    for f in fields(LegalSettings):
        nl, en, _ = LEGAL_LABELS[f.name]
        assert "_" not in nl + en and nl != en, f.name
