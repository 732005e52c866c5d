"""A plain report page (title band, 'Vertrouwelijk', page numbers) for non-letter reports."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
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
from .scripts import draw_string
from .styles import ACCENT, GREY, LIGHT, canvas_maker, markup, styles

MARGIN = 15 * mm


def build_report(story: Sequence[Flowable], *, title: str, header: str, wide: bool = False,
                 author: str = "", numbered: bool = True, compress: bool = True) -> bytes:
    """Render `story` on A4 (landscape when wide) with a header line and a numbered footer.
    Without `compress` the pages' content is stored as it is (no Flate, no ASCII85): for
    pages that are read back and merged into a bigger PDF."""
    size = landscape(A4) if wide else A4
    width, height = size
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=20 * mm, bottomMargin=16 * mm, title=title, author=author,
                          creator="casemanager reports", lang="nl-NL",
                          pageCompression=None if compress else 0)
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
