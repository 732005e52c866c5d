"""Faults from the CLI: each answers with one sentence and leaves the database as it was."""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.db import engine as engine_module
from desktop_app.services import accounts, board, demo
from desktop_app.services.database import Database
from tests.conftest import PASSWORD, DatabaseTemplate, on_postgresql, query, row_count

TABLES = ("document", "audit_event", "procedure_step", "measure_decision", "person", "incident")


def _build_demo(db: Database) -> None:
    actor = accounts.create_user(db, None, accounts.ADMIN_USERNAME, "Beheerder", "administrator",
                                 PASSWORD)
    board.create_board(db, actor, "Stichting Demo", "Stationsstraat 1, 3811 MH Amersfoort")
    demo.load_demo(db, actor)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseTemplate]:
    template = DatabaseTemplate(tmp_path_factory.mktemp("template"), _build_demo)
    yield template
    template.close()


@pytest.fixture(autouse=True)
def _credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)


@pytest.fixture
def demo_db(demo_template: DatabaseTemplate, tmp_path: Path) -> Path | str:
    """The demo board's database on the backend under test: a file path or a server URL."""
    url = demo_template.copy(tmp_path / "demo.sqlite3")
    return url if on_postgresql() else Path(url)


# Faults of the SQLite file itself (its write lock, its bytes, its folder): a server has none.
SQLITE_FILE = pytest.mark.sqlite_only


def counts(url: Path | str) -> dict[str, int]:
    state = {t: row_count(str(url), f"SELECT count(*) FROM {t}") for t in TABLES}
    # Signing in is an event of its own; everything else must stay as it was.
    state["audit_event"] = row_count(
        str(url), "SELECT count(*) FROM audit_event WHERE action != 'user.login'")
    return state


def run(path: Path | str, *args: str, capsys: pytest.CaptureFixture[str],
        lang: str = "nl") -> tuple[int, dict[str, str] | object]:
    code = main(["--database", str(path), "--json", "--lang", lang, *args])
    out, err = capsys.readouterr()
    if code:
        return code, json.loads(err)
    return code, json.loads(out)


def assert_sentence(error: object, *fragments: str) -> str:
    assert isinstance(error, dict)
    message = str(error["error"])
    for fragment in fragments:
        assert fragment in message
    for raw in ("Traceback", "sqlite3.", "OperationalError", "psycopg", "SELECT", "INSERT",
                "Error:", "errno"):
        assert raw not in message
    assert "\n" not in message
    return message


