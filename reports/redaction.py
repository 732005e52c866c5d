"""Real redaction of names inside merged documents.

A page that mentions one of the names is rendered to an image with every occurrence blacked
out, and that image replaces the page: the name is gone from the text layer, not merely
covered. Pages without a hit keep their text. Images cannot be searched, so evidence pictures
are left as they are (the dossier cover says so).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import ImageDraw
from pypdf import PdfReader, PdfWriter

RENDER_DPI = 150
MARGIN_PT = 1.5  # black boxes reach a little beyond the glyphs


@dataclass(frozen=True)
class RedactionResult:
    data: bytes
    pages_redacted: int
    occurrences: int


def search_terms(names: Sequence[str]) -> list[str]:
    """Distinct names, longest first, so 'Jan van der Berg' is found before 'Berg'."""
    return sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)


def _hits(page: pdfium.PdfPage, terms: Sequence[str]) -> list[tuple[float, float, float, float]]:
    textpage = page.get_textpage()
    boxes: list[tuple[float, float, float, float]] = []
    try:
        for term in terms:
            searcher = textpage.search(term, match_case=False, match_whole_word=True)
            try:
                while (found := searcher.get_next()) is not None:
                    index, count = found
                    for i in range(textpage.count_rects(index, count)):
                        boxes.append(textpage.get_rect(i))
            finally:
                searcher.close()
    finally:
        textpage.close()
    return boxes


def _image_page(page: pdfium.PdfPage, boxes: Sequence[tuple[float, float, float, float]]) -> bytes:
    _, height = page.get_size()
    scale = RENDER_DPI / 72
    image = page.render(scale=scale).to_pil().convert("RGB")
    draw = ImageDraw.Draw(image)
    for left, bottom, right, top in boxes:
        draw.rectangle(
            [(left - MARGIN_PT) * scale, (height - top - MARGIN_PT) * scale,
             (right + MARGIN_PT) * scale, (height - bottom + MARGIN_PT) * scale], fill="black")
    # Pillow writes the one-page PDF itself with the JPEG embedded as is: no re-encoding (the
    # ReportLab route spent seconds in pure-Python ASCII85), and at 150 dpi text stays sharp.
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=RENDER_DPI, quality=82)
    return buffer.getvalue()


def redact_pdf(data: bytes, names: Sequence[str]) -> RedactionResult:
    """The same document with every page that names someone in `names` replaced as above."""
    terms = search_terms(names)
    if not terms:
        return RedactionResult(data, 0, 0)
    document = pdfium.PdfDocument(data)
    replacements: dict[int, bytes] = {}
    occurrences = 0
    try:
        for number in range(len(document)):
            page = document[number]
            try:
                boxes = _hits(page, terms)
                if boxes:
                    occurrences += len(boxes)
                    replacements[number] = _image_page(page, boxes)
            finally:
                page.close()
    finally:
        document.close()
    if not replacements:
        return RedactionResult(data, 0, 0)
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for number, original in enumerate(reader.pages):
        if number in replacements:
            writer.add_page(PdfReader(io.BytesIO(replacements[number])).pages[0])
        else:
            writer.add_page(original)
    out = io.BytesIO()
    writer.write(out)
    return RedactionResult(out.getvalue(), len(replacements), occurrences)
