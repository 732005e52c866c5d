"""The processing register and the anonymised annual report, read back from the PDF."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.db.models import AuditEvent
from desktop_app.domain.errors import InvalidInput
from desktop_app.services import board_reports, cases, incidents, people, settings
from desktop_app.services.database import Actor, Database
from tests.conftest import ActAs
from tests.reports import pdfcheck


@pytest.fixture
def year_of_incidents(db: Database, admin: Actor, school: int, bijzonder_school: int,
                      pupil: int, teacher: int) -> None:
    """De Linde: 7 bullying incidents in 2026 (one with a warning), 2 threats; the
    Sint-Jozefschool: 1. Plus one in 2025 that the 2026 report leaves out."""
    eva = people.add_person(db, admin, school_id=bijzonder_school, kind="pupil", first="Eva",
                            last="Smit").id
    bullying = [incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], rules=["A7"], severity=1,
        category_code="bullying", occurred_on=date(2026, month, 10),
        description="Pesten in de groepsapp door Daan.") for month in (1, 2, 2, 3, 5, 9, 10)]
    for month in (4, 6):
        incidents.register_incident(
            db, admin, school_id=school, subjects=[teacher], rules=["A7", "C1"],
            category_code="threatening", occurred_on=date(2026, month, 3),
            description="Bedreiging door meester Van der Berg.")
    incidents.register_incident(
        db, admin, school_id=bijzonder_school, subjects=[eva], rules=["A5"],
        category_code="images_without_consent", occurred_on=date(2026, 11, 2),
        description="Foto geplaatst door Eva.")
    incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], rules=["A1"],
        category_code="during_lessons", occurred_on=date(2025, 12, 30), description="Oud.")
    case = bullying[0].cases[0].id
    cases.decide(db, admin, case, "warning", motivation="Eerste keer.")


@pytest.mark.usefixtures("year_of_incidents")
def test_annual_report_counts_without_names_and_small_counts_as_under_5(
        db: Database, admin: Actor) -> None:
    data = board_reports.annual_report_pdf(db, admin, 2026)
    text = pdfcheck.flat(data)
    assert "Jaarverslag incidenten sociale media 2026" in text
    assert "Totaal aantal incidenten: 10" in text
    # 9 and 1 of 10: the 1 is "< 5", and the 9 is hidden too, else 10 - 9 gives the 1 away.
    assert "OBS De Linde *" in text and "Sint-Jozefschool < 5" in text
    assert "OBS De Linde 9" not in text
    assert "pesten 7" in text and "bedreigen < 5" in text
    assert "A7 " in text and "waarschuwing < 5" in text
    assert "januari < 5" in text and "december < 5" in text
    for name in ("Daan", "Bakker", "Eva", "Smit", "Berg", "Karin", "groepsapp"):
        assert name not in text
    with db.sessions() as s:
        assert s.scalar(select(AuditEvent.details).where(
            AuditEvent.action == "report.annual")) == {"year": 2026}


@pytest.mark.usefixtures("year_of_incidents")
def test_a_director_gets_only_his_own_schools_figures(
        db: Database, act_as: ActAs, bijzonder_school: int) -> None:
    text = pdfcheck.flat(board_reports.annual_report_pdf(
        db, act_as("director", [bijzonder_school]), 2026))
    assert "Sint-Jozefschool" in text and "De Linde" not in text
    assert "Totaal aantal incidenten: < 5" in text and "pesten" not in text


def test_annual_report_refuses_a_year_to_come(db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput):
        board_reports.annual_report_pdf(db, admin, 2031)


def test_R5_7_processing_register_from_the_configuration(
        db: Database, admin: Actor, school: int, pupil: int) -> None:
    # The board's own term: the legal setting destruction applies.
    settings.set_legal(db, admin, {"retention_pupil_months": 36})
    text = pdfcheck.flat(board_reports.processing_register_pdf(db, admin))
    assert "Register van verwerkingsactiviteiten" in text
    for recipient in ("Inspectie van het Onderwijs", "Leerplichtambtenaar", "Politie",
                      "Geschillencommissie passend onderwijs", "Vertrouwensinspecteur"):
        assert recipient in text
    assert "OBS De Linde (21LN, openbaar)" in text
    assert "Toestemmingsregister beeldmateriaal" in text
    assert "36 maanden nadat de leerling de school verliet" in text
    assert "24 maanden na het einde van het dienstverband" in text
    assert "niet vernietigen tot de selectielijst" in text
    assert "argon2id" in text and "Daan" not in text
