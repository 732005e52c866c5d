"""Board-editable letter templates: refusing unknown fields, previews, filed letters unchanged."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import InvalidInput
from desktop_app.services import cases, documents, letters, templates
from desktop_app.services.database import Actor, Database
from tests.services.test_cases import register

PATH = "staff/warning.txt"


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_unknown_fields_and_broken_placeholders_are_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        templates.check_template(PATH, "Beste ${recipient_name}, ${favourite_colour}.")
    assert "${favourite_colour}" in info.value.message("nl")
    assert "recipient_name" not in info.value.message("nl")
    with pytest.raises(InvalidInput, match="regel 2"):
        templates.check_template(PATH, "regel een\nkost $ 5")
    with pytest.raises(Exception, match="bestaat niet"):
        templates.check_template("staff/unknown.txt", "x")
    templates.check_template(PATH, "Beste ${recipient_name}, dat kost $$5.")


def test_every_shipped_template_passes_its_own_check() -> None:
    for info in templates.list_templates():
        templates.check_template(info.path, (templates.TEMPLATE_DIR / info.path).read_text())


def test_saved_wording_is_used_for_new_letters_only(db: Database, admin: Actor, school: int,
                                                    teacher: int) -> None:
    case = register(db, admin, school, teacher, severity=1)
    cases.decide(db, admin, case, "warning")
    fields = {"platform": "Instagram"}
    first = letters.generate_letter(db, admin, case, "warning", fields=fields)[0]
    original = templates.get_template(db, admin, PATH)
    assert not original.overridden
    own = original.text.replace("Met deze brief", "Met dit schrijven", 1)
    assert own != original.text
    preview = templates.preview_template(db, admin, case, PATH, own, fields)
    assert "Met dit schrijven" in text_of(preview)
    assert documents.list_dossier(db, admin, teacher)[-1].id == first.id  # nothing filed
    templates.save_template(db, admin, PATH, own)
    assert templates.get_template(db, admin, PATH).overridden
    second = letters.generate_letter(db, admin, case, "warning", fields=fields)[0]
    assert "Met dit schrijven" in text_of(documents.open_document(db, admin, second.id)[1])
    old = documents.open_document(db, admin, first.id)
    assert old[0].sha256 == first.sha256 and "Met dit schrijven" not in text_of(old[1])
    assert not templates.reset_template(db, admin, PATH).overridden
