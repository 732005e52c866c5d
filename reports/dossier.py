"""Dossier export: cover, index, every document merged in order, bookmarks, stamped footers."""

from __future__ import annotations

import gc
import io
import logging
import math
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, TypeAlias, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
    create_string_object,
)
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from .document import build_report, key_values
from .dutch import long_datetime, short_date
from .fonts import REGULAR, register_fonts
from .model import DossierEntry, DossierExport
from .redaction import redact_pages
from .scripts import draw_string, needs_fallback
from .styles import ACCENT, GREY, LIGHT, markup, styles

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
REDACTED = "[naam weggelakt]"

KIND_LABELS = {
    "letter": "brief", "evidence": "bewijs", "report": "verslag", "decision": "besluit",
}


@dataclass(frozen=True)
class _Part:
    entry: DossierEntry
    source: bytes  # the PDF the pages come from (the original, or made from an image/text)
    pages: tuple[PageObject, ...]
    note: str = ""  # why the original could not be merged as it is
    unsearchable: int = 0  # redacting: pages without text (scans, pictures) left unchecked


def _part(entry: DossierEntry, source: bytes, note: str = "") -> _Part:
    reader = PdfReader(io.BytesIO(source))
    if len(reader.pages) == 0:
        raise PdfReadError("no pages")
    return _Part(entry, source, tuple(reader.pages), note)


def redact(text: str, names: Sequence[str]) -> str:
    """Replace each name (whole words, any case) with a marker; longest names first."""
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", REDACTED, text, flags=re.IGNORECASE)
    return text


def _placeholder(entry: DossierEntry, reason: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR)
    canvas.setFont(REGULAR, 11)
    draw_string(canvas, 25 * mm, 260 * mm, entry.title[:90])
    canvas.setFont(REGULAR, 9)
    y = 250 * mm
    for line in (reason, f"Bestandstype: {entry.mime_type}",
                 f"SHA-256: {entry.sha256}" if entry.sha256 else ""):
        if line:
            draw_string(canvas, 25 * mm, y, line)
            y -= 6 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _image_pdf(data: bytes) -> bytes:
    register_fonts()
    image = ImageReader(io.BytesIO(data))
    width, height = image.getSize()
    page_w, page_h = 210 * mm, 297 * mm
    scale = min((page_w - 30 * mm) / width, (page_h - 40 * mm) / height, 1.0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(page_w, page_h), initialFontName=REGULAR)
    canvas.drawImage(image, 15 * mm, page_h - 20 * mm - height * scale, width * scale,
                     height * scale)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _text_pdf(entry: DossierEntry) -> bytes:
    st = styles()
    text = entry.data.decode("utf-8", errors="replace")
    return build_report([Paragraph(markup(entry.title), st["subtitle"]),
                         Paragraph(markup(text), st["body"])],
                        title=entry.title, header=entry.title, numbered=False)


def _as_pdf(entry: DossierEntry) -> _Part:
    mime = entry.mime_type.lower()
    note = ""
    try:
        if mime == "application/pdf" or entry.data[:5] == b"%PDF-":
            return _part(entry, entry.data)
        if mime.startswith("image/"):
            return _part(entry, _image_pdf(entry.data))
        if mime.startswith("text/"):
            return _part(entry, _text_pdf(entry))
        note = "Dit bestand kan niet als pagina worden weergegeven; het origineel zit in het " \
               "dossier."
    except Exception as error:  # a damaged file must not stop the export of the rest
        log.warning("document %s could not be merged: %s", entry.document_id, type(error).__name__)
        note = "Dit document kon niet worden samengevoegd (beschadigd of onleesbaar)."
    return _part(entry, _placeholder(entry, note), note)


_PAD_X, _PAD_TOP, _PAD_BOTTOM = 3, 2, 3  # a cell's padding, as in reports.document.grid
_Cell: TypeAlias = "str | Paragraph"  # one line of plain text, or a paragraph that wraps


