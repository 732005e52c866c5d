"""Issue 14 stories: a WPO art. 4a case, a staff order suspension with its extension, a removal
for a parent's behaviour with its notices filed, and information to a parent without authority.
Run on SQLite and (CASEMANAGER_TEST_BACKEND=postgresql) on PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.errors import InvalidInput, RuleViolation
from desktop_app.services import (
    cases,
    deadlines,
    documents,
    incidents,
    inspector,
    letters,
    people,
    procedures,
    settings,
)
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY

CAO = {"cao_article_order_suspension": "artikel 11.3 cao po"}


def at(days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(
        hour=hour)


def open_tasks(db: Database, admin: Actor, case: int) -> set[str]:
    return {d.what for d in deadlines.open_deadlines(db, admin) if d.case == case}


def test_story_art4a_case(db: Database, admin: Actor, school: int, teacher: int,
                          pupil: int, parent: int) -> None:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], victims=[pupil], rules=["A7"],
        category_code="other_damage", platform="WhatsApp", occurred_on=TODAY - timedelta(days=2),
        description="Berichten met seksuele toespelingen aan een leerling.", severity=4,
        boundary_crossing=True)
    case = info.cases[0].id
    track = procedures.set_track(db, admin, info.id, art4a=True, meldcode=False)
    assert track.art4a
    assert open_tasks(db, admin, case) == {"art4a_board_informed", "art4a_inspector_call",
                                           "art4a_order_measure"}
    assert {d.what for d in procedures.art4a_tasks(db, admin)} == open_tasks(db, admin, case)
    # V3: the employee is not told first; the app says why.
    with pytest.raises(RuleViolation) as refused:
        inspector.inform_employee(db, admin, case, at(1), "gesprek")
    assert refused.value.rule_id == "V3" and "geldt hier niet" in refused.value.message("nl")
    # V2: the board's own moment comes before the consultation.
    with pytest.raises(RuleViolation) as refused:
        inspector.log_call(db, admin, case, started_at=at(1, 11), inspector_name="A. Hendriks",
                           summary="Overleg", outcome="yes")
    assert refused.value.rule_id == "V2"
    procedures.board_informed(db, admin, info.id, at(1, 9), "voorzitter college van bestuur")
    assert "art4a_board_informed" not in open_tasks(db, admin, case)
    inspector.log_call(db, admin, case, started_at=at(1, 11), inspector_name="A. Hendriks",
                       summary="Overleg", outcome="yes")
    assert open_tasks(db, admin, case) == {"art4a_police_report", "art4a_order_measure"}
    inspector.inform_employee(db, admin, case, at(1, 14), "gesprek met de medewerker")
    inspector.record_police_report(db, admin, case, reported_on=at(0), police_unit="Utrecht",
                                   registration_number="PL09-1", reported_by="M. de Wit",
                                   informed_beforehand="ouders en medewerker op 23-11")
    settings.set_legal(db, admin, CAO)
    order = procedures.decide_order(db, admin, case, start_on=TODAY,
                                    end_on=TODAY + timedelta(days=13),
                                    urgency="Onderzoek en rust op school.")
    assert open_tasks(db, admin, case) == {f"order_letter_{order.id}",
                                           f"order_response_{order.id}"}
    filed = procedures.send_order_letter(db, admin, order.id, sent_on=TODAY,
                                         registered="RR123456789NL")
    assert filed and filed[0].dossier == "personeelsdossier"
    procedures.record_order_response(db, admin, order.id, TODAY, "Geen zienswijze gegeven.")
    assert not open_tasks(db, admin, case)
    reminders = cases.show(db, admin, case).reminders
    assert any("geldt hier niet" in r for r in reminders)


def test_story_art4a_refused_for_meldcode_and_adult(db: Database, admin: Actor, school: int,
                                                    teacher: int, pupil: int) -> None:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], victims=[pupil], rules=["A7"],
        category_code="other_damage", platform="WhatsApp", occurred_on=TODAY,
        description="Melding.", severity=3)
    with pytest.raises(RuleViolation) as refused:
        procedures.set_track(db, admin, info.id, art4a=True, meldcode=True)
    assert refused.value.rule_id == "V10"
    assert not procedures.get_track(db, admin, info.id).art4a  # nothing half-written


def test_incident_registered_with_its_track_in_one_call(db: Database, admin: Actor,
                                                        school: int, teacher: int,
                                                        pupil: int) -> None:
    """The editor's save: the incident and its route are one transaction (V1, V10, C4)."""
    fields = dict(school_id=school, subjects=[teacher], victims=[pupil], rules=["A7"],
                  category_code="other_damage", platform="WhatsApp",
                  occurred_on=TODAY - timedelta(days=1), description="Berichten.", severity=4)
    before = incidents.count_incidents(db, admin)
    with pytest.raises(RuleViolation) as refused:
        incidents.register_incident(db, admin, **fields,  # type: ignore[arg-type]
                                    track=procedures.TrackFlags(art4a=True, meldcode=True))
    assert refused.value.rule_id == "V10"
    assert incidents.count_incidents(db, admin) == before  # nothing half-written
    info = incidents.register_incident(db, admin, **fields,  # type: ignore[arg-type]
                                       track=procedures.TrackFlags(art4a=True))
    assert procedures.get_track(db, admin, info.id).art4a
    assert "art4a_board_informed" in open_tasks(db, admin, info.cases[0].id)
    staff_post = incidents.register_incident(
        db, admin, **fields,  # type: ignore[arg-type]
        track=procedures.TrackFlags(about_school=True))
    assert "C4" in staff_post.rules  # no 'personal opinion' statement


