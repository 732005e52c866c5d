"""Generate a board-scale database for the benchmarks: seeded, so every run builds the same board.

Run: .venv/bin/python bench/generate.py [--out /tmp/bench-board.sqlite3] [--database URL]
     [--incidents 100000] [--people 20000] [--schools 50] [--documents 20000] [--seed 12]

The account, board and schools go through the services (with their audit events). People,
guardian links, incidents with their rules, involvements, cases, severity assessments,
decisions, procedure steps and filed documents are written in bulk in ONE transaction, as the
rows the services would write (same columns, same codes, the document's size and SHA-256 over
its bytes); the stored open deadlines are then computed by the domain rules through the same
service function the app uses (`facts.refresh_all_open_tasks`), and the full-text index fills
through its triggers. Skipped, on purpose: one audit event per generated row (the history gets
a single `maintenance.generate` event instead, so the audit chain stays intact and verifiable),
measure proposals (decisions carry no proposal, as a decision taken without one does), and
inspector calls and police reports.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from bench.account import BENCH_PASSWORD, BENCH_USER  # noqa: E402
from desktop_app.db.models import (  # noqa: E402
    Base,
    Board,
    Case,
    Document,
    DocumentContent,
    GuardianLink,
    Incident,
    IncidentRule,
    Involvement,
    MeasureDecision,
    Person,
    ProcedureStep,
    SeverityAssessment,
)
from desktop_app.domain.names import make_name  # noqa: E402
from desktop_app.services import accounts, board  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402
from desktop_app.services.facts import refresh_all_open_tasks  # noqa: E402

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 12, 0, 0)
DEFAULT_OUT = "/tmp/bench-board.sqlite3"

FIRST = ["Jan", "Anna", "Daan", "Zoë", "Şükrü", "Łucja", "Noah", "Emma", "Milan", "Sara", "Sem",
         "Julia", "Levi", "Mila", "Finn", "Tess", "Liam", "Nora", "Luuk", "Yara", "Mohammed",
         "Fatima", "Bram", "Lotte", "Thijs", "Sanne", "Ruben", "Iris", "Jesse", "Fleur", "Omar",
         "Aylin", "Stijn", "Evi", "Gijs", "Roos", "Hamza", "Noor", "Koen", "Femke"]
PREFIX = ["", "", "", "", "van", "de", "van der", "van den", "el", "ter"]
LAST = ["Berg", "Bakker", "Visser", "Jansen", "Ağaoğlu", "Smit", "Meijer", "Bos", "Dijk", "Vries",
        "Mulder", "Boer", "Dekker", "Brouwer", "Wit", "Dijkstra", "Smits", "Graaf", "Kok",
        "Jacobs", "Haan", "Vermeulen", "Heuvel", "Veen", "Broek", "Bruijn", "Schouten", "Peters",
        "Hoekstra", "Yılmaz", "Öztürk", "Kaya", "Wouters", "Hendriks", "Willems", "Koster",
        "Prins", "Postma", "Kuipers", "Huisman", "Verbeek", "Maas", "Kramer", "Vos", "Hermans"]
CITIES = ["Amersfoort", "Utrecht", "Zwolle", "Arnhem", "Leusden", "Soest", "Baarn", "Nijkerk"]
PLATFORMS = ["Instagram", "TikTok", "WhatsApp", "Snapchat", "YouTube", "X", "Facebook", "Discord"]
CATEGORIES = ["bullying", "insulting", "threatening", "personal_data", "discrediting", "hacking"]
RULES = {"pupil": ["A1", "A2", "A5", "A7"], "parent": ["A1", "A2", "A5", "A7"],
         "staff": ["A1", "A2", "C4", "A7"]}
TOPICS = ["een medeleerling", "de mentor", "de schoolleiding", "een klasgenoot", "het schoolfeest",
          "de gymles", "een ouder", "de schoolreis", "een leerkracht", "de ouderavond"]
DEEDS = ["plaatste een bewerkte foto van", "deelde een filmpje over", "stuurde dreigende berichten "
         "aan", "maakte een nepaccount van", "schreef beledigende reacties over",
         "verspreidde een screenshot van", "zette een peiling online over"]
MEASURES = {"pupil": ["warning", "warning", "warning", "suspension", "suspension", "removal"],
            "staff": ["warning", "warning", "reprimand", "reprimand", "suspension", "dismissal"],
            "parent": ["warning", "warning", "access_ban"]}
DOSSIER = {"pupil": "leerlingendossier", "staff": "personeelsdossier",
           "parent": "leerlingendossier"}


@dataclass(frozen=True)
class Sizes:
    schools: int = 50
    people: int = 20_000
    incidents: int = 100_000
    documents: int = 20_000
    years: int = 10


def sample_pdfs(count: int = 16) -> list[bytes]:
    """A few small real PDFs (one page each) to file as documents; ReportLab, standard font."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    result = []
    for n in range(count):
        buffer = BytesIO()
        canvas = Canvas(buffer, pagesize=A4, invariant=True)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 760, f"Gearchiveerd document {n + 1}")
        for line in range(8):
            canvas.drawString(72, 730 - 16 * line,
                              f"Regel {line + 1}: verslag van het gesprek over het incident.")
        canvas.showPage()
        canvas.save()
        result.append(buffer.getvalue())
    return result


