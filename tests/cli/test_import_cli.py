"""`casemanager import edexml|csv`: preview with --dry-run, apply, JSON shape, bad files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import main
from tests.import_samples import DATA


def call(db: str, capsys: pytest.CaptureFixture[str], *args: str, code: int = 0,
         as_json: bool = True) -> object:
    result = main(["--database", str(db), *(["--json"] if as_json else []), *args])
    out, err = capsys.readouterr()
    assert result == code, err or out
    if not as_json:
        return out
    return json.loads(err if code else out)


@pytest.fixture
def db(new_db_url: Callable[[str], str], capsys: pytest.CaptureFixture[str],
       monkeypatch: pytest.MonkeyPatch) -> str:
    """A board with one school; every command runs as the administrator init creates."""
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "correct horse battery")
    path = new_db_url("cli.sqlite3")
    call(path, capsys, "init", "--board", "Stichting CLI")
    call(path, capsys, "school", "add", "--name", "OBS De Linde", "--brin", "21LN",
         "--denomination", "openbaar")
    return path


def test_dry_run_then_apply_then_unchanged(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    export = str(DATA / "parnassys_21LN.xml")
    shown = call(db, capsys, "import", "edexml", export, "--school", "1", "--dry-run")
    assert shown == {"new": 7, "changed": 0, "left": 0, "refused": []}
    assert call(db, capsys, "person", "list") == []  # the dry run changed nothing
    assert call(db, capsys, "import", "edexml", export, "--school", "1") == shown
    assert len(call(db, capsys, "person", "list")) == 7  # type: ignore[arg-type]
    text = call(db, capsys, "import", "edexml", export, "--school", "1", as_json=False)
    assert "Niets te wijzigen" in str(text)
    november = call(db, capsys, "import", "edexml", str(DATA / "esis_21LN_november.xml"),
                    "--school", "1")
    assert november == {"new": 1, "changed": 3, "left": 1, "refused": []}
    parents = call(db, capsys, "import", "csv", str(DATA / "ouders_21LN.csv"), "--kind",
                   "parent", "--school", "1")
    assert parents == {"new": 4, "changed": 0, "left": 0, "refused": []}
    events = call(db, capsys, "audit", "list")
    imports = [e for e in events if e["action"] == "person.import"]  # type: ignore[union-attr]
    assert [e["details"]["new"] for e in imports] == [4, 1, 7]  # newest first
    assert call(db, capsys, "audit", "verify")["intact"] is True  # type: ignore[index]


def test_refused_rows_in_json_and_text(db: str, capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    path = tmp_path / "personeel.csv"
    path.write_text("voornaam;achternaam;functie;email\nMarieke;Wit;directeur;geen-mail\n"
                    ";Hendriks;conciërge;\n", encoding="utf-8")
    shown = call(db, capsys, "--lang", "en", "import", "csv", str(path), "--kind", "staff",
                 "--school", "1", "--dry-run")
    assert shown == {"new": 0, "changed": 0, "left": 0, "refused": [
        {"line": 2, "reason": "e-mail address: E-mail address 'geen-mail' is invalid."},
        {"line": 3, "reason": "first name: First name is empty; it is required."}]}
    text = call(db, capsys, "import", "csv", str(path), "--kind", "staff", "--school", "1",
                "--dry-run", as_json=False)
    assert "regel 3: voornaam: Voornaam is leeg" in str(text)


def test_bad_file_exits_with_one_sentence(db: str, capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    path = tmp_path / "leeg.xml"
    path.write_text("<html><body>Geen export</body></html>", encoding="utf-8")
    error = call(db, capsys, "import", "edexml", str(path), "--school", "1", code=2)
    assert "geen EDEXML" in error["error"]  # type: ignore[index]
    error = call(db, capsys, "import", "edexml", str(tmp_path / "weg.xml"), "--school", "1",
                 code=2)
    assert "bestaat niet" in error["error"]  # type: ignore[index]
    assert call(db, capsys, "person", "list") == []
