"""The audit trail (or a filtered part of it) as a landscape PDF table, for a board or an
auditor who asks who did what to which dossier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .document import build_report, grid
from .dutch import long_datetime, short_date, short_datetime
from .styles import markup, styles

AuditLine = tuple[int, datetime, str, str, str, str, str]  # seq, at, account, action, person,
#                                                            case, details


@dataclass(frozen=True)
class AuditReport:
    board_name: str
    title: str
    printed_at: datetime
    printed_by: str
    rows: list[AuditLine]


COLUMNS: tuple[tuple[str, float], ...] = (  # 267 mm: the landscape A4 text width
    ("Nr.", 14 * mm),
    ("Tijdstip", 28 * mm),
    ("Account", 36 * mm),
    ("Handeling", 40 * mm),
    ("Persoon", 45 * mm),
    ("Zaak", 20 * mm),
    ("Details", 84 * mm),
)


def render_audit_report(report: AuditReport) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph(markup(report.title), st["subtitle"]),
        Paragraph(markup(f"{report.board_name} – {len(report.rows)} gebeurtenis(sen). "
                         f"Afgedrukt op {long_datetime(report.printed_at)} door "
                         f"{report.printed_by}. Vertrouwelijk: bevat persoonsgegevens; deze "
                         "afdruk is vastgelegd in de audittrail."), st["small"]),
        Spacer(1, 4 * mm),
    ]
    rows = [[str(seq), short_datetime(at), account, action, person, case, details]
            for seq, at, account, action, person, case, details in report.rows]
    if rows:
        story.append(grid([c[0] for c in COLUMNS], rows, [c[1] for c in COLUMNS]))
    else:
        story.append(Paragraph("Geen gebeurtenissen voor deze selectie.", st["body"]))
    return build_report(story, title=f"{report.title} – {short_date(report.printed_at.date())}",
                        header=f"{report.board_name} – audittrail", wide=True,
                        author=report.board_name)
