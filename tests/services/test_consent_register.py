"""The consent register on a real database: who decides, refusal wins, withdrawal, review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent
from desktop_app.domain.errors import AccessDenied, InvalidInput, NotFound, RuleViolation
from desktop_app.services import audit, consent, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY, ActAs
from tests.reports import pdfcheck


@pytest.fixture
def father(db: Database, admin: Actor, school: int, pupil: int) -> int:
    return people.add_person(db, admin, school_id=school, kind="parent", first="Erik",
                             last="Bakker", guardian_of=pupil, authority=True).id


def statuses(db: Database, actor: Actor, person: int) -> dict[str, str]:
    return {s.purpose: s.status for s in consent.register(db, actor, person)}


def test_F2_a_refusal_by_either_parent_wins_over_the_others_later_consent(
        db: Database, admin: Actor, pupil: int, parent: int, father: int) -> None:
    consent.refuse(db, admin, pupil, "website", by_id=parent, on=TODAY - timedelta(days=7),
                   how="papieren formulier")
    after = consent.give(db, admin, pupil, "website", by_id=father, on=TODAY,
                         how="ouderportaal, account 4711")
    assert after.status == "refused"
    assert after.by == "Karin Bakker" and after.on == TODAY - timedelta(days=7)
    # The father's consent is on record, and counts once the mother changes her mind.
    history = consent.person_register(db, admin, pupil).history
    assert [(h.by, h.choice) for h in history] == [("Erik Bakker", "give"),
                                                    ("Karin Bakker", "refuse")]
    now = consent.give(db, admin, pupil, "website", by_id=parent, on=TODAY, how="mail")
    assert now.status == "granted"


def test_F4_who_when_how_and_form_version_are_on_record(
        db: Database, admin: Actor, pupil: int, parent: int) -> None:
    given = consent.give(db, admin, pupil, "class_photo", by_id=parent, on=date(2026, 9, 1),
                         how="papieren formulier met handtekening", form_version="2025-2")
    assert (given.by_id, given.relation, given.on, given.how, given.form_version) == (
        parent, "parent", date(2026, 9, 1), "papieren formulier met handtekening", "2025-2")
    default = consent.give(db, admin, pupil, "press", by_id=parent, on=TODAY, how="formulier")
    assert default.form_version == "2026-1"  # the version the printed form carries
    with pytest.raises(InvalidInput) as missing:
        consent.give(db, admin, pupil, "video", by_id=parent, on=TODAY, how=" ")
    assert missing.value.rule_id == "F4"
    assert statuses(db, admin, pupil)["video"] == "none"


def test_F2_from_16_the_pupil_decides_and_the_parent_is_refused(
        db: Database, admin: Actor, school: int) -> None:
    older = people.add_person(db, admin, school_id=school, kind="pupil", first="Sanne",
                              last="Visser", birth=date(2010, 5, 1), group="groep 8").id
    mother = people.add_person(db, admin, school_id=school, kind="parent", first="Ilse",
                               last="Visser", guardian_of=older, authority=True).id
    with pytest.raises(RuleViolation) as refused:
        consent.give(db, admin, older, "website", by_id=mother, on=TODAY, how="formulier")
    assert refused.value.rule_id == "F2"
    assert consent.give(db, admin, older, "website", by_id=older, on=TODAY,
                        how="formulier").relation == "self"


def test_A5_staff_and_parents_in_images_have_their_own_consent(
        db: Database, admin: Actor, teacher: int, parent: int, pupil: int) -> None:
    assert consent.give(db, admin, teacher, "website", by_id=teacher, on=TODAY,
                        how="formulier").status == "granted"
    assert consent.refuse(db, admin, parent, "press", by_id=parent, on=TODAY,
                          how="formulier").status == "refused"
    with pytest.raises(RuleViolation) as refused:
        consent.give(db, admin, teacher, "video", by_id=parent, on=TODAY, how="formulier")
    assert refused.value.rule_id == "A5"
    listed = {(s.person, s.purpose): s.status for s in consent.register(db, admin)}
    assert listed[(teacher, "website")] == "granted"
    assert listed[(parent, "press")] == "refused"
    assert listed[(teacher, "press")] == "none"
    assert pupil not in {p for p, _ in listed}  # nothing recorded for the pupil


def test_F5_withdrawal_records_who_when_and_the_follow_up(
        db: Database, admin: Actor, pupil: int, parent: int) -> None:
    with pytest.raises(RuleViolation) as nothing:
        consent.withdraw(db, admin, pupil, "website", by_id=parent, on=TODAY, how="mail")
    assert nothing.value.rule_id == "F5"
    consent.give(db, admin, pupil, "website", by_id=parent, on=TODAY - timedelta(days=30),
                 how="formulier")
    gone = consent.withdraw(db, admin, pupil, "website", by_id=parent, on=TODAY,
                            how="mail aan de directeur",
                            follow_up="Foto's van het schoolreisje van de website gehaald.")
    assert (gone.status, gone.by, gone.on, gone.how) == ("withdrawn", "Karin Bakker", TODAY,
                                                         "mail aan de directeur")
    assert gone.follow_up == "Foto's van het schoolreisje van de website gehaald."


def test_F6_the_yearly_review_is_listed_and_a_review_moves_it_a_year(
        db: Database, admin: Actor, pupil: int, parent: int, teacher: int) -> None:
    consent.give(db, admin, pupil, "website", by_id=parent, on=date(2025, 12, 1),
                 how="formulier")
    consent.give(db, admin, teacher, "website", by_id=teacher, on=date(2026, 6, 1),
                 how="formulier")
    due = consent.reviews_due(db, admin)
    assert [(d.person, d.due, d.overdue) for d in due] == [(pupil, date(2026, 12, 1), False)]
    consent.review(db, admin, pupil, by_id=parent, on=TODAY, how="jaarlijkse mail")
    assert consent.reviews_due(db, admin) == []
    register = consent.person_register(db, admin, pupil)
    assert register.last_review == TODAY and register.review_due == date(2027, 11, 24)
    assert register.reviews[0][1] == "Karin Bakker"


def test_a_director_sees_and_changes_only_his_own_schools_register(
        db: Database, admin: Actor, act_as: ActAs, school: int, bijzonder_school: int,
        pupil: int, parent: int) -> None:
    consent.give(db, admin, pupil, "website", by_id=parent, on=TODAY, how="formulier")
    other = act_as("director", [bijzonder_school])
    own = act_as("director", [school])
    assert consent.register(db, other) == []
    assert consent.reviews_due(db, other, within_days=400) == []
    with pytest.raises(NotFound):
        consent.person_register(db, other, pupil)
    with pytest.raises(NotFound):
        consent.refuse(db, other, pupil, "website", by_id=parent, on=TODAY, how="formulier")
    assert consent.refuse(db, own, pupil, "press", by_id=parent, on=TODAY,
                          how="formulier").status == "refused"
    with pytest.raises(AccessDenied):
        consent.give(db, act_as("readonly", [school]), pupil, "video", by_id=parent, on=TODAY,
                     how="formulier")


def test_every_choice_is_audited_and_the_trail_verifies(
        db: Database, admin: Actor, pupil: int, parent: int) -> None:
    consent.give(db, admin, pupil, "website", by_id=parent, on=TODAY, how="formulier")
    consent.withdraw(db, admin, pupil, "website", by_id=parent, on=TODAY, how="mail")
    consent.review(db, admin, pupil, by_id=None, on=TODAY, how="brief")
    with db.sessions() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.action.like("consent.%")).order_by(AuditEvent.seq)))
        assert audit.verify(s, db.url).intact
    assert actions == ["consent.give", "consent.withdraw", "consent.review"]


def test_the_printed_form_names_the_person_the_purposes_and_the_choices(
        db: Database, admin: Actor, pupil: int, parent: int) -> None:
    consent.refuse(db, admin, pupil, "social_media", by_id=parent, on=TODAY, how="formulier")
    text = pdfcheck.flat(consent.consent_form_pdf(db, admin, pupil))
    assert "Toestemming beeldmateriaal" in text and "Daan Bakker" in text
    assert "openbare sociale media van de school" in text and "geweigerd" in text
    assert "Karin Bakker (ouder/verzorger met gezag)" in text
    assert "Formulierversie 2026-1" in text
    with db.sessions() as s:
        assert s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1)) \
            == "consent.print"


def test_the_demo_board_shows_a_consent_register(db: Database, admin: Actor) -> None:
    from desktop_app.services import demo

    demo.load_demo(db, admin)
    rows = consent.register(db, admin)
    assert {"granted", "refused", "withdrawn"} <= {r.status for r in rows}
    withdrawn = [r for r in rows if r.status == "withdrawn"]
    assert withdrawn and "Instagram" in withdrawn[0].follow_up
    assert any(r.overdue for r in consent.reviews_due(db, admin))
