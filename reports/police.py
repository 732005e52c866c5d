"""A police-report sheet for one case (protocol Sancties 6; law V4, V5)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .document import build_report, key_values
from .dutch import long_date, long_datetime
from .model import PoliceSheet
from .styles import markup, styles


def render_police_sheet(sheet: PoliceSheet) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph(markup(f"Aangifte bij de politie – zaak {sheet.case_reference}"),
                  st["subtitle"]),
        Paragraph(markup(f"{sheet.board_name}, {sheet.school_name}. Afgedrukt op "
                         f"{long_datetime(sheet.printed_at)} door {sheet.printed_by}."),
                  st["small"]),
        Spacer(1, 5 * mm),
        key_values([
            ("Zaak", sheet.case_reference),
            ("Betrokkene", f"{sheet.subject_name} ({sheet.subject_role})"),
            ("School", sheet.school_name),
            ("Datum incident", long_date(sheet.incident_date)),
            ("Platform", sheet.platform),
            ("Overtreden regels", "\n".join(sheet.rules)),
            ("Feiten", sheet.facts),
        ], (40 * mm, 130 * mm)),
        Spacer(1, 6 * mm),
    ]
    if not sheet.reports:
        story.append(Paragraph("Er is (nog) geen aangifte vastgelegd.", st["body"]))
    for number, report in enumerate(sheet.reports, start=1):
        story.append(Paragraph(f"Aangifte {number}", st["heading"]))
        story.append(key_values([
            ("Datum aangifte", long_date(report.reported_on)),
            ("Politie-eenheid", report.police_unit),
            ("Registratienummer", report.registration_number),
            ("Aangifte gedaan door", report.reported_by),
            ("Vooraf ingelicht", report.informed_beforehand or "niemand vastgelegd"),
        ], (40 * mm, 130 * mm)))
        story.append(Spacer(1, 4 * mm))
    return build_report(story, title=f"Aangifte – zaak {sheet.case_reference}",
                        header=f"{sheet.board_name} – aangifte", author=sheet.board_name)
