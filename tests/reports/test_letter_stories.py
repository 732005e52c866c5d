"""Stories per letter kind: record facts, generate the letter, read every derived sentence and
date back from the PDF, including what it must NOT say when the file does not support it."""

from __future__ import annotations

import io
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import ProcedureStep
from desktop_app.domain.errors import CaseManagerError, InvalidInput, RuleViolation
from desktop_app.services import cases, documents, hearings, incidents, letters, settings
from desktop_app.services.database import Actor, Database
from desktop_app.services.documents import NewDocument

from .pdfcheck import flat

INVITE = {"hearing_date": "2026-11-12", "hearing_time": "15.00", "hearing_place": "de school"}


def _case(db: Database, admin: Actor, school: int, subject: int, occurred: date,
          urgent: bool = False, severity: int = 2) -> int:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[subject], rules=["A7"], category_code="insulting",
        occurred_on=occurred, reported_on=occurred, description="Kwetsende berichten op Instagram.",
        platform="Instagram", severity=severity, urgent_reason=urgent)
    return info.cases[0].id


def _pdf(db: Database, admin: Actor, doc_id: int) -> str:
    return flat(documents.open_document(db, admin, doc_id)[1])


def _steps(db: Database, admin: Actor, case: int, kind: str) -> list[ProcedureStep]:
    with db.reading(admin) as rd:
        return list(rd.session.scalars(select(ProcedureStep).where(
            ProcedureStep.case_id == case, ProcedureStep.kind == kind)))


def test_reprimand_story_terms_from_dispatch_and_no_response(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = _case(db, admin, school, teacher, date(2026, 10, 30))
    with pytest.raises(RuleViolation) as info:  # registered post: the number goes with it
        letters.generate_letter(db, admin, case, "reprimand_intention", fields=INVITE,
                                sent_on=date(2026, 11, 2))
    assert info.value.rule_id == "ST3"
    intention = letters.generate_letter(db, admin, case, "reprimand_intention", fields=INVITE,
                                        sent_on=date(2026, 11, 2), registered="RR100NL")[0]
    text = _pdf(db, admin, intention.id)
    # Mon 2 Nov + 3 weeks = Mon 23 Nov: the letter's date and the rule's term agree
    assert "2 november 2026" in text and "uiterlijk op 23 november 2026" in text
    step = _steps(db, admin, case, "intention")[0]
    assert step.done_on == date(2026, 11, 2) and step.data["registered"] == "RR100NL"
    assert step.data["documents"] == [intention.id] and step.data["measure"] == "reprimand"
    due = {d.what: d.due for d in cases.show(db, admin, case).deadlines}
    assert due["response"] == date(2026, 11, 23)
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "reprimand", decided_on=date(2026, 11, 24),
                 motivation="Berisping na voornemen.")
    with pytest.raises(InvalidInput):  # the grounds are the intention's, never the letter's
        letters.generate_letter(db, admin, case, "reprimand", fields={"grounds": "Iets anders"})
    decision = letters.generate_letter(db, admin, case, "reprimand",
                                       sent_on=date(2026, 11, 24), registered="RR200NL")[0]
    text = _pdf(db, admin, decision.id)
    assert "Na afweging" not in text
    assert "geen zienswijze van u ontvangen" in text
    assert "Bij brief van 2 november 2026" in text
    assert "uiterlijk op 5 januari 2027" in text  # Tue 24 Nov + 6 weeks = Tue 5 Jan 2027
    # A sent decision keeps its letter and its term: regenerating gives the filed one.
    again = letters.generate_letter(db, admin, case, "reprimand")
    assert [d.id for d in again] == [decision.id]
    preview = letters.preview_letter(db, admin, case, "reprimand")
    assert preview[0][1] == documents.open_document(db, admin, decision.id)[1]
    terms = {d.what: d.due for d in cases.show(db, admin, case).deadlines}
    assert terms["appeal_term"] == date(2027, 1, 5)


def test_reprimand_story_with_response_says_it_was_weighed(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = _case(db, admin, school, teacher, date(2026, 10, 30))
    letters.generate_letter(db, admin, case, "reprimand_intention", fields=INVITE,
                            sent_on=date(2026, 11, 2), registered="RR100NL")
    with pytest.raises(InvalidInput):  # a response is not dated before the intention's dispatch
        cases.record_step(db, admin, case, "response", date(2026, 11, 1), "Te vroeg.")
    cases.record_step(db, admin, case, "response", date(2026, 11, 10), "Erkent het bericht.")
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "reprimand", decided_on=date(2026, 11, 11),
                 motivation="Berisping na zienswijze.")
    doc = letters.generate_letter(db, admin, case, "reprimand", sent_on=date(2026, 11, 12),
                                  registered="RR300NL")[0]
    text = _pdf(db, admin, doc.id)
    assert "Na afweging van uw zienswijze" in text and "Erkent het bericht." in text
    assert "geen zienswijze" not in text
    assert "uiterlijk op 24 december 2026" in text  # Thu 12 Nov + 6 weeks


