"""Redacted dossier export: other people's names are gone from the documents themselves."""

from __future__ import annotations

import ctypes
import io
from collections.abc import Sequence
from datetime import timedelta

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services import cases, exports, incidents, letters, people
from desktop_app.services.database import Actor, Database
from reports.examples import example_logo
from reports.redaction import RENDER_DPI, redact_pdf, search_terms
from tests.conftest import TODAY

PixelBox = tuple[int, int, int, int]


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


def outline_titles(pdf: bytes) -> list[str]:
    return [str(item.title) for item in PdfReader(io.BytesIO(pdf)).outline
            if not isinstance(item, list)]


def render(pdf: bytes, number: int, scale: float) -> Image.Image:
    return pdfium.PdfDocument(pdf)[number].render(scale=scale).to_pil().convert("L")


def name_regions(pdf: bytes, name: str, scale: float) -> list[tuple[int, PixelBox]]:
    """(page number, pixel box as rendered at `scale`) of every occurrence of `name`."""
    found: list[tuple[int, PixelBox]] = []
    document = pdfium.PdfDocument(pdf)
    for number in range(len(document)):
        page = document[number]
        width, height = (round(v * scale) for v in page.get_size())
        textpage = page.get_textpage()
        searcher = textpage.search(name, match_case=False)
        while (hit := searcher.get_next()) is not None:
            for i in range(textpage.count_rects(*hit)):
                left, bottom, right, top = textpage.get_rect(i)
                xs, ys = [], []
                for x, y in ((left, bottom), (right, top)):
                    dx, dy = ctypes.c_int(), ctypes.c_int()
                    pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, x, y,
                                               ctypes.byref(dx), ctypes.byref(dy))
                    xs.append(dx.value)
                    ys.append(dy.value)
                found.append((number, (min(xs), min(ys), max(xs), max(ys))))
    return found


def dark_share(pdf: bytes, number: int, box: PixelBox, scale: float) -> float:
    pixels = render(pdf, number, scale).crop(box).tobytes()  # one byte per grey pixel
    return sum(1 for p in pixels if p < 60) / max(len(pixels), 1)


