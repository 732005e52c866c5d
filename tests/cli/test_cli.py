"""The casemanager CLI end to end, on a real SQLite file or the PostgreSQL server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, code: int = 0) -> object:
        result = main(["--database", str(self.db), "--json", *args])
        out, err = self.capsys.readouterr()
        assert result == code, err or out
        if code:
            return json.loads(err)
        return json.loads(out)


ADMIN_PASSWORD = "correct horse battery"


@pytest.fixture
def cli(new_db_url: Callable[[str], str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Every command runs as the administrator that `init` creates from the environment."""
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    return Cli(new_db_url("cli.sqlite3"), capsys)


def test_demo_then_deadlines_lists_computed_deadlines(cli: Cli) -> None:
    cli("init", "--board", "Stichting Demo")
    summary = cli("demo")
    assert summary == {"schools": 2, "people": 30, "incidents": 21, "cases": 21}
    rows = cli("deadlines")
    assert isinstance(rows, list) and len(rows) >= 5
    assert set(rows[0]) == {"case", "reference", "subject", "what", "label", "due", "overdue",
                            "rule"}
    whats = {r["what"] for r in rows}
    assert {"inspectie_report", "letter_sent", "response", "inspector_call",
            "objection_decision"} <= whats
    assert any(r["overdue"] for r in rows) and not all(r["overdue"] for r in rows)
    assert sorted(r["due"] for r in rows) == [r["due"] for r in rows]
    assert cli("audit", "verify")["intact"] is True
    assert cli("demo", code=2)["error"].startswith("De demo is al geladen")


def test_full_story_from_cli(cli: Cli) -> None:
    cli("init", "--board", "Stichting CLI")
    school = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN", "--denomination",
                 "openbaar", "--address", "Lindelaan 4, 3818 AB Amersfoort")["id"]
    teacher = cli("person", "add", "--school", str(school), "--kind", "staff", "--first", "Jan",
                  "--prefix", "van der", "--last", "Berg", "--function", "leerkracht")["id"]
    occurred = (date.today() - timedelta(days=3)).isoformat()
    incident = cli("incident", "add", "--school", str(school), "--subject", str(teacher),
                   "--rule", "C4", "--category", "discrediting", "--axes", "1,2,1",
                   "--occurred", occurred, "--description", "Geen disclaimer.")
    assert set(incident) == {"id", "cases"} and incident["cases"][0]["subject"] == teacher
    case = incident["cases"][0]["id"]
    proposal = cli("case", "propose", str(case))
    assert proposal["case"] == case and proposal["measure"] == "reprimand"
    assert proposal["reasons"] and proposal["similar"] == []
    refused = cli("case", "decide", str(case), "--measure", "warning", code=2)
    assert "motivering" in refused["error"]
    decided = cli("case", "decide", str(case), "--measure", "warning", "--motivation",
                  "Eerste keer, direct verwijderd.")
    assert decided["measure"] == "warning" and decided["deviates"] is True
    shown = cli("case", "show", str(case))
    assert shown["decision"]["measure"] == "warning"
    assert cli("dossier", "list", str(teacher)) == []
    events = cli("audit", "list", "--case", str(case))
    assert {e["action"] for e in events} >= {"case.create", "case.propose", "case.decide",
                                             "case.view"}


@pytest.mark.parametrize(("args", "message"), [
    (["person", "add", "--school", "1", "--kind", "staff", "--first", "", "--last", "X"],
     "voornaam is verplicht"),
    (["person", "add", "--school", "1", "--kind", "staff", "--first", "A" * 10_000, "--last",
      "X"], "te lang"),
    (["person", "add", "--school", "1", "--kind", "pupil", "--first", "A", "--last", "X",
      "--birth", "2099-01-01"], "toekomst"),
    (["person", "add", "--school", "99", "--kind", "staff", "--first", "A", "--last", "X"],
     "School 99 bestaat niet"),
    (["school", "add", "--name", "X", "--brin", "ABCD", "--denomination", "openbaar"],
     "BRIN"),
])
def test_bad_input_exits_non_zero_with_one_clear_line(cli: Cli, args: list[str],
                                                      message: str) -> None:
    cli("init")
    cli("school", "add", "--name", "OBS", "--brin", "21LN", "--denomination", "openbaar")
    error = cli(*args, code=2)
    assert message in error["error"] and "\n" not in error["error"]


def test_unknown_case_and_english_messages(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    cli("init")
    assert main(["--database", str(cli.db), "--lang", "en", "case", "show", "42"]) == 2
    assert capsys.readouterr().err.strip() == "error: Case 42 does not exist."


def test_human_output_and_help() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--help"], capture_output=True,
                            text=True, check=True)
    for command in ("init", "demo", "incident", "case", "deadlines", "dossier", "inspector",
                    "audit"):
        assert command in result.stdout
    sub = subprocess.run([sys.executable, "-m", "desktop_app", "case", "step", "--help"],
                         capture_output=True, text=True, check=True)
    assert "receiving_school" in sub.stdout and "objection_decision" in sub.stdout


