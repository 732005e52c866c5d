"""Dashboard and page queries: case counts, statistics, case lists, person edits, letter preview."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import InvalidInput
from desktop_app.services import cases, documents, incidents, letters, people, settings
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY
from tests.services.test_cases import register


def test_counts_lists_and_statistics(db: Database, admin: Actor, school: int, teacher: int,
                                     pupil: int) -> None:
    first = register(db, admin, school, teacher, severity=1, days_ago=40)
    register(db, admin, school, pupil, severity=2, days_ago=3)
    cases.decide(db, admin, first, "warning")
    assert cases.count_by_status(db, admin) == {"open": 1, "proposed": 0, "decided": 1, "closed": 0}
    assert [c.id for c in cases.list_cases(db, admin, person_id=teacher)] == [first]
    assert [c.status for c in cases.list_cases(db, admin, status="open")] == ["open"]
    stats = incidents.statistics(db, admin)
    assert stats.total == 2 and stats.per_school == {"OBS De Linde": 2}
    assert stats.per_category == {"bullying": 2}
    months = {(TODAY - timedelta(days=40)).strftime("%Y-%m"), TODAY.strftime("%Y-%m")}
    assert set(stats.per_month) == months and sum(stats.per_month.values()) == 2
    assert incidents.statistics(db, admin, since=TODAY - timedelta(days=10)).total == 1


def test_update_person_keeps_dutch_sorting(db: Database, admin: Actor, school: int,
                                           teacher: int) -> None:
    info = people.update_person(db, admin, teacher, prefix="de", last="Vries",
                                birth=date(1980, 5, 1))
    assert info.sort_name == "Vries, Jan de" and info.birth_date == date(1980, 5, 1)
    with pytest.raises(InvalidInput):
        people.update_person(db, admin, teacher, kind="pupil")
    with pytest.raises(InvalidInput, match="toekomst"):
        people.update_person(db, admin, teacher, birth=date(2099, 1, 1))
    assert people.get_person(db, admin, teacher).last_name == "Vries"


def test_preview_files_nothing_and_matches_the_filed_letter(db: Database, admin: Actor,
                                                            school: int, teacher: int) -> None:
    case = register(db, admin, school, teacher, severity=1)
    cases.decide(db, admin, case, "warning")
    previews = letters.preview_letter(db, admin, case, "warning", fields={"platform": "X"})
    assert len(previews) == 1 and documents.list_dossier(db, admin, teacher) == []
    title, pdf = previews[0]
    assert "Jan van der Berg" in title
    text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(pdf)).pages)
    assert "Geachte heer Van der Berg" in text
    filed = letters.generate_letter(db, admin, case, "warning", fields={"platform": "X"})
    _, data = documents.open_document(db, admin, filed[0].id)
    filed_text = "".join(p.extract_text() for p in PdfReader(__import__("io").BytesIO(
        data)).pages)
    assert filed_text == text


def test_field_labels_and_severity_rule(db: Database, admin: Actor) -> None:
    assert letters.field_label("education_arrangements").startswith("afspraken")
    assert letters.field_label("education_arrangements", "en") != \
        letters.field_label("education_arrangements")
    assert settings.get_severity_rule(db, admin).value == "maximum"
    settings.set_severity_rule(db, admin, "rounded_mean")
    assert settings.get_severity_rule(db, admin).value == "rounded_mean"


def test_proposal_reasons_read_in_dutch(db: Database, admin: Actor, school: int,
                                        teacher: int) -> None:
    p = cases.propose(db, admin, register(db, admin, school, teacher, severity=1))
    assert p.reasons[1] == "Beleidsregel: medewerker, ernst 1 → waarschuwing."
    assert p.reasons_en[1] == "Policy row: staff member, severity 1 → warning."


def test_printing_and_saving_a_copy_are_audited(db: Database, admin: Actor, school: int,
                                                teacher: int) -> None:
    from desktop_app.services import audit

    doc = documents.file_document(db, admin, teacher, documents.NewDocument(
        "note", "Notitie", "n.txt", "text/plain", b"x"))[0]
    documents.record_output(db, admin, doc.id, "print")
    documents.record_output(db, admin, doc.id, "copy")
    with pytest.raises(InvalidInput):
        documents.record_output(db, admin, doc.id, "fax")
    with db.sessions() as s:
        actions = [e.action for e in audit.list_events(s, person_id=teacher)]
    assert actions[:2] == ["document.copy", "document.print"]
