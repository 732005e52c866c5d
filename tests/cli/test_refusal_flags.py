"""The CLI words a refusal with its own flags and commands, and every way out it names works
(issue 8 item 4: a signatory suggested as '--field signatory_name=...' was ignored)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import board, cases, incidents
from desktop_app.services.database import Actor, Database


def cli(db_path: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--database", f"sqlite:///{db_path}", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.sqlite_only
def test_letter_refusal_names_the_command_that_fills_it_in(
        db: Database, db_path: Path, admin: Actor, school: int, teacher: int,
        capsys: pytest.CaptureFixture[str]) -> None:
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["C4"],
        category_code="discrediting", occurred_on=date(2026, 11, 20), platform="Instagram",
        description="Kritiek op de school.", severity=1).cases[0].id
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "warning")
    board.update_school(db, admin, school, signatory_name="")
    db.dispose()
    code, _, err = cli(db_path, "letter", str(case), "--kind", "warning", capsys=capsys)
    assert code == 2
    assert "naam van de ondertekenaar" in err  # the data in words
    command = f"casemanager school update {school} --signatory ..."
    assert command in err, err
    # The way out it names works: give the signatory to the school, then the letter is made.
    code, _, err = cli(db_path, "school", "update", str(school), "--signatory", "M. de Wit",
                       capsys=capsys)
    assert code == 0, err
    code, out, err = cli(db_path, "--json", "letter", str(case), "--kind", "warning",
                         capsys=capsys)
    assert code == 0, err
    assert json.loads(out)


@pytest.mark.sqlite_only
def test_decision_refusal_names_its_flag(
        db: Database, db_path: Path, admin: Actor, school: int, teacher: int,
        capsys: pytest.CaptureFixture[str]) -> None:
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["C4"],
        category_code="discrediting", occurred_on=date(2026, 11, 20),
        description="Kritiek op de school.", severity=1).cases[0].id
    db.dispose()
    code, _, err = cli(db_path, "--json", "case", "decide", str(case), "--measure", "reprimand",
                       capsys=capsys)
    assert code == 2
    shown = json.loads(err)
    assert shown["field"] == "motivation" and "(--motivation)" in shown["error"]
    code, _, err = cli(db_path, "case", "decide", str(case), "--measure", "reprimand",
                       "--motivation", "Herhaald gedrag.", capsys=capsys)
    assert code == 2 and "voornemen" in err  # now the next rule speaks (ST3), not the flag
