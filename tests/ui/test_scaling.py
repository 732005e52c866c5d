"""Office PCs: a 1366×768 laptop at 100, 125 and 150 % display scaling fits every main screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DatabaseTemplate
from tests.ui.conftest import shots_dir

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_screens_fit_a_small_laptop_screen(scale: float, demo_template: DatabaseTemplate,
                                           tmp_path: Path) -> None:
    db_url = demo_template.copy(tmp_path / "scaled.sqlite3")
    out = shots_dir(tmp_path) if scale != 1.0 else tmp_path
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.tools.scaled_screens", str(scale), str(out),
         db_url, str(tmp_path / "scaled.ini")],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    width, height = report.pop("logical_screen")
    assert {"dashboard", "incidents", "settings", "privacy", "consent", "case",
            "incident-editor"} <= set(report)
    for name, (min_w, min_h) in report.items():
        # The layout's own minimum fits the screen, so nothing is forced off it or clipped.
        assert min_w <= width and min_h <= height, (name, min_w, min_h, width, height)
