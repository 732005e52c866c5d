"""Printing to a CUPS printer (issue 8, item 8): the letter's own PDF goes to `lp` as it is,
with the printer and the copies chosen in the print dialog, on the op runner's worker (the
window stays usable), and a refusal by `lp` is told in the screen's words, never CUPS' text.

`lp` here is a stand-in first on PATH: it writes its arguments and the PDF it receives to known
files, waits until the test lets it finish, and answers as CUPS does (or fails as it does)."""

from __future__ import annotations

import os
import stat
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services import audit_trail, cases, letters
from tests.ui.conftest import close_boxes, message_boxes, settle
from tests.ui.test_refusal_words import clean
from ui import i18n, printing
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.document_viewer import DocumentViewer
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

LP = """#!/bin/sh
printf '%s\\n' "$@" > "$LP_ARGS"
cat > "$LP_PDF"
i=0
while [ ! -e "$LP_GO" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
if [ -n "$LP_FAIL" ]; then
    echo "lp: Error - The printer or class does not exist." >&2
    exit 1
fi
echo "request id is Kantoor-42 (1 file(s))"
"""


class OfficePrinter(QPrinter):
    """The printer the user picks in the system's print dialog: a CUPS queue 'Kantoor'. (This
    machine has no CUPS queue, and Qt forgets a name it does not know.)"""

    def printerName(self) -> str:
        return "Kantoor"

    def outputFormat(self) -> QPrinter.OutputFormat:
        return QPrinter.OutputFormat.NativeFormat


class PrintDialogChoice:
    """The system's print dialog, as the user answers it: two copies, Afdrukken."""

    DialogCode = QPrintDialog.DialogCode

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        assert title == i18n.pick("Afdrukken", "Print")

    def exec(self) -> QPrintDialog.DialogCode:
        self.printer.setCopyCount(2)
        return QPrintDialog.DialogCode.Accepted


@pytest.fixture
def lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    script.write_text(LP)
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    files = {"args": tmp_path / "lp-args.txt", "pdf": tmp_path / "lp-received.pdf",
             "go": tmp_path / "lp-go"}
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    for name, path in files.items():
        monkeypatch.setenv(f"LP_{name.upper()}", str(path))
    monkeypatch.delenv("LP_FAIL", raising=False)
    monkeypatch.setattr(printing, "QPrinter", OfficePrinter)
    monkeypatch.setattr(printing, "QPrintDialog", PrintDialogChoice)
    return files


def _viewer(qtbot, window: MainWindow) -> DocumentViewer:  # type: ignore[no-untyped-def]
    """A filed letter, opened from its case window's document list as a user opens it."""
    ctx = window.ctx
    warned = next(s.id for s in cases.list_cases(ctx.db, ctx.actor, status="decided")
                  if s.subject_kind == "staff"
                  and cases.show(ctx.db, ctx.actor, s.id).decision.measure == "warning")  # type: ignore[union-attr]
    found = (warned, letters.generate_letter(ctx.db, ctx.actor, warned, "warning")[0])
    case = window.open_case(found[0])
    assert isinstance(case, CaseWindow)
    settle(qtbot, ctx)
    case.tabs.setCurrentWidget(case.documents_view.parentWidget())
    view = case.documents_view
    row = next(r for r, d in enumerate(case.documents_model.rows()) if d.id == found[1].id)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(case.open_document_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    viewer = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, DocumentViewer) and w.isVisible())
    return viewer


def _text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_the_letter_goes_to_lp_as_its_own_pdf_with_printer_and_copies_in_the_background(
        qtbot, window: MainWindow, lp: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    viewer = _viewer(qtbot, window)
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    # The click returned while lp still runs: the printing is on the worker, not this thread.
    qtbot.waitUntil(lambda: lp["args"].exists() and lp["pdf"].exists(), timeout=20000)
    assert window.ctx.ops.active >= 1 and not lp["go"].exists()
    viewer.save_button.setFocus()  # the window still answers the keyboard meanwhile
    qtbot.keyClick(viewer, Qt.Key.Key_Tab)
    assert viewer.focusWidget() is not viewer.save_button
    lp["go"].touch()
    settle(qtbot, window.ctx)
    arguments = lp["args"].read_text().splitlines()
    assert arguments[arguments.index("-d") + 1] == "Kantoor"
    assert arguments[arguments.index("-n") + 1] == "2"
    assert arguments[-1] == "-"  # the PDF comes on standard input
    received = lp["pdf"].read_bytes()
    assert received == viewer.data  # the letter's own PDF, not a picture of it
    assert viewer.info.title.split(" ")[0].lower() in _text(received).lower()
    assert message_boxes() == []
    # Said when it went (the confirmation on the main window's status line).
    pages = len(PdfReader(BytesIO(received)).pages)
    assert window.statusBar().currentMessage() == f"Afgedrukt: {pages} pagina('s)."
    settle(qtbot, window.ctx)
    trail = audit_trail.verify_trail(window.ctx.db, window.ctx.actor)
    assert trail.intact


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_lp_refusal_is_told_in_the_screen_words(
        qtbot, window: MainWindow, lp: dict[str, Path], lang: str,
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    i18n.set_language(lang)
    monkeypatch.setenv("LP_FAIL", "1")
    lp["go"].touch()
    viewer = _viewer(qtbot, window)
    qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    boxes = message_boxes()
    assert len(boxes) == 1, [b.text() for b in boxes]
    text = boxes[0].text()
    assert "Kantoor" in text
    assert ("niets afgedrukt" in text) if lang == "nl" else ("nothing was printed" in text)
    for raw in ("lp:", "Error", "class does not exist", "exit"):
        assert raw not in text
    assert not clean(text), clean(text)
    assert boxes[0].objectName() == "faultBox"
    close_boxes()
