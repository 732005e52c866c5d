"""Benchmark of the incident table at 100,000 incidents: is the UI responsive while it loads?

Run: .venv/bin/python bench/bench_ui.py [--board /tmp/bench-board.sqlite3]
Uses the board of bench/generate.py (made when missing), opens the real IncidentTableModel
offscreen, and for each action measures (median of 5): how long the call itself holds the UI
thread, how long until the rows are on screen, and the longest gap between 10 ms timer ticks
meanwhile (the worst freeze a user could notice).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench import generate  # noqa: E402
from desktop_app.services import accounts, incidents  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402
from ui.models.incidents import IncidentTableModel  # noqa: E402
from ui.ops import OpRunner  # noqa: E402


def measure(app: QApplication, model: IncidentTableModel,
            action: Callable[[], None]) -> tuple[float, float, float]:
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    timer.start()
    t0 = time.perf_counter()
    action()
    call_ms = (time.perf_counter() - t0) * 1000
    while model.loading or model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.001)
    shown_ms = (time.perf_counter() - t0) * 1000
    for _ in range(3):
        app.processEvents()
    timer.stop()
    points = [0.0, *ticks, clock.nsecsElapsed() / 1e6]
    worst_gap = max(b - a for a, b in zip(points, points[1:], strict=False))
    return call_ms, shown_ms, worst_gap


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--board", default=generate.DEFAULT_OUT)
    args = parser.parse_args()
    if not Path(args.board).exists():
        generate.main(["--out", args.board])
    db = Database(f"sqlite:///{args.board}", clock=lambda: datetime(2026, 11, 24, 12))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    ops = OpRunner(db, accounts.actor_for(db))
    model = IncidentTableModel(ops)
    actions: list[tuple[str, Callable[[], None]]] = [
        ("open the list (first page + count)", model.reload),
        ("scroll: fetch the next page", model.fetchMore),
        ("sort on school", lambda: model.sort(2, Qt.SortOrder.AscendingOrder)),
        ("sort on date, newest first", lambda: model.sort(1, Qt.SortOrder.DescendingOrder)),
        ("filter: category 'pesten'",
         lambda: model.set_filter(replace(model.filter, category="bullying"))),
        ("search 'Bakker12' in names and descriptions",
         lambda: model.set_filter(replace(model.filter, category=None, search="Bakker12"))),
    ]
    print(f"{incidents.count_incidents(db, ops.actor)} incidents; median of 5 runs")
    print(f"{'action':<46} {'UI call':>9} {'rows shown':>11} {'worst freeze':>13}")
    for label, action in actions:
        runs = [measure(app, model, action) for _ in range(5)]
        call = statistics.median(r[0] for r in runs)
        shown = statistics.median(r[1] for r in runs)
        gap = statistics.median(r[2] for r in runs)
        print(f"{label:<46} {call:7.1f} ms {shown:8.1f} ms {gap:10.1f} ms")
    ops.wait()
    db.dispose()


if __name__ == "__main__":
    main()
