"""Files at rest (issue 9 item 5): a whole story run as a real process leaves a private data
folder, private files, and a log without any personal data; terminal escapes never come back."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.logprivacy import PrivateFormatter

NAME = "Zwaantje"
LAST = "Quirijnsdochter"
DESCRIPTION = "Geheime omschrijving over Zwaantje in de groepsapp"


def _run(env: dict[str, str], *args: str, code: int = 0) -> str:
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--json", *args],
                          capture_output=True, text=True, env=env)
    assert done.returncode == code, done.stderr
    return done.stdout


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions; Windows: the profile")
def test_a_story_leaves_private_files_and_a_log_without_personal_data(tmp_path: Path) -> None:
    home = tmp_path / "profile"
    env = {**os.environ, "CASEMANAGER_DATA_DIR": str(home), "CASEMANAGER_USER": "admin",
           "CASEMANAGER_PASSWORD": "logtest-wachtwoord"}
    env.pop("CASEMANAGER_DATABASE", None)
    _run(env, "init", "--board", "Stichting Logtest")
    school = json.loads(_run(env, "school", "add", "--name", "OBS Log", "--brin", "33LG",
                             "--denomination", "openbaar"))["id"]
    person = json.loads(_run(env, "person", "add", "--school", str(school), "--kind", "staff",
                             "--first", NAME, "--last", LAST, "--email",
                             "zwaantje@example.org"))["id"]
    occurred = (date.today() - timedelta(days=2)).isoformat()
    incident = json.loads(_run(
        env, "incident", "add", "--school", str(school), "--subject", str(person), "--rule",
        "C4", "--category", "discrediting", "--axes", "1,2,1", "--occurred", occurred,
        "--description", DESCRIPTION + "\x1b[2J\x1b]0;pwned\x07"))
    case = incident["cases"][0]["id"]
    _run(env, "person", "add", "--school", str(school), "--kind", "staff", "--first", NAME,
         "--last", LAST, "--email", "geen-adres", code=2)  # refused: logged? never its values
    _run(env, "audit", "export", "--person", str(person), "--format", "pdf", "--out",
         str(home / "audit.pdf"))
    _run(env, "audit", "export", "--format", "csv", "--out", str(home / "audit.csv"))
    shown = _run(env, "case", "show", str(case))
    assert "\x1b" not in shown and DESCRIPTION in shown  # stored without the escapes

    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    files = [home / "casemanager.sqlite3", home / "logs" / "casemanager.log",
             home / "audit.pdf", home / "audit.csv", home / "audit-seals.jsonl",
             home / "config" / "audit.key"]
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    log = (home / "logs" / "casemanager.log").read_text(encoding="utf-8")
    for secret in (NAME, LAST, "zwaantje@example.org", "Geheime", "groepsapp", "geen-adres"):
        assert secret not in log


def test_logged_exceptions_keep_the_stack_but_not_the_message() -> None:
    def fail() -> None:
        try:
            raise KeyError(f"{NAME} {LAST}")  # source lines are code: only values are private
        except KeyError as inner:
            raise ValueError(f"INSERT ... ('{NAME}', '{LAST}')") from inner

    try:
        fail()
    except ValueError:
        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    text = PrivateFormatter("%(message)s").format(record)
    assert NAME not in text and LAST not in text
    assert "builtins.ValueError" in text and "builtins.KeyError" in text and "in fail" in text