def _chunks(rows: Sequence[dict[str, Any]], size: int = 5000) -> Iterable[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _bulk(session: Session, table: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    for chunk in _chunks(rows):
        session.execute(insert(table), chunk)


def _people(rnd: random.Random, sizes: Sizes, school_ids: list[int]) -> tuple[
        list[dict[str, Any]], list[dict[str, Any]], dict[int, str], dict[int, int]]:
    people: list[dict[str, Any]] = []
    kinds: dict[int, str] = {}
    schools: dict[int, int] = {}
    for pid in range(1, sizes.people + 1):
        slot = pid % 20
        kind = "pupil" if slot < 11 else ("parent" if slot < 17 else "staff")
        name = make_name(rnd.choice(FIRST), rnd.choice(PREFIX), rnd.choice(LAST))
        school = school_ids[pid % len(school_ids)]
        born = (date(TODAY.year - rnd.randint(4, 12), rnd.randint(1, 12), rnd.randint(1, 28))
                if kind == "pupil" else None)
        people.append(dict(
            id=pid, school_id=school, kind=kind, first_name=name.first,
            name_prefix=name.prefix, last_name=name.last, sort_key=name.sort_key,
            salutation=rnd.choice(["heer", "mevrouw"]) if kind != "pupil" else "",
            function="leerkracht" if kind == "staff" else "",
            group_name=f"groep {rnd.randint(1, 8)}" if kind == "pupil" else "",
            birth_date=born, street=f"Schoolstraat {pid % 200 + 1}",
            postcode=f"{3800 + pid % 100} AB", city=rnd.choice(CITIES), email="",
            created_at=NOW))
        kinds[pid] = kind
        schools[pid] = school
    # Each pupil gets one or two parents of the same school with parental authority.
    parents_by_school: dict[int, list[int]] = {}
    for pid, kind in kinds.items():
        if kind == "parent":
            parents_by_school.setdefault(schools[pid], []).append(pid)
    links: list[dict[str, Any]] = []
    for pid, kind in kinds.items():
        pool = parents_by_school.get(schools[pid], [])
        if kind != "pupil" or not pool:
            continue
        for parent in rnd.sample(pool, min(len(pool), rnd.choice([1, 2, 2]))):
            links.append(dict(parent_id=parent, pupil_id=pid, parental_authority=True))
    return people, links, kinds, schools


def _description(rnd: random.Random, person: dict[str, Any], platform: str) -> str:
    who = f"{person['first_name']} {person['last_name']}" if rnd.random() < 0.3 else "Betrokkene"
    return (f"{who} {rnd.choice(DEEDS)} {rnd.choice(TOPICS)} op {platform}. "
            f"Gemeld door {rnd.choice(['de mentor', 'een ouder', 'de directeur', 'een leerling'])}"
            f"; schermafdrukken zijn bewaard.")


def generate(db: Database, sizes: Sizes, seed: int = 12) -> dict[str, int]:
    rnd = random.Random(seed)
    admin = accounts.create_user(db, None, BENCH_USER, "Beheerder", "administrator",
                                 password=BENCH_PASSWORD)
    board.create_board(db, admin, "Stichting Benchmark", "Stationsplein 1, 3811 MH Amersfoort")
    school_ids = [board.add_school(
        db, admin, f"{'OBS' if n % 2 else 'CBS'} De {LAST[n % len(LAST)]} {n + 1}",
        f"{n + 10:02d}B{chr(65 + n % 26)}", "openbaar" if n % 2 else "bijzonder",
        f"Schoolweg {n + 1}, 3811 AB {CITIES[n % len(CITIES)]}", director="A. Directeur",
        signatory_name="M. de Wit", signatory_function="directeur").id
        for n in range(sizes.schools)]
    people, links, kinds, schools = _people(rnd, sizes, school_ids)
    by_school: dict[int, list[int]] = {}
    for pid, kind in kinds.items():
        if kind != "parent" or rnd.random() < 0.3:
            by_school.setdefault(schools[pid], []).append(pid)

    incidents, rules, involvements, cases, assessments = [], [], [], [], []
    decisions, steps = [], []
    span = sizes.years * 365
    case_id = 0
    for iid in range(1, sizes.incidents + 1):
        school = school_ids[rnd.randrange(len(school_ids))]
        pool = by_school[school]
        subject = rnd.choice(pool)
        kind = kinds[subject]
        occurred = TODAY - timedelta(days=int(span * rnd.random() ** 1.3))
        reported = min(TODAY, occurred + timedelta(days=rnd.randint(0, 3)))
        platform = rnd.choice(PLATFORMS)
        incidents.append(dict(
            id=iid, school_id=school, occurred_on=occurred, reported_on=reported,
            reporter_id=None, platform=platform, category=rnd.choice(CATEGORIES),
            description=_description(rnd, people[subject - 1], platform),
            boundary_crossing=False, criminal=rnd.random() < 0.03, urgent_reason=False,
            created_at=datetime.combine(reported, NOW.time()), created_by=admin.id))
        rules.append(dict(incident_id=iid, rule_code=rnd.choice(RULES[kind]), position=0))
        involvements.append(dict(incident_id=iid, person_id=subject, role="subject"))
        if rnd.random() < 0.4:
            victim = rnd.choice(pool)
            if victim != subject:
                involvements.append(dict(incident_id=iid, person_id=victim, role="victim"))
        case_id += 1
        severity = rnd.choice([1, 1, 2, 2, 3, 4])
        age = (TODAY - occurred).days
        status = "open"
        if age > 60:
            status = "closed" if rnd.random() < 0.9 else "decided"
        elif age > 14:
            status = rnd.choice(["open", "decided", "decided", "closed"])
        cases.append(dict(id=case_id, incident_id=iid, subject_id=subject, status=status,
                          severity=severity, open_tasks=0,
                          created_at=datetime.combine(reported, NOW.time())))
        assessments.append(dict(
            case_id=case_id, statements=severity, behaviour=rnd.randint(1, severity),
            consequences=rnd.randint(1, severity), overall=severity, rule="maximum",
            assessed_at=datetime.combine(reported, NOW.time()), assessed_by=admin.id))
        if status == "open":
            if kind == "staff" and age < 30 and rnd.random() < 0.5:
                # An intention sent: the employee's response period is still running.
                on = reported + timedelta(days=rnd.randint(0, 3))
                steps.append(dict(case_id=case_id, kind="intention", done_on=min(on, TODAY),
                                  note="", data={}, created_at=datetime.combine(
                                      min(on, TODAY), NOW.time()), created_by=admin.id))
            continue
        measure = rnd.choice(MEASURES[kind])
        decided_on = min(TODAY, reported + timedelta(days=rnd.randint(3, 14)))
        start_on = end_on = None
        if measure == "suspension":
            start_on = decided_on + timedelta(days=1)
            end_on = start_on + timedelta(days=rnd.choice([0, 2, 4]))
        decisions.append(dict(
            case_id=case_id, proposal_id=None, measure=measure, decided_on=decided_on,
            start_on=start_on, end_on=end_on, motivation="", no_hearing_reason="",
            details={}, decided_by=admin.id, created_at=datetime.combine(decided_on, NOW.time())))
        done = {"closed": 1.0, "decided": 0.4}[status]

        def step(kind_code: str, on: date, _case: int = case_id) -> None:
            steps.append(dict(case_id=_case, kind=kind_code, done_on=min(on, TODAY), note="",
                              data={}, created_at=datetime.combine(min(on, TODAY), NOW.time()),
                              created_by=admin.id))

        if kind == "staff" and measure != "warning":
            step("intention", decided_on - timedelta(days=14))
            step("response", decided_on - timedelta(days=3))
        if measure != "warning" and rnd.random() < done:
            step("letter_sent", decided_on + timedelta(days=1))
        if measure in ("suspension", "removal") and kind == "pupil":
            if rnd.random() < done:
                step("leerplicht_informed", decided_on)
            if measure == "suspension" and rnd.random() < done:
                step("inspectie_report", decided_on + timedelta(days=1))
        if status == "decided" and measure == "warning":
            steps.append(dict(case_id=case_id, kind="hearing", done_on=decided_on, note="",
                              data={}, created_at=datetime.combine(decided_on, NOW.time()),
                              created_by=admin.id))

    documents, contents = [], []
    pdfs = sample_pdfs()
    digests = [hashlib.sha256(p).hexdigest() for p in pdfs]
    # The first staff member has a thick dossier: the 200-document export benchmark uses it.
    thick = next(pid for pid, kind in kinds.items() if kind == "staff")
    subjects = [c["subject_id"] for c in cases]
    for did in range(1, sizes.documents + 1):
        owner = thick if did <= 200 else rnd.choice(subjects)
        n = did % len(pdfs)
        filed = NOW - timedelta(days=rnd.randint(0, span), hours=did % 9)
        documents.append(dict(
            id=did, owner_id=owner, dossier=DOSSIER[kinds[owner]], case_id=None,
            incident_id=None, recipient_id=None, kind="upload",
            title=f"Gespreksverslag {did}", filename=f"verslag-{did}.pdf",
            mime_type="application/pdf", size=len(pdfs[n]), sha256=digests[n], filed_at=filed,
            filed_by=admin.id))
        contents.append(dict(document_id=did, data=pdfs[n]))

    with db.transaction(admin) as tx:
        session = tx.session
        for table, rows in ((Person, people), (GuardianLink, links), (Incident, incidents),
                            (IncidentRule, rules), (Involvement, involvements), (Case, cases),
                            (SeverityAssessment, assessments), (MeasureDecision, decisions),
                            (ProcedureStep, steps), (Document, documents),
                            (DocumentContent, contents)):
            _bulk(session, table, rows)
        if db.engine.dialect.name == "postgresql":
            for table_name in ("person", "guardian_link", "incident", "involvement", "case_file",
                               "severity_assessment", "measure_decision", "procedure_step",
                               "document"):
                session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table_name}', "
                                     f"'id'), (SELECT max(id) FROM {table_name}))"))
        refresh_all_open_tasks(session)
        counts = {"schools": len(school_ids), "people": len(people), "guardian_links": len(links),
                  "incidents": len(incidents), "cases": len(cases), "decisions": len(decisions),
                  "steps": len(steps), "documents": len(documents),
                  "open_cases": int(session.scalar(select(func.count()).select_from(Case)
                                                   .where(Case.open_tasks > 0)) or 0),
                  "thick_dossier_person": thick}
        tx.audit("maintenance.generate", "board", None, **counts)
    return counts