def test_placeholder_setting_refuses_the_letter_and_names_the_setting(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    settings.set_legal(db, admin, {"cao_article_reprimand": "[artikel cao po berisping]"})
    case = _case(db, admin, school, teacher, date(2026, 11, 2))
    with pytest.raises(CaseManagerError) as info:
        letters.generate_letter(db, admin, case, "reprimand_intention", fields=INVITE,
                                sent_on=date(2026, 11, 2), registered="RR1NL")
    assert "'Cao-artikel schriftelijke berisping'" in info.value.message_nl
    assert "Instellingen › Wettelijke termijnen" in info.value.message_nl
    assert "[" not in info.value.message_nl.split("[C7]")[0]
    assert not _steps(db, admin, case, "intention")  # nothing recorded, nothing filed
    assert letters.generate_letter(db, admin, case, "inspector_notice")  # prints no article


def _report_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Verslag hoorgesprek: Daan erkent de berichten.")
    canvas.save()
    return buffer.getvalue()


REPORT = NewDocument("hearing_report", "", "verslag.pdf", "application/pdf", _report_pdf())


def _pupil_suspension(db: Database, admin: Actor, school: int, pupil: int, start: date,
                      end: date, parties: list[str], report: bool = False,
                      no_hearing_reason: str = "") -> int:
    case = _case(db, admin, school, pupil, date(2026, 11, 16))
    hearings.record_hearing(db, admin, case, date(2026, 11, 17), parties, "Gehoord.",
                            REPORT if report else None)
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "suspension", decided_on=date(2026, 11, 19), start_on=start,
                 end_on=end, motivation="Intern: tweede incident dit jaar.",
                 no_hearing_reason=no_hearing_reason,
                 details={"reasons": "Daan heeft een klasgenoot online bedreigd.",
                          "form": "extern (thuis)", "education": "Huiswerk via de app."})
    return case


