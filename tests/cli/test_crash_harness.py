"""Crash harness: CLI processes killed with SIGKILL at random moments lose nothing.

Each round forks a real OS process that runs the `casemanager` command line (the same `main`
as the entry point, already imported, so the kills land in the work and not in Python's
start-up) to save an incident, record a decision, file a letter with --out, export a dossier,
make a backup or restore one, and kills it after a random delay. After every round: the
database is consistent (SQLite's integrity check; on both backends every filed document still
has its bytes), the audit chain, every document's bytes against its SHA-256, every action that
reported success still present, and no half-written output file. At least 100 kills by
default; CASEMANAGER_CRASH_KILLS=1000 for the long run.

With CASEMANAGER_TEST_BACKEND=postgresql the same rounds run against a database on the
server: there a killed client's open transaction is the server's to roll back, `backup`
answers that the server's own backups apply (killed or not, it writes no file) and there is
no restore of an embedded file to kill.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from desktop_app.cli import main
from desktop_app.db.engine import normalise_url
from desktop_app.services import accounts, audit, backup, board, demo
from desktop_app.services.database import Database
from tests.conftest import PASSWORD, new_pg_database, on_postgresql, query

PASS = "crash harness passphrase"
ACTIONS = ("incident", "decision", "letter", "export", "backup", "restore")
# On the server: no restore of an embedded file (and `backup` points at pg_dump).
SERVER_ACTIONS = ACTIONS[:-1]


@dataclass
class Ledger:
    """What the harness knows must be in the database and on disk."""

    incidents: set[str] = field(default_factory=set)  # descriptions reported as saved
    decisions: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    undecided: list[int] = field(default_factory=list)
    backups: dict[Path, Ledger] = field(default_factory=dict)

    def copy(self) -> Ledger:
        return Ledger(set(self.incidents), set(self.decisions), set(self.documents),
                      list(self.undecided), dict(self.backups))


def run_forked(args: list[str], kill_after: float | None) -> tuple[str, object]:
    """('done', json) or ('failed', stderr) or ('killed', None)."""
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the CLI process
        code = 70
        try:
            os.close(out_r)
            os.close(err_r)
            sys.stdout = os.fdopen(out_w, "w", encoding="utf-8")
            sys.stderr = os.fdopen(err_w, "w", encoding="utf-8")
            code = main(["--json", *args])
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)
    os.close(out_w)
    os.close(err_w)
    if kill_after is not None:
        time.sleep(kill_after)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(out_r, encoding="utf-8") as o, os.fdopen(err_r, encoding="utf-8") as e:
        out, err = o.read(), e.read()
    if os.WIFSIGNALED(status):
        return "killed", None
    if os.WEXITSTATUS(status) == 0:
        return "done", json.loads(out)
    return "failed", err


def check(db: str, ledger: Ledger, outputs: Path, unfilled: int) -> str | None:
    """None when all holds, else what was lost. `unfilled`: documents without bytes before
    the first round (none in the demo); a crash must never add one."""
    if not on_postgresql():
        with sqlite3.connect(db) as c:
            if c.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return "integrity"
    if _unfilled(db) != unfilled:
        return "document without its bytes"
    docs = {i: (h, hashlib.sha256(bytes(d)).hexdigest()) for i, h, d in query(
        db, "SELECT d.id, d.sha256, c.data FROM document d JOIN document_content c "
        "ON c.document_id = d.id")}
    descriptions = {r[0] for r in query(db, "SELECT description FROM incident")}
    decided = {r[0] for r in query(db, "SELECT case_id FROM measure_decision")}
    if any(stored != actual for stored, actual in docs.values()):
        return "document hash"
    engine = create_engine(normalise_url(db))
    try:
        with Session(engine) as session:
            if not audit.verify(session).intact:
                return "audit chain"
    finally:
        engine.dispose()
    if not ledger.incidents <= descriptions:
        return "incident lost"
    if not ledger.decisions <= decided:
        return "decision lost"
    if not ledger.documents <= set(docs):
        return "document lost"
    for pdf in outputs.glob("*.pdf"):
        data = pdf.read_bytes()
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
            return f"half-written {pdf.name}"
    for made in outputs.glob("*.cmbackup"):
        try:
            backup.decrypt(made.read_bytes(), PASS, made)
        except Exception:  # noqa: BLE001 - any failure here is a half-written backup
            return f"half-written {made.name}"
    return None


def _unfilled(db: str) -> int:
    return int(query(db, "SELECT count(*) FROM document d LEFT JOIN document_content c "
                     "ON c.document_id = d.id WHERE c.document_id IS NULL")[0][0])


def _reason(stderr: str) -> str:
    """The refusal's sentence, without the numbers that differ per round."""
    try:
        text = str(json.loads(stderr)["error"])
    except (ValueError, KeyError, TypeError):
        text = stderr.strip()
    return "".join("#" if ch.isdigit() else ch for ch in text)[:120]


