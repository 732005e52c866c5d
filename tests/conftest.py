"""Shared fixtures: real SQLite files in a temporary folder, a fixed clock, the admin actor."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desktop_app.services import accounts, board, people
from desktop_app.services.database import Actor, Database

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


PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A real database: a SQLite file, or with CASEMANAGER_TEST_BACKEND=postgresql a fresh
    schema on the PostgreSQL server, so the same tests run on both backends."""
    if os.environ.get("CASEMANAGER_TEST_BACKEND") == "postgresql":
        schema = f"t_{uuid.uuid4().hex[:12]}"
        admin_engine = create_engine(PG_URL)
        with admin_engine.begin() as c:
            c.execute(text(f"CREATE SCHEMA {schema}"))
        database = Database(f"{PG_URL}?options=-csearch_path%3D{schema}", clock=lambda: NOW)
        yield database
        database.dispose()
        with admin_engine.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin_engine.dispose()
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("CASEMANAGER_TEST_BACKEND") != "postgresql":
        return
    skip = pytest.mark.skip(reason="about the SQLite file; not applicable to PostgreSQL")
    for item in items:
        if "sqlite_only" in item.keywords:
            item.add_marker(skip)