class _IndexTable(Flowable):
    """The dossier's index: a grid with a coloured header row repeated on every page, as
    reports.document.grid draws it, but laid out and drawn straight on the canvas. A cell
    whose text fits its column on one line in the base font is a plain string (its row is one
    line high); only a cell that must wrap, or needs a fallback font (Arabic, Hebrew, CJK), is
    a Paragraph, wrapped once here. Splitting over pages hands on the rows that did not fit;
    ReportLab's Table re-measured and re-styled every remaining row at each page break and drew
    each cell as a text object of its own (most of a 200-document dossier's front matter).
    Rows are never split: a row goes to the next page whole, as in the Table."""

    def __init__(self, header: Sequence[_Cell], rows: Sequence[tuple[float, Sequence[_Cell]]],
                 widths: Sequence[float]) -> None:
        super().__init__()
        self._header = header
        self._rows = rows  # (height, cells)
        self._widths = widths
        self._header_height = self._height_of(header)
        self.width = sum(widths)
        self.height = self._header_height + sum(h for h, _cells in rows)

    @classmethod
    def of(cls, header: Sequence[str], rows: Sequence[Sequence[str]],
           widths: Sequence[float]) -> _IndexTable:
        st = styles()
        cell, head = st["cell"], st["cell_head"]
        room = [w - 2 * _PAD_X for w in widths]

        def prepared(text: str, width: float, style: Any) -> _Cell:
            if ("\n" not in text and not needs_fallback(text)
                    and stringWidth(text, style.fontName, style.fontSize) <= width):
                return text
            paragraph = Paragraph(markup(text), style)
            paragraph.wrap(width, 1e6)
            return paragraph

        head_cells = [prepared(text, room[n], head) for n, text in enumerate(header)]
        body = []
        for row in rows:
            cells = [prepared(text, room[n], cell) for n, text in enumerate(row)]
            body.append((cls._height_of(cells), cells))
        return cls(head_cells, body, widths)

    @staticmethod
    def _height_of(cells: Sequence[_Cell]) -> float:
        leading = styles()["cell"].leading
        return max(c.height if isinstance(c, Paragraph) else leading for c in cells) \
            + _PAD_TOP + _PAD_BOTTOM

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self._header_height
        fit = 0
        for height, _cells in self._rows:
            if height > room:
                break
            room -= height
            fit += 1
        if fit == 0:
            return []
        if fit == len(self._rows):
            return [self]
        return [_IndexTable(self._header, self._rows[:fit], self._widths),
                _IndexTable(self._header, self._rows[fit:], self._widths)]

    def draw(self) -> None:
        canvas = self.canv
        cell, head = styles()["cell"], styles()["cell_head"]
        lefts = [sum(self._widths[:n]) for n in range(len(self._widths))]
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, self.height - self._header_height, self.width, self._header_height,
                    stroke=0, fill=1)
        # Row by row, cell by cell, so that copied text reads in the index's order; plain
        # cells share one text object (font and colour set once) until a paragraph cell
        # needs the canvas.
        text: Any = None
        current: Any = None
        top = self.height
        bottoms = []
        # Each cell's text origin as ReportLab's setTextOrigin sets it (the canvas is bottom
        # up), its numbers formatted once per column and row rather than for every cell.
        xs = [fp_str(left + _PAD_X) for left in lefts]
        for row_height, cells, style in ([(self._header_height, self._header, head)]
                                         + [(h, c, cell) for h, c in self._rows]):
            baseline = fp_str(top - _PAD_TOP - style.fontSize)
            for left, x, value in zip(lefts, xs, cells, strict=True):
                if isinstance(value, Paragraph):
                    if text is not None:
                        canvas.drawText(text)
                        text = current = None
                    value.drawOn(canvas, left + _PAD_X, top - _PAD_TOP - value.height)
                    continue
                if text is None:
                    text = canvas.beginText()
                if current is not style:
                    text.setFont(style.fontName, style.fontSize, style.leading)
                    text.setFillColor(style.textColor)
                    current = style
                text._code.append(f"1 0 0 1 {x} {baseline} Tm")  # noqa: SLF001
                text._textOut(value)  # noqa: SLF001 - textOut without measuring the text
            top -= row_height
            bottoms.append(top)
        if text is not None:
            canvas.drawText(text)
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.3)
        canvas.grid([*lefts, self.width], [self.height, *bottoms])
        canvas.restoreState()


