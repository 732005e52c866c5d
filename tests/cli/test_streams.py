"""The CLI as a Windows build runs it: no console streams at all, or a cp1252 redirect."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

NAME = "Şükrü Ağaoğlu"
# Every command runs as the administrator that `init` creates from these (issue 9).
LOGIN = {"CASEMANAGER_USER": "admin", "CASEMANAGER_PASSWORD": "stromen-wachtwoord"}


def _run(args: list[str], tmp_path: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, CASEMANAGER_DATA_DIR=str(tmp_path / "profile"), **LOGIN)
    env.update(kwargs.pop("env", {}))  # type: ignore[arg-type]
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], env=env,
                          cwd=Path(__file__).resolve().parents[2], check=False,
                          timeout=120, **kwargs)  # type: ignore[call-overload]


def _init_with_person(tmp_path: Path, url: str) -> str:
    db = url
    for args in (["init", "--board", "Stichting Proef"],
                 ["school", "add", "--name", "OBS De Linde", "--brin", "21LN",
                  "--denomination", "openbaar"],
                 ["person", "add", "--school", "1", "--kind", "staff", "--first", "Şükrü",
                  "--last", "Ağaoğlu"]):
        done = _run(["--database", db, *args], tmp_path, capture_output=True)
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    return db


def test_cli_does_its_work_without_any_standard_streams(tmp_path: Path,
                                                        new_db_url: Callable[[str], str]) -> None:
    """A windowed .exe starts with sys.stdout and sys.stderr None: the command still works."""
    db = _init_with_person(tmp_path, new_db_url("c.sqlite3"))
    out = tmp_path / "people.json"
    code = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from desktop_app.__main__ import main\n"
        f"rc = main(['--database', {db!r}, '--json', 'person', 'list'])\n"
        f"open({str(out)!r}, 'w').write(str(rc))\n"
    )
    env = dict(os.environ, CASEMANAGER_DATA_DIR=str(tmp_path / "profile"), **LOGIN)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          cwd=Path(__file__).resolve().parents[2], timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert out.read_text() == "0"


def test_cli_with_closed_descriptors_exits_cleanly(tmp_path: Path,
                                                   new_db_url: Callable[[str], str]) -> None:
    db = _init_with_person(tmp_path, new_db_url("c.sqlite3"))
    done = _run(["--database", db, "person", "list"], tmp_path,
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                preexec_fn=lambda: (os.close(1), os.close(2)))
    assert done.returncode == 0


def test_names_reach_a_cp1252_redirect_as_utf8(tmp_path: Path,
                                               new_db_url: Callable[[str], str]) -> None:
    db = _init_with_person(tmp_path, new_db_url("c.sqlite3"))
    done = _run(["--database", db, "--json", "person", "list"], tmp_path,
                capture_output=True, env={"PYTHONIOENCODING": "cp1252"})
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    people = json.loads(done.stdout.decode("utf-8"))
    assert any(p["last_name"] == "Ağaoğlu" for p in people), people
    text = _run(["--database", db, "person", "list"], tmp_path, capture_output=True,
                env={"PYTHONIOENCODING": "cp1252"})
    assert text.returncode == 0
    assert NAME.split()[1] in text.stdout.decode("utf-8")


def test_log_file_is_utf8(tmp_path: Path,
                          new_db_url: Callable[[str], str]) -> None:
    db = _init_with_person(tmp_path, new_db_url("c.sqlite3"))
    _run(["--database", db, "case", "show", "99999"], tmp_path, capture_output=True,
         env={"PYTHONIOENCODING": "cp1252"})
    for log in (tmp_path / "profile").rglob("*.log"):
        log.read_bytes().decode("utf-8")  # raises if anything was written in another encoding