def test_audit_verify_exits_non_zero_when_tampered(cli: Cli,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import text

    from desktop_app.services.database import Database
    from tests.tamper import outside_the_app

    cli("init")
    cli("school", "add", "--name", "OBS", "--brin", "21LN", "--denomination", "openbaar")
    db = Database(cli.db, create=False)
    with outside_the_app(db) as c:  # the file's owner or the server's superuser
        c.execute(text("UPDATE audit_event SET details = '{}' WHERE seq = 2"))
    db.dispose()
    code = main(["--database", str(cli.db), "audit", "verify"])
    out = capsys.readouterr().out
    assert code == 3 and "gebeurtenis 2 is gewijzigd" in out


def test_letter_with_sent_date_files_and_records_dispatch(cli: Cli, tmp_path: Path) -> None:
    cli("init", "--board", "Stichting Demo", "--address", "Stationsstraat 1, 3811 MH Amersfoort")
    cli("demo")
    before = {d["what"] for d in cli("deadlines") if d["case"] == 10}
    assert "letter_sent" in before
    result = cli("letter", "10", "--kind", "suspension", "--sent", date.today().isoformat(),
                 "--out", str(tmp_path / "brief.pdf"))
    assert [d["dossier"] for d in result["documents"]] == ["leerlingendossier"]
    assert Path(result["files"][0]).read_bytes().startswith(b"%PDF")
    after = {d["what"] for d in cli("deadlines") if d["case"] == 10}
    assert "letter_sent" not in after and after == before - {"letter_sent"}


def test_entry_file_runs_as_a_plain_script() -> None:
    """The PyInstaller bundle runs desktop_app/__main__.py as a script, not as a module."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, str(root / "desktop_app" / "__main__.py"),
                             "--version"], capture_output=True, text=True, check=True,
                            cwd=root)
    assert result.stdout.startswith("casemanager ")


def test_every_command_needs_a_login(cli: Cli, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", "--board", "Stichting Inlog")
    monkeypatch.delenv("CASEMANAGER_PASSWORD")
    assert main(["--database", str(cli.db), "school", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "CASEMANAGER_PASSWORD" in err
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "niet-het-goede-wachtwoord")
    refused = cli("school", "list", code=2)
    assert refused["rule"] == "login"
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    actions = [e["action"] for e in cli("audit", "list")]
    assert "user.login.refused" in actions and "user.login" in actions


def test_five_wrong_passwords_lock_the_account(cli: Cli,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", "--board", "Stichting Slot")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "verkeerd-wachtwoord")
    for _ in range(5):
        cli("school", "list", code=2)
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    assert "vergrendeld" in cli("school", "list", code=2)["error"]


def test_user_commands_and_a_director_sees_only_his_school(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", "--board", "Stichting Rollen")
    linde = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN", "--denomination",
                "openbaar")["id"]
    cli("school", "add", "--name", "Sint-Jozef", "--brin", "47JZ", "--denomination", "bijzonder")
    short = cli("user", "add", "--username", "piet", "--name", "Piet", "--role", "director",
                "--school", str(linde), "--password", "kort", code=2)
    assert "12" in short["error"]
    made = cli("user", "add", "--username", "piet", "--name", "Piet de Vries", "--role",
               "director", "--school", str(linde), "--password", "directeur-wachtwoord")
    assert made["schools"] == [linde]
    assert [u["username"] for u in cli("user", "list")] == ["admin", "piet"]
    monkeypatch.setenv("CASEMANAGER_USER", "piet")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "directeur-wachtwoord")
    assert [s["id"] for s in cli("school", "list")] == [linde]
    assert cli("user", "list", code=2)["rule"] == "access"
    cli("user", "passwd", "--password", "nieuw-directeur-ww")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "nieuw-directeur-ww")
    assert [s["id"] for s in cli("school", "list")] == [linde]
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    cli("user", "deactivate", "piet")
    monkeypatch.setenv("CASEMANAGER_USER", "piet")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "nieuw-directeur-ww")
    assert cli("school", "list", code=2)["rule"] == "login"


def test_init_without_a_password_refuses(new_db_url: Callable[[str], str],
                                         capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CASEMANAGER_PASSWORD", raising=False)
    target = new_db_url("x.sqlite3")
    assert main(["--database", target, "init", "--board", "B"]) == 2
    assert "--admin-password" in capsys.readouterr().err
    assert main(["--database", target, "init", "--board", "B",
                 "--admin-user", "beheer", "--admin-password", "een-lang-wachtwoord"]) == 0
