"""The automatic daily backup: set per account, made when the newest is older than today,
keeping the newest N; refused settings change nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app import auto_backup
from desktop_app.domain.errors import InvalidInput
from desktop_app.paths import config_dir
from desktop_app.services import backup
from desktop_app.services.database import Actor, Database

PASS = "correct horse battery staple"


@pytest.mark.sqlite_only  # the encrypted backup is of the embedded file
def test_made_once_a_day_keeping_the_newest(db: Database, admin: Actor, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "SCRYPT_N", 2**14)
    folder = tmp_path / "backups"
    folder.mkdir()
    assert auto_backup.run_if_due(db, admin) is None  # switched off
    saved = auto_backup.save(True, str(folder), 2, PASS)
    assert saved.enabled and saved.has_passphrase and saved.keep == 2
    assert PASS.encode() not in (config_dir() / auto_backup.SETTINGS_FILE).read_bytes()
    for day in (1, 2, 3):
        made = auto_backup.run_if_due(db, admin, date(2026, 11, day))
        assert made is not None
        assert auto_backup.run_if_due(db, admin, date(2026, 11, day)) is None  # once a day
    assert sorted(p.name for p in folder.iterdir()) == [
        "casemanager-2026-11-02.cmbackup", "casemanager-2026-11-03.cmbackup"]
    _header, files = backup.decrypt(
        (folder / "casemanager-2026-11-03.cmbackup").read_bytes(), PASS, folder)
    assert backup.DATABASE_ENTRY in files  # a whole, readable backup


@pytest.mark.parametrize(("args", "fragment"), [
    ((True, "", 3, PASS), "Kies de map"),
    ((True, "/nergens/zo", 3, PASS), "bestaat niet"),
    ((True, "{tmp}", 0, PASS), "minstens één"),
    ((True, "{tmp}", 3, "kort"), "minstens 10 tekens"),
    ((True, "{tmp}", 3, None), "wachtwoord"),
])
def test_refused_settings_change_nothing(tmp_path: Path, args: tuple[object, ...],
                                         fragment: str) -> None:
    before = auto_backup.load()
    values = [str(tmp_path) if a == "{tmp}" else a for a in args]
    with pytest.raises(InvalidInput) as refused:
        auto_backup.save(*values)  # type: ignore[arg-type]
    assert fragment in refused.value.message("nl")
    assert auto_backup.load() == before


def test_not_on_a_server() -> None:
    settings = auto_backup.AutoBackup(enabled=True, folder=Path("."), keep=3)
    assert auto_backup.due(settings, date(2026, 11, 24), embedded=False) is False
    assert auto_backup.due(settings, date(2026, 11, 24), embedded=True) is True
