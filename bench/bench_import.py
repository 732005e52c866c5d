"""Benchmark of the people import: 20,000 people from one EDEXML file, then next month's.

Run: .venv/bin/python bench/bench_import.py [--people 20000] [--db /tmp/bench_import.sqlite3]
Times each step through the same services the app and the CLI use (a fresh SQLite file).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services import accounts, board, imports  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402
from tests.import_samples import edexml  # noqa: E402

T = TypeVar("T")


def timed(label: str, action: Callable[[], T]) -> tuple[T, float]:
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{label:<50} {seconds:6.2f} s  (CPU {cpu:5.2f} s)")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--db", default="")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench_import_"))
    path = Path(args.db) if args.db else folder / "bench.sqlite3"
    path.unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    actor = accounts.create_user(db, None, "admin", "Beheerder", "administrator")
    board.create_board(db, actor, "Stichting Bench", "Stationsstraat 1, 3811 MH Amersfoort")
    school = board.add_school(db, actor, "OBS Bench", "99BE", "openbaar").id
    teachers = args.people // 20
    pupils = args.people - teachers
    first = folder / "oktober.xml"
    first.write_text(edexml("99BE", pupils, teachers, created="2026-10-01"), encoding="utf-8")
    leavers = frozenset(range(0, pupils, 50))
    second = folder / "november.xml"
    second.write_text(edexml("99BE", pupils, teachers, created="2026-11-01", skip=leavers,
                             regroup=7), encoding="utf-8")
    size = first.stat().st_size / 1_000_000
    print(f"{args.people} people ({pupils} pupils, {teachers} teachers), file {size:.1f} MB; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    shown, t1 = timed("first import: preview",
                      lambda: imports.preview_import(db, actor, school_id=school,
                                                     kind="edexml", path=first))
    result, t2 = timed("first import: apply (one transaction, audited)",
                       lambda: imports.apply_import(db, actor, shown))
    print(f"  new {result.new}; total preview + apply {t1 + t2:.2f} s")
    again, t3 = timed("same file again: preview",
                      lambda: imports.preview_import(db, actor, school_id=school,
                                                     kind="edexml", path=first))
    print(f"  changes nothing: {again.changes_nothing} (unchanged {again.unchanged})")
    shown, t4 = timed("next month: preview",
                      lambda: imports.preview_import(db, actor, school_id=school,
                                                     kind="edexml", path=second))
    result, t5 = timed("next month: apply",
                       lambda: imports.apply_import(db, actor, shown))
    print(f"  changed {result.changed}, left {result.left}; total {t4 + t5:.2f} s")
    db.dispose()


if __name__ == "__main__":
    main()
