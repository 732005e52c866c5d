"""Two users at once from the command line: a write given `--expected-version N` (the version
`case show` or a list's JSON showed) is refused with who changed the row and when once someone
else changed it, and nothing is written or audited; without the flag the CLI acts on the
current row as before. Two accounts, each its own process's session; SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desktop_app.cli import main
from desktop_app.services import accounts
from desktop_app.services.database import Database
from tests.cli.test_cli import ADMIN_PASSWORD
from tests.conftest import row_count

STALE_NL = "Gewijzigd door Petra HR om "


class TwoUsers:
    """`run(user, *args)`: the CLI as that account, a new session each call."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
        self.url, self.capsys, self.monkeypatch = url, capsys, monkeypatch

    def run(self, user: str, *args: str, code: int = 0, lang: str = "nl") -> dict[str, object]:
        self.monkeypatch.setenv("CASEMANAGER_USER", user)
        result = main(["--database", self.url, "--json", "--lang", lang, *args])
        out, err = self.capsys.readouterr()
        assert result == code, err or out
        assert "Traceback" not in err
        loaded = json.loads(err if code else out)
        return loaded if isinstance(loaded, dict) else {"rows": loaded}

    def state(self) -> tuple[int, ...]:
        """What a refusal must leave as it was: the rows it could touch and the audit head
        (a sign-in is an event of its own, so the head is read without them)."""
        return tuple(row_count(self.url, sql) for sql in (
            "SELECT count(*) FROM measure_decision", "SELECT count(*) FROM procedure_step",
            "SELECT count(*) FROM audit_event WHERE action NOT LIKE 'user.login%'",
            "SELECT count(*) FROM setting"))

    def refused(self, user: str, *args: str, version: int) -> str:
        before = self.state()
        error = self.run(user, *args, code=2)
        message = str(error["error"])
        assert STALE_NL in message and "er is niets overschreven" in message
        assert f"--expected-version {version}" in message  # the way out, with today's version
        assert self.state() == before
        return message


@pytest.fixture
def two(new_db_url: Callable[[str], str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> TwoUsers:
    monkeypatch.setenv("CASEMANAGER_PASSWORD", ADMIN_PASSWORD)
    users = TwoUsers(new_db_url("two.sqlite3"), capsys, monkeypatch)
    users.run("admin", "init", "--board", "Stichting Proef", "--address",
              "Stationsstraat 1, 3811 MH Amersfoort")
    db = Database(users.url, create=False)
    try:
        admin = accounts.login(db, "admin", ADMIN_PASSWORD)
        accounts.create_user(db, admin, "petra", "Petra HR", "administrator", ADMIN_PASSWORD)
    finally:
        db.dispose()
    return users


def _case(two: TwoUsers) -> tuple[int, int, int]:
    school = two.run("admin", "school", "add", "--name", "OBS De Linde", "--brin", "21LN",
                     "--denomination", "openbaar", "--address",
                     "Lindelaan 4, 3818 AB Amersfoort")["id"]
    person = two.run("admin", "person", "add", "--school", str(school), "--kind", "staff",
                     "--first", "Jan", "--last", "Berg")["id"]
    occurred = (date.today() - timedelta(days=3)).isoformat()
    incident = two.run("admin", "incident", "add", "--school", str(school), "--subject",
                       str(person), "--rule", "C4", "--category", "discrediting",
                       "--severity", "1", "--occurred", occurred, "--description",
                       "Geen disclaimer.")
    cases = incident["cases"]
    assert isinstance(cases, list)
    return int(str(school)), int(str(person)), int(cases[0]["id"])


def _version(two: TwoUsers, case_id: int) -> int:
    summary = two.run("admin", "case", "show", str(case_id))["summary"]
    assert isinstance(summary, dict)
    return int(summary["version"])


def test_stale_case_decision_step_and_close_are_refused(two: TwoUsers) -> None:
    _school, _person, case_id = _case(two)
    read = _version(two, case_id)  # what both users' scripts read
    today = date.today().isoformat()
    two.run("petra", "case", "decide", str(case_id), "--measure", "warning",
            "--expected-version", str(read))
    now = _version(two, case_id)
    assert now > read
    two.refused("admin", "case", "decide", str(case_id), "--measure", "reprimand",
                "--motivation", "Anders.", "--expected-version", str(read), version=now)
    two.refused("admin", "case", "step", str(case_id), "--kind", "letter_sent", "--on", today,
                "--expected-version", str(read), version=now)
    two.refused("admin", "case", "close", str(case_id), "--expected-version", str(read),
                version=now)
    shown = two.run("admin", "case", "show", str(case_id))["decision"]
    assert isinstance(shown, dict) and shown["measure"] == "warning"  # Petra's, not overwritten
    # English, for a script run with --lang en.
    english = two.run("admin", "case", "step", str(case_id), "--kind", "letter_sent", "--on",
                      today, "--expected-version", str(read), code=2, lang="en")
    assert "Changed by Petra HR at " in str(english["error"])
    # Read again, the same step is recorded; and without the flag the CLI acts as before.
    two.run("admin", "case", "step", str(case_id), "--kind", "letter_sent", "--on", today,
            "--expected-version", str(_version(two, case_id)))
    two.run("admin", "case", "step", str(case_id), "--kind", "letter_sent", "--on", today,
            "--note", "Tweede exemplaar.")


def test_stale_person_school_and_settings_are_refused(two: TwoUsers) -> None:
    school, person, _case_id = _case(two)

    def person_version() -> int:
        rows = two.run("admin", "person", "list")["rows"]
        assert isinstance(rows, list)
        return int(next(r["version"] for r in rows if r["id"] == person))

    def school_version() -> int:
        rows = two.run("admin", "school", "list")["rows"]
        assert isinstance(rows, list)
        return int(next(r["version"] for r in rows if r["id"] == school))

    def settings_version() -> int:
        return int(str(two.run("admin", "settings", "legal")["version"]))

    read = person_version()
    two.run("petra", "person", "update", str(person), "--left-on", "2026-07-31",
            "--expected-version", str(read))
    two.refused("admin", "person", "update", str(person), "--left-on", "",
                "--expected-version", str(read), version=person_version())
    rows = two.run("admin", "person", "list")["rows"]
    assert isinstance(rows, list)
    assert [r["left_on"] for r in rows if r["id"] == person] == ["2026-07-31"]

    read = school_version()
    two.run("petra", "school", "update", str(school), "--signatory", "P. Jansen",
            "--expected-version", str(read))
    two.refused("admin", "school", "update", str(school), "--signatory", "M. de Wit",
                "--expected-version", str(read), version=school_version())
    two.run("admin", "school", "update", str(school), "--signatory", "M. de Wit",
            "--expected-version", str(school_version()))

    read = settings_version()
    two.run("petra", "settings", "legal", "--set", "cao_article_reprimand=artikel 11.1",
            "--expected-version", str(read))
    two.refused("admin", "settings", "legal", "--set", "cao_article_reprimand=artikel 99",
                "--expected-version", str(read), version=settings_version())
    rows = two.run("admin", "settings", "legal")["settings"]
    assert isinstance(rows, list)
    assert [r["value"] for r in rows if r["name"] == "cao_article_reprimand"] == \
        ["artikel 11.1"]
    two.run("admin", "settings", "legal", "--set", "cao_article_reprimand=artikel 99")
