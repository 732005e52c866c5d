"""A destruction run killed halfway (SIGKILL inside the destroying transaction, after the
deletes and before the commit): on restart nothing was destroyed, no report exists, and the
next run destroys everything due and reports it. Deterministic: the child process kills
itself at that exact point instead of being killed after a delay."""

from __future__ import annotations

import os
import signal
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.services import (
    accounts,
    audit_trail,
    board,
    demo,
    destruction,
    people,
    retention,
)
from desktop_app.services.database import Database
from tests.cli.test_crash_harness import run_forked
from tests.conftest import PASSWORD


def _counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as c:
        return (c.execute("SELECT count(*) FROM person").fetchone()[0],
                c.execute("SELECT count(*) FROM document_content").fetchone()[0],
                c.execute("SELECT count(*) FROM document WHERE dossier = "
                          "'vernietigingsverslag'").fetchone()[0])


@pytest.mark.sqlite_only
def test_destruction_killed_halfway_is_all_or_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    path = tmp_path / "board.sqlite3"
    db = Database(f"sqlite:///{path}")
    admin = accounts.create_user(db, None, accounts.ADMIN_USERNAME, "Beheerder",
                                 "administrator", PASSWORD)
    board.create_board(db, admin, "Stichting Kill", "Stationsstraat 1, 3811 MH Amersfoort")
    demo.load_demo(db, admin)
    leavers = [p.id for p in people.list_people(db, admin, kind="pupil")[:3]]
    for pupil in leavers:
        people.update_person(db, admin, pupil, left_on=date(2023, 6, 30))
    due = {r.person for r in retention.due(db, admin)}
    assert set(leavers) <= due
    db.dispose()
    before = _counts(path)

    real_execute = destruction.execute

    def killed_after_the_deletes(*args, **kwargs):  # type: ignore[no-untyped-def]
        real_execute(*args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)  # everything deleted, nothing committed

    monkeypatch.setattr(destruction, "execute", killed_after_the_deletes)
    outcome, _ = run_forked(["--database", str(path), "retention", "destroy", "--confirm"],
                            None)
    assert outcome == "killed"
    monkeypatch.setattr(destruction, "execute", real_execute)
    assert _counts(path) == before  # nothing destroyed, no report
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("SELECT count(*) FROM destruction_permit").fetchone()[0] == 0

    outcome, result = run_forked(["--database", str(path), "retention", "destroy",
                                  "--confirm"], None)
    assert outcome == "done" and isinstance(result, dict)
    assert set(result["destroyed"]) >= set(leavers) and result["report"]
    persons, _contents, reports = _counts(path)
    assert persons < before[0] and reports == 1
    db = Database(f"sqlite:///{path}")
    try:
        assert retention.due(db, admin) == []
        check = audit_trail.verify_trail(db, admin)
        assert check.intact, check.message_en
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_killed_after_the_commit_before_vacuum_the_bytes_are_gone_anyway(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import documents
    from desktop_app.services.documents import NewDocument

    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    path = tmp_path / "board.sqlite3"
    db = Database(f"sqlite:///{path}")
    admin = accounts.create_user(db, None, accounts.ADMIN_USERNAME, "Beheerder",
                                 "administrator", PASSWORD)
    board.create_board(db, admin, "Stichting Kill", "Stationsstraat 1, 3811 MH Amersfoort")
    school = board.add_school(db, admin, "OBS De Linde", "21LN", "openbaar").id
    pupil = people.add_person(db, admin, school_id=school, kind="pupil", first="Noor",
                              last="Zwartveld").id
    documents.file_document(db, admin, pupil, NewDocument(
        "letter", "Brief", "brief.txt", "text/plain", b"vertrouwelijk-kenmerk-93817 " * 50))
    people.update_person(db, admin, pupil, left_on=date(2023, 6, 30))
    db.dispose()

    def killed_before_vacuum(_db):  # type: ignore[no-untyped-def]
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(retention, "compact", killed_before_vacuum)
    outcome, _ = run_forked(["--database", str(path), "retention", "destroy", "--confirm"],
                            None)
    assert outcome == "killed"
    with sqlite3.connect(path) as c:  # the next program to open it checkpoints the log
        assert c.execute("SELECT count(*) FROM person WHERE id = ?", (pupil,)).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM document WHERE dossier = "
                         "'vernietigingsverslag'").fetchone()[0] == 1
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = path.read_bytes()
    assert b"vertrouwelijk-kenmerk-93817" not in raw and b"Zwartveld" not in raw