def matches(db: str, ledger: Ledger) -> bool:
    descriptions = {r[0] for r in query(db, "SELECT description FROM incident")}
    decided = {r[0] for r in query(db, "SELECT case_id FROM measure_decision")}
    docs = {r[0] for r in query(db, "SELECT id FROM document")}
    return (ledger.incidents <= descriptions and ledger.decisions <= decided
            and ledger.documents <= docs)


@pytest.fixture
def board_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The demo board: a SQLite file's path, or a database of its own on the server."""
    monkeypatch.setenv(backup.PASSPHRASE_ENV, PASS)
    monkeypatch.setenv("CASEMANAGER_USER", "admin")
    monkeypatch.setenv("CASEMANAGER_PASSWORD", PASSWORD)
    # scrypt at full strength costs most of a backup; the harness is about crashes.
    monkeypatch.setattr(backup, "SCRYPT_N", 2**14)
    drop = None
    if on_postgresql():
        url, _name, drop = new_pg_database()
    else:
        url = str(tmp_path / "board.sqlite3")
    db = Database(url)
    actor = accounts.create_user(db, None, accounts.ADMIN_USERNAME, "Beheerder", "administrator",
                                 PASSWORD)
    board.create_board(db, actor, "Stichting Crash", "Stationsstraat 1, 3811 MH Amersfoort")
    demo.load_demo(db, actor)
    db.dispose()  # no connection of the parent's is inherited by the forked CLI processes
    yield url
    if drop is not None:
        drop()


def _args(action: str, db: str, out: Path, ledger: Ledger, n: int,
          rng: random.Random) -> list[str] | None:
    base = ["--database", db]
    if action == "incident":
        occurred = (date.today() - timedelta(days=2)).isoformat()
        return base + ["incident", "add", "--school", "1", "--subject", str(rng.randint(1, 12)),
                       "--rule", "C4", "--category", "discrediting", "--axes", "1,1,1",
                       "--occurred", occurred, "--description", f"harness {n}"]
    if action == "decision":
        if not ledger.undecided:
            return None
        return base + ["case", "decide", str(ledger.undecided[0]), "--measure", "warning",
                       "--motivation", f"harness {n}"]
    if action == "letter":
        return base + ["letter", "10", "--kind", "suspension", "--out",
                       str(out / f"letter-{n}.pdf")]
    if action == "export":
        return base + ["dossier", "export", "13", "--out", str(out / f"dossier-{n}.pdf")]
    if action == "backup":
        return base + ["backup", "--out", str(out / f"b-{n}.cmbackup")]
    if not ledger.backups:
        return None
    return base + ["restore", str(rng.choice(sorted(ledger.backups)))]


