"""The embedded, open-licensed font (DejaVu Sans, Bitstream Vera licence in resources/fonts).

It covers Latin Extended, Vietnamese and Cyrillic, so names such as 'Şükrü Ağaoğlu',
'Nguyễn Thị Ánh' and 'Ольга Петрова' print as typed. ReportLab embeds a subset per document.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

REGULAR = "CMSans"
BOLD = "CMSans-Bold"
ITALIC = "CMSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the family once per process; returns the regular font's name."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR
