"""Shared fixtures: real SQLite files in a temporary folder, a fixed clock, the admin actor."""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import Engine, create_engine, text

from desktop_app.db.engine import normalise_url
from desktop_app.services import accounts, board, people, settings
from desktop_app.services.database import Actor, Database

# The suite (and CI) replays the same Hypothesis examples each run, so a test cannot turn red by
# chance; HYPOTHESIS_EXPLORE=1 searches new ones (how the bugs named in the tests were found).
hypothesis_settings.register_profile("suite", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile("explore" if os.environ.get("HYPOTHESIS_EXPLORE") else "suite")

NOW = datetime(2026, 11, 24, 12, 0, 0)
TODAY = NOW.date()


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever writes into the real user profile."""
    home = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv("CASEMANAGER_DATA_DIR", str(home))
    monkeypatch.setenv("CASEMANAGER_SITE_CONFIG", str(home / "no-machine-config.toml"))
    monkeypatch.delenv("CASEMANAGER_DATABASE", raising=False)


@pytest.fixture(autouse=True)
def _fail_on_unexpected_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    yield
    bad = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING
           and not r.name.startswith(("alembic", "PIL", "fontTools"))]
    assert not bad, f"unexpected log warnings: {[r.getMessage() for r in bad]}"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "case.sqlite3"


PG_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
PG_URL = f"{PG_SERVER}/test"


def on_postgresql() -> bool:
    """The suite runs on the PostgreSQL server (CASEMANAGER_TEST_BACKEND=postgresql)."""
    return os.environ.get("CASEMANAGER_TEST_BACKEND") == "postgresql"


def _pg_admin(database: str = "test") -> Engine:
    # AUTOCOMMIT: CREATE/DROP DATABASE may not run inside a transaction.
    return create_engine(f"{PG_SERVER}/{database}", isolation_level="AUTOCOMMIT")


def new_pg_schema() -> tuple[str, Callable[[], None]]:
    """A fresh, empty schema in the test database: the URL and how to drop it again."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin()
    with admin_engine.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    admin_engine.dispose()  # no idle connection kept open until the drop (100 tests: 100 more)

    def drop() -> None:
        with admin_engine.begin() as c:
            c.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin_engine.dispose()

    return f"{PG_URL}?options=-csearch_path%3D{schema}", drop


def new_pg_database(template: str | None = None) -> tuple[str, str, Callable[[], None]]:
    """A new database on the server (a copy of `template` when given): URL, name and drop."""
    name = f"cm_t_{uuid.uuid4().hex[:12]}"
    admin_engine = _pg_admin()
    copy_of = f" TEMPLATE {template}" if template else ""
    with admin_engine.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}{copy_of}"))
    admin_engine.dispose()  # no idle connection kept open until the drop (100 tests: 100 more)

    def drop() -> None:
        with admin_engine.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin_engine.dispose()

    return f"{PG_SERVER}/{name}", name, drop


@pytest.fixture
def new_db_url(tmp_path: Path) -> Callable[[str], str]:
    """`new_db_url("cli.sqlite3")`: where a test's own new database goes, on the backend under
    test: a path in the test's folder, or an empty schema on the PostgreSQL server (the CLI's
    `--database` takes either)."""
    def make(name: str) -> str:
        if not on_postgresql():
            return str(tmp_path / name)
        url, drop = new_pg_schema()
        # Dropped when the session ends: a window the test left open may still read it while
        # the Qt fixtures tear down (a file in tmp_path outlives the test the same way).
        _LATE_DROPS.append(drop)
        return url

    return make


_LATE_DROPS: list[Callable[[], None]] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    while _LATE_DROPS:
        _LATE_DROPS.pop()()


class DatabaseTemplate:
    """A database built once (a demo board) and copied for each test: a file copy on SQLite,
    CREATE DATABASE … TEMPLATE on PostgreSQL."""

    def __init__(self, folder: Path, build: Callable[[Database], None]) -> None:
        self._drops: list[Callable[[], None]] = []
        self.key: Path | None = None  # the audit key that chained the template's trail
        if on_postgresql():
            self.url, self._name, drop = new_pg_database()
            self._drops.append(drop)
        else:
            self.url = str(folder / "template.sqlite3")
        database = Database(self.url, clock=lambda: NOW)
        try:
            build(database)
        finally:
            database.dispose()

    def copy(self, target: Path) -> str:
        """A copy of the template as the URL (or path) a test opens; `target` on SQLite."""
        if not on_postgresql():
            shutil.copy(self.url, target)
            return str(target)
        url, _name, drop = new_pg_database(self._name)
        _LATE_DROPS.append(drop)  # see new_db_url
        return url

    def close(self) -> None:
        _LATE_DROPS.extend(reversed(self._drops))
        self._drops.clear()