def test_story_staff_order_suspension_with_extension(db: Database, admin: Actor, school: int,
                                                     teacher: int) -> None:
    settings.set_legal(db, admin, CAO)
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["C1"],
        category_code="discrediting", platform="WhatsApp", occurred_on=TODAY - timedelta(days=25),
        description="Berichten over de school.", severity=3).cases[0].id
    first = procedures.decide_order(db, admin, case, decided_on=TODAY - timedelta(days=20),
                                    start_on=TODAY - timedelta(days=20),
                                    end_on=TODAY - timedelta(days=7),
                                    urgency="Ouders weigeren hun kinderen naar de klas te "
                                    "sturen.")
    with pytest.raises(RuleViolation) as refused:
        procedures.decide_order(db, admin, case, decided_on=TODAY - timedelta(days=19),
                                start_on=TODAY - timedelta(days=19),
                                end_on=TODAY + timedelta(days=20), urgency="x")
    assert refused.value.rule_id == "ST5"
    procedures.send_order_letter(db, admin, first.id, sent_on=TODAY - timedelta(days=20),
                                 registered="RR1NL")
    procedures.record_order_response(db, admin, first.id, TODAY - timedelta(days=15),
                                     "Medewerker begrijpt de maatregel.")
    with pytest.raises(RuleViolation) as refused:
        procedures.decide_order(db, admin, case, decided_on=TODAY - timedelta(days=8),
                                start_on=TODAY - timedelta(days=6),
                                end_on=TODAY + timedelta(days=14), urgency="Onderzoek loopt.",
                                extends=first.id)
    assert refused.value.rule_id == "ST5"  # an extension needs its own ground
    extension = procedures.decide_order(
        db, admin, case, decided_on=TODAY - timedelta(days=8), start_on=TODAY - timedelta(days=6),
        end_on=TODAY + timedelta(days=14), urgency="Onderzoek loopt.", extends=first.id,
        extension_ground="Het extern onderzoek is nog niet afgerond.")
    assert extension.extends == first.id and extension.days == 21
    with pytest.raises(RuleViolation):
        procedures.send_order_letter(db, admin, extension.id, sent_on=TODAY, registered=" ")
    filed = procedures.send_order_letter(db, admin, extension.id,
                                         sent_on=TODAY - timedelta(days=6), registered="RR2NL")
    # The response period runs from the letter, not from the decision (ST5).
    sent = procedures.list_orders(db, admin, case)[-1]
    assert sent.response_due == TODAY - timedelta(days=6) + timedelta(days=7)
    assert filed[0].kind == "letter_order_extension"
    titles = [d.title for d in documents.list_dossier(db, admin, teacher)]
    assert any(t.startswith("Besluit schorsing als ordemaatregel") for t in titles)
    assert any(t.startswith("Besluit verlenging schorsing") for t in titles)
    assert [o.id for o in procedures.list_orders(db, admin, case)] == [first.id, extension.id]
    assert open_tasks(db, admin, case) == {f"order_response_{extension.id}"}


