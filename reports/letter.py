"""Letter layout: letterhead, window-envelope address block, references, body, signature."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .compose import compose_letter
from .dutch import long_date
from .fonts import BOLD, REGULAR
from .model import BodyBlock, LetterContent, LetterRequest
from .scripts import draw_string
from .styles import (
    GREY,
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    FooterDrawer,
    Para,
    canvas_maker,
    markup,
    styles,
)

# A standard Dutch window envelope (EA5/6, C5/6 "venstercouvert"): the window sits about 20 mm
# from the left and 50 mm from the top and is about 90 x 45 mm. The address block goes inside.
WINDOW_LEFT = 22 * mm
WINDOW_TOP = 50 * mm
WINDOW_WIDTH = 90 * mm
WINDOW_HEIGHT = 40 * mm
FIRST_FRAME_TOP = 95 * mm  # below the window: references and body start here
LATER_FRAME_TOP = 25 * mm
BOTTOM = 22 * mm
LOGO_BOX = (45 * mm, 20 * mm)
SENDER_X = 120 * mm

PageDrawer = Callable[[Canvas, BaseDocTemplate], None]


def _draw_letterhead(canvas: Canvas, letter: LetterContent) -> None:
    head = letter.letterhead
    top = PAGE_HEIGHT - 15 * mm
    if head.logo:
        try:
            image = ImageReader(io.BytesIO(head.logo))
            canvas.drawImage(image, LEFT, top - LOGO_BOX[1], width=LOGO_BOX[0],
                             height=LOGO_BOX[1], preserveAspectRatio=True, anchor="nw",
                             mask="auto")
        except Exception:  # a broken logo must not stop a letter; the name still prints
            _draw_board_name(canvas, head.board_name, top)
    else:
        _draw_board_name(canvas, head.board_name, top)
    y = top - 3 * mm
    canvas.setFont(BOLD, 9.5)
    canvas.setFillColor(GREY)
    draw_string(canvas, SENDER_X, y, head.school_name)
    canvas.setFont(REGULAR, 8)
    lines = [*head.school_address]
    if head.phone:
        lines.append(f"T {head.phone}")
    if head.email:
        lines.append(head.email)
    lines.extend(simpleSplit(f"onderdeel van {head.board_name}", REGULAR, 8,
                             PAGE_WIDTH - RIGHT - SENDER_X))
    for line in lines:
        y -= 10
        draw_string(canvas, SENDER_X, y, line)
    canvas.setFillColorRGB(0, 0, 0)


def _draw_board_name(canvas: Canvas, name: str, top: float) -> None:
    """Without a logo the board's name is the letterhead, wrapped clear of the sender column."""
    canvas.setFont(BOLD, 13)
    canvas.setFillColorRGB(0.12, 0.31, 0.47)
    y = top - 8 * mm
    for line in simpleSplit(name, BOLD, 13, SENDER_X - LEFT - 6 * mm)[:3]:
        draw_string(canvas, LEFT, y, line)
        y -= 16
    canvas.setFillColorRGB(0, 0, 0)


def _draw_address(canvas: Canvas, letter: LetterContent) -> None:
    head = letter.letterhead
    x = WINDOW_LEFT + 3 * mm
    y = PAGE_HEIGHT - WINDOW_TOP - 5 * mm
    canvas.setFont(REGULAR, 6.5)
    canvas.setFillColor(GREY)
    retour = ", ".join([head.school_name, *head.school_address])
    draw_string(canvas, x, y, f"Retouradres: {retour}"[:110])
    canvas.setFillColorRGB(0, 0, 0)
    y -= 5 * mm
    canvas.setFont(BOLD, 9)
    marks = ["Vertrouwelijk"]
    if letter.registered:
        marks.insert(0, "Aangetekend")
    draw_string(canvas, x, y, " – ".join(marks))
    canvas.setFont(REGULAR, 10)
    for line in (letter.recipient.name.full, *letter.recipient.address):
        if line.strip():
            y -= 13
            draw_string(canvas, x, y, line)


