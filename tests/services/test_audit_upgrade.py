"""A database from before the keyed chain (revision 0004) is re-keyed once at upgrade."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from desktop_app.db import migrate
from desktop_app.db.engine import make_engine
from desktop_app.services import audit
from desktop_app.services.database import Database
from tests.conftest import NOW


def _old_database(path: Path, break_at: int | None = None) -> str:
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    migrate.upgrade(engine, "0004")
    prev = audit.GENESIS
    at = datetime(2026, 1, 1, 9, 0, 0)
    with engine.begin() as c:
        c.execute(text("INSERT INTO board (id, name, street, postcode, city, created_at) "
                       "VALUES (1, 'Stichting Oud', '', '', '', '2026-01-01 00:00:00')"))
        for seq in range(1, 6):
            details = {"n": seq}
            digest = audit.legacy_hash(seq, at, None, "board.update", "board", 1, None, None,
                                       details, prev)
            if seq == break_at:
                details = {"n": 99}  # altered before the upgrade
            c.execute(text(
                "INSERT INTO audit_event (seq, at, actor_id, action, entity, entity_id, "
                "person_id, case_id, details, prev_hash, hash) VALUES (:seq, :at, NULL, "
                "'board.update', 'board', 1, NULL, NULL, :details, :prev, :hash)"),
                {"seq": seq, "at": at, "details": json.dumps(details), "prev": prev,
                 "hash": digest})
            prev = digest
        c.execute(text("INSERT INTO audit_head (id, seq, hash) VALUES (1, 5, :h)"), {"h": prev})
    engine.dispose()
    return url


def test_an_intact_old_chain_is_rekeyed_at_upgrade(tmp_path: Path) -> None:
    db = Database(_old_database(tmp_path / "old.sqlite3"), clock=lambda: NOW)
    try:
        with db.sessions() as s:
            check = audit.verify(s, db.url)
        assert check.intact and check.events == 5
    finally:
        db.dispose()


def test_a_broken_old_chain_stays_reported(tmp_path: Path) -> None:
    db = Database(_old_database(tmp_path / "old.sqlite3", break_at=3), clock=lambda: NOW)
    try:
        with db.sessions() as s:
            check = audit.verify(s, db.url)
        assert not check.intact and check.seq == 1  # nothing was keyed: it says so at once
    finally:
        db.dispose()
