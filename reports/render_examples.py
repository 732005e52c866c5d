"""Regenerate docs/letters/<subject>_<kind>.png: page 1 of every letter kind at 80 dpi.

Run `python -m reports.render_examples [audience_kind ...]`; needs `pdftoppm` (poppler-utils)
or pypdfium2.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .examples import all_example_requests, example_logo
from .kinds import KINDS_BY_KEY
from .letter import render_letter

OUT = Path(__file__).resolve().parent.parent / "docs" / "letters"


def _png(pdf: Path, target: Path, dpi: int) -> None:
    """Page 1 as PNG: pdftoppm (poppler-utils), else pypdfium2 when that is installed."""
    if shutil.which("pdftoppm") is not None:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1",
                        "-l", "1", str(pdf), str(target.with_suffix(""))], check=True)
        return
    try:
        import pypdfium2
    except ImportError:
        raise SystemExit("pdftoppm not found: apt-get install poppler-utils") from None
    page = pypdfium2.PdfDocument(str(pdf))[0]
    page.render(scale=dpi / 72).to_pil().save(target)


def render_all(out: Path = OUT, dpi: int = 80, only: set[str] | None = None) -> list[Path]:
    """Every kind's page 1 (or only the kinds named `audience_kind`); the README lists all."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    logo = example_logo()
    lines = ["# Example letters", "",
             "Page 1 of every letter kind, rendered from the example data in "
             "`reports/examples.py` (openbare school; regenerate with "
             "`python -m reports.render_examples`).", ""]
    with tempfile.TemporaryDirectory() as tmp:
        for request in all_example_requests(logo=logo):
            name = f"{request.audience.value}_{request.kind}"
            if only is None or name in only:
                pdf = Path(tmp) / f"{name}.pdf"
                pdf.write_bytes(render_letter(request))
                _png(pdf, out / f"{name}.png", dpi)
                written.append(out / f"{name}.png")
            title = KINDS_BY_KEY[(request.audience, request.kind)].title
            lines.append(f"- {request.audience.value} / `{request.kind}` – {title}: "
                         f"[{name}.png]({name}.png)")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


if __name__ == "__main__":
    for path in render_all(only=set(sys.argv[1:]) or None):
        sys.stdout.write(f"{path}\n")
