"""Paragraph styles, page geometry and the page-numbering canvas shared by every report."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .scripts import markup_runs

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
GREY = HexColor("#555555")
LIGHT = HexColor("#DDDDDD")
ACCENT = HexColor("#1F4E79")


def markup(text: str) -> str:
    """Plain text to ReportLab paragraph markup: escaped, newlines kept as line breaks, and
    Arabic, Hebrew and CJK runs in their fallback fonts (reports/scripts.py)."""
    return "<br/>".join(markup_runs(line) for line in text.split("\n"))


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.2, spaceAfter=6,
                          bulletFontName=REGULAR)
    return {
        "body": body,
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=5,
                                  spaceAfter=1, keepWithNext=True),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2,
                                 spaceAfter=2),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=0,
                                textColor=GREY),
        "label": ParagraphStyle("label", parent=body, fontSize=9, leading=12, spaceAfter=0,
                                textColor=GREY),
        "value": ParagraphStyle("value", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "value_bold": ParagraphStyle("value_bold", parent=body, fontName=BOLD, fontSize=9.5,
                                     leading=12, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=BOLD, fontSize=7.5,
                                    leading=9, spaceAfter=0, textColor=HexColor("#FFFFFF")),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22,
                                spaceAfter=10, textColor=ACCENT),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=BOLD, fontSize=12,
                                   leading=16, spaceBefore=6, spaceAfter=6),
        "italic": ParagraphStyle("italic", parent=body, fontName=ITALIC, fontSize=9,
                                 leading=12, textColor=GREY),
    }


class Para(Paragraph):
    """A Paragraph that lays out its lines once per width. ReportLab wraps a paragraph again
    for the same width when a KeepTogether (a letter's signature, a heading kept with its
    text) or a table (the references) first measures it and then places it: each wrap breaks
    the lines anew, a sixth of a letter's layout. The result is the one wrap() computes; it is
    reused only while the lines it made are still the paragraph's own (a split paragraph, or
    one whose lines ReportLab dropped, is wrapped anew)."""

    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self._wrapped
        if done is not None and done[0] == availWidth \
                and self.__dict__.get("blPara") is done[1]:
            self.width, self.height = done[2]
            return done[2]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.__dict__.get("blPara"), size)
        return size


FooterDrawer = Callable[[Canvas, int, int], None]


class NumberedCanvas(Canvas):
    """Keeps every page until the end so footers can say 'pagina N van M'."""

    def __init__(self, *args: Any, footer: FooterDrawer | None = None, **kwargs: Any) -> None:
        register_fonts()
        kwargs["initialFontName"] = REGULAR  # else every page declares Helvetica
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's API name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, number, total)
            super().showPage()
        super().save()


def canvas_maker(footer: FooterDrawer) -> Callable[..., NumberedCanvas]:
    def make(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, footer=footer, **kwargs)
    return make


def set_fill(canvas: Canvas, color: Color) -> None:
    canvas.setFillColor(color)
