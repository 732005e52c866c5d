"""The Audit page on the real main window: filter, who looked, exports, verification."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.services import documents
from desktop_app.services.database import Database
from tests.reports.pdfcheck import flat
from tests.tamper import outside_the_app
from tests.ui.test_keyboard import assert_unique_mnemonics
from ui.main_window import MainWindow
from ui.pages.audit import AuditPage

pytestmark = pytest.mark.gui


def _page(qtbot, window: MainWindow) -> AuditPage:  # type: ignore[no-untyped-def]
    page = window.show_page("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.person.count() > 1 and not page.model.loading)
    return page


def _apply(qtbot, page: AuditPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.model.loaded):
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.loading)


def _column(page: AuditPage, column: int) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_who_looked_at_this_dossier(qtbot, window: MainWindow, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    person = 1
    documents.list_dossier(demo_db, window.ctx.actor, person)
    page = _page(qtbot, window)
    assert page.model.rowCount() > 0 and page.heading.text() == "Audittrail"
    page.select_person(person)
    with qtbot.waitSignal(page.model.loaded):
        qtbot.mouseClick(page.who_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.model.loading)
    assert page.only_views.isChecked()
    assert "dossier ingezien" in _column(page, 3)
    assert set(_column(page, 2)) == {"Marieke de Wit"}


def test_filter_refuses_a_bad_case_number_with_a_sentence(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window)
    before = page.model.rowCount()
    qtbot.keyClicks(page.case, "zaak twaalf")
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert not page.problem.isHidden()
    assert page.problem.text() == "Een zaaknummer ziet eruit als SM-00012 of 12."
    assert page.model.rowCount() == before
    page.case.clear()
    qtbot.keyClicks(page.case, "SM-00003")
    _apply(qtbot, page)
    assert set(_column(page, 5)) == {"SM-00003"}


def test_exports_and_verification(qtbot, window: MainWindow, demo_db: Database,  # type: ignore[no-untyped-def]
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, window)
    targets = iter([tmp_path / "trail.pdf", tmp_path / "trail.csv"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(next(targets)), "")))
    page.export_pdf()
    qtbot.waitUntil(lambda: (tmp_path / "trail.pdf").exists())
    assert "Audittrail (alles)" in flat((tmp_path / "trail.pdf").read_bytes())
    page.export_csv()
    qtbot.waitUntil(lambda: (tmp_path / "trail.csv").exists())
    assert (tmp_path / "trail.csv").read_text(encoding="utf-8-sig").startswith("volgnummer;")

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in page.result.text())
    assert page.result.text().startswith("Audittrail intact")
    from sqlalchemy import text
    with outside_the_app(demo_db) as c:
        c.execute(text("UPDATE person SET last_name = 'Anders' WHERE id = 2"))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "NIET intact" in page.result.text())
    assert "persoon 2 is buiten de applicatie gewijzigd" in page.result.text()


def test_audit_page_mnemonics(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, window)
    assert_unique_mnemonics(page)
