"""View audit events that found the SQLite file locked at exit, kept beside it until written.

A view is never refused because another program writes; its audit event is written after the
read. When even the last attempt at exit finds the lock taken, the event goes into this small
journal, and the next program that opens the database writes it into the trail.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any


def path_for(database: Path | None) -> Path | None:
    return database.with_name(database.name + "-audit-pending.jsonl") if database else None


def save(journal: Path | None, events: list[tuple[Any, ...]]) -> bool:
    if journal is None:
        return False
    try:
        with journal.open("a", encoding="utf-8") as stream:
            for at, *rest in events:
                stream.write(json.dumps([at.isoformat(), *rest], ensure_ascii=False) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
    except OSError:
        return False
    return True


def load(journal: Path | None) -> list[tuple[Any, ...]]:
    if journal is None or not journal.exists():
        return []
    events: list[tuple[Any, ...]] = []
    with contextlib.suppress(OSError):
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                at, *rest = json.loads(line)
                events.append((datetime.fromisoformat(at), *rest))
            except (ValueError, TypeError):
                continue  # a line cut off by a crash: the rest still counts
    return events


def remove(journal: Path | None) -> None:
    if journal is not None:
        with contextlib.suppress(OSError):
            journal.unlink()
