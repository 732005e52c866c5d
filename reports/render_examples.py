"""Regenerate docs/letters/<subject>_<kind>.png: page 1 of every letter kind at 80 dpi.

Run `python -m reports.render_examples`; needs `pdftoppm` (poppler-utils).
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


def render_all(out: Path = OUT, dpi: int = 80) -> list[Path]:
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: apt-get install poppler-utils")
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
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(render_letter(request))
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1",
                            "-l", "1", str(pdf), str(out / name)], check=True)
            written.append(out / f"{name}.png")
            title = KINDS_BY_KEY[(request.audience, request.kind)].title
            lines.append(f"- {request.audience.value} / `{request.kind}` – {title}: "
                         f"[{name}.png]({name}.png)")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


if __name__ == "__main__":
    for path in render_all():
        sys.stdout.write(f"{path}\n")
