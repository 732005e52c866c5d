"""This account's choice of database: the embedded file or a shared PostgreSQL server.

Saved in the user's configuration folder (`database.json`, 0600 on POSIX) and applied at the
next start; IT's machine-wide configuration (machine_config.py) wins over it.

The server password is never stored in plain text. It is encrypted with AES-GCM under a random
per-user key kept in a separate file (`secrets.key`, 0600, in the same private folder), bound
to the server, database and user it belongs to. Why not only PostgreSQL's own password file
(pgpass)? That file holds the password in plain text, readable by anyone who gets a copy of
the profile folder or a backup of it; here a copy of the settings alone reveals nothing and the
key never leaves the PC. A password in pgpass still works: when none is stored here, the
PostgreSQL client falls back to pgpass (or Windows authentication, a client certificate), which
IT may prefer on managed PCs. The password never appears in a database URL, a message or the
log: it is handed to the driver at connect time (db/engine.py).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from . import secret_box
from .domain.errors import InvalidInput
from .paths import config_dir, read_settings, write_settings

KEY_FILE = secret_box.KEY_FILE

CHOICE_FILE = "database.json"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5
_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,63}$")
_HOST = re.compile(r"^[A-Za-z0-9_.:\-\[\]]{1,253}$")


@dataclass(frozen=True)
class Server:
    """Where a shared PostgreSQL database lives and as whom the app signs in there."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "casemanager"
    user: str = "casemanager"

    def url(self) -> str:
        """The URL without a password (that is handed over at connect time)."""
        from sqlalchemy.engine import URL  # SQLAlchemy only when a server was chosen

        return URL.create("postgresql+psycopg", username=self.user, host=self.host,
                          port=self.port, database=self.database).render_as_string()

    def shown(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


@dataclass(frozen=True)
class Choice:
    """None: the embedded file in the user's data folder."""

    server: Server | None = None


def _invalid(nl: str, en: str) -> InvalidInput:
    return InvalidInput(nl, en, "database")


def make_server(host: str, port: int | str, database: str, user: str) -> Server:
    """A server from what was typed; each field refused with what it must hold."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not _HOST.match(host):
        raise _invalid("Vul de naam of het adres van de databaseserver in (zonder spaties).",
                       "Enter the database server's name or address (without spaces).")
    try:
        number = int(port)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= 65535:
        raise _invalid("De poort is een getal van 1 tot en met 65535 (meestal 5432).",
                       "The port is a number from 1 to 65535 (usually 5432).")
    if not _NAME.match(database):
        raise _invalid("Vul de naam van de database in: letters, cijfers, punt, streepje of "
                       "liggend streepje, hoogstens 63 tekens.",
                       "Enter the database name: letters, digits, dot, hyphen or underscore, "
                       "at most 63 characters.")
    if not _NAME.match(user):
        raise _invalid("Vul de gebruikersnaam op de server in: letters, cijfers, punt, streepje "
                       "of liggend streepje, hoogstens 63 tekens.",
                       "Enter the user name on the server: letters, digits, dot, hyphen or "
                       "underscore, at most 63 characters.")
    return Server(host, number, database, user)


def _choice_path() -> Path:
    return config_dir() / CHOICE_FILE


def _bound(server: Server) -> str:
    return "database:" + server.shown()


def _encrypt(server: Server, password: str) -> str:
    return secret_box.seal(password, _bound(server))


def _decrypt(server: Server, stored: str) -> str | None:
    return secret_box.unseal(stored, _bound(server))


def _read() -> dict[str, Any]:
    return read_settings(_choice_path())


def load() -> Choice:
    """The saved choice; the embedded file when none (or an unreadable one) is saved."""
    data = _read()
    server = data.get("server")
    if not isinstance(server, dict):
        return Choice()
    try:
        return Choice(make_server(str(server.get("host", "")), server.get("port", DEFAULT_PORT),
                                  str(server.get("database", "")), str(server.get("user", ""))))
    except InvalidInput:
        return Choice()


def has_password(server: Server) -> bool:
    return stored_password(server) is not None


def save(choice: Choice, password: str | None = None) -> None:
    """Save the choice for the next start. `password`: None keeps a stored one for the same
    server, "" forgets it, anything else is stored encrypted."""
    data: dict[str, Any] = {}
    if choice.server is not None:
        data["server"] = asdict(choice.server)
        if password is None:
            kept = stored_password(choice.server)
            if kept is not None:
                data["password"] = _encrypt(choice.server, kept)
        elif password:
            data["password"] = _encrypt(choice.server, password)
    write_settings(_choice_path(), data)


def stored_password(server: Server) -> str | None:
    data = _read()
    saved = data.get("server")
    stored = data.get("password")
    if not isinstance(saved, dict) or not isinstance(stored, str):
        return None
    if (str(saved.get("host")), int(saved.get("port", DEFAULT_PORT)), str(saved.get("database")),
            str(saved.get("user"))) != (server.host, server.port, server.database, server.user):
        return None
    return _decrypt(server, stored)


def chosen_url() -> str | None:
    """The server URL this account chose, or None for the embedded file."""
    server = load().server
    return server.url() if server is not None else None


def password_for(params: dict[str, Any]) -> str | None:
    """The stored password for the driver's connect parameters (host, port, dbname, user),
    or None when none is stored for exactly that server."""
    host = params.get("host")
    if not host:
        return None
    server = Server(str(host), int(params.get("port") or DEFAULT_PORT),
                    str(params.get("dbname") or params.get("database") or ""),
                    str(params.get("user") or ""))
    return stored_password(server)


@dataclass(frozen=True)
class Probe:
    """What "Verbinding testen" found: reachable and signed in; `ready` when the database
    already holds Casemanager's tables (else they are made at the next start)."""

    ready: bool
    newer: bool = False


def test_connection(server: Server, password: str | None) -> Probe:
    """Connect once, briefly; every failure is a `Fault` sentence (server down, database
    missing, login refused) and never the driver's text."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url

    from . import faults
    from .db import migrate

    secret = password if password else stored_password(server)
    url = make_url(server.url()).set(password=secret) if secret else make_url(server.url())
    engine = create_engine(url, hide_parameters=True, poolclass=_null_pool(),
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            ready = inspect(connection).has_table("alembic_version")
        revision = migrate.current_revision(engine) if ready else None
    except faults.Fault:
        raise
    except Exception as error:  # noqa: BLE001 - worded: the driver's text may hold the host
        raise faults.describe(error, server.shown()) from None
    finally:
        engine.dispose()
    newer = revision is not None and revision not in migrate.known_revisions()
    return Probe(ready=ready, newer=newer)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool
