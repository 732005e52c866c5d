"""The performance table of issue 12: each figure against a bare anchor measured in the same run.

Run:   .venv/bin/python bench/run.py                       (SQLite board, 100,000 incidents)
       .venv/bin/python bench/run.py --postgresql URL      (adds the service figures on a server)
       .venv/bin/python bench/run.py --smoke               (a few hundred incidents, for CI)

The board comes from bench/generate.py and is cached (`--board`, default
/tmp/bench-board.sqlite3; made when missing). Every figure is the median of interleaved runs
(project, anchor, project, anchor, ...) after one warm-up of each, so both see the same load on
a shared machine. Process figures (start-up, commands) are CPU time of a fresh process (start-up:
up to the moment the window shows its data); in-process figures are CPU time of the calling
thread on SQLite (wall time on PostgreSQL, whose server does part of the work). The
children may write Python's bytecode cache (as an installed app has it). Prints a table and
writes a list of {"name", "project_ms", "anchor", "anchor_ms", "ratio", "target", "met"}.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import generate  # noqa: E402
from desktop_app.services import deadlines, exports, incidents  # noqa: E402
from desktop_app.services.database import Database  # noqa: E402

PAGE = 200  # rows per page, as the incident table model fetches them
SEARCH = "bakker"
SCHOOL = 7


@dataclass
class Figure:
    name: str
    project_ms: float
    anchor: str
    anchor_ms: float
    target: str
    met: bool

    def row(self) -> dict[str, Any]:
        ratio = self.project_ms / self.anchor_ms if self.anchor_ms else 0.0
        return {"name": self.name, "project_ms": round(self.project_ms, 2),
                "anchor": self.anchor, "anchor_ms": round(self.anchor_ms, 2),
                "ratio": round(ratio, 2), "target": self.target, "met": self.met}


def interleaved(project: Callable[[], float], anchor: Callable[[], float],
                rounds: int) -> tuple[float, float]:
    """Medians of project/anchor samples taken alternately after one warm-up of each."""
    project()
    anchor()
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(project())
        theirs.append(anchor())
    return statistics.median(ours), statistics.median(theirs)


def wall(fn: Callable[[], object]) -> Callable[[], float]:
    """Wall milliseconds: for work partly done by another process (a PostgreSQL server)."""
    def run() -> float:
        gc.collect()  # the other side's garbage is not collected on this one's time
        started = time.perf_counter()
        fn()
        return (time.perf_counter() - started) * 1000
    return run


def cpu(fn: Callable[[], object]) -> Callable[[], float]:
    """CPU milliseconds of this thread: SQLite, ReportLab and pypdf all run in it, and unlike
    wall time it does not count the time other processes hold the shared cores."""
    def run() -> float:
        gc.collect()  # the other side's garbage is not collected on this one's time
        started = time.thread_time()
        fn()
        return (time.thread_time() - started) * 1000
    return run


# --- fresh processes -------------------------------------------------------------------------
def child_env(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(scratch / "config"),
               CASEMANAGER_DATA_DIR=str(scratch / "data"), PYTHONPATH=str(ROOT))
    return env


def process_cpu(command: Sequence[str], env: dict[str, str]) -> float:
    """CPU milliseconds (user + system) of one child process run to its end. getrusage, not
    os.times: the latter counts in 10 ms clock ticks, a third of `--version`'s whole figure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def probe(command: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    """A probe's own report: CPU time and peak memory when its window showed its data."""
    started = time.time()
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True,
                          timeout=600)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall_ms"] = (report["at"] - started) * 1000
    return report


def startup_figures(board: str, rounds: int, env: dict[str, str]) -> list[Figure]:
    python = sys.executable
    probes = str(ROOT / "bench" / "probes.py")
    bare = [python, probes, "bare"]
    figures: list[Figure] = []
    rss: dict[str, list[float]] = {"app": [], "bare": []}
    for page, label in (("dashboard", "start to dashboard filled"),
                        ("incidents", "start to incident list filled")):
        app = [python, probes, "app", board, page]

        def ours(app: list[str] = app, page: str = page) -> float:
            report = probe(app, env)
            if page == "incidents":
                rss["app"].append(report["rss_mib"])
            return report["cpu_ms"]

        def theirs() -> float:
            report = probe(bare, env)
            rss["bare"].append(report["rss_mib"])
            return report["cpu_ms"]

        project, anchor = interleaved(ours, theirs, rounds)
        figures.append(Figure(label, project, "bare QMainWindow + QTableView", anchor,
                              "<= 3x", project <= 3 * anchor))
    peak = max(rss["app"])
    figures.append(Figure("peak RSS with the incident list open (MiB)", peak,
                          "bare window (MiB)", max(rss["bare"]), "<= 150 MiB", peak <= 150))
    script = Path(python).with_name("casemanager")
    casemanager = [str(script)] if script.exists() else [python, "-m", "desktop_app"]
    for args, anchor_cmd, anchor_label, factor, label in (
            (["--version"], [python, "-c", "pass"], "python -c pass", 2.0,
             "casemanager --version"),
            (["catalogue"], [python, "-c", "import sqlalchemy"], "python -c 'import sqlalchemy'",
             1.5, "casemanager catalogue")):
        command = [*casemanager, *args]
        project, anchor = interleaved(lambda c=command: process_cpu(c, env),
                                      lambda c=anchor_cmd: process_cpu(c, env), rounds)
        figures.append(Figure(label, project, anchor_label, anchor, f"<= {factor:g}x",
                              project <= factor * anchor))
    return figures


# --- services against raw SQL ---------------------------------------------------------------
class Raw:
    """The same rows through the DBAPI connection, with no ORM or Core in between."""

    def __init__(self, db: Database) -> None:
        self.connection = db.engine.raw_connection()
        self.mark = "?" if db.engine.dialect.name == "sqlite" else "%s"
        self.like = "LIKE" if db.engine.dialect.name == "sqlite" else "ILIKE"

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cursor = self.connection.cursor()
        cursor.execute(sql.replace("?", self.mark), tuple(params))
        result = [tuple(r) for r in cursor.fetchall()]
        cursor.close()
        return result

    def page(self, where: str = "", params: Sequence[Any] = (), order: str = "DESC",
             offset: int = 0) -> list[int]:
        """The table model's page in the service's three statements."""
        rows = self.rows(
            "SELECT i.id, i.school_id, i.occurred_on, i.category, i.description, s.name "
            "FROM incident i JOIN school s ON s.id = i.school_id " + where +
            f" ORDER BY i.occurred_on {order}, i.id {order} LIMIT {PAGE} OFFSET {offset}",
            params)
        ids = [r[0] for r in rows]
        if ids:
            marks = ", ".join("?" for _ in ids)
            self.rows(f"SELECT incident_id, rule_code FROM incident_rule WHERE incident_id IN "
                      f"({marks}) ORDER BY position", ids)
            self.rows("SELECT c.incident_id, c.status, c.severity, p.first_name, p.name_prefix, "
                      "p.last_name FROM case_file c JOIN person p ON p.id = c.subject_id "
                      f"WHERE c.incident_id IN ({marks}) ORDER BY c.id", ids)
        return ids

    def search_where(self) -> tuple[str, list[str]]:
        like = f"%{SEARCH}%"
        return (f"WHERE i.description {self.like} ? OR i.id IN (SELECT v.incident_id FROM "
                f"involvement v JOIN person p ON p.id = v.person_id WHERE p.first_name "
                f"{self.like} ? OR p.last_name {self.like} ?)", [like, like, like])

    def close(self) -> None:
        self.connection.close()


def checked(name: str, ours: object, theirs: object) -> None:
    if ours != theirs:
        raise SystemExit(f"{name}: the service and the raw SQL returned different rows")


def service_figures(db: Database, rounds: int, suffix: str = "") -> list[Figure]:
    from desktop_app.services import accounts

    actor = accounts.actor_for(db)
    F = incidents.IncidentFilter
    clock = cpu if db.engine.dialect.name == "sqlite" else wall
    raw = Raw(db)
    figures: list[Figure] = []

    def listing(f: Any = None, sort: str = "occurred_on", descending: bool = True) -> list[int]:
        return [r.id for r in incidents.list_incidents(db, actor, f, limit=PAGE, sort=sort,
                                                       descending=descending)]

    cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("incident list, first page", lambda: listing(), lambda: raw.page()),
        ("incident list, sorted by date (oldest first)",
         lambda: listing(descending=False), lambda: raw.page(order="ASC")),
        ("incident list, filtered by school",
         lambda: listing(F(school_id=SCHOOL)),
         lambda: raw.page("WHERE i.school_id = ?", [SCHOOL])),
    ]
    for name, ours, theirs in cases:
        checked(name, ours(), theirs())
        project, anchor = interleaved(clock(ours), clock(theirs), rounds)
        figures.append(Figure(name + suffix, project, "raw SQL, same rows", anchor,
                              "<= 1.5x and <= 30 ms", project <= 1.5 * anchor and project <= 30))

    count = lambda: incidents.count_incidents(db, actor)  # noqa: E731
    raw_count = lambda: raw.rows("SELECT count(*) FROM incident")[0][0]  # noqa: E731
    checked("count", count(), raw_count())
    project, anchor = interleaved(clock(count), clock(raw_count), rounds)
    figures.append(Figure("incident count" + suffix, project, "raw SELECT count(*)", anchor,
                          "<= 2 ms", project <= 2))

    where, params = raw.search_where()
    every = incidents.list_incidents(db, actor, F(search=SEARCH), limit=10**9)
    like_ids = [r[0] for r in raw.rows(
        f"SELECT i.id FROM incident i {where} ORDER BY i.occurred_on DESC, i.id DESC", params)]
    checked("search hits", [r.id for r in every], like_ids)

    searches: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("first page", lambda: listing(F(search=SEARCH)), lambda: raw.page(where, params)),
        ("count", lambda: incidents.count_incidents(db, actor, F(search=SEARCH)),
         lambda: raw.rows(f"SELECT count(*) FROM incident i {where}", params)[0][0])]
    for part, ours, theirs in searches:
        checked("search " + part, ours(), theirs())
        project, anchor = interleaved(clock(ours), clock(theirs), rounds)
        figures.append(Figure(f"search '{SEARCH}', {part} ({len(like_ids)} hits)" + suffix,
                              project, "raw LIKE scan, same hits", anchor, "<= 30 ms",
                              project <= 30))

    def deadline_list() -> list[tuple[int, str]]:
        return [(d.case, d.what) for d in deadlines.open_deadlines(db, actor)]

    def deadline_sql() -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in raw.rows(
            "SELECT d.case_id, d.what, d.label_nl, d.label_en, d.due, d.rule_id, p.first_name, "
            "p.name_prefix, p.last_name FROM open_deadline d JOIN person p ON p.id = "
            "d.subject_id ORDER BY d.due, d.case_id, d.what")]

    checked("deadlines", deadline_list(), deadline_sql())
    project, anchor = interleaved(clock(deadline_list), clock(deadline_sql), rounds)
    figures.append(Figure(f"open deadlines, whole board ({len(deadline_sql())} tasks)" + suffix,
                          project, "one SQL query", anchor, "<= 100 ms", project <= 100))
    raw.close()
    return figures


# --- reports ---------------------------------------------------------------------------------
def letter_lines(content: Any) -> list[tuple[str, bool]]:
    """Every text the letter prints once, and whether the letter sets it in the bold face:
    letterhead, return address, confidentiality mark, address block, references, salutation,
    body, clause, closing, mandate, signatory and copy line, footer. (The letter repeats its
    footer and a running head on later pages; the anchor prints them once.)"""
    from reports.dutch import long_date

    head = content.letterhead
    marks = ["Aangetekend", "Vertrouwelijk"] if content.registered else ["Vertrouwelijk"]
    lines: list[tuple[str, bool]] = [] if head.logo else [(head.board_name, True)]
    lines += [
        (head.school_name, True), *((line, False) for line in head.school_address)]
    lines += [(f"T {head.phone}", False)] if head.phone else []
    lines += [(head.email, False)] if head.email else []
    lines += [(f"onderdeel van {head.board_name}", False),
              ("Retouradres: " + ", ".join([head.school_name, *head.school_address]), False),
              (" – ".join(marks), True), (content.recipient.name.full, False),
              *((line, False) for line in content.recipient.address),
              (f"Datum {content.place}, {long_date(content.letter_date)}", False),
              (f"Ons kenmerk {content.reference}", False), ("Betreft", False),
              (content.subject_line, True), (content.salutation, False)]
    for block in (*content.body, *content.clause):
        lines.extend((line, block.style == "heading") for line in block.lines)
    lines += [(content.closing, False),
              (head.mandate.strip() or f"namens het bevoegd gezag van {head.board_name},", False),
              (head.signatory_name, True), (head.signatory_function, False),
              (content.copy_line, False),
              (f"Vertrouwelijk – ons kenmerk {content.reference}", False)]
    return [(line, bold) for line, bold in lines if line.strip()]


def minimal_letter(content: Any) -> bytes:
    """The anchor: the letter's text in the same font (DejaVu Sans, regular and bold where the
    letter is bold), as plain ReportLab paragraphs in one frame."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from reports.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    plain = ParagraphStyle("plain", fontName=REGULAR, fontSize=10.5, leading=14)
    bold = ParagraphStyle("bold", parent=plain, fontName=BOLD)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), bold if strong else plain)
         for line, strong in letter_lines(content)])
    return buffer.getvalue()