def open_target(out: str, url: str) -> Database:
    if url:
        db = Database(url, clock=lambda: NOW)
        with db.sessions() as session:
            if session.scalar(select(func.count()).select_from(Board)):
                db.dispose()
                raise SystemExit(f"{url} already holds a board: give an empty database")
        return db
    path = Path(out)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return Database(f"sqlite:///{path}", clock=lambda: NOW)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=DEFAULT_OUT, help="SQLite file to (re)create")
    parser.add_argument("--database", default="", help="an empty PostgreSQL database instead")
    parser.add_argument("--schools", type=int, default=Sizes.schools)
    parser.add_argument("--people", type=int, default=Sizes.people)
    parser.add_argument("--incidents", type=int, default=Sizes.incidents)
    parser.add_argument("--documents", type=int, default=Sizes.documents)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    sizes = Sizes(args.schools, args.people, args.incidents, args.documents)
    started = time.perf_counter()
    db = open_target(args.out, args.database)
    try:
        counts = generate(db, sizes, args.seed)
        if db.engine.dialect.name == "postgresql":
            # Statistics for the planner, as autovacuum would gather them a while after a bulk
            # load: without them it guesses a handful of rows and picks other plans.
            with db.engine.connect() as connection:
                connection.execute(text("ANALYZE"))
                connection.commit()
    finally:
        db.dispose()
    where = args.database or args.out
    print(f"generated {where} in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{v} {k}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