def _front_matter(export: DossierExport, parts: Sequence[_Part], first_pages: Sequence[int],
                  front_pages: int) -> bytes:
    st = styles()
    names = export.redact_names
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(markup(f"Dossier {export.person_name}"), st["title"]),
        Paragraph(markup(export.dossier), st["subtitle"]),
        Spacer(1, 8 * mm),
        key_values([
            ("Bevoegd gezag", export.board_name),
            ("School", export.school_name),
            ("Aantal documenten", str(len(parts))),
            ("Aantal pagina's", str(front_pages + sum(len(p.pages) for p in parts))),
            ("Samengesteld op", long_datetime(export.exported_at)),
            ("Samengesteld door", export.exported_by),
        ], (45 * mm, 120 * mm)),
        Spacer(1, 8 * mm),
        Paragraph("Vertrouwelijk. Dit dossier bevat persoonsgegevens; verstrek het alleen aan "
                  "wie het nodig heeft en vernietig kopieën na gebruik.", st["italic"]),
    ]
    if names:
        story.append(Paragraph(
            "Namen van andere personen zijn weggelakt: in het voorblad, de inhoudsopgave en in "
            "de documenten zelf (een pagina met zo'n naam is als afbeelding opgenomen, zonder "
            "de naam en zonder tekstlaag). Alleen tekst is doorzocht: afbeeldingen zijn niet "
            "geanonimiseerd, ook niet binnen een tekstpagina; controleer ze vóór verstrekking.",
            st["italic"]))
        unchecked = [str(number) for number, part in enumerate(parts, start=1)
                     if part.unsearchable]
        if unchecked:
            story.append(Paragraph(markup(
                "Niet doorzocht (afbeelding of scan zonder tekst), controleer deze documenten "
                f"zelf: nr. {', '.join(unchecked)}."), st["body"]))
    story.append(PageBreak())
    story.append(Paragraph("Inhoud", st["subtitle"]))
    rows = []
    for number, (part, first) in enumerate(zip(parts, first_pages, strict=True), start=1):
        title = redact(part.entry.title, names)
        if part.note:
            title += f" ({part.note})"
        if names and part.unsearchable:
            title += " (afbeelding: niet geanonimiseerd, controleer)"
        rows.append([str(number), short_date(part.entry.filed_at.date()),
                     KIND_LABELS.get(part.entry.kind, part.entry.kind), title, str(first)])
    if rows:
        story.append(_IndexTable.of(["Nr.", "Datum", "Soort", "Titel", "Pagina"], rows,
                                    [10 * mm, 22 * mm, 28 * mm, 103 * mm, 17 * mm]))
    else:
        story.append(Paragraph("Dit dossier bevat geen documenten.", st["body"]))
    # Uncompressed: these pages are read back and merged, and the merged dossier is written
    # without compression too (Flate and ASCII85 here cost more than the rest of the cover).
    return build_report(story, title=f"Dossier {export.person_name}",
                        header=f"{export.board_name} – {export.dossier}",
                        author=export.board_name, numbered=False, compress=False)


def _redacted(part: _Part, names: Sequence[str]) -> _Part:
    """The part with other people's names removed from its pages (see reports.redaction)."""
    try:
        found = redact_pages(part.source, names)
        if found.page_count != len(part.pages):
            raise ValueError(f"PDFium sees {found.page_count} pages, pypdf {len(part.pages)}")
    except Exception as error:  # pypdf read it but PDFium cannot: never pass it unchecked
        log.warning("document %s could not be searched for names: %s", part.entry.document_id,
                    type(error).__name__)
        entry = replace(part.entry, title=redact(part.entry.title, names))
        return _part(part.entry, _placeholder(
            entry, "Dit document kon niet op namen worden doorzocht en is daarom weggelaten; "
            "het origineel zit in het dossier."), "niet doorzocht, weggelaten")
    pages = tuple(found.replacements.get(n, page) for n, page in enumerate(part.pages))
    return replace(part, pages=pages, unsearchable=len(found.unsearchable))


