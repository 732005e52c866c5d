"""Every script a name or a free text can hold: a font per run of text, shaped by HarfBuzz.

DejaVu Sans prints Latin, Greek and Cyrillic. Arabic and Hebrew go to Noto Sans Arabic/Hebrew,
Chinese, Japanese and Korean to Droid Sans Fallback (licences in resources/fonts). A right-to-
left word is shaped by HarfBuzz (uharfbuzz): it picks the joined forms of the Arabic letters
and returns the glyphs in visual order, which ReportLab then sets left to right as they come.
A line that mixes directions is laid out by words: the words of a right-to-left run are placed
right to left (the Unicode bidi classes of their letters decide). Latin text is never shaped,
so a letter in Latin script costs what it did.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

ARABIC = "CMArabic"
ARABIC_BOLD = "CMArabic-Bold"
HEBREW = "CMHebrew"
HEBREW_BOLD = "CMHebrew-Bold"
CJK = "CMCJK"

# Fallback font files; registered on first use, so a letter in Latin script never loads them.
_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    HEBREW_BOLD: "NotoSansHebrew-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))
_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_RTL_CLASSES = {"R", "AL"}



def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@cache
def fallback_font(name: str) -> str:
    """Register a fallback font once; returns its name."""
    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / _FILES[name])))
    return name


@lru_cache(maxsize=1)
def _base_cmap() -> frozenset[int]:
    from .fonts import REGULAR, register_fonts

    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def _font_for(char: str, bold: bool) -> str | None:
    """The fallback font a character needs, or None when the base font prints it."""
    code = ord(char)
    if _in(code, _ARABIC_RANGES):
        return ARABIC_BOLD if bold else ARABIC
    if _in(code, _HEBREW_RANGES):
        return HEBREW_BOLD if bold else HEBREW
    if code < 0x2E80 or code in _base_cmap():
        return None
    return CJK  # ideographs, kana and hangul (Droid has no bold: a bold name stays regular)


# Characters from Hebrew up: the only ones that may need a fallback font.
_BEYOND_LATIN = re.compile("[\u0590-\U0010ffff]")


def needs_fallback(text: str) -> bool:
    # A Latin line (nearly every line of a Dutch letter) is cleared by one regex scan in C
    # instead of a Python test per character (a twentieth of a letter's layout).
    found = _BEYOND_LATIN.search(text)
    return found is not None and any(
        ord(c) >= 0x0590 and _font_for(c, False) for c in text[found.start():])


@lru_cache(maxsize=8)
def _cmap(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(fallback_font(font)).face.charToGlyph)


def _token_font(token: str, bold: bool) -> str | None | bool:
    """The one font a word is set in, or False when its letters need more than one font."""
    wanted = {f for f in (_font_for(c, bold) for c in token) if f is not None}
    if not wanted:
        return None
    font = wanted.pop()
    if wanted or not all(ord(c) in _cmap(font) for c in token):
        return False
    if font not in (CJK,) and not (_is_letter(token[0]) and _is_letter(token[-1])):
        return False  # 'الزهراء,': the comma belongs to the Dutch sentence, not the RTL word
    return font


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN"


def _split_token(token: str, bold: bool) -> Iterator[tuple[str | None, str]]:
    """A word that mixes fonts ('王小明,' where the CJK font has no comma), cut where the font
    changes; a right-to-left word keeps its punctuation out ('الزهراء,')."""
    current: str | None = None
    piece = ""
    for char in token:
        font = _font_for(char, bold)
        if font is not None and ord(char) not in _cmap(font):
            font = None
        if font != current and piece:
            yield current, piece
            piece = ""
        current = font
        piece += char
    if piece:
        yield current, piece


def runs(text: str, bold: bool = False) -> Iterator[tuple[str | None, str]]:
    """(fallback font or None, text) runs, word by word; spaces stay with the run they are in."""
    pieces: list[tuple[str | None, str]] = []
    current: str | None = None
    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        font = current if token.isspace() else _token_font(token, bold)
        if font is False:
            pieces.extend(_split_token(token, bold))
            current = pieces[-1][0]
        else:
            assert not isinstance(font, bool)
            pieces.append((font, token))
            current = font
    merged: list[tuple[str | None, str]] = []
    for font, part in pieces:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + part)
        else:
            merged.append((font, part))
    yield from merged


def _is_rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in word)


def _is_strong_ltr(word: str) -> bool:
    return any(unicodedata.bidirectional(c) == "L" for c in word)


def visual_words(line: str) -> str:
    """A left-to-right line with right-to-left words: each run of RTL words (and the neutral
    words between them) reads right to left; the letters of a word stay in logical order for
    HarfBuzz to shape."""
    if not any(_is_rtl(c) for c in line):
        return line
    words = line.split(" ")
    out: list[str] = []
    run: list[str] = []
    pending: list[str] = []  # neutral words after an RTL word: inside the run if it goes on
    for word in words:
        if _is_rtl(word):
            run.extend(pending)
            pending = []
            run.append(word)
        elif run and not _is_strong_ltr(word):
            pending.append(word)
        else:
            if run:
                out.extend(reversed(run))
                run = []
            out.extend(pending)
            pending = []
            out.append(word)
    out.extend(reversed(run))
    out.extend(pending)
    return " ".join(out)


@lru_cache(maxsize=4)
def _harfbuzz(font: str) -> tuple[Any, dict[int, int]]:
    """HarfBuzz's font for a fallback font, and each glyph's character (its cmap reversed)."""
    import uharfbuzz

    ttf = pdfmetrics.getFont(fallback_font(font))
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(FONT_DIR / _FILES[font])))
    chars: dict[int, int] = {}
    for code, glyph in sorted(ttf.face.charToGlyph.items(), reverse=True):
        chars[glyph] = code  # the lowest code point wins: a base letter before its form
    return uharfbuzz.Font(face), chars


# A name is no place for a discretionary ligature (Noto's 'dlig' turns محمد into ﷴ).
_FEATURES = {"kern": True, "liga": True, "dlig": False}


def shape_rtl(word: str, font: str) -> str:
    """A right-to-left word as the characters of its shaped glyphs, in visual order: joined
    Arabic forms (presentation forms), set left to right as they stand on the page."""
    import uharfbuzz

    hb_font, chars = _harfbuzz(font)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    out = []
    for info in buffer.glyph_infos:
        code = chars.get(info.codepoint)
        # a glyph without a code point of its own (a rare contextual variant) prints as the
        # letter it came from
        out.append(chr(code) if code is not None else word[info.cluster])
    return "".join(out)


def _visual_runs(text: str, bold: bool) -> Iterator[tuple[str | None, str]]:
    """Runs in visual order: right-to-left words placed and shaped for a left-to-right line."""
    for font, part in runs(visual_words(text), bold):
        if font in (ARABIC, ARABIC_BOLD, HEBREW, HEBREW_BOLD):
            part = " ".join(shape_rtl(w, font) if w else w for w in part.split(" "))
        yield font, part


def markup_runs(text: str, bold: bool = False) -> str:
    """Escaped paragraph markup of one line, each non-Latin run in its fallback font."""
    if not needs_fallback(text):
        return escape(text)
    parts = []
    for font, part in _visual_runs(text, bold):
        if font is None:
            parts.append(escape(part))
        else:
            parts.append(f'<font face="{fallback_font(font)}">{escape(part)}</font>')
    return "".join(parts)


def draw_string(canvas: Canvas, x: float, y: float, text: str) -> None:
    """canvas.drawString in the canvas's current font, Arabic, Hebrew and CJK runs in their
    fallback fonts."""
    if not needs_fallback(text):
        canvas.drawString(x, y, text)
        return
    base, size = canvas._fontname, canvas._fontsize  # noqa: SLF001 - the canvas's own state
    for font, part in _visual_runs(text, "Bold" in base):
        name = fallback_font(font) if font else base
        canvas.setFont(name, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, name, size)
    canvas.setFont(base, size)
