"""Encrypted backups from the CLI: made, verified whole, refused when wrong, restored intact."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import accounts, audit_key, backup, board, demo, letters
from desktop_app.services import documents as documents_service
from desktop_app.services.database import Database
from tests.conftest import PASSWORD

PASS = "correct horse battery staple"
# The encrypted backup is a snapshot of the embedded SQLite file; a shared PostgreSQL server is
# backed up with pg_dump (README, Gedeelde server), which the last test checks the CLI says.
SQLITE_FILE = pytest.mark.sqlite_only


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite3"
    db = Database(f"sqlite:///{path}")
    actor = accounts.create_user(db, None, accounts.ADMIN_USERNAME, "Beheerder", "administrator",
                                 PASSWORD)
    board.create_board(db, actor, "Stichting Demo", "Stationsstraat 1, 3811 MH Amersfoort")
    demo.load_demo(db, actor)
    letters.generate_letter(db, actor, 10, "suspension")
    documents_service.attach_evidence(db, actor, 1, "scherm.png", "image/png",
                                      b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    db.dispose()
    shutil.copy(audit_key.key_path(), path.with_name("audit.key"))  # the key of its trail
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(backup.PASSPHRASE_ENV, PASS)
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    key = audit_key.key_path()  # this PC holds the key that chained the copied trail
    key.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template.with_name("audit.key"), key)
    return path


def run(db: Path | str, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, object]:
    code = main(["--database", str(db), "--json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(err if code else out)


def documents(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as c:
        return {i: hashlib.sha256(d).hexdigest() for i, d in
                c.execute("SELECT document_id, data FROM document_content")}


def state(path: Path) -> tuple[int, int, bytes]:
    with sqlite3.connect(path) as c:
        seq = c.execute("SELECT seq FROM audit_head").fetchone()[0]
        people = c.execute("SELECT count(*) FROM person").fetchone()[0]
    return seq, people, path.read_bytes()[:0]


@pytest.fixture
def made(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    out = tmp_path / "backup.cmbackup"
    code, result = run(demo_db, "backup", "--out", str(out), capsys=capsys)
    assert code == 0 and isinstance(result, dict) and result["created"] is True
    yield out


@SQLITE_FILE
def test_backup_is_encrypted_and_restores_byte_identical(
        demo_db: Path, made: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blob = made.read_bytes()
    assert b"SQLite format 3" not in blob and b"Stichting Demo" not in blob
    before = documents(demo_db)
    assert before
    # Afterwards the database changes (a person is added), then the backup is restored.
    run(demo_db, "person", "add", "--school", "1", "--kind", "staff", "--first", "Na",
        "--last", "Backup", capsys=capsys)
    code, result = run(demo_db, "restore", str(made), capsys=capsys)
    assert code == 0 and isinstance(result, dict), result
    assert result["documents"] == len(before)
    assert documents(demo_db) == before
    code, verify = run(demo_db, "audit", "verify", capsys=capsys)
    assert code == 0 and isinstance(verify, dict) and verify["intact"] is True
    code, people = run(demo_db, "person", "list", capsys=capsys)
    assert not any("Backup" in p["sort_name"] for p in people)  # type: ignore[union-attr]
    with sqlite3.connect(demo_db) as c:
        last = c.execute("SELECT action FROM audit_event WHERE action NOT IN "
                         "('user.login', 'audit.verify', 'person.list') "
                         "ORDER BY seq DESC").fetchone()[0]
    assert last == "backup.restore"


@SQLITE_FILE
def test_restore_into_a_new_file(made: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "elders.sqlite3"
    code, result = run(target, "restore", str(made), capsys=capsys)
    assert code == 0 and target.exists()
    code, verify = run(target, "audit", "verify", capsys=capsys)
    assert isinstance(verify, dict) and verify["intact"] is True


def _refused(db: Path, backup_file: Path, capsys: pytest.CaptureFixture[str],
             *fragments: str) -> None:
    before = db.read_bytes()
    code, error = run(db, "restore", str(backup_file), capsys=capsys)
    assert code == 2, error
    assert isinstance(error, dict)
    for fragment in fragments:
        assert fragment in error["error"]
    assert "niets teruggezet" in error["error"] or "geen back-up" in error["error"]
    assert db.read_bytes() == before  # the current database untouched
    assert not list(db.parent.glob(".*.part"))


@SQLITE_FILE
def test_wrong_passphrase_is_refused(demo_db: Path, made: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(backup.PASSPHRASE_ENV, "wrong passphrase here")
    _refused(demo_db, made, capsys, "wachtwoord klopt niet")


@pytest.mark.parametrize("how", ["truncated", "flipped", "header", "appended"])
@SQLITE_FILE
def test_damaged_file_is_refused(demo_db: Path, made: Path, capsys: pytest.CaptureFixture[str],
                                 how: str) -> None:
    blob = bytearray(made.read_bytes())
    if how == "truncated":
        blob = blob[: len(blob) - 1000]
    elif how == "flipped":
        blob[len(blob) // 2] ^= 0x01
    elif how == "header":
        blob = bytearray(bytes(blob).replace(b'"format": 1', b'"format": 2'))
    else:
        blob += b"extra"
    made.write_bytes(bytes(blob))
    _refused(demo_db, made, capsys)


@SQLITE_FILE
def test_not_a_backup_is_refused(demo_db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "brief.pdf"
    other.write_bytes(b"%PDF-1.4 not a backup")
    _refused(demo_db, other, capsys, "geen back-up van Casemanager")


@SQLITE_FILE
def test_backup_of_another_board_is_refused(made: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "ander.sqlite3"
    assert run(other, "init", "--board", "Stichting Anders", capsys=capsys)[0] == 0
    _refused(other, made, capsys, "ander bestuur")


@SQLITE_FILE
def test_extra_files_travel_with_the_backup(demo_db: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    seals = backup.ExtraFile("audit-seals.jsonl", lambda db: db.with_name(db.name + ".seals"))
    monkeypatch.setattr(backup, "EXTRA_FILES", [])
    backup.register_extra_file(seals)
    seal_file = seals.locate(demo_db)
    seal_file.write_bytes(b'{"seq": 1, "seal": "abc"}\n')
    out = tmp_path / "met-zegels.cmbackup"
    assert run(demo_db, "backup", "--out", str(out), capsys=capsys)[0] == 0
    seal_file.write_bytes(b"changed later\n")
    code, result = run(demo_db, "restore", str(out), capsys=capsys)
    assert code == 0 and isinstance(result, dict)
    assert "extra/audit-seals.jsonl" in result["files"]
    assert seal_file.read_bytes() == b'{"seq": 1, "seal": "abc"}\n'


@SQLITE_FILE
def test_existing_backup_not_overwritten_and_short_passphrase(
        demo_db: Path, made: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = made.read_bytes()
    code, error = run(demo_db, "backup", "--out", str(made), capsys=capsys)
    assert code == 2 and "bestaat al" in error["error"]  # type: ignore[index]
    assert made.read_bytes() == before
    monkeypatch.setenv(backup.PASSPHRASE_ENV, "kort")
    code, error = run(demo_db, "backup", "--out", str(made.with_name("b2")), capsys=capsys)
    assert code == 2 and "minstens 10 tekens" in error["error"]  # type: ignore[index]


@SQLITE_FILE
def test_daily_backups_keep_the_newest(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    db = Database(str(demo_db), create=False)
    actor = accounts.actor_for(db)
    for day in range(1, 6):
        assert backup.daily_backup(db, actor, folder, 3, PASS, date(2026, 11, day)) is not None
    assert backup.daily_backup(db, actor, folder, 3, PASS, date(2026, 11, 5)) is None
    assert sorted(p.name for p in folder.iterdir()) == [
        f"casemanager-2026-11-0{d}.cmbackup" for d in (3, 4, 5)]
    db.dispose()


def test_postgresql_says_the_server_backups_apply(capsys: pytest.CaptureFixture[str]) -> None:
    code, result = run("postgresql://postgres@127.0.0.1:1/test", "backup", "--out", "x",
                       capsys=capsys)
    assert code == 0 and isinstance(result, dict) and result["server"] is True
    assert "pg_dump" in result["message"]