_STAMP_FONT = "/CMStamp"  # the footer's font in a page's resources: no clash with the page's
FOOTER_SIZE = 7.5
FOOTER_Y = 6 * mm


def _footer_parts(label: str, total: int) -> tuple[str, str]:
    """A footer's text before and after its page number."""
    return f"{label} – pagina ", f" van {total}"


def _footer_text(label: str, number: int, total: int) -> str:
    head, tail = _footer_parts(label, total)
    return f"{head}{number}{tail}"


def _fonts_of(page: PageObject) -> DictionaryObject:
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    return cast(DictionaryObject, resources["/Font"].get_object())


def _contents_of(page: PageObject) -> StreamObject:
    """A ReportLab page's one content stream."""
    return cast(StreamObject, page["/Contents"].get_object())


def _content_stream(data: bytes) -> DecodedStreamObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def _footer_font(writer: PdfWriter, chars: str) -> tuple[IndirectObject, dict[str, int]] | None:
    """The footer's font for `writer`: one page set by ReportLab with every character the
    footers use gives the embedded subset and each character's code in it. None when the
    characters do not fit one subset (then every footer is set by ReportLab)."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR, pageCompression=0)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.drawString(0, 0, chars)
    canvas.showPage()
    canvas.save()
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    page = reader.pages[0]
    fonts = _fonts_of(page)
    shown = [operands[0] for operands, operator
             in ContentStream(_contents_of(page), reader).operations if operator == b"Tj"]
    if len(fonts) != 1 or len(shown) != 1:
        return None
    codes = (shown[0].original_bytes if isinstance(shown[0], TextStringObject)
             else bytes(shown[0]))
    if len(codes) != len(chars):
        return None
    font = next(iter(fonts.values())).clone(writer).indirect_reference
    return font, dict(zip(chars, codes, strict=True))


def _footer_streams(writer: PdfWriter, label: str,
                    sizes: Sequence[tuple[float, float]]) -> list[tuple[bytes, dict[str, Any]]]:
    """Each page's footer as content-stream bytes and the fonts they name: centred at the
    bottom in grey, as ReportLab's drawCentredString sets it."""
    total = len(sizes)
    head, tail = _footer_parts(label, total)
    digits = "0123456789"
    font = _footer_font(writer, "".join(sorted(set(head + tail + digits))))
    if font is None:
        return _overlay_streams(writer, label, sizes)
    ref, codes = font
    name = f"{_STAMP_FONT}0".encode()
    grey = fp_str(GREY.red, GREY.green, GREY.blue).encode()
    size = fp_str(FOOTER_SIZE).encode()
    y = fp_str(FOOTER_Y).encode()
    # The texts differ only in the page number: the rest is measured and encoded once.
    widths = {c: stringWidth(c, REGULAR, FOOTER_SIZE) for c in digits}
    rest = stringWidth(head + tail, REGULAR, FOOTER_SIZE)
    shown_head, shown_tail = (bytes(codes[c] for c in part).hex() for part in (head, tail))
    shown_digit = {c: bytes([codes[c]]).hex() for c in digits}
    fonts = {name.decode(): ref}
    streams = []
    for number, (width, _height) in enumerate(sizes, start=1):
        number_text = str(number)
        x = width / 2 - (rest + sum(widths[c] for c in number_text)) / 2
        shown = (shown_head + "".join(shown_digit[c] for c in number_text)
                 + shown_tail).encode()
        streams.append((b"BT %s rg 1 0 0 1 %s %s Tm %s %s Tf <%s> Tj ET\n" % (
            grey, fp_str(x).encode(), y, name, size, shown), fonts))
    return streams