def evidence_pdf(lines: str | Sequence[str], rotate: int = 0) -> bytes:
    """A one-page PDF with `lines` on it (an empty one leaves its line blank), optionally shown
    rotated and with a crop box."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842))
    canvas.setFont("Helvetica", 13)
    for number, line in enumerate([lines] if isinstance(lines, str) else lines):
        canvas.drawString(90, 700 - 60 * number, line)
    canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[0].rotate(rotate)
    writer.pages[0].cropbox.lower_left = (40, 40)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_redaction_removes_third_party_names_from_the_documents(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    victim = people.add_person(db, admin, school_id=school, kind="pupil", first="Milan",
                               last="Visser").id
    people.add_person(db, admin, school_id=school, kind="parent", first="Petra",
                      last="Oosterhout", salutation="mevrouw", guardian_of=victim,
                      authority=True)
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], victims=[victim], rules=["A7"],
        category_code="insulting", occurred_on=TODAY - timedelta(days=3), platform="Instagram",
        description="Plaatste een kwetsend bericht over Milan Visser uit groep 6.", severity=1,
        evidence=[
            ("melding.txt", "text/plain",
             b"Mevrouw Petra Oosterhout belde: Milan is erg geschrokken."),
            ("scan.pdf", "application/pdf",
             evidence_pdf("Verklaring van MILAN VISSER, groep 6", rotate=90)),
            ("bericht.png", "image/png", example_logo()),
        ])
    case = info.cases[0].id
    cases.decide(db, admin, case, "warning")
    letters.generate_letter(db, admin, case, "warning")

    plain = exports.export_dossier(db, admin, teacher)
    redacted = exports.export_dossier(db, admin, teacher, redact=True)
    plain_text, redacted_text = page_texts(plain), page_texts(redacted)
    everything = flat(" ".join(plain_text)).casefold()
    assert "milan visser" in everything and "petra oosterhout" in everything
    for gone in ("milan", "visser", "petra", "oosterhout"):
        assert not any(gone in t.casefold() for t in redacted_text), gone
    assert any("Jan van der Berg" in t for t in redacted_text[:2])  # the cover keeps the owner
    assert "Waarschuwing aan Jan van der Berg" in flat(redacted_text[1])  # the index too
    assert "Met vriendelijke groet" in redacted_text[-1]  # a page naming no one keeps its text
    assert len(redacted_text) == len(plain_text)
    assert len(outline_titles(redacted)) == len(outline_titles(plain)) >= 6
    assert all(f"pagina {n} van {len(redacted_text)}" in t
               for n, t in enumerate(redacted_text, start=1))
    cover = flat(redacted_text[0])
    assert "weggelakt" in cover and "afbeeldingen zijn niet geanonimiseerd" in cover
    assert "controleer deze documenten zelf" in cover
    assert "niet geanonimiseerd, controleer" in flat(" ".join(redacted_text[1:3]))
    # Pages naming no one keep their text; the others are images of the same size.
    plain_pages = PdfReader(io.BytesIO(plain)).pages
    redacted_pages = PdfReader(io.BytesIO(redacted)).pages
    def sizes(pages: Sequence[PageObject]) -> list[tuple[float, float]]:
        return [(round(float(p.cropbox.width), 1), round(float(p.cropbox.height), 1))
                for p in pages]

    assert sizes(plain_pages) == sizes(redacted_pages)
    # Where the name was, the redacted page is black (the rotated scan included).
    scale = 1.0
    regions = name_regions(plain, "Visser", scale)
    assert len({number for number, _ in regions}) >= 2
    for number, box in regions:
        assert dark_share(redacted, number, box, scale) > 0.8, (number, box)
        assert dark_share(plain, number, box, scale) < 0.5


def test_a_colleague_sharing_the_owners_first_name_leaves_the_owners_name(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    colleague = people.add_person(db, admin, school_id=school, kind="staff", first="Jan",
                                  last="Smit", function="leerkracht").id
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], witnesses=[colleague], rules=["A7"],
        category_code="insulting", occurred_on=TODAY - timedelta(days=3), platform="X",
        description="Collega Jan Smit zag het bericht; Smit meldde het direct.", severity=1)
    cases.decide(db, admin, info.cases[0].id, "warning")
    letters.generate_letter(db, admin, info.cases[0].id, "warning")
    text = flat(" ".join(page_texts(exports.export_dossier(db, admin, teacher, redact=True))))
    assert "Smit" not in text
    assert "Jan van der Berg" in text


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


def test_search_terms_are_distinct_longest_first_and_also_without_accents() -> None:
    assert search_terms(["Berg", " Jan  van der Berg ", "Jo", "berg", "Berg", "Zoë"]) == [
        "Jan van der Berg", "Berg", "berg", "Zoe", "Zoë"]


def test_a_rotated_cropped_page_is_blacked_out_exactly_where_the_name_shows() -> None:
    name = "Zoë van der Berg-Ündüz"
    original = evidence_pdf(["Gesprek met", name, "over het bericht."], rotate=270)
    result = redact_pdf(original, [name])
    assert (result.pages_redacted, result.occurrences) == (1, 1)
    page = PdfReader(io.BytesIO(result.data)).pages[0]
    assert not (page.extract_text() or "").strip()
    width, height = pdfium.PdfDocument(original)[0].get_size()
    assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (
        round(width, 1), round(height, 1))
    scale = RENDER_DPI / 72
    after = render(result.data, 0, scale)
    name_only = render(evidence_pdf(["", name, ""], rotate=270), 0, scale)
    others_only = render(evidence_pdf(["Gesprek met", "", "over het bericht."], rotate=270), 0,
                         scale)
    assert after.size == name_only.size

    def inked(image: Image.Image) -> list[tuple[int, int]]:
        return [(x, y) for x in range(0, image.width, 2) for y in range(0, image.height, 2)
                if image.getpixel((x, y)) < 100]  # type: ignore[operator]

    name_ink, other_ink = inked(name_only), inked(others_only)
    assert name_ink and other_ink
    assert all(after.getpixel(xy) < 60 for xy in name_ink)  # type: ignore[operator]
    still_visible = [xy for xy in other_ink if after.getpixel(xy) < 160]  # type: ignore[operator]
    assert len(still_visible) > 0.9 * len(other_ink)


def test_pages_without_text_are_counted_as_unsearchable() -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    result = redact_pdf(out.getvalue(), ["Milan Visser"])
    assert (result.pages_redacted, result.pages_unsearchable) == (0, 1)
