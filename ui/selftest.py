"""`casemanager selftest`: checks an installation the way IT needs to before users start.

It proves, inside the installed folder, that every resource the app reads is there, that the
migrations are found and build a database, that a letter renders with its fonts, that the PDF
preview opens it and that printing to a PDF printer works. Each check prints one line; the exit
code is the number of failed checks (0 = ready). It runs with any Qt platform (offscreen too).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

Check = tuple[str, Callable[[], str]]


def required_resources() -> list[Path]:
    """Every resource file the app reads at run time, derived from the code that reads it."""
    from desktop_app.paths import resources_dir
    from desktop_app.services.templates import list_templates
    from reports.fonts import _FILES, FONT_DIR

    root = resources_dir()
    files = [FONT_DIR / name for name in _FILES.values()]
    files += [root / "templates" / t.path for t in list_templates()]
    files += [root / "translations" / "casemanager_en.qm"]
    files += [root / "icons" / f"{name}.svg" for name in _icon_names()]
    return files


def _icon_names() -> list[str]:
    """The icons of the fixed actions and of every page (found by walking ui.pages)."""
    import importlib
    import pkgutil

    import ui.pages
    from ui.widgets import Page

    for module in pkgutil.iter_modules(ui.pages.__path__):
        importlib.import_module(f"ui.pages.{module.name}")
    pages = {str(getattr(cls, "icon_name", "")) for cls in _subclasses(Page)} - {""}
    return ["app", "add", "edit", "refresh", "save", "search", "print", "letter", *sorted(pages)]


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    subs: list[type] = cls.__subclasses__()
    for sub in subs:
        found += [sub, *_subclasses(sub)]
    return found


def _resources() -> str:
    missing = [str(p) for p in required_resources() if not p.is_file()]
    if missing:
        raise RuntimeError("ontbreekt: " + ", ".join(missing))
    return f"{len(required_resources())} bestanden aanwezig"


def _migrations(workdir: Path) -> Callable[[], str]:
    def check() -> str:
        from desktop_app.db.migrate import current_revision, head_revision
        from desktop_app.services.database import Database

        db = Database(f"sqlite:///{workdir / 'selftest.sqlite3'}")
        try:
            found = current_revision(db.engine)
        finally:
            db.dispose()
        if found != head_revision():
            raise RuntimeError(f"schema {found}, verwacht {head_revision()}")
        return f"nieuwe database op schema {found}"
    return check


def _letter(workdir: Path) -> Callable[[], str]:
    def check() -> str:
        from reports.examples import all_example_requests
        from reports.letter import render_letter

        pdf = render_letter(all_example_requests()[0])
        (workdir / "brief.pdf").write_bytes(pdf)
        return f"voorbeeldbrief {len(pdf) // 1024} kB"
    return check


def _preview(workdir: Path) -> Callable[[], str]:
    def check() -> str:
        from ui.pdfview import PdfPreview

        preview = PdfPreview()
        if not preview.load_bytes((workdir / "brief.pdf").read_bytes()) or \
                preview.page_count < 1:
            raise RuntimeError("de PDF-weergave opent de brief niet")
        return f"{preview.page_count} pagina('s) in de weergave"
    return check


def _print(workdir: Path) -> Callable[[], str]:
    def check() -> str:
        from ui.printing import print_bytes

        out = workdir / "afdruk.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                          QPageLayout.Orientation.Portrait,
                                          QPageLayout().margins()))
        if not print_bytes((workdir / "brief.pdf").read_bytes(), printer) or \
                not out.is_file() or out.stat().st_size == 0:
            raise RuntimeError("afdrukken naar een PDF-printer mislukt")
        return f"afgedrukt naar PDF ({out.stat().st_size // 1024} kB)"
    return check


def run(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    failures = 0
    with tempfile.TemporaryDirectory(prefix="casemanager-selftest-") as tmp:
        workdir = Path(tmp)
        checks: list[Check] = [
            ("bronbestanden", _resources),
            ("migraties", _migrations(workdir)),
            ("brief", _letter(workdir)),
            ("PDF-weergave", _preview(workdir)),
            ("afdrukken", _print(workdir)),
        ]
        for name, check in checks:
            try:
                sys.stdout.write(f"ok    {name}: {check()}\n")
            except Exception as error:  # noqa: BLE001 - each failure is reported as a line
                failures += 1
                sys.stdout.write(f"FOUT  {name}: {error}\n")
    del app
    sys.stdout.write("klaar voor gebruik\n" if failures == 0 else f"{failures} fout(en)\n")
    return failures
