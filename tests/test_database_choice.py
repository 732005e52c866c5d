"""Instellingen › Database behind the screen: the choice, the password at rest, the test."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app import database_choice as choice
from desktop_app.db.engine import make_engine
from desktop_app.domain.errors import InvalidInput
from desktop_app.faults import Fault
from desktop_app.paths import config_dir, default_database_url, embedded_database_url
from tests.fake_pg import refusing_server

SECRET = "Zeer-geheim-wachtwoord-42"


def _files() -> list[Path]:
    return [config_dir() / choice.CHOICE_FILE, config_dir() / choice.KEY_FILE]


def test_the_choice_applies_at_the_next_start_and_the_password_is_not_plain() -> None:
    assert default_database_url() == embedded_database_url()
    server = choice.make_server(" db.bestuur.local ", "5433", "casemanager", "cm_app")
    choice.save(choice.Choice(server), SECRET)
    assert choice.load() == choice.Choice(server)
    url = default_database_url()
    assert url == "postgresql+psycopg://cm_app@db.bestuur.local:5433/casemanager"
    assert SECRET not in url
    for path in _files():
        assert SECRET.encode() not in path.read_bytes()
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert choice.stored_password(server) == SECRET
    # Bound to its server: another server or user gets nothing.
    assert choice.stored_password(choice.make_server("db.bestuur.local", 5433, "casemanager",
                                                     "iemand")) is None
    choice.save(choice.Choice(server))  # None keeps the stored password
    assert choice.stored_password(server) == SECRET
    choice.save(choice.Choice(server), "")  # "" forgets it
    assert choice.stored_password(server) is None
    choice.save(choice.Choice())
    assert default_database_url() == embedded_database_url()


def test_another_pcs_key_reads_no_password() -> None:
    server = choice.make_server("db", 5432, "casemanager", "cm_app")
    choice.save(choice.Choice(server), SECRET)
    (config_dir() / choice.KEY_FILE).write_bytes(os.urandom(32))
    assert choice.stored_password(server) is None


@pytest.mark.parametrize(("fields", "fragment"), [
    (("", 5432, "cm", "u"), "naam of het adres"),
    (("db server", 5432, "cm", "u"), "zonder spaties"),
    (("db", "poort", "cm", "u"), "1 tot en met 65535"),
    (("db", 70000, "cm", "u"), "1 tot en met 65535"),
    (("db", 5432, "", "u"), "naam van de database"),
    (("db", 5432, "cm", "u; drop"), "gebruikersnaam"),
])
def test_fields_refused_with_what_they_must_hold(fields: tuple[str, int | str, str, str],
                                                 fragment: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        choice.make_server(*fields)
    assert fragment in refused.value.message("nl")


def test_connection_test_server_down() -> None:
    with pytest.raises(Fault) as failed:
        choice.test_connection(choice.make_server("127.0.0.1", 1, "test", "postgres"), None)
    assert failed.value.kind == "server_down"
    assert "niet bereikbaar" in failed.value.message("nl")


def test_connection_test_database_missing() -> None:
    server = choice.make_server("127.0.0.1", 5432, "geen_zulke_database", "postgres")
    with pytest.raises(Fault) as failed:
        choice.test_connection(server, None)
    assert failed.value.kind == "no_server_database"
    assert "bestaat niet op de server" in failed.value.message("nl")


def test_connection_test_wrong_password() -> None:
    with refusing_server() as (port, received):
        server = choice.make_server("127.0.0.1", port, "casemanager", "cm_app")
        with pytest.raises(Fault) as failed:
            choice.test_connection(server, "fout-wachtwoord")
    assert failed.value.kind == "server_login"
    assert "weigert de aanmelding" in failed.value.message("nl")
    assert "fout-wachtwoord" not in failed.value.message("nl")
    assert received == ["fout-wachtwoord"]


def test_connection_test_reaches_the_server() -> None:
    probe = choice.test_connection(choice.make_server("127.0.0.1", 5432, "test", "postgres"),
                                   None)
    assert probe.newer is False


def test_the_app_hands_the_stored_password_to_the_server() -> None:
    with refusing_server() as (port, received):
        server = choice.make_server("127.0.0.1", port, "casemanager", "cm_app")
        choice.save(choice.Choice(server), SECRET)
        engine = make_engine(server.url())
        with pytest.raises(Exception):  # noqa: B017 - the stand-in refuses every login
            engine.connect()
        engine.dispose()
    assert received and set(received) == {SECRET}