def _overlay_streams(writer: PdfWriter, label: str,
                     sizes: Sequence[tuple[float, float]]) -> list[tuple[bytes, dict[str, Any]]]:
    """The footers set by ReportLab, one overlay page per page, their fonts renamed."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=REGULAR, pageCompression=0)
    total = len(sizes)
    for number, (width, height) in enumerate(sizes, start=1):
        canvas.setPageSize((width, height))
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(width / 2, FOOTER_Y, _footer_text(label, number, total))
        canvas.showPage()
    canvas.save()
    fonts: dict[str, IndirectObject] = {}
    streams = []
    for stamp in PdfReader(io.BytesIO(buffer.getvalue())).pages:
        data = _contents_of(stamp).get_data()
        renamed: dict[str, Any] = {}
        for number, (name, ref) in enumerate(_fonts_of(stamp).items()):
            new_name = f"{_STAMP_FONT}{number}"
            data = re.sub(re.escape(name.encode("latin-1")) + rb"(?=[\s/\[<(])",
                          new_name.encode("latin-1"), data)
            if name not in fonts:
                fonts[name] = ref.clone(writer).indirect_reference
            renamed[new_name] = fonts[name]
        streams.append((data, renamed))
    return streams


def _stamp_footers(writer: PdfWriter, label: str) -> None:
    """Each page's footer ('Dossier <name> – pagina N van M') added on top of the page, as
    merge_page(over=True) would: the page's own content wrapped in q/Q (its graphics state
    cannot leak into the footer), then the footer's content, its font added to the page's
    resources under a name of its own. The page's content streams are kept as they are, not
    parsed and re-encoded (merge_page did that for every page: a third of a 200-document
    export), and the footers are written here instead of as a ReportLab overlay document of
    as many pages read back (the font is embedded once)."""
    pages = list(writer.pages)
    for page in pages:
        if page.get("/Rotate"):
            page.transfer_rotation_to_content()  # so the footer lands at the visual bottom
    boxes = [p.mediabox for p in pages]
    sizes = [(float(box.width), float(box.height)) for box in boxes]
    push = writer._add_object(_content_stream(b"q\n"))  # noqa: SLF001 - pypdf's way to add
    pop = writer._add_object(_content_stream(b"Q\n"))  # noqa: SLF001 - an indirect object
    for page, (data, fonts) in zip(pages, _footer_streams(writer, label, sizes),
                                   strict=True):
        if page.get("/Resources") is None:
            page[NameObject("/Resources")] = DictionaryObject()
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        if resources.get("/Font") is None:
            resources[NameObject("/Font")] = DictionaryObject()
        font_dict = cast(DictionaryObject, resources["/Font"].get_object())
        for name, ref in fonts.items():
            font_dict[NameObject(name)] = ref
        contents = ArrayObject([push])
        own = page.get("/Contents")
        if own is not None:
            own_object = own.get_object()
            if isinstance(own_object, ArrayObject):
                contents.extend(own_object)
            elif isinstance(own, IndirectObject):
                contents.append(own)
            else:
                contents.append(writer._add_object(own_object))  # noqa: SLF001
        contents.append(pop)
        contents.append(writer._add_object(_content_stream(data)))  # noqa: SLF001
        page[NameObject("/Contents")] = contents


def _add_bookmarks(writer: PdfWriter, bookmarks: Sequence[tuple[str, int]]) -> None:
    """The outline: one flat list of items, each opening its page ('/Fit'), in order. What
    add_outline_item makes, without its GoTo action object per item (the destination sits in
    the item, as /Dest) and without walking the tree for every item added."""
    root = writer.get_outline_root()
    parent = root.indirect_reference
    items: list[DictionaryObject] = []
    for title, page_index in bookmarks:
        item = DictionaryObject({
            NameObject("/Title"): create_string_object(title),
            NameObject("/Parent"): parent,
            NameObject("/Dest"): ArrayObject([writer.pages[page_index].indirect_reference,
                                              NameObject("/Fit")]),
        })
        writer._add_object(item)  # noqa: SLF001 - pypdf's way to add an indirect object
        items.append(item)
    if not items:
        return
    for before, after in zip(items, items[1:], strict=False):
        before[NameObject("/Next")] = after.indirect_reference
        after[NameObject("/Prev")] = before.indirect_reference
    root[NameObject("/First")] = items[0].indirect_reference
    root[NameObject("/Last")] = items[-1].indirect_reference
    root[NameObject("/Count")] = NumberObject(len(items))


INDEX_ROWS_PER_PAGE = 51  # one-line index rows on a full page (see _IndexTable)


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a dossier is put together: pypdf makes tens of
    thousands of small dictionaries and lists for a few hundred documents, and each time
    enough of them are alive the collector walks them (and every other live object) again,
    about a tenth of a 200-document export. Nothing in the export needs cycles freed early.
    What it leaves behind (pypdf's readers and writer refer to themselves) is collected once,
    at the end, all of it still in the youngest generation, so the export pays for its own
    garbage. (A collector already off, by another export in another thread, is left to
    whoever switched it off.)"""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def export_dossier(export: DossierExport, progress: Progress | None = None) -> bytes:
    """The whole dossier as one PDF; `progress(done, total)` is called per document."""
    with _cycle_collection_paused():
        return _export_dossier(export, progress)


