"""Reading generated PDFs back: text, pages, embedded fonts, text positions."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(data))


def text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(data).pages)


def flat(data: bytes) -> str:
    """Text with line breaks folded, for phrases that may wrap."""
    return " ".join(text(data).split())


def fonts(data: bytes) -> dict[str, bool]:
    """Every font used on every page -> whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader(data).pages:
        resources: Any = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                           "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def positions(data: bytes, page_index: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) in points of each text run on one page."""
    runs: list[tuple[str, float, float]] = []

    def visit(txt: str, cm: Any, tm: Any, _fd: Any, _fs: Any) -> None:
        if txt.strip():
            runs.append((txt.strip(), float(tm[4]) * float(cm[0]) + float(cm[4]),
                         float(tm[5]) * float(cm[3]) + float(cm[5])))

    reader(data).pages[page_index].extract_text(visitor_text=visit)
    return runs
