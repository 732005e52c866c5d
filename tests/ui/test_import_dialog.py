"""Personen › Importeren…: preview counts read from the dialog, apply, re-import, cancel."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.services import people
from tests.import_samples import DATA
from tests.ui.conftest import message_boxes, settle
from tests.ui.test_keyboard import assert_unique_mnemonics
from ui.dialogs.import_people import ImportDialog
from ui.main_window import MainWindow
from ui.pages.people import PeoplePage
from ui.widgets import set_combo_data


def open_dialog(qtbot, window: MainWindow) -> tuple[PeoplePage, ImportDialog]:  # type: ignore[no-untyped-def]
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    settle(qtbot, window.ctx)  # the schools are in
    return page, dialogs[0]


def choose(dialog: ImportDialog, school: int, kind: str, path: Path) -> None:
    set_combo_data(dialog.school, school)
    set_combo_data(dialog.kind, kind)
    dialog.path.setText(str(path))


def counts(dialog: ImportDialog) -> tuple[str, str, str, str]:
    return tuple(dialog.counts[k].text() for k in ("new", "changed", "left", "refused"))  # type: ignore[return-value]


def preview(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled() and counts(dialog)[0] != "–",
                    timeout=20000)


def apply(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Geïmporteerd" in dialog.message.text(), timeout=20000)


def listed(window: MainWindow, **filters: object) -> list[people.PersonInfo]:  # type: ignore[name-defined]
    return people.list_people(window.ctx.db, window.ctx.actor, **filters)  # type: ignore[arg-type]


def school_id(window: MainWindow, brin: str) -> int:
    from desktop_app.services import board

    return next(s.id for s in board.list_schools(window.ctx.db, window.ctx.actor) if s.brin == brin)


def test_import_preview_apply_and_reimport(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page, dialog = open_dialog(qtbot, window)
    linde = school_id(window, "21LN")
    before = len(listed(window, school_id=linde, limit=5000))
    choose(dialog, linde, "edexml", DATA / "parnassys_21LN.xml")
    preview(qtbot, dialog)
    assert counts(dialog) == ("7", "0", "0", "0")
    model = dialog.model
    names = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert "Sophie van den Berg" in names and "Yasmina el Amrani" in names
    assert "voorvertoning" in dialog.message.text()
    assert len(listed(window, school_id=linde, limit=5000)) == before
    apply(qtbot, dialog)
    assert "7 nieuw" in dialog.message.text()
    assert not dialog.apply_button.isEnabled()
    settle(qtbot, window.ctx)
    found = listed(window, school_id=linde, limit=5000)
    assert len(found) == before + 7

    preview(qtbot, dialog)  # the same file again
    assert counts(dialog) == ("0", "0", "0", "0")
    assert "Niets te wijzigen" in dialog.message.text()
    assert not dialog.apply_button.isEnabled()

    choose(dialog, linde, "edexml", DATA / "esis_21LN_november.xml")
    preview(qtbot, dialog)
    assert counts(dialog) == ("1", "3", "1", "0")
    rows = [(model.index(r, 0).data(), model.index(r, 2).data(), model.index(r, 3).data())
            for r in range(model.rowCount())]
    assert ("gewijzigd", "Sophie van den Berg", "groep") in rows
    assert ("vertrokken", "Elif Ağaoğlu", "") in rows
    apply(qtbot, dialog)  # the confirmation for leavers says yes in tests
    elif_ = [p for p in listed(window, school_id=linde, search="Elif")
             if p.last_name == "Ağaoğlu"]
    assert elif_[0].left_on == date(2026, 11, 23)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    page.search.setText("Mert")  # the page reloads after a short typing pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and window.ctx.ops.active == 0,
                    timeout=20000)


def test_refused_rows_are_listed_with_line_and_reason(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    _, dialog = open_dialog(qtbot, window)
    linde = school_id(window, "21LN")
    text = (DATA / "parnassys_21LN.xml").read_text(encoding="utf-8")
    path = tmp_path / "export.xml"
    path.write_text(text.replace("2015-07-01", "2015-02-30"), encoding="utf-8")
    choose(dialog, linde, "edexml", path)
    preview(qtbot, dialog)
    assert counts(dialog) == ("6", "0", "0", "1")
    first = [dialog.model.index(0, c).data() for c in range(4)]
    assert first == ["geweigerd", "47", "geboortedatum",
                     "'2015-02-30' is geen bestaande datum (verwacht JJJJ-MM-DD)."]


def test_bad_file_shows_a_sentence_and_changes_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    _, dialog = open_dialog(qtbot, window)
    jozef = school_id(window, "47JZ")
    before = len(listed(window, limit=5000))
    choose(dialog, jozef, "edexml", DATA / "parnassys_21LN.xml")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes("refusalBox")), timeout=20000)
    box = message_boxes("refusalBox")[0]
    assert "OBS De Linde" in box.text() and "niet van Sint-Jozefschool" in box.text()
    box.close()
    assert counts(dialog) == ("–", "–", "–", "–") and not dialog.apply_button.isEnabled()
    assert len(listed(window, limit=5000)) == before


def test_cancel_during_apply_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _, dialog = open_dialog(qtbot, window)
    linde = school_id(window, "21LN")
    choose(dialog, linde, "edexml", DATA / "parnassys_21LN.xml")
    preview(qtbot, dialog)
    before = len(listed(window, limit=5000))
    release = threading.Event()
    window.ctx.ops.op(lambda op: release.wait(10)).run()  # holds the single worker
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: "Afgebroken" in dialog.message.text(), timeout=20000)
    assert len(listed(window, limit=5000)) == before
    assert dialog.apply_button.isEnabled()  # the preview still stands; apply can run again


def test_template_saved_and_mnemonics(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, dialog = open_dialog(qtbot, window)
    set_combo_data(dialog.kind, "parent")
    assert dialog.template_button.isVisible()
    dialog.save_template_to(tmp_path / "ouders.csv")
    header = (tmp_path / "ouders.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("leerling_sleutel;voornaam;tussenvoegsel;achternaam")
    for kind in ("edexml", "parent", "staff"):
        set_combo_data(dialog.kind, kind)
        assert_unique_mnemonics(dialog)


def test_preview_model_passes_the_model_tester(qtmodeltester, qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _, dialog = open_dialog(qtbot, window)
    choose(dialog, school_id(window, "21LN"), "edexml", DATA / "parnassys_21LN.xml")
    preview(qtbot, dialog)
    qtmodeltester.check(dialog.model)
