"""Render the main screens as on a 1366×768 laptop at a display scale (run in a subprocess).

Usage: python -m tests.ui.tools.scaled_screens SCALE OUT_DIR DB_PATH
QT_SCALE_FACTOR must be set before Qt starts, which is why this runs in its own process. Prints
JSON: for each screen, its minimum size in logical pixels and the logical screen size.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

SCALE = float(sys.argv[1])
os.environ["QT_SCALE_FACTOR"] = str(SCALE)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.services import accounts  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402
from ui.app import create_application, make_context  # noqa: E402
from ui.dialogs.incident_editor import IncidentEditor  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import UiSettings  # noqa: E402

SCREEN = (1366, 768)


def main() -> None:
    out = Path(sys.argv[2])
    db = Database(sys.argv[3])  # a file path or a server URL
    app = create_application()
    ini = Path(sys.argv[4])
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    ctx = make_context(db, accounts.actor_for(db, "admin"), settings)
    logical = (round(SCREEN[0] / SCALE), round(SCREEN[1] / SCALE))
    report: dict[str, object] = {"logical_screen": logical}
    window = MainWindow(ctx)
    window.resize(*logical)
    window.show()
    for _ in range(10):  # the first resize event reaches the pages (they rearrange to fit)
        app.processEvents()

    def settle() -> None:
        for _ in range(50):
            app.processEvents()
            if ctx.ops.active == 0:
                break
            ctx.ops.wait(200)
        app.processEvents()

    def record(name: str, widget: QWidget) -> None:
        hint = widget.minimumSizeHint()
        report[name] = [hint.width(), hint.height()]
        widget.grab().save(str(out / f"scale-{round(SCALE * 100)}-{name}.png"))

    for key in ("dashboard", "incidents", "privacy", "consent", "settings"):
        window.show_page(key)
        settle()
        record(key, window)
    case = window.open_case(13)
    if case is not None:
        case.resize(*logical)
        settle()
        record("case", case)
        case.close()
    editor = IncidentEditor(ctx, parent=window)
    editor.resize(min(1060, logical[0]), min(700, logical[1]))  # its size on that laptop
    editor.show()
    settle()
    record("incident-editor", editor)
    editor.close()
    window.close()
    ctx.ops.wait()
    print(json.dumps(report))
    QApplication.quit()


if __name__ == "__main__":
    main()