def test_story_removal_for_parent_behaviour_with_notices(db: Database, admin: Actor,
                                                         school: int, pupil: int,
                                                         parent: int) -> None:
    father = people.add_person(db, admin, school_id=school, kind="parent", first="Erik",
                               last="Bakker", salutation="heer",
                               address="Molenweg 3, 3815 AB Amersfoort", guardian_of=pupil,
                               authority=True).id
    warning_case = incidents.register_incident(
        db, admin, school_id=school, subjects=[parent], rules=["A7"],
        category_code="insulting", platform="Facebook",
        occurred_on=TODAY - timedelta(days=90), description="Eerste berichten.",
        severity=1).cases[0].id
    cases.decide(db, admin, warning_case, "warning", decided_on=TODAY - timedelta(days=85))
    letters.generate_letter(db, admin, warning_case, "warning",
                            sent_on=TODAY - timedelta(days=85))
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[parent], rules=["A7"],
        category_code="threatening", platform="Facebook",
        occurred_on=TODAY - timedelta(days=40), description="Bedreigende berichten.",
        severity=4).cases[0].id
    cases.record_step(db, admin, case, "intention", TODAY - timedelta(days=30))
    cases.record_step(db, admin, case, "hearing", TODAY - timedelta(days=25),
                      "Ouders en leerkracht gehoord.", {"parties": ["parents", "teacher"]})
    cases.record_step(db, admin, case, "receiving_school", TODAY - timedelta(days=3),
                      data={"school": "OBS Het Kompas", "confirmation": "brief",
                            "efforts": "Drie scholen besproken met de ouders."})
    with pytest.raises(RuleViolation) as refused:
        cases.decide(db, admin, case, "removal", motivation="Gedrag ouder",
                     start_on=TODAY)
    assert refused.value.rule_id == "P-V8"  # the child is named
    decision = cases.decide(db, admin, case, "removal", motivation="Gedrag ouder",
                            start_on=TODAY, details={"child": str(pupil),
                                                     "reasons": "Herhaalde bedreigingen."})
    assert decision.details["child"] == str(pupil)
    filed = letters.generate_letter(db, admin, case, "removal", sent_on=TODAY)
    assert {d.recipient_id for d in filed} == {parent, father}  # every parent with authority
    assert "letter_sent" not in open_tasks(db, admin, case)
    assert "leerplicht_informed" in open_tasks(db, admin, case)
    with pytest.raises(InvalidInput):  # the leerplicht address is not set yet
        procedures.generate_notice(db, admin, case, "leerplicht", sent_on=TODAY)
    settings.set_legal(db, admin, {"leerplicht_address": "Leerplicht Amersfoort, Postbus 4000, "
                                                         "3800 EA  AMERSFOORT"})
    notice = procedures.generate_notice(db, admin, case, "leerplicht", sent_on=TODAY)
    report = procedures.generate_notice(db, admin, case, "inspectie", sent_on=TODAY)
    assert notice[0].owner_id == pupil and notice[0].recipient_id is None
    assert not open_tasks(db, admin, case)
    kinds = {d.kind for d in documents.list_dossier(db, admin, pupil)}
    assert {"letter_removal", "letter_leerplicht_notice", "letter_inspectie_report"} <= kinds
    _, data = documents.open_document(db, admin, report[0].id)
    assert data.startswith(b"%PDF")
    cases.close_case(db, admin, case)


def test_story_information_letter_to_parent_without_authority(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    other = people.add_person(db, admin, school_id=school, kind="parent", first="Robert",
                              last="Bakker", salutation="heer",
                              address="Stationsplein 1, 3818 LE Amersfoort", guardian_of=pupil,
                              authority=False).id
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], rules=["A7"],
        category_code="insulting", platform="Facebook",
        occurred_on=TODAY - timedelta(days=5), description="Kwetsend bericht.",
        severity=1).cases[0].id
    with pytest.raises(RuleViolation) as refused:
        procedures.information_letter(db, admin, case, other, sent_on=TODAY)
    assert refused.value.rule_id == "L1"  # only on request
    with pytest.raises(RuleViolation):
        procedures.request_information(db, admin, parent, pupil, TODAY)  # has authority
    procedures.request_information(db, admin, other, pupil, TODAY - timedelta(days=1),
                                   "per e-mail")
    with pytest.raises(RuleViolation) as refused:  # not an ordinary letter
        letters.generate_letter(db, admin, case, "information", to=other, sent_on=TODAY)
    assert refused.value.field == "route" and "Informatie over uw kind" in refused.value.text()
    assert [r.parent_id for r in procedures.information_requests(db, admin, pupil)] == [other]
    filed = procedures.information_letter(db, admin, case, other, sent_on=TODAY)
    assert [d.recipient_id for d in filed] == [other]
    dossier = documents.list_dossier(db, admin, pupil)
    assert any(d.kind == "letter_information" and d.recipient_id == other
               and "Robert Bakker" in d.title for d in dossier)
    assert not open_tasks(db, admin, case)  # information, not a decision


