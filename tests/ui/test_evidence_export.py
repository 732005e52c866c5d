"""Evidence attached in the incident editor (SHA-256 shown, filed with the incident in one go),
and a dossier exported from the Dossiers page with progress."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from desktop_app.services import documents, incidents
from tests.ui.conftest import close_boxes, settle
from ui.dialogs.incident_editor import IncidentEditor
from ui.main_window import MainWindow
from ui.pages.dossiers import DossiersPage


def test_evidence_is_hashed_shown_and_filed(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                            tmp_path: Path) -> None:
    shot = tmp_path / "schermafdruk.png"
    window.grab().save(str(shot))
    digest = hashlib.sha256(shot.read_bytes()).hexdigest()
    editor = IncidentEditor(window.ctx, window)
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot, window.ctx)
    editor.add_evidence_files([shot])
    assert digest in editor.evidence_hash.text()
    assert editor.evidence_preview.pixmap() is not None
    editor.occurred.setDate(QDate(2026, 11, 20))
    editor.reported.setDate(QDate(2026, 11, 21))
    editor.category.setCurrentIndex(editor.category.findData("insulting"))
    editor.description.setPlainText("Kwetsende reactie onder een foto.")
    editor.platform.setCurrentText("Instagram")
    editor.rules.item(5).setCheckState(Qt.CheckState.Checked)  # A7
    person = editor.person_pick.findData(1)
    editor.person_pick.setCurrentIndex(person)
    editor.add_person_button.click()
    for combo in editor.axes.values():
        combo.setCurrentIndex(combo.findData(2))
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        editor.save()
    incident_id = saved.args[0]
    info = incidents.get_incident(window.ctx.db, window.ctx.actor, incident_id)
    filed = [d for d in documents.list_dossier(window.ctx.db, window.ctx.actor,
                                               info.cases[0].subject_id)
             if d.incident_id == incident_id]
    assert [(d.filename, d.sha256, d.dossier) for d in filed] == [
        ("schermafdruk.png", digest, "bewijs")]


def test_dossier_export_with_progress(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.show_page("dossiers")
    page = window.page("dossiers")
    assert isinstance(page, DossiersPage)
    page.show_person(13)  # Noah Smit: a pupil with decided cases in the demo
    settle(qtbot, window.ctx)
    target = tmp_path / "dossier.pdf"
    progress = page.export_to(target)
    qtbot.waitUntil(target.exists, timeout=20000)
    settle(qtbot, window.ctx)
    close_boxes()
    assert progress.objectName() == "exportProgress"
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = reader.pages[0].extract_text()
    assert "Dossier" in text and len(reader.pages) >= 2
