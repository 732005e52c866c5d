"""The printable consent form for images of one person (protocol A5; law F1-F8), in Dutch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from .document import build_report, grid, key_values
from .dutch import long_date, short_date
from .styles import markup, styles


@dataclass(frozen=True)
class FormLine:
    purpose: str
    status: str  # what the register holds now
    detail: str  # who, when, how, form version, follow-up


@dataclass(frozen=True)
class ConsentForm:
    board_name: str
    school_name: str
    person_name: str
    kind_label: str
    birth_date: date | None
    group: str
    deciders: list[tuple[str, str]]  # name, relation
    parents_decide: bool
    lines: list[FormLine]
    review_due: date | None
    printed_at: datetime
    form_version: str


INTRO = (
    "De school vraagt aantoonbaar schriftelijke toestemming om foto-, film- en geluidsopnamen "
    "van aan school gerelateerde situaties waarop u of uw kind staat te publiceren (protocol "
    "sociale media, A5). U geeft per doel apart wel of geen toestemming. Zonder keuze is er "
    "geen toestemming. Weigeren heeft geen gevolgen voor de inschrijving of de behandeling op "
    "school. U kunt een toestemming altijd intrekken, even eenvoudig als u haar gaf; daarna "
    "gebruikt de school de beelden niet meer voor dat doel."
)
OUTSIDE = (
    "Foto's en video's die ouders of leerlingen zelf maken en op hun eigen sociale media "
    "plaatsen, vallen buiten deze toestemming en buiten de verantwoordelijkheid van de school. "
    "De school vraagt ieder jaar of uw keuzes nog kloppen."
)


def render_consent_form(form: ConsentForm) -> bytes:
    st = styles()
    who = ("Onder de 16 jaar beslist een ouder of verzorger met ouderlijk gezag; weigert één "
           "van de ouders met gezag, dan is er geen toestemming." if form.parents_decide else
           "Deze persoon beslist zelf over beeldmateriaal waarop hij of zij staat.")
    facts = [("Naam", form.person_name), ("Soort", form.kind_label),
             ("School", form.school_name)]
    if form.birth_date is not None:
        facts.append(("Geboortedatum", short_date(form.birth_date)))
    if form.group:
        facts.append(("Groep", form.group))
    facts.append(("Beslist", "; ".join(f"{n} ({r})" for n, r in form.deciders) or
                  "geen ouder met gezag vastgelegd"))
    if form.review_due is not None:
        facts.append(("Volgende herziening", short_date(form.review_due)))
    story: list[Flowable] = [
        Paragraph(markup("Toestemming beeldmateriaal"), st["title"]),
        Paragraph(markup(f"{form.board_name} – {form.school_name}"), st["subtitle"]),
        Paragraph(markup(INTRO), st["body"]),
        Paragraph(markup(who), st["body"]),
        key_values(facts, (40 * mm, 140 * mm)),
        Spacer(1, 5 * mm),
        Paragraph(markup("Per doel: kruis ja of nee aan"), st["heading"]),
        grid(["Doel", "Ja", "Nee", "Nu vastgelegd", "Door, datum, hoe"],
             [[line.purpose, "\u2610", "\u2610", line.status, line.detail]
              for line in form.lines],
             [52 * mm, 10 * mm, 10 * mm, 38 * mm, 70 * mm], repeat=False),
        Spacer(1, 4 * mm),
        Paragraph(markup(OUTSIDE), st["small"]),
        Spacer(1, 6 * mm),
        Paragraph(markup("Ondertekening"), st["heading"]),
    ]
    signers = form.deciders or [("", "ouder/verzorger met gezag")]
    story.append(grid(["Naam", "Hoedanigheid", "Datum", "Handtekening"],
                      [[name, relation, "", "\n\n"] for name, relation in signers],
                      [50 * mm, 45 * mm, 30 * mm, 55 * mm], repeat=False))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(markup(
        f"Formulierversie {form.form_version}. Afgedrukt op {long_date(form.printed_at.date())}. "
        "Lever het ingevulde formulier in bij de school; de school legt uw keuzes vast in het "
        "toestemmingsregister."), st["small"]))
    return build_report(story, title=f"Toestemming beeldmateriaal – {form.person_name}",
                        header=f"{form.board_name} – toestemming beeldmateriaal",
                        author=form.board_name)