def _export_dossier(export: DossierExport, progress: Progress | None) -> bytes:
    total = len(export.entries)
    parts: list[_Part] = []
    for index, entry in enumerate(export.entries, start=1):
        part = _as_pdf(entry)
        if export.redact_names:
            part = _redacted(part, export.redact_names)
        parts.append(part)
        if progress is not None:
            progress(index, total + 1)
    # Start from the usual length (a cover, then the index's one-line rows: a page holds
    # INDEX_ROWS_PER_PAGE, the first one fewer under its heading) so the front matter is laid
    # out once; titles that wrap, or a cover that runs over, cost a second layout.
    front_count = 1 + max(1, math.ceil((len(parts) + 1) / INDEX_ROWS_PER_PAGE))
    front = b""
    front_reader: PdfReader | None = None
    for _ in range(4):  # the index's own length moves every first page: settle it
        first_pages, next_page = [], front_count + 1
        for part in parts:
            first_pages.append(next_page)
            next_page += len(part.pages)
        front = _front_matter(export, parts, first_pages, front_count)
        front_reader = PdfReader(io.BytesIO(front))
        actual = len(front_reader.pages)
        if actual == front_count:
            break
        front_count = actual
    assert front_reader is not None
    writer = PdfWriter()
    for p in front_reader.pages:
        writer.add_page(p)
    bookmarks = [("Voorblad", 0)]
    if front_count > 1:
        bookmarks.append(("Inhoud", 1))
    for number, (part, first) in enumerate(zip(parts, first_pages, strict=True), start=1):
        for p in part.pages:
            writer.add_page(p)
        title = redact(part.entry.title, export.redact_names)
        bookmarks.append((f"{number}. {short_date(part.entry.filed_at.date())} {title}",
                          first - 1))
    _add_bookmarks(writer, bookmarks)
    label = f"Dossier {export.person_name}"
    _stamp_footers(writer, label)
    writer.add_metadata({"/Title": label, "/Author": export.board_name,
                         "/Subject": export.dossier, "/Creator": "casemanager reports"})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    _let_go(writer, front_reader, *{id(p.pdf): p.pdf for part in parts for p in part.pages
                                    if p.pdf is not None}.values())
    if progress is not None:
        progress(total + 1, total + 1)
    return out.getvalue()


def _let_go(*pdfs: object) -> None:
    """Forget what the written dossier's readers and writer hold. Each of pypdf's objects
    points back at its reader or writer, which holds them all: as garbage they are freed only
    by the cycle collector, a walk over some 40,000 objects for 200 documents. Emptied here,
    they are freed at once by reference counting. Only speed depends on it: whatever is
    still cyclic is collected when the export ends (_cycle_collection_paused)."""
    for pdf in pdfs:
        state = getattr(pdf, "__dict__", None)
        if state is not None:
            state.clear()
