"""Checks before a database is opened: is it there, is it a database, whole, ours, writable."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine, inspect
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


def check_sqlite_file(path: Path, create: bool) -> float | None:
    """Refuse with the way out before SQLite would silently make a new, empty database.
    Returns when the file was last found whole by the full check (None for a new file)."""
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
        return None
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as error:
        raise faults.describe(error, path) from error
    if not header and create:
        return None  # an empty file that `init` is asked to make into a database
    if header != SQLITE_HEADER:
        raise faults.not_a_database(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise faults.read_only(path)
    checked_at = closed_cleanly(path)
    if checked_at is None:
        quick_check(path)
        checked_at = time.time()
    return checked_at


# --- the full check only when the file changed outside our own clean close ------------------
# `PRAGMA quick_check` reads every page: 0.75 s of CPU at every start on a board of 100,000
# incidents. The file is checked in full whenever it is not exactly as this application left it
# at its last clean close (a crash, a copy, a restore, another program, a damaged disk, a WAL
# still present): the stamp beside the file records its size, modification time, inode and
# SQLite's change counter at that close. A week after the last full check, the next open checks
# in full again whatever the stamp says.
FULL_CHECK_AFTER = 7 * 24 * 3600


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + "-checked")


def _identity(path: Path) -> str:
    status = path.stat()
    with path.open("rb") as stream:
        header = stream.read(100)
    return f"{status.st_size}:{status.st_mtime_ns}:{status.st_ino}:{header[24:28].hex()}"


def closed_cleanly(path: Path) -> float | None:
    """When the full check last found the file whole, if the file is still exactly as our last
    clean close left it and that check is less than a week old; else None."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size:
            return None
        identity, checked = _stamp(path).read_text(encoding="ascii").split("\n")[:2]
        checked_at = float(checked)
        if identity != _identity(path) or not 0 <= time.time() - checked_at < FULL_CHECK_AFTER:
            return None
        return checked_at
    except (OSError, ValueError):
        return None


def record_clean_close(path: Path, checked_at: float | None) -> None:
    """After the last connection closed: the next open may skip the full check while the file
    stays exactly like this. A failure only means the next open checks in full."""
    from ..paths import private_file

    stamp = _stamp(path)
    wal = path.with_name(path.name + "-wal")
    journal = path.with_name(path.name + "-journal")
    try:
        if checked_at is None or not path.is_file() or journal.exists() or (
                wal.exists() and wal.stat().st_size):
            stamp.unlink(missing_ok=True)
            return
        stamp.write_text(f"{_identity(path)}\n{checked_at}\n", encoding="ascii")
        private_file(stamp)
    except OSError:
        return


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


def check_exists(engine: Engine, where: str) -> None:
    """Refuse a database that holds no Casemanager schema (only `init` makes one there)."""
    if not inspect(engine).has_table("alembic_version"):
        raise faults.no_database(where)


def check_schema(engine: Engine, where: str) -> None:
    """A database from a newer application has a revision this one does not know."""
    revision = migrate.current_revision(engine)
    if revision is not None and revision not in migrate.known_revisions():
        raise faults.newer_schema(where)
