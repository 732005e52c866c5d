"""`casemanager school update`: corrects a school's letterhead and signatory, BRIN included."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.services import demo
from tests.cli.test_cli import ADMIN_PASSWORD, Cli


@pytest.fixture
def cli(new_db_url: Callable[[str], str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    return Cli(new_db_url("cli.sqlite3"), capsys)


def test_school_update_changes_only_the_options_given(cli: Cli) -> None:
    cli("init", "--board", "Stichting Proef")
    added = cli("school", "add", "--name", "OBS De Linde", "--brin", "21LN",
                "--denomination", "openbaar", "--address", "Lindelaan 4, 3818 AB Amersfoort",
                "--signatory", "M. de Wit")
    assert isinstance(added, dict)
    school_id = str(added["id"])
    fixed = cli("school", "update", school_id, "--brin", "21lm", "--signatory", "J. de Boer",
                "--signatory-function", "directeur", "--mandate", "namens het bestuur",
                "--phone", "033-1234567", "--email", "info@linde.example",
                "--address", "Dorpsstraat 1, 1234 AB Ergens", "--director", "J. de Boer")
    assert isinstance(fixed, dict)
    assert fixed["brin"] == "21LM" and fixed["signatory_name"] == "J. de Boer"
    assert (fixed["street"], fixed["postcode"], fixed["city"]) == (
        "Dorpsstraat 1", "1234 AB", "Ergens")
    assert fixed["name"] == "OBS De Linde" and fixed["mandate"] == "namens het bestuur"
    # A BRIN code that is malformed or taken is refused and changes nothing.
    error = cli("school", "update", school_id, "--brin", "1234", code=2)
    assert isinstance(error, dict) and "BRIN" in str(error)
    cli("school", "add", "--name", "Tweede", "--brin", "30AB", "--denomination", "bijzonder")
    cli("school", "update", school_id, "--brin", "30AB", code=2)
    cli("school", "update", school_id, code=2)  # nothing to change
    rows = cli("school", "list")
    assert isinstance(rows, list)
    assert [r["brin"] for r in rows if str(r["id"]) == school_id] == ["21LM"]


def test_demo_loads_beside_a_school_with_a_demo_brin(cli: Cli) -> None:
    cli("init", "--board", "Stichting Proef")
    cli("school", "add", "--name", "Onze school", "--brin", "21LN", "--denomination",
        "openbaar")
    summary = cli("demo")
    assert isinstance(summary, dict)
    assert summary == {"schools": 2, "people": 30, "incidents": 21, "cases": 21}
    assert summary == demo.DEMO_CONTENTS.__dict__
    rows = cli("school", "list")
    assert isinstance(rows, list) and len(rows) == 3
    assert len({r["brin"] for r in rows}) == 3
    error = cli("demo", code=2)  # loaded twice: the real reason
    assert "al geladen" in str(error) or "already loaded" in str(error)