def test_S6_police_report_for_pupil_and_parent(db: Database, admin: Actor, school: int,
                                               pupil: int, parent: int) -> None:
    for subject in (pupil, parent):
        case = incidents.register_incident(
            db, admin, school_id=school, subjects=[subject], rules=["A7"],
            category_code="threatening", platform="WhatsApp", occurred_on=TODAY - timedelta(days=1),
            description="Bedreiging.", severity=3, criminal=True).cases[0].id
        report = inspector.record_police_report(
            db, admin, case, reported_on=at(0), police_unit="Utrecht",
            registration_number=f"PL-{subject}", reported_by="M. de Wit")
        assert inspector.police_reports(db, admin, case) == [report]


def test_B1_and_C4_protocol_duties(db: Database, admin: Actor, school: int,
                                   teacher: int) -> None:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["B1"],
        category_code="personal_data", platform="WhatsApp", occurred_on=TODAY - timedelta(days=1),
        description="Groepsapp met ouders; twee ouders zitten er niet in.", severity=1)
    case = info.cases[0].id
    assert "non_members_emailed" in open_tasks(db, admin, case)
    procedures.set_track(db, admin, info.id, art4a=False, meldcode=False, about_school=True,
                         disclaimer=False)
    assert "C4" in incidents.get_incident(db, admin, info.id).rules
    assert any("persoonlijke mening" in r for r in cases.show(db, admin, case).reminders)
    cases.record_step(db, admin, case, "non_members_emailed", TODAY,
                      "Ouders van Sam en Noor gemaild op 24-11")
    assert "non_members_emailed" not in open_tasks(db, admin, case)


def test_order_measure_of_another_school_answers_like_missing(
        db: Database, admin: Actor, school: int, teacher: int, act_as) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.errors import NotFound
    from desktop_app.services import board

    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["C1"],
        category_code="discrediting", platform="WhatsApp", occurred_on=TODAY - timedelta(days=2),
        description="x", severity=2).cases[0].id
    order = procedures.decide_order(db, admin, case, start_on=TODAY, end_on=TODAY,
                                    urgency="Spoed")
    other = board.add_school(db, admin, "OBS Elders", "99ZZ", "openbaar",
                             "Weg 1, 1000 AA Ergens").id
    director = act_as("director", [other])
    with pytest.raises(NotFound):
        procedures.record_order_response(db, director, order.id, TODAY, "x")
    _ = date


def test_P_S3_suspension_report_to_the_inspectie_is_a_filed_pdf(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], rules=["A7"], category_code="bullying",
        platform="TikTok", occurred_on=TODAY - timedelta(days=6), description="Pesten.",
        severity=3).cases[0].id
    cases.record_step(db, admin, case, "hearing", TODAY - timedelta(days=1), "",
                      {"parties": ["pupil", "parents", "teacher"]})
    cases.decide(db, admin, case, "suspension", motivation="Ernstig pesten",
                 start_on=TODAY + timedelta(days=1), end_on=TODAY + timedelta(days=3),
                 details={"reasons": "Herhaald pesten van een klasgenoot."})
    assert "inspectie_report" in open_tasks(db, admin, case)
    with pytest.raises(RuleViolation):  # a notice belongs to a suspension or removal
        procedures.generate_notice(db, admin, incidents.register_incident(
            db, admin, school_id=school, subjects=[pupil], rules=["A7"],
            category_code="bullying", platform="TikTok", occurred_on=TODAY,
            description="Ander incident.", severity=1).cases[0].id, "inspectie", sent_on=TODAY)
    filed = procedures.generate_notice(db, admin, case, "inspectie", sent_on=TODAY)
    assert filed[0].owner_id == pupil and filed[0].kind == "letter_inspectie_report"
    assert "inspectie_report" not in open_tasks(db, admin, case)
    steps = cases.show(db, admin, case).steps
    assert any(s.kind == "inspectie_report" and s.data.get("documents") == [filed[0].id]
               for s in steps)
