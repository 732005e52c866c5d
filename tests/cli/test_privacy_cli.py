# ruff: noqa: F811  (the cli fixture is imported and used as a parameter)
"""The CLI contract of issue 13 items 1-2: person update --left-on, retention, access-request."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import ADMIN_PASSWORD, Cli, cli  # noqa: F401  (fixture)


def _pupils(cli: Cli, school: int) -> list[int]:
    rows = cli("person", "list", "--kind", "pupil", "--school", str(school))
    assert isinstance(rows, list)
    return [p["id"] for p in rows]


def test_R5_1_retention_contract_and_destruction_keeps_the_trail_intact(
        cli: Cli, tmp_path: Path) -> None:
    cli("init", "--board", "Stichting Privacy")
    cli("demo")
    pupil = _pupils(cli, 1)[0]
    assert cli("retention", "due") == []
    left = cli("person", "update", str(pupil), "--left-on", "2024-01-15")
    assert left["left_on"] == "2024-01-15"
    due = cli("retention", "due")
    assert isinstance(due, list)
    mine = next(r for r in due if r["person"] == pupil)
    assert {k: mine[k] for k in ("person", "dossier", "destroy_on", "rule", "hold")} == {
        "person": pupil, "dossier": "leerlingendossier", "destroy_on": "2026-01-15",
        "rule": "R5.1-LL", "hold": False}
    held = cli("retention", "hold", str(pupil), "--reason", "Bezwaarprocedure loopt")
    assert held["hold"] is True
    assert next(r for r in cli("retention", "due") if r["person"] == pupil)["hold"] is True
    listed = cli("retention", "destroy")  # without --confirm it only lists
    assert listed["destroyed"] == [] and pupil not in [r["person"] for r in listed["due"]]
    cli("retention", "release", str(pupil))
    result = cli("retention", "destroy", "--confirm")
    assert pupil in result["destroyed"] and isinstance(result["report"], int)
    assert cli("person", "list", "--kind", "pupil", "--school", "1") != []
    assert pupil not in _pupils(cli, 1)
    check = cli("audit", "verify")
    assert check["intact"] is True, check["message"]
    assert cli("retention", "destroy", "--confirm") == {"destroyed": [], "report": None,
                                                         "held": [], "archived": [],
                                                         "blocked": []}


def test_person_update_left_on_empty_clears_and_bad_dates_are_sentences(
        cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    cli("init", "--board", "Stichting Privacy")
    cli("demo")
    pupil = _pupils(cli, 1)[0]
    cli("person", "update", str(pupil), "--left-on", "2025-06-30")
    assert cli("person", "update", str(pupil), "--left-on", "")["left_on"] is None
    refused = cli("person", "update", str(pupil), "--left-on", "2999-01-01", code=2)
    assert refused["rule"] == "R5.1" and "toekomst" in refused["error"]


def test_R5_4_archive_law_flag_in_the_cli(cli: Cli) -> None:
    cli("init", "--board", "Stichting Privacy")
    cli("demo")
    pupil = _pupils(cli, 1)[0]
    cli("person", "update", str(pupil), "--left-on", "2024-01-15")
    flagged = cli("retention", "archive", str(pupil), "--reason", "verlofbesluit art. 11")
    assert flagged["archive"] is True
    [row] = [r for r in cli("retention", "due") if r["person"] == pupil]
    assert row["archive"] is True and row["archive_reason"] == "verlofbesluit art. 11"
    kept = cli("retention", "destroy", "--confirm")
    assert pupil in kept["archived"] and pupil not in kept["destroyed"]
    cli("retention", "unarchive", str(pupil))
    assert pupil in cli("retention", "destroy", "--confirm")["destroyed"]
    refused = cli("retention", "unarchive", str(pupil), code=2)
    assert "error" in refused


def test_R5_5_access_request_add_list_export(cli: Cli, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", "--board", "Stichting Privacy")
    cli("demo")
    pupil = _pupils(cli, 1)[0]
    added = cli("access-request", "add", "--person", str(pupil), "--requester",
                "moeder (per e-mail)", "--received", "2026-10-30")
    # One month after 30 October is 30 November 2026, a Monday.
    assert added == {"id": 1, "due": "2026-11-30"}
    [row] = cli("access-request", "list")
    assert row["person"] == pupil and row["completed_at"] is None
    deadlines = cli("deadlines")
    assert isinstance(deadlines, list)
    out = tmp_path / "inzage.pdf"
    # No data before the requester's identity is checked (R5.5).
    early = cli("access-request", "export", "1", "--out", str(out), code=2)
    assert early["rule"] == "R5.5" and "identiteit" in early["error"] and not out.exists()
    checked = cli("access-request", "identity", "1", "--on", "2026-11-02", "--how",
                  "paspoort getoond aan de balie")
    assert checked["identity_checked_on"] == "2026-11-02"
    # Two more months (AVG art. 12(3)), within the first month, once, with the reason.
    late = cli("access-request", "extend", "1", "--reason", "veel documenten", code=2)
    assert late["rule"] == "R5.5" and "30-11-2026" in late["error"]
    fresh = cli("access-request", "add", "--person", str(pupil), "--requester", "vader",
                "--received", date.today().isoformat())
    extended = cli("access-request", "extend", str(fresh["id"]), "--reason", "veel documenten")
    assert extended["extended_from"] == fresh["due"] and extended["due"] > fresh["due"]
    assert extended["extension_reason"] == "veel documenten"
    again = cli("access-request", "extend", str(fresh["id"]), "--reason", "nog eens", code=2)
    assert again["rule"] == "R5.5"
    made = cli("access-request", "export", "1", "--out", str(out))
    assert out.read_bytes().startswith(b"%PDF") and made["json"] == str(out.with_suffix(".json"))
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["person"]["id"] == pupil and data["request"]["id"] == 1
    assert {"incidents", "cases", "consent", "documents", "viewed_by"} <= set(data)
    answered = {r["id"]: r for r in cli("access-request", "list")}
    assert answered[1]["completed_at"] is not None and answered[fresh["id"]]["completed_at"] is None
    # A director of the other school: the request is refused exactly like a missing one.
    cli("user", "add", "--username", "piet", "--name", "Piet", "--role", "director",
        "--school", "2", "--password", "directeur-wachtwoord")
    monkeypatch.setenv("CASEMANAGER_USER", "piet")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", "directeur-wachtwoord")
    hidden = cli("access-request", "export", "1", "--out", str(tmp_path / "x.pdf"), code=2)
    missing = cli("access-request", "export", "99", "--out", str(tmp_path / "x.pdf"), code=2)
    assert hidden["error"].replace(" 1 ", " N ") == missing["error"].replace(" 99 ", " N ")
    assert not (tmp_path / "x.pdf").exists()
    assert cli("access-request", "list") == []
    refused = cli("access-request", "add", "--person", str(pupil), "--requester", "x",
                  "--received", "2026-11-01", code=2)
    assert "bestaat niet" in refused["error"]
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    assert cli("audit", "verify")["intact"] is True
