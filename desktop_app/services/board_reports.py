"""Reports for the board: the processing register (AVG art. 30) and the anonymised annual
report for the board and the GMR (issue 13 items 4 and 5)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select

from .. import __version__
from ..db.models import Board, Case, Incident, IncidentRule, MeasureDecision, School
from ..domain import privacy
from ..domain.catalogue import CATEGORY_LABELS, RULES_BY_CODE, Category
from ..domain.errors import InvalidInput
from ..domain.measures import MEASURE_LABELS, Measure
from .database import Actor, Database, Reading
from .settings import legal_settings

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")


@dataclass(frozen=True)
class AnnualCounts:
    """Raw counts of one year within the account's schools; never shown as they are."""

    year: int
    schools: list[tuple[str, int]]
    categories: list[tuple[str, int]]
    rules: list[tuple[str, int]]
    measures: list[tuple[str, int]]
    months: list[int]
    total: int
    all_schools: bool


def _check_year(year: int, today: date) -> None:
    if not 2000 <= year <= today.year:
        raise InvalidInput(f"Kies een jaar tussen 2000 en {today.year}.",
                           f"Choose a year between 2000 and {today.year}.")


def _annual_counts(rd: Reading, year: int) -> AnnualCounts:
    session = rd.session

    def in_year(query: Select[Any]) -> Select[Any]:
        return rd.scope.incidents(query.where(Incident.occurred_on >= date(year, 1, 1),
                                              Incident.occurred_on <= date(year, 12, 31)))

    per_school: dict[int, int] = {sid: int(n) for sid, n in session.execute(in_year(
        select(Incident.school_id, func.count(Incident.id)).group_by(Incident.school_id)))}
    schools = [(name, int(per_school.get(sid, 0))) for sid, name in session.execute(
        rd.scope.schools_query(select(School.id, School.name).order_by(School.name)))]
    categories = Counter({c: int(n) for c, n in session.execute(in_year(
        select(Incident.category, func.count(Incident.id)).group_by(Incident.category)))})
    rules = Counter({c: int(n) for c, n in session.execute(in_year(
        select(IncidentRule.rule_code, func.count(IncidentRule.incident_id))
        .join(Incident, Incident.id == IncidentRule.incident_id)
        .group_by(IncidentRule.rule_code)))})
    measures = Counter({m: int(n) for m, n in session.execute(in_year(
        select(MeasureDecision.measure, func.count(MeasureDecision.id))
        .join(Case, Case.id == MeasureDecision.case_id)
        .join(Incident, Incident.id == Case.incident_id)
        .group_by(MeasureDecision.measure)))})
    month = func.extract("month", Incident.occurred_on)
    per_month = {int(m): int(n) for m, n in session.execute(in_year(
        select(month, func.count(Incident.id)).group_by(month)))}

    def label_category(code: str) -> str:
        return CATEGORY_LABELS[Category(code)][0] if code in set(Category) else code

    def label_rule(code: str) -> str:
        rule = RULES_BY_CODE.get(code)
        return f"{code} {rule.label_nl}" if rule else code

    def label_measure(code: str) -> str:
        return MEASURE_LABELS[Measure(code)][0] if code in set(Measure) else code

    return AnnualCounts(
        year, schools,
        [(label_category(c), n) for c, n in sorted(categories.items(), key=lambda kv: -kv[1])],
        [(label_rule(c), n) for c, n in sorted(rules.items())],
        [(label_measure(m), n) for m, n in sorted(measures.items(), key=lambda kv: -kv[1])],
        [per_month.get(m, 0) for m in range(1, 13)], sum(categories.values()),
        rd.scope.schools is None)


def _figure(title: str, rows: list[tuple[str, int]], note: str = "",
            horizontal: bool = False) -> Any:
    from reports.annual_report import Figure

    counts = [n for _, n in rows]
    shown = privacy.protect(counts)
    bars = [float(n) if s == f"{n}" else 0.0 for n, s in zip(counts, shown, strict=True)]
    return Figure(title, [label for label, _ in rows], shown, bars, note, horizontal)


def annual_report_pdf(db: Database, actor: Actor, year: int) -> bytes:
    """The year's incidents without names, small counts as "< 5", only the schools the account
    sees (a director: his own). Making it is audited."""
    from reports.annual_report import AnnualReport, render_annual_report

    _check_year(year, db.today())
    with db.viewing(actor) as tx:
        counts = _annual_counts(tx, year)
        board_name = tx.session.scalar(select(Board.name).limit(1)) or ""
        tx.audit("report.annual", "board", None, year=year)
        printed = tx.now
    note = ("Alle scholen van het bestuur." if counts.all_schools else
            "Alleen de scholen waar dit account bij hoort: "
            + ", ".join(name for name, _ in counts.schools) + ".")
    figures = [
        _figure("Incidenten per school", counts.schools, horizontal=True),
        _figure("Incidenten per gedragscategorie", counts.categories, horizontal=True),
        _figure("Overtreden regels van het protocol", counts.rules,
                "Een incident kan meer dan één regel overtreden.", horizontal=True),
        _figure("Genomen maatregelen", counts.measures,
                "Besluiten in zaken over incidenten van dit jaar.", horizontal=True),
        _figure("Incidenten per maand", list(zip(MONTHS_NL, counts.months, strict=True))),
    ]
    return render_annual_report(AnnualReport(board_name, year, note,
                                             privacy.protected_total(counts.total), figures,
                                             printed))


def processing_register_pdf(db: Database, actor: Actor) -> bytes:
    """The processing register generated from the configuration: the board, its schools, the
    processing, recipients, retention terms (with the board's own) and security measures."""
    from reports.processing_register import (
        ProcessingRegister,
        RegisterEntry,
        render_processing_register,
    )

    with db.viewing(actor) as tx:
        board = tx.session.scalars(select(Board).limit(1)).first()
        schools = [f"{name} ({brin}, {denomination})" for name, brin, denomination in
                   tx.session.execute(tx.scope.schools_query(
                       select(School.name, School.brin, School.denomination)
                       .order_by(School.name)))]
        terms = privacy.retention_terms(legal_settings(tx.session))
        tx.audit("report.processing_register", "board", None)
        printed = tx.now
    by_category = {t.category: t for t in terms}

    entries = [RegisterEntry(p.name, p.purpose, p.subjects, p.data, p.basis,
                             "; ".join(f"{by_category[c].label}: {by_category[c].text}"
                                       for c in p.retention))
               for p in privacy.PROCESSING]
    address = ""
    if board is not None:
        address = ", ".join(x for x in (board.street, f"{board.postcode} {board.city}".strip())
                            if x)
    return render_processing_register(ProcessingRegister(
        board_name=board.name if board else "", board_address=address, schools=schools,
        entries=entries,
        recipients=[(r.name, r.what, r.basis) for r in privacy.RECIPIENTS],
        retention=[(t.label, t.text, t.source) for t in terms],
        measures=list(privacy.SECURITY_MEASURES), printed_at=printed, version=__version__))
