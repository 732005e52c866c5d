"""Letters print every script a name or free text holds: CJK, Arabic and Hebrew, shaped and in
the right order, in embedded fonts with their licences in resources/fonts."""

from __future__ import annotations

import dataclasses
import unicodedata

import pypdfium2 as pdfium

from desktop_app.domain.names import PersonName
from reports.examples import example_request
from reports.fonts import FONT_DIR
from reports.kinds import KINDS_BY_KEY
from reports.letter import render_letter
from reports.model import Audience
from reports.scripts import visual_words

from .pdfcheck import fonts, text

ARABIC_NAME = PersonName("فاطمة", "", "الزهراء")
HEBREW_FACTS = "De vader schreef שלום עולם in de groepsapp."
CJK_FACTS = "Berichten van 王小明, 山田太郎 en 김민준 in de klassenapp."


def letter(name: PersonName, facts: str) -> bytes:
    req = example_request(KINDS_BY_KEY[(Audience.STAFF, "warning")])
    recipient = dataclasses.replace(req.recipient, name=name)
    return render_letter(dataclasses.replace(req, recipient=recipient,
                                             fields={**req.fields, "facts": facts}))


def glyphs(data: bytes) -> list[tuple[str, float, float]]:
    """Each character PDFium finds on page 1 with the left and bottom of its box."""
    page = pdfium.PdfDocument(data)[0]
    found = page.get_textpage()
    out = []
    for i in range(found.count_chars()):
        left, bottom, _right, _top = found.get_charbox(i)
        out.append((found.get_text_range(i, 1), left, bottom))
    return out


def visual(data: bytes, letters: str) -> str:
    """The given letters on the line of the first of them, as they stand on the page, left
    to right (presentation forms read as their base letters)."""
    wanted = set(letters)
    found = [(x, y, unicodedata.normalize("NFKC", c)) for c, x, y in glyphs(data)
             if unicodedata.normalize("NFKC", c) in wanted]
    line = next(y for _, y, c in found if c == letters[0])
    return "".join(c for _, _, c in sorted(f for f in found if abs(f[1] - line) < 3))


def test_fallback_fonts_are_embedded_with_their_licences() -> None:
    data = letter(ARABIC_NAME, f"{HEBREW_FACTS} {CJK_FACTS}")
    used = fonts(data)
    for family in ("NotoSansArabic", "NotoSansHebrew", "DroidSansFallback"):
        names = [n for n in used if family in n]
        assert names and all(used[n] for n in names), (family, used)
    for licence in ("LICENSE-Noto.txt", "LICENSE-DroidSansFallback.txt"):
        assert (FONT_DIR / licence).stat().st_size > 1000


def test_hebrew_reads_right_to_left() -> None:
    data = letter(PersonName("Jan", "", "Berg"), HEBREW_FACTS)
    # On the page, left to right, 'שלום עולם' stands as 'עולם' then 'שלום', each mirrored.
    assert visual(data, "שלוםע") == "םלועםולש"


def test_arabic_name_is_joined_and_reads_right_to_left() -> None:
    data = letter(ARABIC_NAME, "Feiten.")
    # HarfBuzz picked the contextual forms (the PDF's text maps each glyph to its form): the
    # initial, medial and final shapes of the letters, not the isolated ones the name holds
    forms = [c for c in text(data) if 0xFE70 <= ord(c) <= 0xFEFF]
    assert {"\ufed3", "\ufee4", "\ufe94"} <= set(forms), forms  # fa initial, meem medial,
    # teh marbuta final: 'فاطمة' joined
    # 'فاطمة الزهراء' on the page, left to right: the surname, then the first name, each
    # letter order mirrored
    # the address line, left to right: the surname (mirrored), then the first name (mirrored)
    assert visual(data, "فاطمةلزهرء") == "ءارهزلاةمطاف", visual(data, "فاطمةلزهرء")


def test_cjk_prints_in_reading_order() -> None:
    data = letter(PersonName("Jan", "", "Berg"), CJK_FACTS)
    found = "".join(c for c, _, _ in glyphs(data))
    for name in ("王小明", "山田太郎", "김민준"):
        assert name in found


def test_mixed_line_places_right_to_left_words_right_to_left() -> None:
    assert visual_words("Aan: שלום עולם (vader)") == "Aan: עולם שלום (vader)"
    assert visual_words("Alleen Latijn") == "Alleen Latijn"
