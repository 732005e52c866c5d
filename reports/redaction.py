"""Real redaction of names inside merged documents.

A page that mentions one of the names is rendered to an image with every occurrence blacked
out, and that image replaces the page: the name is gone from the text layer, not merely
covered. Pages without a hit keep their text (and stay selectable and searchable).

What is searched: the PDF's text layer, as PDFium reads it, for each given name as a whole word
sequence, ignoring case. The caller decides which names (and which parts of names) to pass; the
dossier service passes full names, "first last", the surname and the first name of every third
party, minus any part that would also hit the dossier owner's own name.

What is not: pages without any text (scans, photographs, evidence screenshots) are counted as
unsearchable and left as they are; text inside pictures on a text page, annotations and form
fields are not searched either. The dossier cover tells the reader to check those.
"""

from __future__ import annotations

import ctypes
import io
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import ImageDraw
from pypdf import PageObject, PdfReader, PdfWriter

RENDER_DPI = 150
JPEG_QUALITY = 82
MARGIN_PT = 1.5  # black boxes reach a little beyond the glyphs

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF page space


@dataclass(frozen=True)
class RedactedPages:
    """Per page number: the image page that replaces it; plus what the search could not see."""

    replacements: dict[int, PageObject] = field(default_factory=dict)
    occurrences: int = 0
    unsearchable: tuple[int, ...] = ()  # 0-based numbers of pages without any text layer
    page_count: int = 0


@dataclass(frozen=True)
class RedactionResult:
    data: bytes
    pages_redacted: int
    occurrences: int
    pages_unsearchable: int = 0


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed
                                                if not unicodedata.combining(c)))


def search_terms(names: Iterable[str]) -> list[str]:
    """Distinct names of 3+ characters, each also without accents (chat messages often drop
    them: 'Zoe' for 'Zoë'), longest first, so 'Jan van der Berg' is found before 'Berg'."""
    cleaned = {" ".join(n.split()) for n in names}
    cleaned |= {_without_accents(n) for n in cleaned}
    return sorted({n for n in cleaned if len(n) >= 3}, key=lambda n: (-len(n), n))


def _hits(textpage: pdfium.PdfTextPage, terms: Sequence[str]) -> tuple[int, list[Box]]:
    """The number of occurrences and boxes covering them all: the line rectangles and each
    character's loose box (font ascent to descent), so accents and descenders are covered."""
    boxes: list[Box] = []
    hits = 0
    for term in terms:
        searcher = textpage.search(term, match_case=False, match_whole_word=True)
        try:
            while (found := searcher.get_next()) is not None:
                index, count = found
                hits += 1
                for i in range(textpage.count_rects(index, count)):
                    boxes.append(textpage.get_rect(i))
                for i in range(index, index + count):
                    left, bottom, right, top = textpage.get_charbox(i, loose=True)
                    if right > left and top > bottom:
                        boxes.append((left, bottom, right, top))
        finally:
            searcher.close()
    return hits, boxes


def _to_device(page: pdfium.PdfPage, width: int, height: int, x: float,
               y: float) -> tuple[int, int]:
    """Page space -> bitmap pixels, exactly as PDFium rendered it (crop box, /Rotate)."""
    dx, dy = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, x, y,
                               ctypes.byref(dx), ctypes.byref(dy))
    return dx.value, dy.value


def _image_page(page: pdfium.PdfPage, boxes: Sequence[Box]) -> PageObject:
    width_pt, height_pt = page.get_size()  # as displayed: crop box, after /Rotate
    # RGB straight from PDFium (rev_byteorder): no BGRx -> RGB copy in Pillow.
    image = page.render(scale=RENDER_DPI / 72, rev_byteorder=True).to_pil().convert("RGB")
    draw = ImageDraw.Draw(image)
    for left, bottom, right, top in boxes:
        corners = [_to_device(page, image.width, image.height, x, y)
                   for x, y in ((left - MARGIN_PT, bottom - MARGIN_PT),
                                (right + MARGIN_PT, top + MARGIN_PT))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        draw.rectangle([(min(xs), min(ys)), (max(xs), max(ys))], fill="black")
    # Pillow writes the one-page PDF itself with the JPEG embedded as is: no re-encoding (the
    # ReportLab route spent seconds in pure-Python ASCII85), and at 150 dpi text stays sharp.
    # The resolution per axis makes the page exactly the original's size despite whole pixels.
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", quality=JPEG_QUALITY,
               dpi=(image.width * 72 / width_pt, image.height * 72 / height_pt))
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def redact_pages(data: bytes, names: Iterable[str]) -> RedactedPages:
    """The replacement for every page of the PDF `data` that names someone in `names`."""
    terms = search_terms(names)
    document = pdfium.PdfDocument(data)
    replacements: dict[int, PageObject] = {}
    unsearchable: list[int] = []
    occurrences = 0
    try:
        count = len(document)
        for number in range(count):
            page = document[number]
            try:
                textpage = page.get_textpage()
                try:
                    if textpage.count_chars() == 0:
                        unsearchable.append(number)
                        continue
                    hits, boxes = _hits(textpage, terms) if terms else (0, [])
                finally:
                    textpage.close()
                if hits:
                    occurrences += hits
                    replacements[number] = _image_page(page, boxes)
            finally:
                page.close()
    finally:
        document.close()
    return RedactedPages(replacements, occurrences, tuple(unsearchable), count)


def redact_pdf(data: bytes, names: Sequence[str]) -> RedactionResult:
    """The same document with every page that names someone in `names` replaced as above."""
    found = redact_pages(data, names)
    if not found.replacements:
        return RedactionResult(data, 0, 0, len(found.unsearchable))
    writer = PdfWriter()
    for number, original in enumerate(PdfReader(io.BytesIO(data)).pages):
        writer.add_page(found.replacements.get(number, original))
    out = io.BytesIO()
    writer.write(out)
    return RedactionResult(out.getvalue(), len(found.replacements), found.occurrences,
                           len(found.unsearchable))