def query(url: str, sql: str) -> list[tuple[Any, ...]]:
    """Rows straight from the database, past the services (a test's own check), on either
    backend; a statement that returns no rows is committed."""
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as c:
            result = c.execute(text(sql))
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def row_count(url: str, sql: str) -> int:
    return int(query(url, sql)[0][0])


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A real database: a SQLite file, or with CASEMANAGER_TEST_BACKEND=postgresql a fresh
    schema on the PostgreSQL server, so the same tests run on both backends."""
    if on_postgresql():
        url, drop = new_pg_schema()
        database = Database(url, clock=lambda: NOW)
        yield database
        database.dispose()
        drop()
        return
    database = Database(f"sqlite:///{db_path}", clock=lambda: NOW)
    yield database
    database.dispose()


PASSWORD = "proef-wachtwoord-2026"


@pytest.fixture
def admin(db: Database, monkeypatch: pytest.MonkeyPatch) -> Actor:
    """The first administrator; the CLI runs as this account (credentials in the environment)."""
    actor = accounts.create_user(db, None, "admin", "Beheerder", "administrator", PASSWORD)
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    board.create_board(db, actor, "Stichting Proef", "Stationsstraat 1, 3811 MH Amersfoort")
    # The board has filled in the CAO articles law.md marks unverified (C7); a test of the
    # placeholder refusal sets them back.
    settings.set_legal(db, actor, {"cao_article_reprimand": "artikel 11.1 cao po",
                                   "cao_article_suspension": "artikel 11.2 cao po",
                                   "cao_article_order_suspension": "artikel 11.4 cao po"})
    return actor


ActAs = Callable[..., Actor]


@pytest.fixture
def act_as(db: Database, admin: Actor) -> ActAs:
    """`act_as("director", [school])`: a new account with that role (and schools), password
    PASSWORD, as the services see it after a login."""
    made: list[int] = []

    def make(role: str, schools: Sequence[int] = ()) -> Actor:
        made.append(1)
        if role == "administrator" and not schools:
            name = f"beheerder{len(made)}"
        else:
            name = f"{role}{len(made)}"
        return accounts.create_user(db, admin, name, f"Test {role}", role, PASSWORD, schools)

    return make


@pytest.fixture
def school(db: Database, admin: Actor) -> int:
    return board.add_school(db, admin, "OBS De Linde", "21LN", "openbaar",
                            "Lindelaan 4, 3818 AB Amersfoort", signatory_name="M. de Wit",
                            signatory_function="directeur").id


@pytest.fixture
def bijzonder_school(db: Database, admin: Actor) -> int:
    return board.add_school(db, admin, "Sint-Jozefschool", "47JZ", "bijzonder",
                            "Kerkstraat 12, 3811 CV Amersfoort").id


@pytest.fixture
def teacher(db: Database, admin: Actor, school: int) -> int:
    return people.add_person(db, admin, school_id=school, kind="staff", first="Jan",
                             prefix="van der", last="Berg", function="leerkracht",
                             salutation="heer", address="Dorpsstraat 10, 3811 AA Amersfoort").id


@pytest.fixture
def pupil(db: Database, admin: Actor, school: int) -> int:
    return people.add_person(db, admin, school_id=school, kind="pupil", first="Daan",
                             last="Bakker", birth=date(2014, 3, 12), group="groep 8").id


@pytest.fixture
def parent(db: Database, admin: Actor, school: int, pupil: int) -> int:
    return people.add_person(db, admin, school_id=school, kind="parent", first="Karin",
                             last="Bakker", salutation="mevrouw",
                             address="Zonnebloemstraat 8, 3815 AA Amersfoort",
                             guardian_of=pupil, authority=True).id


def pytest_sessionstart(session: pytest.Session) -> None:
    """On the PostgreSQL backend an unreachable server fails the run; it is never skipped."""
    if not on_postgresql():
        return
    engine = _pg_admin()
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any reason at all: the run must not pass
        pytest.exit(f"CASEMANAGER_TEST_BACKEND=postgresql but the server at {PG_URL} is not "
                    f"reachable: {type(error).__name__}", returncode=3)
    finally:
        engine.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not on_postgresql():
        return
    skip = pytest.mark.skip(reason="about the SQLite file; not applicable to PostgreSQL")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)
