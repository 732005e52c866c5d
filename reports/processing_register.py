"""The register of processing activities (AVG art. 30; law R5.7) for the privacy officer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .document import build_report, grid, key_values
from .dutch import long_date
from .styles import markup, styles


@dataclass(frozen=True)
class RegisterEntry:
    name: str
    purpose: str
    subjects: str
    data: str
    basis: str
    retention: str


@dataclass(frozen=True)
class ProcessingRegister:
    board_name: str
    board_address: str
    schools: list[str]
    entries: list[RegisterEntry]
    recipients: list[tuple[str, str, str]]  # name, what, basis
    retention: list[tuple[str, str, str]]  # category, term, source
    measures: list[str]
    printed_at: datetime
    version: str


def render_processing_register(register: ProcessingRegister) -> bytes:
    st = styles()
    story: list[Flowable] = [
        Paragraph(markup("Register van verwerkingsactiviteiten"), st["title"]),
        Paragraph(markup("Artikel 30 AVG – Casemanager sociale media"), st["subtitle"]),
        key_values([
            ("Verwerkingsverantwoordelijke", register.board_name),
            ("Adres", register.board_address or "–"),
            ("Scholen", ", ".join(register.schools) or "–"),
            ("Functionaris gegevensbescherming", "in te vullen door het bestuur"),
            ("Doorgifte buiten de EU", "geen"),
        ], (60 * mm, 200 * mm)),
        Spacer(1, 4 * mm),
        Paragraph(markup("Verwerkingen: doelen, betrokkenen en categorieën gegevens"),
                  st["subtitle"]),
        grid(["Verwerking", "Doel", "Betrokkenen", "Categorieën gegevens", "Grondslag",
              "Bewaartermijn"],
             [[e.name, e.purpose, e.subjects, e.data, e.basis, e.retention]
              for e in register.entries],
             [34 * mm, 44 * mm, 38 * mm, 58 * mm, 44 * mm, 49 * mm]),
        Spacer(1, 4 * mm),
        Paragraph(markup("Ontvangers"), st["subtitle"]),
        grid(["Ontvanger", "Wat en wanneer", "Grond (regel)"],
             [list(r) for r in register.recipients], [60 * mm, 157 * mm, 50 * mm]),
        Spacer(1, 4 * mm),
        Paragraph(markup("Bewaartermijnen per categorie"), st["subtitle"]),
        grid(["Categorie", "Termijn", "Bron"], [list(r) for r in register.retention],
             [80 * mm, 117 * mm, 70 * mm]),
        Spacer(1, 4 * mm),
        Paragraph(markup("Technische en organisatorische beveiligingsmaatregelen (art. 32 AVG)"),
                  st["subtitle"]),
    ]
    story += [Paragraph(markup(m), st["bullet"], bulletText="\u2022") for m in register.measures]
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(markup(
        f"Gemaakt op {long_date(register.printed_at.date())} uit de instellingen van de "
        f"applicatie (versie {register.version}). [V]/[S]/[U]: mate van zekerheid van de "
        "bron; laat [U] nagaan door een jurist."), st["small"]))
    return build_report(story, title="Register van verwerkingsactiviteiten",
                        header=f"{register.board_name} – verwerkingsregister", wide=True,
                        author=register.board_name)
