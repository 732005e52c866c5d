"""PDFs saved from the UI (the inspector's call log, the police-report sheet) are real PDFs; the
case window shows every column of the comparable decisions and the law reminders."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from desktop_app.services import inspector
from tests.ui.conftest import settle
from ui.dialogs.case_view import CaseWindow
from ui.main_window import MainWindow
from ui.pages.inspector import InspectorPage


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """The save dialog answers with `target`; returns the names it suggested."""
    suggested: list[str] = []

    def answer(parent: object, caption: str, path: str, filters: str) -> tuple[str, str]:
        suggested.append(Path(path).name)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return len(reader.pages), "".join(p.extract_text() for p in reader.pages)


def test_call_log_pdf_export(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls = inspector.list_calls(window.ctx.db, window.ctx.actor)
    assert calls, "the demo board has logged calls"
    page = window.show_page("inspector")
    assert isinstance(page, InspectorPage)
    settle(qtbot, window.ctx)
    target = tmp_path / "belregister"  # no suffix: .pdf is added
    suggested = _save_to(monkeypatch, target)
    page.pdf_button.click()
    settle(qtbot, window.ctx)
    saved = target.with_suffix(".pdf")
    assert saved.exists() and suggested == ["belregister_vertrouwensinspecteur.pdf"]
    pages, text = _text(saved)
    assert pages > 0
    assert "Logboek gesprekken met de vertrouwensinsp" in text
    assert "advies om het" in text  # the demo call's advice (wrapped in its table cell)


def test_police_sheet_pdf_export(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    case = window.open_case(4)  # Kees van Dijk: threatening, flagged as possibly criminal
    assert isinstance(case, CaseWindow)
    target = tmp_path / "aangifte.pdf"
    suggested = _save_to(monkeypatch, target)
    case.tabs.setCurrentIndex(1)
    case.police_sheet_button.click()
    settle(qtbot, window.ctx)
    assert target.exists() and suggested and suggested[0].endswith("_aangifte.pdf")
    pages, text = _text(target)
    assert pages > 0 and "Kees" in text


def test_case_window_shows_all_similar_columns_and_reminders(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = window.open_case(13)  # a removal with an earlier comparable suspension
    assert isinstance(case, CaseWindow)
    case.resize(900, 600)  # about a 1366x768 laptop at 150 %
    case.show()
    qtbot.waitExposed(case)
    settle(qtbot, window.ctx)
    view = case.similar_view
    assert case.similar_model.rowCount() > 0
    header = view.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(4)]
    assert sum(widths) <= view.viewport().width()  # nothing pushed off to the right
    assert not view.horizontalScrollBar().isVisible()
    for column in (0, 2, 3):  # reference, date and severity are never cut
        assert widths[column] >= view.sizeHintForColumn(column)
    assert widths[1] >= 60  # the measure keeps a readable width
    # The law reminders are on the procedure tab.
    case.tabs.setCurrentIndex(1)
    assert case.reminders_box.isVisible()
    assert "strafbaar" in case.reminders.text()
