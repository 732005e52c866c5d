"""Enclosures: a filed PDF (a hearing report, P-V3) appended after the letter's own pages."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter


def with_enclosures(letter: bytes, enclosures: list[bytes]) -> bytes:
    """The letter followed by every page of each enclosed PDF, as one PDF."""
    if not enclosures:
        return letter
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter)))
    for data in enclosures:
        writer.append(PdfReader(io.BytesIO(data)))
    writer.add_metadata({k: str(v) for k, v in (PdfReader(io.BytesIO(letter)).metadata or {})
                         .items()})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
