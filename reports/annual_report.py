"""The anonymised annual report for the board and the GMR: incidents per school, category,
rule, measure and month, as tables and bar charts, with no names and no small counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from .document import build_report, grid
from .dutch import long_date
from .fonts import BOLD, REGULAR
from .styles import ACCENT, GREY, markup, styles

CHART_WIDTH = 170 * mm


@dataclass(frozen=True)
class Figure:
    """One dimension: its labels, the counts as printed ("< 5", "*") and the bar heights
    (0 where a count is not shown)."""

    title: str
    labels: list[str]
    shown: list[str]
    bars: list[float]
    note: str = ""
    horizontal: bool = False


@dataclass(frozen=True)
class AnnualReport:
    board_name: str
    year: int
    schools_note: str
    total: str
    figures: list[Figure]
    printed_at: datetime


INTRO = (
    "Dit overzicht telt de incidenten rond sociale media die in {year} plaatsvonden, per "
    "school, gedragscategorie, overtreden regel van het protocol, genomen maatregel en maand. "
    "Het bevat geen namen en geen omschrijvingen. Aantallen onder 5 staan er als \u201c< 5\u201d "
    "(ook 0), zodat niemand uit een klein aantal is te herkennen; een * betekent dat een aantal "
    "is weggelaten omdat het kleine aantal anders uit het totaal zou volgen."
)


def _chart(figure: Figure) -> Drawing:
    count = max(len(figure.labels), 1)
    if figure.horizontal:
        height = 14 * mm + count * 6.5 * mm
        drawing = Drawing(CHART_WIDTH, height)
        chart: HorizontalBarChart | VerticalBarChart = HorizontalBarChart()
        chart.x, chart.y = 70 * mm, 6 * mm
        chart.width, chart.height = CHART_WIDTH - 82 * mm, height - 10 * mm
        chart.categoryAxis.reverseDirection = 1
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -2
    else:
        height = 62 * mm
        drawing = Drawing(CHART_WIDTH, height)
        chart = VerticalBarChart()
        chart.x, chart.y = 12 * mm, 18 * mm
        chart.width, chart.height = CHART_WIDTH - 16 * mm, height - 24 * mm
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.angle = 30 if count > 6 else 0
        chart.categoryAxis.labels.dy = -2
    chart.data = [figure.bars or [0.0]]
    chart.categoryAxis.categoryNames = [
        label if len(label) <= 38 else label[:37].rstrip() + "…" for label in figure.labels
    ] or ["–"]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(figure.bars or [0.0])
    chart.valueAxis.valueMax = max(10.0, top * 1.15)
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "values"  # the labels below: printed counts, never hidden ones
    chart.barLabelArray = [figure.shown or [""]]
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = GREY
    if figure.horizontal:
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    else:
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 2
    drawing.add(chart)
    if not figure.labels:
        drawing.add(String(CHART_WIDTH / 2, height / 2, "geen incidenten", fontName=REGULAR,
                           fontSize=8, textAnchor="middle"))
    return drawing


def render_annual_report(report: AnnualReport) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph(markup(f"Jaarverslag incidenten sociale media {report.year}"), st["title"]),
        Paragraph(markup(report.board_name), st["subtitle"]),
        Paragraph(markup(INTRO.format(year=report.year)), st["body"]),
        Paragraph(markup(f"{report.schools_note} Totaal aantal incidenten: {report.total}."),
                  st["body"]),
    ]
    for figure in report.figures:
        rows = [[label, shown] for label, shown in zip(figure.labels, figure.shown,
                                                        strict=True)]
        parts: list[Flowable] = [Paragraph(markup(figure.title), st["heading"])]
        if figure.note:
            parts.append(Paragraph(markup(figure.note), st["small"]))
        parts.append(_chart(figure))
        story.append(CondPageBreak(60 * mm))
        story.append(KeepTogether(parts))
        if rows:
            story.append(grid(["", "Aantal"], rows, [130 * mm, 30 * mm]))
        story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(markup(
        f"Gemaakt op {long_date(report.printed_at.date())} met Casemanager sociale media. "
        "Bestemd voor het bestuur en de GMR."), st["small"]))
    return build_report(story, title=f"Jaarverslag incidenten sociale media {report.year}",
                        header=f"{report.board_name} – jaarverslag {report.year}",
                        author=report.board_name)