def test_letter_out_to_missing_folder_files_nothing(demo_db: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(demo_db)
    code, error = run(demo_db, "letter", "10", "--kind", "suspension", "--sent",
                      date.today().isoformat(), "--out", str(tmp_path / "nope" / "brief.pdf"),
                      capsys=capsys)
    assert code == 1
    assert_sentence(error, "De map", "bestaat niet")
    assert counts(demo_db) == before  # no letter filed, no dispatch step, no audit event


def test_letter_out_refuses_to_overwrite_without_force(demo_db: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"mine")
    before = counts(demo_db)
    code, error = run(demo_db, "letter", "10", "--kind", "suspension", "--out", str(target),
                      capsys=capsys)
    assert code == 2
    assert_sentence(error, "bestaat al", "--force")
    assert target.read_bytes() == b"mine" and counts(demo_db) == before
    code, result = run(demo_db, "letter", "10", "--kind", "suspension", "--out", str(target),
                       "--force", capsys=capsys)
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    assert counts(demo_db)["document"] == before["document"] + 1
    assert not list(tmp_path.glob(".brief.pdf.*"))  # no temporary file left behind


def test_disk_full_during_export_audits_nothing(demo_db: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import outputs

    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", full)
    before = counts(demo_db)
    code, error = run(demo_db, "dossier", "export", "1", "--out", str(tmp_path / "d.pdf"),
                      capsys=capsys)
    assert code == 1
    assert_sentence(error, "schijf", "vol", "niets opgeslagen")
    assert counts(demo_db) == before and not list(tmp_path.glob("*.pdf*"))
    assert not list(tmp_path.glob(".d.pdf*"))


def test_read_only_folder_for_document_copy(demo_db: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import outputs

    real_mkstemp = outputs.tempfile.mkstemp

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        if kwargs.get("dir") == tmp_path / "ro":
            raise OSError(errno.EROFS, "Read-only file system")
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(outputs.tempfile, "mkstemp", read_only)
    (tmp_path / "ro").mkdir()
    run(demo_db, "letter", "10", "--kind", "suspension", capsys=capsys)
    before = counts(demo_db)
    doc = row_count(str(demo_db), "SELECT max(id) FROM document")
    code, error = run(demo_db, "dossier", "open", str(doc), "--out",
                      str(tmp_path / "ro" / "copy.pdf"), capsys=capsys)
    assert code == 1
    assert_sentence(error, "alleen-lezen")
    assert counts(demo_db) == before  # the open is not audited as done


@SQLITE_FILE
def test_locked_database_is_a_sentence_and_a_view_still_works(
        demo_db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import cases

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    before = counts(demo_db)
    db = Database(str(demo_db), create=False)  # the desktop app: signed in already
    actor = accounts.actor_for(db)
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        code, error = run(demo_db, "case", "close", "1", capsys=capsys)
        assert code == 1
        assert_sentence(error, "ander programma schrijft", "probeer het zo opnieuw")
        assert cases.show(db, actor, 3).summary.id == 3  # the view neither waits nor fails
        db.dispose()  # closing while still locked: the view's event goes into the journal
    finally:
        other.rollback()
        other.close()
    journal = demo_db.parent / (demo_db.name + "-audit-pending.jsonl")
    assert journal.exists()
    Database(str(demo_db), create=False).dispose()  # the next open writes it into the trail
    assert not journal.exists()
    after = counts(demo_db)
    assert {k: v for k, v in after.items() if not k.startswith("audit")} == \
        {k: v for k, v in before.items() if not k.startswith("audit")}
    with sqlite3.connect(demo_db) as c:
        last = c.execute("SELECT action, case_id FROM audit_event WHERE action != 'user.login' "
                         "ORDER BY seq DESC").fetchone()
    assert last == ("case.view", 3)

@SQLITE_FILE
def test_cli_case_show_while_another_program_writes(
        demo_db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`case show` from the command line signs in first; a sign-in that changes nothing on the
    account takes no write lock, so the case is shown while another program writes, and the
    sign-in and the view reach the trail once the lock is gone."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    from desktop_app.services import database as database_module

    monkeypatch.setattr(database_module, "VIEW_AUDIT",
                        {"casemanager_write": True, "casemanager_busy_ms": 50})
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, shown = run(demo_db, "case", "show", "3", capsys=capsys)
        assert code == 0 and isinstance(shown, dict) and shown["summary"]["id"] == 3
        # A write still says so, with a sentence.
        code, error = run(demo_db, "case", "close", "3", capsys=capsys)
        assert code == 1
        assert_sentence(error, "ander programma schrijft")
    finally:
        other.rollback()
        other.close()
    Database(str(demo_db), create=False).dispose()  # the next open writes the journal
    with sqlite3.connect(demo_db) as c:
        last = [tuple(r) for r in c.execute(
            "SELECT action, case_id FROM audit_event ORDER BY seq DESC LIMIT 2")]
    assert ("case.view", 3) in last and ("user.login", None) in last


@SQLITE_FILE
def test_view_event_deferred_to_the_next_write(demo_db: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import cases

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db = Database(str(demo_db), create=False)
    actor = accounts.actor_for(db)
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        monkeypatch.setattr(engine_module, "VIEW_AUDIT",
                            {"casemanager_write": True, "casemanager_busy_ms": 50})
        from desktop_app.services import database as database_module

        monkeypatch.setattr(database_module, "VIEW_AUDIT",
                            {"casemanager_write": True, "casemanager_busy_ms": 50})
        detail = cases.show(db, actor, 4)
        assert detail.summary.id == 4
    finally:
        other.rollback()
        other.close()
    with sqlite3.connect(demo_db) as c:
        assert c.execute("SELECT count(*) FROM audit_event WHERE action = 'case.view' "
                         "AND case_id = 4").fetchone()[0] == 0
    board.update_board(db, actor, "Stichting Demo", None)
    with sqlite3.connect(demo_db) as c:
        actions = [r[0] for r in c.execute(
            "SELECT action FROM audit_event WHERE action != 'user.login' "
            "ORDER BY seq DESC LIMIT 2")]
    assert "case.view" in actions
    db.dispose()

@pytest.mark.parametrize("value", ["99999999999999999999", "9223372036854775808"])
def test_out_of_range_id(demo_db: str, capsys: pytest.CaptureFixture[str], value: str) -> None:
    before = counts(demo_db)
    code, error = run(demo_db, "case", "show", value, capsys=capsys)
    assert code in (1, 2)
    assert_sentence(error, "bestaat")
    assert counts(demo_db) == before


def test_unsupported_url(capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run("mysql://root:geheim@server/db", "school", "list", capsys=capsys)
    assert code == 1
    message = assert_sentence(error, "geen bruikbare database")
    assert "geheim" not in message


def test_postgresql_server_down(capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run("postgresql://postgres@127.0.0.1:1/test", "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, "databaseserver is niet bereikbaar")


def _postgres_up() -> bool:
    import socket

    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", 5432)) == 0


@pytest.mark.skipif(not _postgres_up(), reason="no PostgreSQL server on 127.0.0.1:5432")
def test_postgresql_database_missing(capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run("postgresql://postgres@127.0.0.1:5432/geen_zulke_db", "school", "list",
                      capsys=capsys, lang="en")
    assert code == 1
    assert_sentence(error, "does not exist on the server")


def test_postgresql_server_name_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run("postgresql://postgres@geen-server.invalid/test", "school", "list",
                      capsys=capsys)
    assert code == 1  # was "Er ging onverwacht iets mis"
    assert_sentence(error, "databaseserver is niet gevonden", "servernaam")


@pytest.mark.skipif(not _postgres_up(), reason="no PostgreSQL server on 127.0.0.1:5432")
def test_postgresql_unknown_role(capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run("postgresql://geen_zulke_rol@127.0.0.1:5432/test", "school", "list",
                      capsys=capsys)
    assert code == 1  # was "niet bereikbaar": the server answered, it refused the account
    assert_sentence(error, "weigert de aanmelding")


@pytest.mark.skipif(not _postgres_up(), reason="no PostgreSQL server on 127.0.0.1:5432")
def test_empty_server_database_is_refused_except_by_init(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A command other than init on a server database without our tables refuses, as on a
    missing file, instead of filling it with an empty board's schema."""
    from tests.conftest import new_pg_schema

    url, drop = new_pg_schema()
    schema = url.rsplit("%3D", 1)[-1]
    tables = f"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}'"
    try:
        code, error = run(url, "school", "list", capsys=capsys)
        assert code == 1
        assert_sentence(error, "Geen database op", "casemanager init")
        assert row_count(url, tables) == 0
        assert main(["--database", url, "init", "--board", "Stichting Leeg"]) == 0
        assert row_count(url, tables) > 0
    finally:
        drop()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_in_memory_database_is_refused(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run(url, "school", "list", capsys=capsys)
    assert code == 1  # was "Gebruikersnaam of wachtwoord onjuist" on a fresh, empty database
    assert_sentence(error, "Geen database op")


@SQLITE_FILE
def test_log_holds_no_sql_or_values(demo_db: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.logfile import log_file

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(demo_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, _ = run(demo_db, "person", "add", "--school", "1", "--kind", "staff", "--first",
                      "Geheimenaam", "--last", "Xyzzy", capsys=capsys)
    finally:
        other.rollback()
        other.close()
    assert code == 1
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    text = log_file().read_text(encoding="utf-8")
    assert "command person: locked" in text
    assert "Geheimenaam" not in text and "Xyzzy" not in text
    assert "INSERT" not in text and "SELECT" not in text

# Start-up faults: each refused with the way out, and the file left as it was.

@SQLITE_FILE
def test_missing_database_is_refused_except_by_init(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "typo.sqlite3"
    code, error = run(path, "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, f"geen database op {path}".capitalize(), "casemanager init")
    assert not path.exists()
    code, _ = run(path, "init", capsys=capsys)
    assert code == 0 and path.exists()


@SQLITE_FILE
def test_missing_folder_for_init(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, error = run(tmp_path / "nergens" / "db.sqlite3", "init", capsys=capsys)
    assert code == 1
    assert_sentence(error, "De map", "bestaat niet")


@SQLITE_FILE
@pytest.mark.parametrize("content", [b"", b"Beste ouders,\nDit is een brief.\n" * 50])
def test_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        content: bytes) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(content)
    code, error = run(path, "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, "geen database van Casemanager", "back-up terug")
    assert path.read_bytes() == content


@SQLITE_FILE
def test_truncated_database(demo_db: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    data = demo_db.read_bytes()
    broken = tmp_path / "half.sqlite3"
    broken.write_bytes(data[: len(data) // 2])
    code, error = run(broken, "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, "beschadigd", "back-up terug")
    assert broken.read_bytes() == data[: len(data) // 2]

@SQLITE_FILE
def test_corrupt_database(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(demo_db.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 12), page):
        data[offset + 8: offset + 200] = b"\xff" * 192  # scribble over b-tree pages
    demo_db.write_bytes(bytes(data))
    code, error = run(demo_db, "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, "beschadigd")


@SQLITE_FILE
def test_damage_after_a_clean_close_is_found(demo_db: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A clean close lets the next open skip the full check only while the file stays exactly
    as it was left: bytes scribbled afterwards (same size) are found."""
    Database(f"sqlite:///{demo_db}").dispose()
    assert run(demo_db, "school", "list", capsys=capsys)[0] == 0  # opens after the clean close
    data = bytearray(demo_db.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 12), 4096):
        data[offset + 8: offset + 200] = b"\xff" * 192
    demo_db.write_bytes(bytes(data))
    code, error = run(demo_db, "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, "beschadigd")


@SQLITE_FILE
def test_unchanged_file_opens_without_the_full_check(demo_db: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.db import health

    Database(f"sqlite:///{demo_db}").dispose()  # checked in full, then closed cleanly

    def refuse(path: Path) -> None:
        raise AssertionError("the full check ran on a file left unchanged")

    monkeypatch.setattr(health, "quick_check", refuse)
    Database(f"sqlite:///{demo_db}").dispose()
    monkeypatch.setattr(health, "FULL_CHECK_AFTER", 0)  # a week later: in full again
    with pytest.raises(AssertionError, match="full check ran"):
        Database(f"sqlite:///{demo_db}")



def test_database_from_a_newer_version(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    query(str(demo_db), "UPDATE alembic_version SET version_num = '0099'")
    before = counts(demo_db)
    code, error = run(demo_db, "school", "list", capsys=capsys, lang="en")
    assert code == 1
    assert_sentence(error, "newer version", "Upgrade the application")
    assert counts(demo_db) == before


@SQLITE_FILE
def test_read_only_database_file(demo_db: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from desktop_app.db import health

    real = os.access

    def no_write(path: object, mode: int) -> bool:
        if mode == os.W_OK and Path(str(path)) == demo_db:
            return False  # as on a read-only share (the tests run as root, so chmod would not)
        return real(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(health.os, "access", no_write)
    code, error = run(demo_db, "school", "list", capsys=capsys)
    assert code == 1
    assert_sentence(error, "alleen-lezen")

@pytest.fixture
def _no_stray_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not list(tmp_path.glob("*.part"))