def _first_page(letter: LetterContent) -> PageDrawer:
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        _draw_letterhead(canvas, letter)
        _draw_address(canvas, letter)
        canvas.restoreState()
    return draw


def _later_page(letter: LetterContent) -> PageDrawer:
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(GREY)
        draw_string(canvas, LEFT, PAGE_HEIGHT - 15 * mm,
                          f"{letter.letterhead.school_name} – ons kenmerk {letter.reference} – "
                          f"{long_date(letter.letter_date)}")
        canvas.restoreState()
    return draw


def _footer(letter: LetterContent) -> FooterDrawer:
    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(GREY)
        draw_string(canvas, LEFT, 12 * mm, f"Vertrouwelijk – ons kenmerk {letter.reference}")
        if total > 1:
            canvas.drawRightString(PAGE_WIDTH - RIGHT, 12 * mm, f"pagina {number} van {total}")
        canvas.restoreState()
    return draw


def _blocks(blocks: tuple[BodyBlock, ...]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = []
    for block in blocks:
        if block.style == "heading":
            out.append(Para(markup(block.lines[0]), st["heading"]))
        elif block.style == "bullets":
            out.extend(Para(markup(line), st["bullet"], bulletText="•")
                       for line in block.lines)
            out.append(Spacer(1, 5))
        else:
            out.append(Para(markup(block.lines[0]), st["body"]))
    return out


def _references(letter: LetterContent) -> Table:
    st = styles()
    rows = [
        ("Datum", f"{letter.place}, {long_date(letter.letter_date)}", "value"),
        ("Ons kenmerk", letter.reference, "value"),
        ("Betreft", letter.subject_line, "value_bold"),
    ]
    table = Table([[Para(label, st["label"]), Para(markup(value), st[style])]
                   for label, value, style in rows], colWidths=[28 * mm, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else each cell declares Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def _signature(letter: LetterContent) -> KeepTogether:
    st = styles()
    head = letter.letterhead
    mandate = head.mandate.strip() or f"namens het bevoegd gezag van {head.board_name},"
    parts: list[Flowable] = [
        Para(markup(letter.closing), st["body"]),
        Para(markup(mandate), st["body"]),
        Spacer(1, 13 * mm),
        Para(markup(head.signatory_name), st["value_bold"]),
        Para(markup(head.signatory_function), st["value"]),
        Spacer(1, 5 * mm),
        Para(markup(letter.copy_line), st["small"]),
    ]
    return KeepTogether(parts)


def story(letter: LetterContent) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [NextPageTemplate("later"), _references(letter), Spacer(1, 7 * mm),
                            Para(markup(letter.salutation), st["body"])]
    flow.extend(_blocks(letter.body))
    flow.extend(_blocks(letter.clause))
    flow.append(Spacer(1, 2 * mm))
    flow.append(_signature(letter))
    return flow


def layout_letter(letter: LetterContent) -> bytes:
    """The composed letter as PDF bytes (fonts embedded as subsets)."""
    buffer = io.BytesIO()
    width = PAGE_WIDTH - LEFT - RIGHT
    doc = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=LEFT, rightMargin=RIGHT,
        topMargin=LATER_FRAME_TOP, bottomMargin=BOTTOM,
        title=f"{letter.title} – {letter.reference}", author=letter.letterhead.board_name,
        subject=letter.subject_line, creator="casemanager reports", lang="nl-NL")
    first = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - FIRST_FRAME_TOP - BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT, BOTTOM, width, PAGE_HEIGHT - LATER_FRAME_TOP - BOTTOM, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=_first_page(letter)),
        PageTemplate("later", [later], onPage=_later_page(letter)),
    ])
    doc.build(story(letter), canvasmaker=canvas_maker(_footer(letter)))
    return buffer.getvalue()


def render_letter(request: LetterRequest, templates: Path | None = None) -> bytes:
    """Compose (refusing on missing data) and lay out one letter."""
    return layout_letter(compose_letter(request, templates))
