"""Bench (not a test): median time of one letter once warm, and a 200-document dossier export
without and with redaction of other people's names.

Run: .venv/bin/python bench/bench_reports.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402

from reports.dossier import export_dossier  # noqa: E402
from reports.examples import all_example_requests, example_logo  # noqa: E402
from reports.letter import render_letter  # noqa: E402
from reports.model import DossierEntry, DossierExport  # noqa: E402


def bench_letters(rounds: int = 5) -> tuple[float, float]:
    requests = all_example_requests(logo=example_logo())
    render_letter(requests[0])  # warm up: font registration, Babel, template cache
    times = []
    for _ in range(rounds):
        for request in requests:
            start = time.perf_counter()
            render_letter(request)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, max(times) * 1000


def bench_dossier(documents: int = 200, rounds: int = 3,
                  redact: bool = False) -> tuple[float, int, int, int]:
    """Median seconds, pages, bytes and pages that became images (redaction) of the export."""
    requests = all_example_requests()
    letters = [render_letter(r) for r in requests]
    base = datetime(2026, 1, 1, 9, 0)
    entries = tuple(DossierEntry(base + timedelta(days=i), "letter",
                                 f"Brief {i + 1}: {requests[i % len(requests)].kind}",
                                 letters[i % len(letters)]) for i in range(documents))
    # Two third parties the example letters mention, as the service would pass them: full
    # name, "first last", surname and first name.
    names = ("Ольга Петрова", "Ольга", "Петрова", "Zoë van der Berg-Ündüz", "Zoë Berg-Ündüz",
             "Van der Berg-Ündüz", "Berg-Ündüz", "Zoë")
    export = DossierExport("Jan van der Berg", "personeelsdossier", "Stichting X", "OBS Y",
                           base, "bench", entries, redact_names=names if redact else ())
    times, data = [], b""
    for _ in range(rounds):
        start = time.perf_counter()
        data = export_dossier(export)
        times.append(time.perf_counter() - start)
    pages = PdfReader(io.BytesIO(data)).pages
    footer_only = sum(1 for p in pages if (p.extract_text() or "").strip().startswith("Dossier")
                      and "\n" not in (p.extract_text() or "").strip())
    return statistics.median(times), len(pages), len(data), footer_only


if __name__ == "__main__":
    median_ms, worst_ms = bench_letters()
    print(f"letter: median {median_ms:.1f} ms, worst {worst_ms:.1f} ms (warm, 17 kinds x 5)")
    seconds, pages, size, _ = bench_dossier()
    print(f"dossier export, 200 documents: median {seconds:.2f} s ({pages} pages, "
          f"{size / 1e6:.1f} MB)")
    seconds, pages, size, images = bench_dossier(redact=True)
    print(f"the same, redacting two people (8 name forms): median {seconds:.2f} s ({pages} pages "
          f"of which {images} became images, {size / 1e6:.1f} MB)")
