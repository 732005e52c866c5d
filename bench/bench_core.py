"""Benchmark of the core at board scale: 50 schools, 20,000 people, 100,000 incidents.

Run: .venv/bin/python bench/bench_core.py [--incidents 100000] [--db /tmp/bench.sqlite3]
Seeding writes rows in bulk (bench data only, no audit); every measured call goes through the
same services the app and the CLI use. Prints the median of several runs per operation.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from desktop_app.db.models import (  # noqa: E402
    Board,
    Case,
    Incident,
    IncidentRule,
    Involvement,
    MeasureDecision,
    Person,
    ProcedureStep,
    School,
)
from desktop_app.domain.names import make_name  # noqa: E402
from desktop_app.services import accounts, cases, deadlines, incidents  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402

FIRST = ["Jan", "Anna", "Daan", "Zoë", "Şükrü", "Łucja", "Noah", "Emma", "Milan", "Sara"]
PREFIX = ["", "", "", "van", "de", "van der", "el"]
LAST = ["Berg", "Bakker", "Visser", "Jansen", "Ağaoğlu", "Smit", "Meijer", "Bos", "Dijk", "Vries"]
RULES = ["A1", "A2", "A5", "A7", "A7", "A7"]
CATS = ["bullying", "insulting", "threatening", "personal_data", "discrediting", "hacking"]


def seed(db: Database, n_incidents: int, n_people: int, n_schools: int) -> int:
    rnd = random.Random(7)
    admin = accounts.create_user(db, None, "admin", "Beheerder")
    now = datetime(2026, 11, 24, 12)
    today = now.date()
    with db.sessions() as s, s.begin():
        s.add(Board(id=1, name="Bench", street="", postcode="", city="", created_at=now))
        s.flush()
        s.execute(insert(School), [
            dict(id=i, board_id=1, name=f"School {i}", brin=f"{i:02d}XX", denomination=(
                "openbaar" if i % 2 else "bijzonder"), street="", postcode="", city="",
                director="", created_at=now) for i in range(1, n_schools + 1)])
        people = []
        for i in range(1, n_people + 1):
            name = make_name(rnd.choice(FIRST), rnd.choice(PREFIX), rnd.choice(LAST) + str(i))
            kind = "pupil" if i % 10 < 6 else ("staff" if i % 10 < 8 else "parent")
            people.append(dict(id=i, school_id=1 + i % n_schools, kind=kind,
                               first_name=name.first, name_prefix=name.prefix,
                               last_name=name.last, sort_key=name.sort_key, salutation="",
                               function="", group_name="", birth_date=date(2014, 1, 1)
                               if kind == "pupil" else None, street="", postcode="", city="",
                               email="", created_at=now))
        s.execute(insert(Person), people)
        rows, rules, inv, case_rows, decisions, steps = [], [], [], [], [], []
        for i in range(1, n_incidents + 1):
            subject = rnd.randint(1, n_people)
            occurred = today - timedelta(days=rnd.randint(0, 3 * 365))
            rows.append(dict(id=i, school_id=1 + subject % n_schools, occurred_on=occurred,
                             reported_on=occurred, reporter_id=None, platform="Instagram",
                             category=rnd.choice(CATS), description=f"Incident {i} online.",
                             boundary_crossing=False, criminal=False, urgent_reason=False,
                             created_at=now, created_by=admin.id))
            rules.append(dict(incident_id=i, rule_code=rnd.choice(RULES), position=0))
            inv.append(dict(incident_id=i, person_id=subject, role="subject"))
            decided = occurred < today - timedelta(days=30)
            case_rows.append(dict(id=i, incident_id=i, subject_id=subject,
                                  status="decided" if decided else "open",
                                  severity=rnd.randint(1, 4), created_at=now))
            if decided:
                # One in ten decided cases still waits for its letter (an open task).
                pending = i % 10 == 0
                decided_on = occurred + timedelta(days=5)
                decisions.append(dict(
                    case_id=i, proposal_id=None, measure="suspension" if pending else "warning",
                    decided_on=decided_on, start_on=decided_on if pending else None,
                    end_on=decided_on if pending else None, motivation="", no_hearing_reason="",
                    details={}, decided_by=admin.id, created_at=now))
                if not pending:
                    steps.append(dict(case_id=i, kind="letter_sent",
                                      done_on=occurred + timedelta(days=6), note="", data={},
                                      created_at=now, created_by=admin.id))
        for table, data in ((Incident, rows), (IncidentRule, rules), (Involvement, inv),
                            (Case, case_rows), (MeasureDecision, decisions),
                            (ProcedureStep, steps)):
            for start in range(0, len(data), 5000):
                s.execute(insert(table), data[start:start + 5000])
    return admin.id


def timed(label: str, fn: Callable[[], object], runs: int = 5) -> float:
    fn()  # warm
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    median = statistics.median(samples)
    print(f"{label:<58} {median:9.1f} ms")
    return median


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--schools", type=int, default=50)
    parser.add_argument("--db", default="/tmp/casemanager-bench.sqlite3")
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    url = args.database_url or f"sqlite:///{args.db}"
    if not args.database_url:
        Path(args.db).unlink(missing_ok=True)
    db = Database(url, clock=lambda: datetime(2026, 11, 24, 12))
    t0 = time.perf_counter()
    seed(db, args.incidents, args.people, args.schools)
    print(f"seeded {args.incidents} incidents, {args.people} people, {args.schools} schools "
          f"in {time.perf_counter() - t0:.1f} s ({url.split('://')[0]})")
    admin = accounts.actor_for(db)
    t0 = time.perf_counter()
    flagged = deadlines.recount_open_tasks(db, admin)
    print(f"{'recount open tasks of all cases (after an upgrade)':<58} "
          f"{(time.perf_counter() - t0) * 1000:9.1f} ms  ({flagged} cases with open tasks)")
    print(f"{'open deadlines listed':<58} {len(deadlines.open_deadlines(db, admin)):9d}")
    F = incidents.IncidentFilter
    timed("incident list: first page (200 rows, newest first)",
          lambda: incidents.list_incidents(db, admin, limit=200))
    timed("incident list: page 250 (offset 50,000)",
          lambda: incidents.list_incidents(db, admin, offset=50_000, limit=200))
    timed("incident count (all)", lambda: incidents.count_incidents(db, admin))
    timed("incident list: filter school + category",
          lambda: incidents.list_incidents(db, admin, F(school_id=7, category="bullying"),
                                           limit=200))
    timed("incident list: filter status open + severity 4",
          lambda: incidents.list_incidents(db, admin, F(status="open", severity=4), limit=200))
    timed("incident list: search 'Bakker12' (names + descriptions)",
          lambda: incidents.list_incidents(db, admin, F(search="Bakker12"), limit=200))
    timed("incident count: search 'Bakker12'",
          lambda: incidents.count_incidents(db, admin, F(search="Bakker12")))
    timed("open deadlines over all open cases", lambda: deadlines.open_deadlines(db, admin), runs=3)
    open_case = next(r.id for r in incidents.list_incidents(db, admin, F(status="open"), limit=1))
    timed("case propose (policy + priors + 5 similar cases)",
          lambda: cases.propose(db, admin, open_case))
    timed("case show (full detail, audited)", lambda: cases.show(db, admin, open_case))
    timed("register one incident (with audit, one transaction)",
          lambda: incidents.register_incident(
              db, admin, school_id=1, subjects=[1], rules=["A7"], category_code="bullying",
              occurred_on=date(2026, 11, 1), description="Bench incident.", severity=2))
    db.dispose()


if __name__ == "__main__":
    main()
