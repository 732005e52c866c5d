"""Checks before a database is opened: is it there, is it a database, whole, ours, writable."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from .. import faults
from . import migrate

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or \
            parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def display_name(url: str) -> str:
    """The database as a user knows it: a file path, or the server address without password."""
    from .engine import normalise_url

    try:
        path = sqlite_path(normalise_url(url))
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as typed, minus a password
        path = None
    return str(path) if path is not None else url.split("@")[-1]


def check_sqlite_file(path: Path, create: bool) -> None:
    """Refuse with the way out before SQLite would silently make a new, empty database."""
    if path.is_dir():
        raise faults.Fault("is_directory", f"{path} is een map, geen database.",
                           f"{path} is a folder, not a database.")
    if not path.exists():
        if not create:
            raise faults.no_database(path)
        if not path.parent.is_dir():
            raise faults.missing_folder(path)
        if not os.access(path.parent, os.W_OK):
            raise faults.read_only(path.parent)
        return
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise faults.describe(error, path) from error
    if not header and create:
        return  # an empty file that `init` is asked to make into a database
    if header != SQLITE_HEADER:
        raise faults.not_a_database(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise faults.read_only(path)
    quick_check(path)


def quick_check(path: Path) -> None:
    """`PRAGMA quick_check` on a read-only connection: a truncated or damaged file is refused."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "not a database" in text:
            raise faults.not_a_database(path) from None
        raise faults.corrupt(path) from None
    if [r[0] for r in rows] != ["ok"]:
        raise faults.corrupt(path)


def check_schema(engine: Engine, where: str) -> None:
    """A database from a newer application has a revision this one does not know."""
    revision = migrate.current_revision(engine)
    if revision is not None and revision not in migrate.known_revisions():
        raise faults.newer_schema(where)
