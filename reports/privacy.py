"""Privacy documents: the destruction report (vernietigingsverslag, law R5.2) and the overview
that opens an access-request export (AVG art. 15, law R5.5). Dutch, headless."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .document import build_report, grid, key_values
from .dutch import long_datetime, short_date
from .styles import markup, styles


@dataclass(frozen=True)
class DestroyedLine:
    """One person's destroyed data: no name and no content, only what and on which term."""

    person_id: int
    person_kind: str  # Dutch label: leerling, medewerker, ...
    school: str
    dossier: str  # Dutch label of the dossier kind whose term applied
    rule: str
    term: str  # "24 maanden na vertrek"
    left_on: date
    destroy_on: date
    records: str  # "3 documenten, 1 zaak, ..."


@dataclass(frozen=True)
class DestructionReport:
    board_name: str
    destroyed_at: datetime
    destroyed_by: str
    lines: tuple[DestroyedLine, ...]
    held: tuple[int, ...] = ()  # due but under a legal hold (R5.3) or the Archiefwet (R5.4)
    blocked: tuple[tuple[int, str], ...] = ()  # kept: part of a dossier that stays


def render_destruction_report(report: DestructionReport) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph("Vernietigingsverslag", st["subtitle"]),
        Paragraph(markup(
            f"{report.board_name}. Vernietigd op {long_datetime(report.destroyed_at)} door "
            f"{report.destroyed_by}. De gegevens hieronder zijn definitief verwijderd uit de "
            "database, documenten inbegrepen; de audittrail noemt per verwijderd gegeven de "
            "soort en het nummer, zonder inhoud. Namen staan niet in dit verslag."),
            st["small"]),
        Spacer(1, 4 * mm),
    ]
    rows = [[str(line.person_id), line.person_kind, line.school, line.dossier,
             f"{line.rule}: {line.term}", short_date(line.left_on), short_date(line.destroy_on),
             line.records] for line in report.lines]
    story.append(grid(["Persoon", "Soort", "School", "Dossier", "Regel en termijn", "Vertrokken",
                       "Te vernietigen", "Vernietigd"], rows,
                      [16 * mm, 22 * mm, 32 * mm, 30 * mm, 50 * mm, 22 * mm, 24 * mm, 71 * mm]))
    if report.held:
        story += [Spacer(1, 4 * mm), Paragraph(markup(
            "Niet vernietigd wegens een bewaarplicht (legal hold, R5.3) of de Archiefwet "
            "(R5.4): persoon "
            + ", ".join(str(i) for i in report.held) + "."), st["body"])]
    if report.blocked:
        story += [Spacer(1, 4 * mm), Paragraph(markup(
            "Niet vernietigd omdat de gegevens ook in een dossier staan dat blijft: "
            + "; ".join(f"persoon {i} ({why})" for i, why in report.blocked) + "."),
            st["body"])]
    title = f"Vernietigingsverslag {short_date(report.destroyed_at.date())}"
    return build_report(story, title=title, wide=True, author=report.board_name,
                        header=f"{report.board_name} – vernietigingsverslag")


@dataclass(frozen=True)
class AccessOverview:
    """Everything held on one person, as text sections; names of others already redacted."""

    person_name: str
    requester: str
    received_on: date
    due: date
    personal: tuple[tuple[str, str], ...]
    sections: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]], ...]


def render_access_overview(overview: AccessOverview) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph(markup(f"Inzageverzoek: overzicht van de gegevens van {overview.person_name}"),
                  st["subtitle"]),
        Paragraph(markup(
            f"Verzoek van {overview.requester}, ontvangen op {short_date(overview.received_on)}, "
            f"te beantwoorden uiterlijk {short_date(overview.due)} (artikel 15 AVG). Namen van "
            "anderen zijn weggelakt."), st["small"]),
        Spacer(1, 4 * mm),
        Paragraph("Persoonsgegevens", st["heading"]),
        key_values(overview.personal, (45 * mm, 120 * mm)),
    ]
    for title, header, rows in overview.sections:
        story += [Spacer(1, 4 * mm),
                  Paragraph(markup(title), st["heading"])]
        if rows:
            width = 165 * mm / max(len(header), 1)
            story.append(grid(list(header), [list(r) for r in rows], [width] * len(header)))
        else:
            story.append(Paragraph("Geen.", st["body"]))
    return build_report(story, title=f"Inzageverzoek {overview.person_name}",
                        header="Inzageverzoek – vertrouwelijk", numbered=False)


def records_phrase(counts: dict[str, int]) -> str:
    """'2 documenten, 1 zaak' in a fixed order."""
    words = {"person": ("persoonsgegevens", "persoonsgegevens"), "case": ("zaak", "zaken"),
             "document": ("document", "documenten"), "incident": ("incident", "incidenten"),
             "consent": ("toestemming", "toestemmingen"),
             "consent_statement": ("keuze in het toestemmingsregister",
                                   "keuzes in het toestemmingsregister"),
             "consent_review": ("jaarlijkse herziening", "jaarlijkse herzieningen"),
             "inspector_call": ("gesprek vertrouwensinspecteur",
                                "gesprekken vertrouwensinspecteur"),
             "police_report": ("aangifte", "aangiftes")}
    parts = [f"{counts[k]} {words[k][0] if counts[k] == 1 else words[k][1]}"
             for k in words if counts.get(k) and k != "person"]
    return ", ".join(["persoonsgegevens", *parts])
