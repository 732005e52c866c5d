"""Redacted dossier export: other people's names are gone from the documents themselves."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from desktop_app.services import cases, exports, incidents, letters, people
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_redaction_removes_third_party_names_from_filed_letters(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    victim = people.add_person(db, admin, school_id=school, kind="pupil", first="Milan",
                               last="Visser").id
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], victims=[victim], rules=["A7"],
        category_code="insulting", occurred_on=TODAY - timedelta(days=3), platform="Instagram",
        description="Plaatste een kwetsend bericht over Milan Visser uit groep 6.", severity=1)
    case = info.cases[0].id
    cases.decide(db, admin, case, "warning")
    letters.generate_letter(db, admin, case, "warning")

    plain = exports.export_dossier(db, admin, teacher)
    redacted = exports.export_dossier(db, admin, teacher, redact=True)
    plain_text, redacted_text = page_texts(plain), page_texts(redacted)
    assert any("Milan Visser" in t for t in plain_text)
    assert not any("Milan" in t or "Visser" in t for t in redacted_text)
    assert any("Jan van der Berg" in t for t in redacted_text[:2])  # the cover keeps the owner
    assert len(redacted_text) == len(plain_text)
    reader = PdfReader(io.BytesIO(redacted))
    assert len(reader.outline) == len(PdfReader(io.BytesIO(plain)).outline)
    assert all(f"pagina {n} van {len(redacted_text)}" in t
               for n, t in enumerate(redacted_text, start=1))
    assert "weggelakt" in redacted_text[0] and "Afbeeldingen" in redacted_text[0]


def test_own_parents_are_not_redacted_in_a_pupil_dossier(
        db: Database, admin: Actor, school: int, pupil: int, parent: int) -> None:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[pupil], rules=["A7"], category_code="bullying",
        occurred_on=TODAY - timedelta(days=2), description="Pesten.", severity=1,
        platform="WhatsApp")
    cases.decide(db, admin, info.cases[0].id, "warning")
    letters.generate_letter(db, admin, info.cases[0].id, "warning")
    text = "".join(page_texts(exports.export_dossier(db, admin, pupil, redact=True)))
    assert "Karin Bakker" in text  # the letter's addressee, the pupil's own parent
