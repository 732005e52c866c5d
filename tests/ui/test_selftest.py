"""`casemanager selftest`: IT's check that an installation has everything it needs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.paths import resources_dir
from ui import selftest


def test_a_complete_installation_passes_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    failures = selftest.run()
    out = capsys.readouterr().out
    assert failures == 0, out
    for check in ("bronbestanden", "migraties", "brief", "PDF-weergave", "afdrukken"):
        assert f"ok    {check}" in out
    assert "klaar voor gebruik" in out


def test_a_missing_resource_fails_and_is_named(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy)
    (copy / "templates" / "staff" / "warning.txt").unlink()
    monkeypatch.setenv("CASEMANAGER_RESOURCES", str(copy))
    failures = selftest.run()
    out = capsys.readouterr().out
    assert failures == 1
    assert "FOUT  bronbestanden" in out and "warning.txt" in out