def test_pupil_suspension_story_counts_school_days_and_names_who_was_heard(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    # Fri 20 Nov to Mon 23 Nov: 2 school days; back on Tue 24 Nov.
    case = _pupil_suspension(db, admin, school, pupil, date(2026, 11, 20), date(2026, 11, 23),
                             ["pupil", "parents", "teacher"])
    doc = letters.generate_letter(db, admin, case, "suspension", sent_on=date(2026, 11, 19))[0]
    text = _pdf(db, admin, doc.id)
    assert "Geachte mevrouw Bakker," in text
    assert "(2 schooldagen)" in text and "weer welkom op school op 24 november 2026" in text
    assert "Daan heeft een klasgenoot online bedreigd." in text
    assert "Intern: tweede incident" not in text  # the internal motivation stays internal
    assert "hebben wij op 17 november 2026 Daan, u als ouder(s) en de groepsleerkracht gehoord" \
        in text
    assert "verslag" not in text  # no report filed, so none is said to be enclosed
    assert "Internet Schooldossier" in text  # more than one school day
    assert "uiterlijk op 31 december 2026" in text  # Thu 19 Nov + 6 weeks (openbaar)
    assert [s.done_on for s in _steps(db, admin, case, "letter_sent")] == [date(2026, 11, 19)]


def test_pupil_suspension_story_one_school_day_over_a_weekend_no_inspectie(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    with pytest.raises(RuleViolation) as info:  # P-S5: the teacher was not heard
        _pupil_suspension(db, admin, school, pupil, date(2026, 11, 20), date(2026, 11, 22),
                          ["pupil", "parents"], report=True)
    assert info.value.rule_id == "P-S5" and "groepsleerkracht" in info.value.message_nl
    case = _pupil_suspension(db, admin, school, pupil, date(2026, 11, 20), date(2026, 11, 22),
                             ["pupil", "parents"], report=True,
                             no_hearing_reason="de groepsleerkracht was met zwangerschapsverlof")
    doc = letters.generate_letter(db, admin, case, "suspension", sent_on=date(2026, 11, 19))[0]
    text = _pdf(db, admin, doc.id)
    assert "(1 schooldag)" in text and "weer welkom op school op 23 november 2026" in text
    assert "Internet Schooldossier" not in text
    assert "Daan en u als ouder(s) gehoord" in text and "groepsleerkracht gehoord" not in text
    assert "Wij hebben de groepsleerkracht niet vooraf kunnen horen, omdat de " \
        "groepsleerkracht was met zwangerschapsverlof." in text
    assert "Het verslag van het horen is bij deze brief gevoegd." in text
    assert "Verslag hoorgesprek: Daan erkent de berichten." in text  # enclosed, really


def _dismissal(db: Database, admin: Actor, school: int, teacher: int, known: date,
               decided: date, **extra: str) -> int:
    case = _case(db, admin, school, teacher, known, urgent=True, severity=4)
    cases.record_step(db, admin, case, "hearing", decided, "Gehoord.", {"parties": ["employee"]})
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "summary_dismissal", decided_on=decided,
                 details={"urgent_reason": "Bedreiging van een collega met geweld.",
                          "known_on": known.isoformat(), "time": "10.00", **extra})
    return case


def test_summary_dismissal_story_same_day_and_without_delay_only_when_true(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = _dismissal(db, admin, school, teacher, date(2026, 11, 20), date(2026, 11, 23))
    doc = letters.generate_letter(db, admin, case, "summary_dismissal",
                                  sent_on=date(2026, 11, 23), registered="RR1NL")[0]
    text = _pdf(db, admin, doc.id)
    assert "Bedreiging van een collega met geweld." in text
    assert "op dezelfde dag schriftelijk" in text and "onverwijld" in text
    assert "bekend geworden op 20 november 2026" in text


def test_summary_dismissal_story_late_confirmation_and_delay(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    with pytest.raises(RuleViolation) as info:
        _dismissal(db, admin, school, teacher, date(2026, 11, 9), date(2026, 11, 23))
    assert info.value.rule_id == "ST10"
    case = _dismissal(db, admin, school, teacher, date(2026, 11, 10), date(2026, 11, 23),
                      delay_motivation="Politieonderzoek afgewacht op advies van de jurist.")
    doc = letters.generate_letter(db, admin, case, "summary_dismissal",
                                  sent_on=date(2026, 11, 24), registered="RR2NL")[0]
    text = _pdf(db, admin, doc.id)
    assert "dezelfde dag" not in text and "onverwijld" not in text
    assert "bevestigen wij dat ontslag schriftelijk" in text
    assert any("Risico" in r and "bevestigd door" in r
               for r in cases.show(db, admin, case).reminders)


def test_parent_ban_story_counts_only_a_warning_sent_before_the_incident(
        db: Database, admin: Actor, school: int, parent: int) -> None:
    warned = _case(db, admin, school, parent, date(2026, 9, 1), severity=1)
    cases.propose(db, admin, warned)
    cases.decide(db, admin, warned, "warning", decided_on=date(2026, 9, 3))
    letters.generate_letter(db, admin, warned, "warning", sent_on=date(2026, 9, 4))
    case = _case(db, admin, school, parent, date(2026, 10, 5), severity=3)
    ban = {"scope": "schoolplein", "contact": "M. de Wit", "handover": "Aan het hek."}
    intention = letters.generate_letter(
        db, admin, case, "ban_intention", sent_on=date(2026, 10, 6),
        fields={"ban_scope": "schoolplein", "start_date": "2026-10-22",
                "end_date": "2026-12-21"})[0]
    text = _pdf(db, admin, intention.id)
    assert "gewaarschuwd" in text and "4 september 2026" in text
    assert "20 oktober 2026" in text  # Tue 6 Oct + 2 weeks: the parent's response term
    cases.propose(db, admin, case)
    with pytest.raises(RuleViolation) as info:  # O3: not before the response term ended
        cases.decide(db, admin, case, "access_ban", decided_on=date(2026, 10, 20),
                     start_on=date(2026, 10, 21), end_on=date(2026, 12, 21), details=ban,
                     motivation="Verbod.")
    assert info.value.rule_id == "O3"
    cases.decide(db, admin, case, "access_ban", decided_on=date(2026, 10, 21),
                 start_on=date(2026, 10, 22), end_on=date(2026, 12, 21), details=ban,
                 motivation="Verbod.")
    doc = letters.generate_letter(db, admin, case, "ban", sent_on=date(2026, 10, 21))[0]
    text = _pdf(db, admin, doc.id)
    assert "geen reactie van u ontvangen" in text and "Na afweging" not in text
    # A later incident with only a warning sent after this one's date: no prior warning (O4).
    other = _case(db, admin, school, parent, date(2026, 9, 2), severity=3)
    cases.propose(db, admin, other)
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, admin, other, "access_ban", decided_on=date(2026, 11, 20),
                     start_on=date(2026, 11, 21), end_on=date(2026, 12, 21), details=ban,
                     motivation="Verbod.")
    assert info.value.rule_id == "O4"


def test_objection_term_runs_from_the_recorded_dispatch(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    case = _pupil_suspension(db, admin, school, pupil, date(2026, 11, 20), date(2026, 11, 20),
                             ["pupil", "parents", "teacher"])
    with pytest.raises(InvalidInput):  # a dispatch before its decision is refused
        letters.generate_letter(db, admin, case, "suspension", sent_on=date(2026, 11, 18))
    letters.generate_letter(db, admin, case, "suspension", sent_on=date(2026, 11, 19))
    terms = {d.what: d.due for d in cases.show(db, admin, case).deadlines}
    assert terms["objection_term"] == date(2026, 12, 31)
    step = cases.record_step(db, admin, case, "objection", date(2026, 11, 24), "Bezwaar.")
    assert not step.data.get("late")  # in time; a late one is tested per rule (P-V9)
    assert "objection_term" not in {d.what for d in cases.show(db, admin, case).deadlines}


def test_ST10_only_a_director_or_the_board_confirms_a_late_dismissal(
        db: Database, admin: Actor, act_as, school: int, teacher: int) -> None:  # type: ignore[no-untyped-def]
    hr = act_as("hr")
    case = _case(db, admin, school, teacher, date(2026, 11, 10), urgent=True, severity=4)
    cases.record_step(db, admin, case, "hearing", date(2026, 11, 20), "Gehoord.",
                      {"parties": ["employee"]})
    cases.propose(db, admin, case)
    details = {"urgent_reason": "Bedreiging van een collega met geweld.",
               "known_on": "2026-11-10", "time": "10.00",
               "delay_motivation": "Politieonderzoek afgewacht."}
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, hr, case, "summary_dismissal", decided_on=date(2026, 11, 23),
                     details=details)
    assert info.value.rule_id == "ST10" and "directeur" in info.value.message_nl
    director = act_as("director", [school])
    decided = cases.decide(db, director, case, "summary_dismissal",
                           decided_on=date(2026, 11, 23), details=details)
    assert decided.details["delay_confirmed_by"] == "Test director"


def test_facts_are_never_typed_into_the_letter(
        db: Database, admin: Actor, school: int, parent: int) -> None:
    case = _case(db, admin, school, parent, date(2026, 10, 5), severity=3)
    for typed in ({"warning_date": "1 september 2026"}, {"response_received": "ja"},
                  {"heard": "op 1 oktober 2026 u"}):
        with pytest.raises(InvalidInput) as info:
            letters.generate_letter(db, admin, case, "ban_intention", sent_on=date(2026, 10, 6),
                                    fields={"ban_scope": "schoolplein", **typed,
                                            "start_date": "2026-10-22",
                                            "end_date": "2026-12-21"})
        assert info.value.rule_id == "L-facts"
    # Without a recorded warning the intention simply does not claim one (O4 is the decision's).
    doc = letters.generate_letter(db, admin, case, "ban_intention", sent_on=date(2026, 10, 6),
                                  fields={"ban_scope": "schoolplein", "start_date": "2026-10-22",
                                          "end_date": "2026-12-21"})[0]
    assert "gewaarschuwd" not in _pdf(db, admin, doc.id)


def test_parent_ban_story_with_a_response_says_it_was_weighed(
        db: Database, admin: Actor, school: int, parent: int) -> None:
    warned = _case(db, admin, school, parent, date(2026, 9, 1), severity=1)
    cases.propose(db, admin, warned)
    cases.decide(db, admin, warned, "warning", decided_on=date(2026, 9, 3))
    letters.generate_letter(db, admin, warned, "warning", sent_on=date(2026, 9, 4))
    case = _case(db, admin, school, parent, date(2026, 10, 5), severity=3)
    letters.generate_letter(db, admin, case, "ban_intention", sent_on=date(2026, 10, 6),
                            fields={"ban_scope": "schoolplein", "start_date": "2026-10-22",
                                    "end_date": "2026-12-21"})
    cases.record_step(db, admin, case, "response", date(2026, 10, 12),
                      "Erkent het bericht; vindt een verbod te zwaar.")
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "access_ban", decided_on=date(2026, 10, 14),
                 start_on=date(2026, 10, 15), end_on=date(2026, 12, 21), motivation="Verbod.",
                 details={"scope": "schoolplein", "contact": "M. de Wit",
                          "handover": "Aan het hek."})
    doc = letters.generate_letter(db, admin, case, "ban", sent_on=date(2026, 10, 14))[0]
    text = _pdf(db, admin, doc.id)
    assert "Na afweging van uw reactie" in text and "vindt een verbod te zwaar" in text
    assert "geen reactie" not in text
    assert "Bij brief van 6 oktober 2026" in text and "4 september 2026" in text
    assert "uiterlijk op 25 november 2026" in text  # Wed 14 Oct + 6 weeks
    assert "bestuursrechter" in text and "klachtencommissie" in text  # openbaar route


def test_removal_story_names_who_was_heard_and_takes_effect_after_confirmation(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    case = _case(db, admin, school, pupil, date(2026, 10, 1), severity=4)
    cases.record_step(db, admin, case, "intention", date(2026, 10, 5), "Voornemen.")
    hearings.record_hearing(db, admin, case, date(2026, 10, 12), ["pupil", "parents"])
    cases.record_step(db, admin, case, "receiving_school", date(2026, 11, 2), "",
                      {"school": "SBO De Regenboog", "efforts": "Drie scholen bekeken."})
    cases.propose(db, admin, case)
    with pytest.raises(RuleViolation) as info:  # P-V2: the teacher was not heard
        cases.decide(db, admin, case, "removal", decided_on=date(2026, 11, 9),
                     start_on=date(2026, 11, 16), details={"reasons": "Herhaald bedreigd."})
    assert info.value.rule_id == "P-V2" and "groepsleerkracht" in info.value.message_nl
    hearings.record_hearing(db, admin, case, date(2026, 10, 13), ["teacher"],
                            report=REPORT)
    with pytest.raises(RuleViolation) as info:  # P-V4: not before the school's confirmation
        cases.decide(db, admin, case, "removal", decided_on=date(2026, 11, 9),
                     start_on=date(2026, 11, 1), details={"reasons": "Herhaald bedreigd."})
    assert info.value.rule_id == "P-V4"
    cases.decide(db, admin, case, "removal", decided_on=date(2026, 11, 9),
                 start_on=date(2026, 11, 16), details={"reasons": "Herhaald bedreigd."})
    doc = letters.generate_letter(db, admin, case, "removal", sent_on=date(2026, 11, 10))[0]
    text = _pdf(db, admin, doc.id)
    assert "hebben wij op 12 oktober 2026 Daan en u als ouder(s) en op 13 oktober 2026 de " \
        "groepsleerkracht gehoord" in text
    assert "Het verslag van het horen is bij deze brief gevoegd." in text
    assert "Verslag hoorgesprek: Daan erkent de berichten." in text
    assert "De verwijdering gaat in op 16 november 2026." in text
    assert "SBO De Regenboog heeft op 2 november 2026 schriftelijk bevestigd" in text
    assert "Bij brief van 5 oktober 2026" in text
    assert "uiterlijk op 22 december 2026" in text  # Tue 10 Nov + 6 weeks


def test_P_S1_suspensions_for_the_same_facts_add_up(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    # Mon 16 - Wed 18 Nov: 3 school days for the first report of the posts.
    first = _case(db, admin, school, pupil, date(2026, 11, 13))
    hearings.record_hearing(db, admin, first, date(2026, 11, 13), ["pupil", "parents",
                                                                   "teacher"])
    reasons = {"reasons": "Bedreigende berichten.", "form": "extern", "education": "Huiswerk."}
    why = "Schorsing volstaat."  # the proposal rises with each earlier measure
    cases.propose(db, admin, first)
    cases.decide(db, admin, first, "suspension", decided_on=date(2026, 11, 13),
                 start_on=date(2026, 11, 16), end_on=date(2026, 11, 18),
                 details=reasons, motivation=why)
    # The same posts reported again as a new incident: 3 more school days is over a week.
    again = _case(db, admin, school, pupil, date(2026, 11, 13))
    hearings.record_hearing(db, admin, again, date(2026, 11, 18), ["pupil", "parents",
                                                                   "teacher"])
    cases.propose(db, admin, again)
    with pytest.raises(RuleViolation) as info:
        cases.decide(db, admin, again, "suspension", decided_on=date(2026, 11, 18),
                     start_on=date(2026, 11, 19), end_on=date(2026, 11, 23),
                     details=reasons, motivation=why)
    assert info.value.rule_id == "P-S1" and "al 3 schooldag" in info.value.message_nl
    cases.decide(db, admin, again, "suspension", decided_on=date(2026, 11, 18),
                 start_on=date(2026, 11, 19), end_on=date(2026, 11, 20),
                 details=reasons, motivation=why)
    # Other facts (another day) do not add up.
    other = _case(db, admin, school, pupil, date(2026, 11, 20))
    hearings.record_hearing(db, admin, other, date(2026, 11, 20), ["pupil", "parents",
                                                                   "teacher"])
    cases.propose(db, admin, other)
    cases.decide(db, admin, other, "suspension", decided_on=date(2026, 11, 20),
                 start_on=date(2026, 11, 23), end_on=date(2026, 11, 24),
                 details=reasons, motivation=why)


def test_staff_suspension_story_intended_period_and_grounds_carry_over(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    case = _case(db, admin, school, teacher, date(2026, 10, 30), severity=3)
    intention = letters.generate_letter(
        db, admin, case, "suspension_intention", sent_on=date(2026, 11, 2),
        registered="RR400NL", fields={**INVITE, "start_date": "2026-11-30",
                                      "end_date": "2026-12-04",
                                      "grounds": "Kwetsende berichten over een collega."})[0]
    text = _pdf(db, admin, intention.id)
    assert "van 30 november 2026 tot en met 4 december 2026 (5 dagen)" in text
    assert "uiterlijk op 23 november 2026" in text
    step = _steps(db, admin, case, "intention")[0]
    assert step.data["days"] == 5 and step.note == "Kwetsende berichten over een collega."
    cases.propose(db, admin, case)
    with pytest.raises(RuleViolation) as info:  # ST4: longer than intended needs a new intention
        cases.decide(db, admin, case, "suspension", decided_on=date(2026, 11, 24),
                     start_on=date(2026, 11, 30), end_on=date(2026, 12, 6), motivation="x")
    assert info.value.rule_id == "ST4"
    with pytest.raises(RuleViolation) as info:  # ST4: other grounds need a new intention
        cases.decide(db, admin, case, "suspension", decided_on=date(2026, 11, 24),
                     start_on=date(2026, 11, 30), end_on=date(2026, 12, 2), motivation="x",
                     details={"grounds": "Andere gronden."})
    assert info.value.rule_id == "ST4"
    cases.decide(db, admin, case, "suspension", decided_on=date(2026, 11, 24),
                 start_on=date(2026, 11, 30), end_on=date(2026, 12, 2), motivation="x")
    doc = letters.generate_letter(db, admin, case, "suspension", sent_on=date(2026, 11, 24),
                                  registered="RR500NL")[0]
    text = _pdf(db, admin, doc.id)
    assert "De gronden zijn dezelfde als in het voornemen van 2 november 2026: Kwetsende " \
        "berichten over een collega." in text
    assert "van 30 november 2026 tot en met 2 december 2026 (3 dagen)" in text
    assert "geen zienswijze van u ontvangen" in text and "Na afweging" not in text


def test_warning_stories_say_who_was_heard_only_when_recorded(
        db: Database, admin: Actor, school: int, pupil: int, parent: int,
        teacher: int) -> None:
    pupil_case = _case(db, admin, school, pupil, date(2026, 11, 16), severity=1)
    hearings.record_hearing(db, admin, pupil_case, date(2026, 11, 17), ["pupil", "teacher"])
    cases.propose(db, admin, pupil_case)
    cases.decide(db, admin, pupil_case, "warning", decided_on=date(2026, 11, 18))
    doc = letters.generate_letter(db, admin, pupil_case, "warning",
                                  sent_on=date(2026, 11, 18))[0]
    text = _pdf(db, admin, doc.id)
    assert "Wij hebben hierover op 17 november 2026 Daan en de groepsleerkracht gehoord." \
        in text
    assert "met u en Daan" not in text  # the parents were not heard: no sentence says so
    assert [s.done_on for s in _steps(db, admin, pupil_case, "letter_sent")] == [
        date(2026, 11, 18)]
    parent_case = _case(db, admin, school, parent, date(2026, 11, 16), severity=1)
    cases.propose(db, admin, parent_case)
    cases.decide(db, admin, parent_case, "warning", decided_on=date(2026, 11, 18))
    doc = letters.generate_letter(db, admin, parent_case, "warning",
                                  sent_on=date(2026, 11, 18))[0]
    text = _pdf(db, admin, doc.id)
    assert "gehoord" not in text and "gesproken" not in text  # no hearing recorded
    assert "Geachte mevrouw Bakker," in text
    staff_case = _case(db, admin, school, teacher, date(2026, 11, 16), severity=1)
    cases.record_step(db, admin, staff_case, "hearing", date(2026, 11, 17), "Gesprek.",
                      {"parties": ["employee"]})
    cases.propose(db, admin, staff_case)
    cases.decide(db, admin, staff_case, "warning", decided_on=date(2026, 11, 18))
    doc = letters.generate_letter(db, admin, staff_case, "warning",
                                  sent_on=date(2026, 11, 18))[0]
    text = _pdf(db, admin, doc.id)
    assert "Wij hebben hierover op 17 november 2026 met u gesproken." in text
    assert "geen disciplinaire maatregel" in text


def test_invitations_and_the_removal_intention_record_what_they_announce(
        db: Database, admin: Actor, school: int, pupil: int, parent: int,
        teacher: int) -> None:
    notice_case = _case(db, admin, school, pupil, date(2026, 11, 16))
    doc = letters.generate_letter(db, admin, notice_case, "incident_notice",
                                  sent_on=date(2026, 11, 17), fields={
                                      "meeting_date": "2026-11-19", "meeting_time": "15.00",
                                      "meeting_place": "de school"})[0]
    text = _pdf(db, admin, doc.id)
    assert "op 19 november 2026 om 15.00 uur" in text and "Er is nog geen besluit" in text
    assert not _steps(db, admin, notice_case, "intention")  # a notice is no procedure step
    staff_case = _case(db, admin, school, teacher, date(2026, 11, 16))
    with pytest.raises(InvalidInput):  # no invitation to a meeting before its dispatch
        letters.generate_letter(db, admin, staff_case, "hearing_invitation", fields=INVITE,
                                sent_on=date(2026, 11, 17))
    doc = letters.generate_letter(db, admin, staff_case, "hearing_invitation",
                                  fields={**INVITE, "hearing_date": "2026-11-23"},
                                  sent_on=date(2026, 11, 17))[0]
    text = _pdf(db, admin, doc.id)
    assert "gesprek op 23 november 2026 om 15.00 uur" in text  # the invitation's own date
    removal_case = _case(db, admin, school, pupil, date(2026, 11, 2), severity=4)
    with pytest.raises(InvalidInput):  # an intention dispatched before the incident
        letters.generate_letter(db, admin, removal_case, "removal_intention",
                                sent_on=date(2026, 11, 1), fields={
                                    **INVITE, "reasons": "Herhaald bedreigd."})
    doc = letters.generate_letter(db, admin, removal_case, "removal_intention",
                                  sent_on=date(2026, 11, 2), fields={
                                      **INVITE, "reasons": "Herhaald bedreigd."})[0]
    text = _pdf(db, admin, doc.id)
    assert "Dit is nog geen besluit." in text and "nog geen bezwaar maken" in text
    step = _steps(db, admin, removal_case, "intention")[0]
    assert step.done_on == date(2026, 11, 2) and step.data["measure"] == "removal"


def test_ST5_order_suspension_story_dispatch_step_and_terms_from_it(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    from desktop_app.services import procedures

    settings.set_legal(db, admin, {"cao_article_order_suspension": "artikel 11.3 cao po"})
    case = _case(db, admin, school, teacher, date(2026, 11, 13), severity=3)
    order = procedures.decide_order(
        db, admin, case, decided_on=date(2026, 11, 20), start_on=date(2026, 11, 20),
        end_on=date(2026, 12, 3), urgency="Onderzoek naar de berichten; rust op school.")
    with pytest.raises(RuleViolation) as info:  # the letter belongs to the order measure
        letters.generate_letter(db, admin, case, "suspension_order", sent_on=date(2026, 11, 21),
                                registered="RR1NL")
    assert info.value.field == "route" and info.value.values["route"] == "procedure order-letter"
    with pytest.raises(RuleViolation) as info:  # registered post: the number goes with it
        procedures.send_order_letter(db, admin, order.id, sent_on=date(2026, 11, 21),
                                     registered=" ")
    assert info.value.rule_id == "ST5" and info.value.field == "registered"
    assert not _steps(db, admin, case, "order_letter_sent")
    with pytest.raises(RuleViolation) as info:  # the dispatch is recorded by the letter only
        cases.record_step(db, admin, case, "order_letter_sent", date(2026, 11, 21), "Verstuurd.")
    assert info.value.rule_id == "ST5"
    # Sent on Saturday 21 November: 7 days end on Saturday 28 November, which the Algemene
    # termijnenwet moves to Monday 30 November; the appeal term (6 weeks) from Sat 2 January
    # 2027 to Monday 4 January.
    doc = procedures.send_order_letter(db, admin, order.id, sent_on=date(2026, 11, 21),
                                       registered="RR700NL")[0]
    text = _pdf(db, admin, doc.id)
    assert "Aangetekend" in text and "21 november 2026" in text
    assert "van 20 november 2026 tot en met 3 december 2026 (14 dagen)" in text
    assert "Onderzoek naar de berichten; rust op school." in text
    assert "op grond van artikel 11.3 cao po" in text
    assert "geen disciplinaire maatregel" in text
    assert "Op 13 november 2026 is via Instagram het volgende gemeld" in text
    assert "tot en met 30 november 2026" in text and "28 november" not in text
    assert "uiterlijk op 4 januari 2027" in text
    # Not supported by the file, so not in the letter: no contact person, no extension.
    assert "contactpersoon" not in text and "Bij besluit van" not in text
    step = _steps(db, admin, case, "order_letter_sent")[0]
    assert step.done_on == date(2026, 11, 21) and step.data["registered"] == "RR700NL"
    assert step.data["documents"] == [doc.id] and step.data["order"] == order.id
    assert step.data["letter"] == "suspension_order"
    due = {d.what: d.due for d in cases.show(db, admin, case).deadlines}
    assert due[f"order_response_{order.id}"] == date(2026, 11, 30)
    assert f"order_letter_{order.id}" not in due
    with pytest.raises(RuleViolation):  # one letter per decision
        procedures.send_order_letter(db, admin, order.id, sent_on=date(2026, 11, 23),
                                     registered="RR701NL")
    # The extension: its own decision, letter and dispatch step; sent Tue 24 Nov: 1 Dec.
    extension = procedures.decide_order(
        db, admin, case, decided_on=date(2026, 11, 24), start_on=date(2026, 12, 4),
        end_on=date(2026, 12, 17), urgency="Het onderzoek loopt nog.", extends=order.id,
        extension_ground="De verklaringen van twee collega's ontbreken nog.")
    doc2 = procedures.send_order_letter(db, admin, extension.id, sent_on=date(2026, 11, 24),
                                        registered="RR702NL")[0]
    text = _pdf(db, admin, doc2.id)
    assert "Bij besluit van 20 november 2026 bent u geschorst als ordemaatregel tot en met " \
        "3 december 2026" in text
    assert "van 4 december 2026 tot en met 17 december 2026 (14 dagen)" in text
    assert "De verklaringen van twee collega's ontbreken nog." in text
    assert "tot en met 1 december 2026" in text
    steps = _steps(db, admin, case, "order_letter_sent")
    assert [(s.done_on, s.data["order"], s.data["registered"]) for s in steps] == [
        (date(2026, 11, 21), order.id, "RR700NL"), (date(2026, 11, 24), extension.id, "RR702NL")]


def test_P_S3_P_V7_notices_say_who_was_heard_and_whether_the_decision_went_out(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    from desktop_app.services import procedures

    settings.set_legal(db, admin, {"leerplicht_address": "Leerplicht Amersfoort, Postbus 4000, "
                                                         "3800 EA  AMERSFOORT"})
    # Fri 20 Nov to Tue 24 Nov: 3 school days; the teacher could not be heard.
    case = _pupil_suspension(db, admin, school, pupil, date(2026, 11, 20), date(2026, 11, 24),
                             ["pupil", "parents"],
                             no_hearing_reason="de groepsleerkracht was met zwangerschapsverlof")
    report = procedures.generate_notice(db, admin, case, "inspectie",
                                        sent_on=date(2026, 11, 19))[0]
    text = _pdf(db, admin, report.id)
    assert "Inspectie van het Onderwijs" in text and "19 november 2026" in text
    assert "Naam: Daan Bakker" in text and "Geboortedatum: 12 maart 2014" in text
    assert "Periode: 20 november 2026 tot en met 24 november 2026 (3 schooldagen)" in text
    assert "Daan heeft een klasgenoot online bedreigd." in text
    assert "Intern: tweede incident" not in text
    assert "Vóór het besluit zijn gehoord: op 17 november 2026 de leerling en de ouders." in text
    assert "groepsleerkracht zijn" not in text and "de groepsleerkracht" not in text
    # The decision letter's dispatch is not recorded yet: the notice does not say it went out.
    assert "Het besluit wordt schriftelijk aan de ouders met ouderlijk gezag verzonden" in text
    assert "hebben het besluit schriftelijk ontvangen" not in text
    step = _steps(db, admin, case, "inspectie_report")[0]
    assert step.done_on == date(2026, 11, 19) and step.data["documents"] == [report.id]
    letters.generate_letter(db, admin, case, "suspension", sent_on=date(2026, 11, 19))
    notice = procedures.generate_notice(db, admin, case, "leerplicht",
                                        sent_on=date(2026, 11, 20))[0]
    text = _pdf(db, admin, notice.id)
    assert "Leerplicht Amersfoort" in text and "20 november 2026" in text
    assert "Het besluit is op 19 november 2026 schriftelijk aan de ouders met ouderlijk gezag " \
        "verzonden." in text
    assert "wordt schriftelijk" not in text
    assert "(3 schooldagen)" in text
    assert [s.done_on for s in _steps(db, admin, case, "leerplicht_informed")] == [
        date(2026, 11, 20)]


def test_L1_information_letter_story_says_only_what_was_decided(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    from desktop_app.services import people, procedures

    father = people.add_person(db, admin, school_id=school, kind="parent", first="Robert",
                               last="Bakker", salutation="heer",
                               address="Stationsplein 1, 3818 LE Amersfoort", guardian_of=pupil,
                               authority=False).id
    case = _case(db, admin, school, pupil, date(2026, 11, 16), severity=3)
    procedures.request_information(db, admin, father, pupil, date(2026, 11, 17), "per e-mail")
    first = procedures.information_letter(db, admin, case, father,
                                          sent_on=date(2026, 11, 18))[0]
    text = _pdf(db, admin, first.id)
    assert "Geachte heer Bakker," in text
    assert "U heeft op 17 november 2026 gevraagd om informatie over uw kind Daan Bakker" in text
    assert "Op 16 november 2026 is op school het volgende gemeld" in text
    assert "Over een maatregel is nog niet besloten." in text
    assert "Wat de school heeft besloten" not in text  # nothing decided, nothing said
    assert "bezwaar" not in text  # information, not a decision
    hearings.record_hearing(db, admin, case, date(2026, 11, 17), ["pupil", "parents", "teacher"],
                            "Gehoord.")
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "suspension", decided_on=date(2026, 11, 19),
                 start_on=date(2026, 11, 20), end_on=date(2026, 11, 20),
                 motivation="Intern: tweede incident dit jaar.",
                 details={"reasons": "Daan heeft een klasgenoot online bedreigd."})
    later = procedures.information_letter(db, admin, case, father,
                                          sent_on=date(2026, 11, 20))[0]
    text = _pdf(db, admin, later.id)
    assert "Op 19 november 2026 is besloten tot: schorsing, van 20 november 2026 tot en met " \
        "20 november 2026." in text
    assert "Over een maatregel is nog niet besloten." not in text
    assert "Intern: tweede incident" not in text


def test_P_V8_removal_for_a_parents_behaviour_story_quotes_the_recorded_facts(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    warned = _case(db, admin, school, parent, date(2026, 8, 20), severity=1)
    cases.propose(db, admin, warned)
    cases.decide(db, admin, warned, "warning", decided_on=date(2026, 8, 25))
    letters.generate_letter(db, admin, warned, "warning", sent_on=date(2026, 8, 25))
    case = _case(db, admin, school, parent, date(2026, 10, 1), severity=4)
    cases.record_step(db, admin, case, "intention", date(2026, 10, 5), "Voornemen.")
    hearings.record_hearing(db, admin, case, date(2026, 10, 12), ["parents", "teacher"])
    cases.record_step(db, admin, case, "receiving_school", date(2026, 11, 2), "",
                      {"school": "OBS Het Kompas", "efforts": "Drie scholen besproken."})
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "removal", decided_on=date(2026, 11, 9),
                 start_on=date(2026, 11, 16), motivation="Gedrag ouder",
                 details={"child": str(pupil), "reasons": "Herhaalde bedreigingen."})
    doc = letters.generate_letter(db, admin, case, "removal", sent_on=date(2026, 11, 10))[0]
    text = _pdf(db, admin, doc.id)
    assert "Geachte mevrouw Bakker," in text
    assert "Bij brief van 5 oktober 2026" in text
    assert "Daan Bakker, leerling van groep 8" in text
    assert "schriftelijke waarschuwing van 25 augustus 2026" in text  # the recorded warning
    assert "Op 1 oktober 2026 is via Instagram het volgende voorgevallen" in text
    assert "Herhaalde bedreigingen." in text and "Gedrag ouder" not in text
    assert "Op 12 oktober 2026 hebben wij u als ouder(s) en de groepsleerkracht gehoord." in text
    assert "heeft een hoorgesprek plaatsgevonden" not in text
    assert "OBS Het Kompas heeft op 2 november 2026 schriftelijk bevestigd bereid te zijn " \
        "Daan toe te laten." in text
    assert "De verwijdering gaat in op 16 november 2026." in text
    # No notice to the leerplichtambtenaar is recorded: the letter promises it, says no date.
    assert "Wij lichten de leerplichtambtenaar direct over dit besluit in." in text
    assert "Wij hebben de leerplichtambtenaar op" not in text
    assert "uiterlijk op 22 december 2026" in text  # Tue 10 Nov + 6 weeks
    assert [s.done_on for s in _steps(db, admin, case, "letter_sent")] == [date(2026, 11, 10)]


def test_V_inspector_notice_story_prints_the_recorded_facts_and_only_a_given_invitation(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    settings.set_legal(db, admin, {"inspector_phone": "0900-1113111 (optie 2)"})
    case = _case(db, admin, school, teacher, date(2026, 11, 16), severity=3)
    doc = letters.generate_letter(db, admin, case, "inspector_notice",
                                  sent_on=date(2026, 11, 17))[0]
    text = _pdf(db, admin, doc.id)
    assert "17 november 2026" in text
    assert "uw communicatie via Instagram van 16 november 2026" in text
    assert "Kwetsende berichten op Instagram." in text
    assert "(0900-1113111 (optie 2))" in text
    assert "geen disciplinaire maatregel" in text
    assert "Wij nodigen u uit" not in text  # no meeting given, none announced
    with pytest.raises(InvalidInput):  # no invitation to a meeting before the dispatch
        letters.generate_letter(db, admin, case, "inspector_notice", fields=INVITE,
                                sent_on=date(2026, 11, 17))
    doc = letters.generate_letter(db, admin, case, "inspector_notice",
                                  fields={**INVITE, "hearing_date": "2026-11-20"},
                                  sent_on=date(2026, 11, 17))[0]
    text = _pdf(db, admin, doc.id)
    assert "Wij nodigen u uit voor een gesprek op 20 november 2026 om 15.00 uur, op de " \
        "school." in text


def test_P_S3_a_notice_takes_who_was_heard_only_from_the_file(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    from desktop_app.services import procedures

    case = _pupil_suspension(db, admin, school, pupil, date(2026, 11, 20), date(2026, 11, 24),
                             ["pupil", "parents", "teacher"])
    with pytest.raises(InvalidInput) as info:
        procedures.generate_notice(db, admin, case, "inspectie", sent_on=date(2026, 11, 19),
                                   fields={"heard_report": "op 1 november 2026 iedereen"})
    assert info.value.rule_id == "L-facts"
    assert not _steps(db, admin, case, "inspectie_report")
def test_a_date_typed_the_dutch_way_reads_as_a_date_in_the_letter(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    """Seen in the letter dialog: 09-12-2026 typed for the hearing printed as '09-12-2026'
    (and its check against the dispatch day was skipped); it reads 9 december 2026 now, and a
    text that is no date is refused at its field."""
    case = _case(db, admin, school, teacher, date(2026, 11, 2), severity=2)
    cases.propose(db, admin, case)
    typed = {**INVITE, "hearing_date": "09-12-2026"}
    from tests.reports.pdfcheck import reader

    pdf = letters.preview_letter(db, admin, case, "reprimand_intention", fields=typed,
                                 sent_on=date(2026, 11, 3))[0][1]
    text = " ".join(" ".join(p.extract_text().split()) for p in reader(pdf).pages)
    assert "9 december 2026" in text and "09-12-2026" not in text
    with pytest.raises(InvalidInput) as info:  # before the dispatch: checked as a date now
        letters.preview_letter(db, admin, case, "reprimand_intention",
                               fields={**INVITE, "hearing_date": "01-11-2026"},
                               sent_on=date(2026, 11, 3))
    assert info.value.rule_id == "L4"
    with pytest.raises(InvalidInput) as info:
        letters.preview_letter(db, admin, case, "reprimand_intention",
                               fields={**INVITE, "hearing_date": "volgende week"},
                               sent_on=date(2026, 11, 3))
    assert info.value.field == "hearing_date" and "24-11-2026" in info.value.text("nl")
