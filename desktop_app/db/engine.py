"""Engine creation: SQLite with WAL and enforced foreign keys, or a PostgreSQL server."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from . import immutability  # noqa: F401  (installs the refusal listeners)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, emit BEGIN: otherwise a SAVEPOINT starts the
    # transaction and its RELEASE commits it, and a batch would not be all-or-nothing
    # (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL" for pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    _record.info[_BUSY_MS] = BUSY_TIMEOUT_MS


_BUSY_MS = "casemanager_busy_ms"  # the connection's busy_timeout as last set
# How long a writer waits for another process's write lock before "database is locked".
BUSY_TIMEOUT_MS = 10_000
WRITE = {"casemanager_write": True}
# A view's audit event waits only briefly: a read must never hang on another's write.
VIEW_AUDIT = {"casemanager_write": True, "casemanager_busy_ms": 1_000}


def _sqlite_begin(connection: Any) -> None:
    # A write transaction takes the write lock at once (BEGIN IMMEDIATE): two deferred
    # transactions that both read before writing would make SQLite refuse one of them at once
    # ("database is locked") instead of letting it wait its turn (busy_timeout).
    # The timeout is set only when it changes, and a read's BEGIN goes straight to the driver
    # (it cannot wait for a lock): through SQLAlchemy's execution the two statements cost a
    # fifth of an incident list page. A write's BEGIN IMMEDIATE keeps SQLAlchemy's handling of
    # a "database is locked".
    options = connection.get_execution_options()
    busy = int(options.get("casemanager_busy_ms", BUSY_TIMEOUT_MS))
    pooled = connection.connection
    if pooled.info.get(_BUSY_MS) != busy:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={busy}")
        pooled.info[_BUSY_MS] = busy
    if options.get("casemanager_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        pooled.dbapi_connection.execute("BEGIN")


def normalise_url(url: str) -> str:
    """Accept a plain file path as well as a URL; PostgreSQL goes through psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, echo: bool = False) -> Engine:
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # hide_parameters: a failing statement's values (names, texts) never reach a message or log.
    engine = create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    event.listen(engine, "do_connect", _stored_password)
    return engine


def _stored_password(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
    """The password this account saved for exactly this server (encrypted at rest) is handed
    to the driver here, so it is never part of a URL; without one, pgpass and the like apply."""
    if params.get("password"):
        return
    from ..database_choice import password_for

    password = password_for(params)
    if password:
        params["password"] = password


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
