"""A plain report page (title band, 'Vertrouwelijk', page numbers) for non-letter reports."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from .fonts import BOLD, REGULAR
from .scripts import draw_string, needs_fallback
from .styles import ACCENT, GREY, LIGHT, canvas_maker, markup, styles

MARGIN = 15 * mm


def build_report(story: Sequence[Flowable], *, title: str, header: str, wide: bool = False,
                 author: str = "", numbered: bool = True) -> bytes:
    """Render `story` on A4 (landscape when wide) with a header line and a numbered footer."""
    size = landscape(A4) if wide else A4
    width, height = size
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=20 * mm, bottomMargin=16 * mm, title=title, author=author,
                          creator="casemanager reports", lang="nl-NL")
    frame = Frame(MARGIN, 16 * mm, width - 2 * MARGIN, height - 36 * mm, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        draw_string(canvas, MARGIN, height - 12 * mm, header)
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(width - MARGIN, height - 12 * mm, "VERTROUWELIJK")
        canvas.setStrokeColor(LIGHT)
        canvas.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        canvas.restoreState()

    def footer(canvas: Canvas, number: int, total: int) -> None:
        if not numbered:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(width - MARGIN, 9 * mm, f"pagina {number} van {total}")
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    doc.build(list(story), canvasmaker=canvas_maker(footer))
    return buffer.getvalue()


def grid(header: Sequence[str], rows: Sequence[Sequence[str]],
         widths: Sequence[float], repeat: bool = True) -> Table:
    """A table of wrapped cells with a coloured header row repeated on every page."""
    st = styles()
    data = [[Paragraph(markup(h), st["cell_head"]) for h in header]]
    data += [[Paragraph(markup(cell), st["cell"]) for cell in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else each cell declares Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def plain_grid(header: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float], repeat: bool = True) -> Table:
    """grid() for long tables (a dossier's index of hundreds of rows): a cell whose text fits
    its column on one line in the base font is drawn as a plain string, in the same font, size
    and leading as grid()'s cells; only a cell that must wrap, or needs a fallback font
    (Arabic, Hebrew, CJK), is a Paragraph. A thousand Paragraph cells are laid out twice (to
    size the rows, then to draw them) and were most of a big dossier's front matter."""
    st = styles()
    cell, head = st["cell"], st["cell_head"]
    room = [w - 6 for w in widths]  # LEFTPADDING + RIGHTPADDING below

    def fits(text: str, width: float) -> bool:
        return ("\n" not in text and not needs_fallback(text)
                and stringWidth(text, cell.fontName, cell.fontSize) <= width)

    data: list[list[Any]] = [[Paragraph(markup(h), head) for h in header]]
    data += [[text if fits(text, room[n]) else Paragraph(markup(text), cell)
              for n, text in enumerate(row)] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1 if repeat else 0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def key_values(pairs: Sequence[tuple[str, str]], widths: tuple[float, float]) -> Table:
    st = styles()
    table = Table([[Paragraph(markup(k), st["label"]), Paragraph(markup(v), st["value"])]
                   for k, v in pairs], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else each cell declares Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table
