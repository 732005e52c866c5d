"""Start-up probes that bench/run.py launches as fresh processes (offscreen Qt).

    python bench/probes.py app DATABASE PAGE   the real app, signed in, until PAGE shows its data
    python bench/probes.py bare                a bare QMainWindow + QTableView, shown and filled

The app probe signs in the way a person does: it types the generated board's account and
password (bench/account.py) into the real login dialog and presses OK, so the measured process
takes the app's own path, password check included; the app itself has no way in without the
dialog. Each prints one JSON line when the window is shown and filled: the process's CPU time
up to that moment and its peak resident memory; bench/run.py adds the wall time from its own
clock.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def _report(extra: dict[str, object] | None = None) -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread; microseconds, not ticks
    sys.stdout.write(json.dumps({
        "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000, "at": time.time(),
        "rss_mib": usage.ru_maxrss / 1024, **(extra or {}),
    }) + "\n")
    sys.stdout.flush()


def bare() -> int:
    """The anchor: the least a PySide6 app does to show a window with a table of 50 rows."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(0, 5)
    for row in range(50):
        model.appendRow([QStandardItem(f"cel {row}.{col}") for col in range(5)])
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 760)
    window.show()

    def done() -> None:
        _report()
        app.quit()

    QTimer.singleShot(0, done)
    return app.exec()


def app(database: str, page_key: str) -> int:
    """The real start-up path of `casemanager` (ui.app.run), stopped once PAGE is filled."""
    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    # In the order `casemanager` imports them (desktop_app.__main__.start_gui): ui first.
    from ui import app as ui_app  # isort: skip
    from ui import i18n  # isort: skip
    from ui.settings import UiSettings  # isort: skip
    from bench.account import BENCH_PASSWORD, BENCH_USER  # isort: skip
    from desktop_app.services.database import Database  # isort: skip
    from PySide6.QtCore import QTimer  # isort: skip

    ui_app._setup_logging()
    application = ui_app.create_application()
    settings = UiSettings()
    settings.last_page = page_key
    i18n.set_language(settings.language)
    db = Database(database)
    launcher = ui_app.Launcher(db, settings)

    def filled() -> bool:
        window = launcher.window
        if window is None or not window.isVisible():
            return False
        page = window.page(page_key)  # type: ignore[attr-defined]
        if page_key == "dashboard":
            return getattr(page, "data", None) is not None
        model = page.model
        return not model.loading and model.rowCount() > 0 and model.total > 0

    def poll() -> None:
        if filled():
            timer.stop()
            _report()
            application.quit()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(poll)
    timer.start()
    launcher.launch()  # asks in an op whether the database has accounts, then shows the login
    waited = time.monotonic()
    while launcher.login is None and launcher.window is None:
        application.processEvents()
        if time.monotonic() - waited > 120:
            raise SystemExit(f"{database} has no accounts: generate it with bench/generate.py")
        time.sleep(0.001)
    login = launcher.login
    if login is None:
        raise SystemExit(f"{database} has no accounts: generate it with bench/generate.py")
    login.username.setText(BENCH_USER)  # type: ignore[attr-defined]
    login.password.setText(BENCH_PASSWORD)  # type: ignore[attr-defined]

    def refused() -> None:  # the password check runs in an op; no window after it: refused
        if launcher.window is None:
            sys.stderr.write("the bench account was refused: regenerate the board\n")
            os._exit(2)

    QTimer.singleShot(0, login.accept)  # OK pressed once the dialog is up
    QTimer.singleShot(120000, refused)
    code = application.exec()
    # The measurement is taken. Close the database as the app does when its window closes (the
    # next start finds the file as this one left it), then skip the rest of the teardown.
    launcher.window.ctx.ops.wait()  # type: ignore[union-attr]
    db.dispose()
    if os.environ.get("PROBE_NO_EXIT"):
        return code
    os._exit(code)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    sys.exit(app(sys.argv[2], sys.argv[3]))