def report_figures(db: Database, thick_person: int, rounds: int) -> list[Figure]:
    from pypdf import PdfWriter
    from sqlalchemy import select

    from desktop_app.db.models import Document, DocumentContent
    from desktop_app.services import accounts
    from reports.compose import compose_letter
    from reports.examples import all_example_requests
    from reports.letter import layout_letter

    requests = all_example_requests()
    contents = [compose_letter(r) for r in requests]

    def letters() -> None:
        for request in requests:
            layout_letter(compose_letter(request))

    def plain() -> None:
        for content in contents:
            minimal_letter(content)

    project, anchor = interleaved(cpu(letters), cpu(plain), rounds)
    figures = [Figure(f"letter, all {len(requests)} kinds", project,
                      "minimal ReportLab document, same text and faces", anchor, "<= 1.5x",
                      project <= 1.5 * anchor)]

    actor = accounts.actor_for(db)
    with db.sessions() as session:
        pdfs = list(session.scalars(
            select(DocumentContent.data).join(Document, Document.id == DocumentContent.document_id)
            .where(Document.owner_id == thick_person).order_by(Document.filed_at, Document.id)))

    def concatenate() -> bytes:
        writer = PdfWriter()
        for data in pdfs:
            writer.append(io.BytesIO(data))
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    project, anchor = interleaved(
        cpu(lambda: exports.export_dossier(db, actor, thick_person)), cpu(concatenate),
        max(3, rounds // 3))
    figures.append(Figure(f"dossier export, {len(pdfs)} documents", project,
                          "pypdf concatenation of the same PDFs", anchor, "<= 1.3x",
                          project <= 1.3 * anchor))
    return figures


# --- main ------------------------------------------------------------------------------------
def board_file(path: Path, smoke: bool) -> Path:
    if smoke:
        generate.main(["--out", str(path), "--schools", "5", "--people", "400",
                       "--incidents", "300", "--documents", "220"])
    elif not path.exists():
        generate.main(["--out", str(path)])
    return path


def thick_person(db: Database) -> int:
    from sqlalchemy import func, select

    from desktop_app.db.models import Document

    with db.sessions() as session:
        row = session.execute(select(Document.owner_id, func.count()).group_by(Document.owner_id)
                              .order_by(func.count().desc())).first()
    assert row is not None
    return int(row[0])


def print_table(figures: list[Figure]) -> None:
    print(f"{'figure':<56} {'project':>10} {'anchor':>10} {'ratio':>7}  {'target':<22} met")
    for f in figures:
        r = f.row()
        print(f"{f.name:<56} {f.project_ms:10.1f} {f.anchor_ms:10.1f} {r['ratio']:6.2f}x  "
              f"{f.target:<22} {'yes' if f.met else 'NO'}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--board", default=generate.DEFAULT_OUT,
                        help="the generated SQLite board (made when missing)")
    parser.add_argument("--postgresql", default="",
                        help="a PostgreSQL database holding a board from generate.py "
                        "--database: adds the service figures measured there")
    parser.add_argument("--rounds", type=int, default=0, help="interleaved rounds per figure")
    parser.add_argument("--smoke", action="store_true",
                        help="a few hundred incidents and one round: proves the bench runs")
    parser.add_argument("--only", choices=("startup", "services", "reports"), default=None,
                        help="measure one group of figures (while profiling)")
    parser.add_argument("--out", default="", help="results file (default bench/results.json; "
                        "with --smoke a temporary file)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="casemanager-bench-") as scratch_dir:
        scratch = Path(scratch_dir)
        board = board_file(scratch / "smoke.sqlite3" if args.smoke else Path(args.board),
                           args.smoke)
        rounds = args.rounds or (1 if args.smoke else 9)
        env = child_env(scratch)
        url = f"sqlite:///{board}"
        wanted = {args.only} if args.only else {"startup", "services", "reports"}
        figures = []
        if "startup" in wanted:
            figures += startup_figures(url, max(1, rounds // 2) if not args.smoke else 1, env)
        db = Database(url)
        try:
            if "services" in wanted:
                figures += service_figures(db, rounds)
            if "reports" in wanted:
                figures += report_figures(db, thick_person(db), rounds)
        finally:
            db.dispose()
        if args.postgresql and "services" in wanted:
            pg = Database(args.postgresql)
            try:
                figures += service_figures(pg, rounds, " (PostgreSQL)")
            finally:
                pg.dispose()
        out = Path(args.out) if args.out else (
            scratch / "results.json" if args.smoke else ROOT / "bench" / "results.json")
        out.write_text(json.dumps([f.row() for f in figures], indent=2, ensure_ascii=False)
                       + "\n", encoding="utf-8")
    print_table(figures)
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
