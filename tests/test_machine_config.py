"""IT's machine-wide configuration: one database for every account, narrowing only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.errors import InvalidInput
from desktop_app.machine_config import machine_config, parse
from desktop_app.paths import default_database_url

ROOT = Path(__file__).resolve().parents[1]


def _place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "ProgramData" / "casemanager" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("CASEMANAGER_SITE_CONFIG", str(path))
    return path


def test_no_machine_config_means_the_users_own_choice(tmp_path: Path) -> None:
    assert machine_config().database_url is None
    assert default_database_url("sqlite:///elders.sqlite3") == "sqlite:///elders.sqlite3"
    assert default_database_url().endswith("casemanager.sqlite3")


def test_it_database_is_used_and_another_refused(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _place(tmp_path, monkeypatch,
           '[database]\nurl = "postgresql://casemanager@db.bestuur.local/casemanager"\n')
    assert default_database_url() == "postgresql://casemanager@db.bestuur.local/casemanager"
    monkeypatch.setenv("CASEMANAGER_DATABASE", "sqlite:///eigen.sqlite3")
    with pytest.raises(InvalidInput) as refused:
        default_database_url()
    assert "beheerder" in refused.value.message("nl")


def test_a_password_in_the_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse(tmp_path / "config.toml",
              '[database]\nurl = "postgresql://app:geheim@db/casemanager"\n')
    assert "wachtwoord" in refused.value.message("nl")
    assert "geheim" not in refused.value.message("nl")


def test_language_narrows_but_does_not_override(tmp_path: Path) -> None:
    only_dutch = parse(tmp_path / "c.toml", '[ui]\nlanguage = "nl"\nlanguages = ["nl"]\n')
    assert only_dutch.allowed_language("en") == "nl"
    english_default = parse(tmp_path / "c.toml", '[ui]\nlanguage = "en"\n')
    assert english_default.allowed_language("") == "en"
    assert english_default.allowed_language("nl") == "nl"


@pytest.mark.parametrize("text", ["[database\nurl=", '[backup]\nkeep = 0\n',
                                  '[ui]\nlanguages = ["de"]\n'])
def test_a_broken_file_is_named_with_what_is_wrong(tmp_path: Path, text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse(tmp_path / "config.toml", text)
    assert "config.toml" in refused.value.message("nl")


def test_cli_uses_the_it_database_for_every_account(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "gedeeld.sqlite3"
    config = _place(tmp_path, monkeypatch, f'[database]\nurl = "sqlite:///{shared}"\n')
    env = dict(os.environ, CASEMANAGER_SITE_CONFIG=str(config),
               CASEMANAGER_DATA_DIR=str(tmp_path / "profile"), CASEMANAGER_USER="admin",
               CASEMANAGER_PASSWORD="machine-config-test")
    done = subprocess.run([sys.executable, "-m", "desktop_app", "init", "--board", "Proef"],
                          env=env, cwd=ROOT, capture_output=True, text=True, check=False,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert shared.is_file()
    other = subprocess.run([sys.executable, "-m", "desktop_app", "--database",
                            f"sqlite:///{tmp_path / 'eigen.sqlite3'}", "deadlines"],
                           env=env, cwd=ROOT, capture_output=True, text=True, check=False,
                           timeout=120)
    assert other.returncode == 2
    assert "beheerder" in other.stderr and "Traceback" not in other.stderr
    assert not (tmp_path / "eigen.sqlite3").exists()


def test_backups_go_to_the_folder_it_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`casemanager backup` without a target uses IT's folder; another folder is refused."""
    folder = tmp_path / "backups"
    folder.mkdir()
    config = _place(tmp_path, monkeypatch,
                    f"[backup]\nfolder = '{folder}'\nkeep = 3\n")
    db = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    env = dict(os.environ, CASEMANAGER_SITE_CONFIG=str(config),
               CASEMANAGER_DATA_DIR=str(tmp_path / "profile"), CASEMANAGER_USER="admin",
               CASEMANAGER_PASSWORD="machine-config-test",
               CASEMANAGER_BACKUP_PASSPHRASE="een lange zin als wachtwoord")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", "--database", db, *args],
                              env=env, cwd=ROOT, capture_output=True, text=True, check=False,
                              timeout=120)

    assert cli("init", "--board", "Proef").returncode == 0
    made = cli("backup")
    assert made.returncode == 0, made.stderr
    assert len(list(folder.iterdir())) == 1
    elsewhere = cli("backup", "--folder", str(tmp_path))
    assert elsewhere.returncode == 2 and "beheerder" in elsewhere.stderr
