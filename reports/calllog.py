"""The vertrouwensinspecteur call log as a landscape PDF table (domain.md, law section 4)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .document import build_report, grid
from .dutch import long_datetime, short_date, short_datetime
from .model import CallLog, CallLogRow
from .styles import markup, styles

OUTCOME_LABELS = {"yes": "ja", "no": "nee", "unclear": "onduidelijk, meer informatie nodig"}

COLUMNS: tuple[tuple[str, float], ...] = (  # 267 mm: the landscape A4 text width
    ("Zaak", 16 * mm),
    ("Datum, begin – eind", 21 * mm),
    ("Gekozen nummer", 22 * mm),
    ("Beller en rol (namens het bevoegd gezag)", 24 * mm),
    ("Inspecteur en kenmerk", 23 * mm),
    ("Bekend sinds, van wie", 22 * mm),
    ("Gedeelde feiten", 27 * mm),
    ("Redelijk vermoeden", 21 * mm),
    ("Advies", 24 * mm),
    ("Afspraken en eigenaars", 26 * mm),
    ("Vervolg", 20 * mm),
    ("Toelichting", 21 * mm),
)


def _time_span(row: CallLogRow) -> str:
    start = short_datetime(row.started_at)
    if row.ended_at is None:
        return f"{start} – ?"
    end = f"{row.ended_at:%H:%M}" if row.ended_at.date() == row.started_at.date() \
        else short_datetime(row.ended_at)
    return f"{start} – {end}"


def call_cells(row: CallLogRow) -> list[str]:
    caller = f"{row.caller_name}\n({row.caller_role})" if row.caller_role else row.caller_name
    inspector = row.inspector_name + (f"\nkenmerk: {row.reference}" if row.reference else "")
    learned = ", ".join(p for p in (short_datetime(row.learned_at), row.learned_from) if p)
    notes = row.summary
    if row.not_informed_reason:
        notes += ("\n" if notes else "") + \
            f"Medewerker niet vooraf ingelicht: {row.not_informed_reason}"
    return [row.case_reference, _time_span(row), row.number_dialled, caller, inspector, learned,
            row.facts, OUTCOME_LABELS.get(row.outcome, row.outcome), row.advice,
            row.agreed_actions, row.follow_up, notes]


def render_call_log(log: CallLog) -> bytes:
    st = styles()
    scope = f"zaak {log.case_reference}" if log.case_reference else "alle zaken"
    story: list[Flowable] = [
        Paragraph("Logboek gesprekken met de vertrouwensinspecteur", st["subtitle"]),
        Paragraph(markup(f"{log.board_name} – {scope} – {len(log.calls)} gesprek(ken). "
                         f"Afgedrukt op {long_datetime(log.printed_at)} door "
                         f"{log.printed_by}. Toegang beperkt; elke inzage wordt vastgelegd."),
                  st["small"]),
        Spacer(1, 4 * mm),
    ]
    rows = [call_cells(c) for c in sorted(log.calls, key=lambda c: c.started_at)]
    if rows:
        story.append(grid([c[0] for c in COLUMNS], rows, [c[1] for c in COLUMNS]))
    else:
        story.append(Paragraph("Er zijn geen gesprekken vastgelegd.", st["body"]))
    title = f"Logboek vertrouwensinspecteur – {scope} – {short_date(log.printed_at.date())}"
    return build_report(story, title=title, header=f"{log.board_name} – logboek "
                        "vertrouwensinspecteur", wide=True, author=log.board_name)
