"""Seals: the chain's length and head, written now and then to an append-only file outside the
database, so a cut tail or a wiped trail is noticed even when the database itself looks tidy."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from ..db.engine import normalise_url
from ..paths import data_dir

SEAL_FILE = "audit-seals.jsonl"
SEAL_EVERY = 100  # events between two seals; the app also seals when it closes the database


@dataclass(frozen=True)
class Seal:
    database: str
    at: str
    count: int
    head: str
    genuine: bool  # its MAC verifies with this PC's key
    restore: bool = False  # written when a backup replaced the database: earlier seals lapse


def seal_path() -> Path:
    """The seal file: backups include it (see seal_file_contents)."""
    return data_dir() / SEAL_FILE


def seal_file_contents() -> bytes:
    """What a backup stores beside the database: every seal written on this PC."""
    path = seal_path()
    return path.read_bytes() if path.exists() else b""


def database_label(url: str) -> str:
    """Which database a seal belongs to: the SQLite file's full path or the server URL
    without its password, hashed so the file names no path or host."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        where = str(Path(parsed.database).resolve())
    else:
        where = parsed.render_as_string(hide_password=True)
    return hashlib.sha256(where.encode("utf-8")).hexdigest()[:24]


def _mac(key: bytes, database: str, at: str, count: int, head: str) -> str:
    message = json.dumps([database, at, count, head], separators=(",", ":"))
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


RESTORE_MARK = "restore:"


def write_seal(key: bytes, url: str, count: int, head: str, at: datetime,
               restore: bool = False) -> None:
    """Append one line; the file is opened for appending only and readable by its owner.
    A restore seal (keyed like every seal) records that a backup replaced the database, so
    the seals written before it no longer describe this trail."""
    database = database_label(url)
    stamp = at.replace(microsecond=0).isoformat()
    head = (RESTORE_MARK if restore else "") + head
    line = json.dumps({"database": database, "at": stamp, "count": count, "head": head,
                       "mac": _mac(key, database, stamp, count, head)}, separators=(",", ":"))
    fd = os.open(seal_path(), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def read_seals(key: bytes | None, url: str) -> list[Seal]:
    """This database's seals in the order written; unreadable lines are skipped."""
    path = seal_path()
    if not path.exists():
        return []
    database = database_label(url)
    seals: list[Seal] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            item = json.loads(raw)
            if item.get("database") != database:
                continue
            count, head, at = int(item["count"]), str(item["head"]), str(item["at"])
            genuine = key is not None and hmac.compare_digest(
                str(item.get("mac", "")), _mac(key, database, at, count, head))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        restore = head.startswith(RESTORE_MARK)
        seals.append(Seal(database, at, count, head.removeprefix(RESTORE_MARK), genuine,
                          restore))
    return seals


def since_last_restore(seals: list[Seal]) -> list[Seal]:
    """The seals that describe the current trail: from the last genuine restore seal on."""
    starts = [i for i, s in enumerate(seals) if s.restore and s.genuine]
    return seals[starts[-1]:] if starts else seals