def _record(action: str, args: list[str], result: object, ledger: Ledger, n: int) -> None:
    assert isinstance(result, dict)
    if action == "incident":
        ledger.incidents.add(f"harness {n}")
        ledger.undecided += [c["id"] for c in result["cases"]]
    elif action == "decision":
        ledger.decisions.add(ledger.undecided.pop(0))
    elif action == "letter":
        ledger.documents |= {d["id"] for d in result["documents"]}
    elif action == "backup":
        if result.get("server"):  # the server's own backups apply: nothing is written
            assert not result["created"] and "pg_dump" in str(result["message"])
            return
        ledger.backups[Path(result["file"])] = ledger.copy()
    elif action == "restore":
        restored = ledger.backups[Path(args[-1])].copy()
        restored.backups = ledger.backups
        ledger.__dict__.update(restored.__dict__)


def test_sigkill_at_random_moments_loses_nothing(board_db: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    server = on_postgresql()
    actions = SERVER_ACTIONS if server else ACTIONS
    target = int(os.environ.get("CASEMANAGER_CRASH_KILLS", "100"))
    rng = random.Random(int(os.environ.get("CASEMANAGER_CRASH_SEED", "11")))
    out = tmp_path / "out"
    out.mkdir()
    ledger = Ledger()
    typical = dict.fromkeys(actions, 0.3)  # seconds an action takes, learnt as it goes
    kills = dict.fromkeys(actions, 0)
    done = dict.fromkeys(actions, 0)
    refused = 0
    n = 0
    reasons: dict[str, int] = {}  # why rounds were refused, printed with the counts
    unfilled = _unfilled(board_db)
    started_all = time.monotonic()
    while sum(kills.values()) < target:
        n += 1
        action = rng.choice(actions)
        args = _args(action, board_db, out, ledger, n, rng)
        if args is None:
            continue
        # One round in four runs to the end, so there are successes to lose.
        kill_after = None if n % 4 == 0 else rng.uniform(0.0, 1.2 * typical[action])
        started = time.monotonic()
        outcome, result = run_forked(args, kill_after)
        if outcome == "done":
            done[action] += 1
            if kill_after is None:
                typical[action] = 0.7 * typical[action] + 0.3 * (time.monotonic() - started)
            _record(action, args, result, ledger, n)
        elif outcome == "killed":
            kills[action] += 1
            if action == "restore" and not matches(board_db, ledger):
                # Killed after the rename: the database is the backup's now.
                restored = ledger.backups[Path(args[-1])].copy()
                restored.backups = ledger.backups
                assert matches(board_db, restored), f"round {n}: restore left a mixture"
                ledger.__dict__.update(restored.__dict__)
            # A killed decision may or may not have been recorded: both are whole outcomes.
            if action == "decision" and query(
                    board_db,
                    f"SELECT 1 FROM measure_decision WHERE case_id = {int(ledger.undecided[0])}"):
                ledger.decisions.add(ledger.undecided.pop(0))
        else:
            refused += 1
            assert isinstance(result, str) and "Traceback" not in result
            reasons[f"{action}: {_reason(result)}"] = reasons.get(f"{action}: {_reason(result)}",
                                                                  0) + 1
            if action == "decision":
                ledger.undecided.pop(0)  # e.g. a case a restore took away
        problem = check(board_db, ledger, out, unfilled)
        assert problem is None, f"round {n} ({action}, {outcome}): {problem}"
    with capsys.disabled():
        print(f"\ncrash harness ({'postgresql' if server else 'sqlite'}): "
              f"{sum(kills.values())} kills {kills}, {sum(done.values())} completed {done}, "
              f"{refused} refused, {n} rounds, 0 losses, "
              f"{time.monotonic() - started_all:.0f} s")
        for reason, count in sorted(reasons.items()):
            print(f"  refused {count}x: {reason}")
    assert sum(done.values()) >= target // 5 and done["backup"]
    if server:  # the server's backups apply: `backup` never wrote a file, killed or not
        assert not list(out.glob("*.cmbackup"))
    else:
        assert kills["restore"]
