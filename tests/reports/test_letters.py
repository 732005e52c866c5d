"""Letters without a database: every kind, every script, refusals, clauses and layout."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from desktop_app.domain.errors import InvalidInput, RuleViolation
from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.names import PersonName
from reports.compose import MissingLetterData, compose_letter
from reports.examples import (
    EXAMPLE_LEGAL,
    PARENT,
    STAFF,
    all_example_requests,
    example_logo,
    example_request,
)
from reports.kinds import KINDS_BY_KEY, LETTER_KINDS, kinds_for, letter_kind
from reports.letter import render_letter
from reports.model import Audience, Recipient
from reports.styles import PAGE_HEIGHT
from reports.templates import TEMPLATE_DIR

from .pdfcheck import flat, fonts, positions, reader, text

NAMES = ["Şükrü Ağaoğlu", "Łucja Wiśniewska", "Zoë van der Berg-Ündüz", "Nguyễn Thị Ánh",
         "Ольга Петрова"]


def kind(audience: Audience, code: str):  # type: ignore[no-untyped-def]
    return KINDS_BY_KEY[(audience, code)]


@pytest.mark.parametrize("request_", all_example_requests(logo=example_logo()),
                         ids=lambda r: f"{r.audience}-{r.kind}")
def test_every_kind_renders_a_complete_letter(request_) -> None:  # type: ignore[no-untyped-def]
    data = render_letter(request_)
    content = compose_letter(request_)
    body = flat(data)
    assert "Vertrouwelijk" in body
    assert "Ons kenmerk SM-00042" in body
    assert "Amersfoort, 24 november 2026" in body
    assert f"Betreft {content.subject_line}" in body
    assert content.salutation in body
    assert request_.recipient.name.full in body
    assert any(line in body for line in (  # a parent, the employee, or an authority
        "Hof 3", "Kerkstraat 10", "Postbus 4000", "Postbus 2730"))
    assert "Met vriendelijke groet," in body
    assert "namens het bevoegd gezag" in body
    assert "Łucja Wiśniewska directeur" in body
    dossier = "personeelsdossier" if request_.audience is Audience.STAFF else "leerlingendossier"
    assert f"Afschrift: {dossier}" in body
    assert "${" not in body and "?{" not in body
    used = fonts(data)
    assert used and all(used.values()), used  # every font embedded, no base-14 fallbacks
    assert all("DejaVuSans" in name for name in used)


@pytest.mark.parametrize("name", NAMES)
def test_names_in_every_script_print_and_read_back(name: str) -> None:
    first, _, last = name.rpartition(" ")
    recipient = Recipient(PersonName(first, "", last), "mevrouw", ("Hof 3", "3811 CE  AMERSFOORT"))
    req = dataclasses.replace(example_request(kind(Audience.PARENT, "warning")),
                              recipient=recipient,
                              fields={**example_request(kind(Audience.PARENT, "warning")).fields,
                                      "facts": f"Bericht over {name}."})
    data = render_letter(req)
    extracted = text(data)
    assert name in extracted  # address block, exactly as typed
    assert f"Bericht over {name}." in flat(data)
    assert f"Geachte mevrouw {last}," in extracted


def test_salutation_and_address_follow_dutch_name_rules() -> None:
    data = render_letter(example_request(kind(Audience.STAFF, "warning")))
    extracted = text(data)
    assert "Geachte heer Van der Berg," in extracted
    assert "Jan van der Berg" in extracted
    assert "Jan Van der Berg" not in extracted


def test_parents_are_greeted_by_name_or_else_as_the_childs_parents() -> None:
    request = example_request(kind(Audience.PUPIL, "suspension"))
    data = render_letter(request)
    # Nguyễn is the family name: stored as the last name, greeted by it (issue 10).
    assert "Geachte mevrouw Nguyễn," in text(data)
    unnamed = dataclasses.replace(request, recipient=dataclasses.replace(
        request.recipient, salutation_form=""))
    assert "Geachte ouder(s)/verzorger(s) van Zoë," in text(render_letter(unnamed))
    assert "Thị Ánh Nguyễn" in text(data)  # each parent is addressed by name


def test_address_block_sits_in_the_window_of_a_dutch_envelope() -> None:
    data = render_letter(example_request(kind(Audience.STAFF, "reprimand")))
    runs = positions(data)
    name = [r for r in runs if r[0].startswith("Jan van der Berg")]
    city = [r for r in runs if "3811 CV" in r[0]]
    assert name and city
    for _, x, y in (name[0], city[0]):
        from_top = (PAGE_HEIGHT - y) / mm
        assert 20 <= x / mm <= 30, x / mm
        assert 50 <= from_top <= 90, from_top


def test_registered_letters_say_so_in_the_address_block() -> None:
    assert "Aangetekend" in text(render_letter(
        example_request(kind(Audience.STAFF, "reprimand_intention"))))
    assert "Aangetekend" not in text(render_letter(
        example_request(kind(Audience.STAFF, "warning"))))


def test_page_numbers_only_on_letters_longer_than_a_page() -> None:
    short = render_letter(example_request(kind(Audience.PUPIL, "incident_notice")))
    assert len(reader(short).pages) == 1
    assert "pagina" not in text(short)
    long = render_letter(example_request(kind(Audience.PUPIL, "removal")))
    pages = len(reader(long).pages)
    assert pages >= 2
    assert f"pagina 1 van {pages}" in text(long)
    assert f"pagina {pages} van {pages}" in text(long)


def test_missing_field_is_refused_naming_each_field() -> None:
    base = example_request(kind(Audience.PUPIL, "suspension"))
    fields = {k: v for k, v in base.fields.items()
              if k not in ("education_arrangements", "end_date")}
    with pytest.raises(MissingLetterData) as caught:
        render_letter(dataclasses.replace(base, fields=fields))
    names = {m.name for m in caught.value.missing}
    assert names == {"education_arrangements", "end_date"}
    # The message names each field in words and where to fill it in, never a flag or code.
    assert "bij de brief: einddatum, afspraken over onderwijs tijdens de schorsing" in \
        caught.value.message_nl
    assert "end date" in caught.value.message_en
    assert "--" not in caught.value.message_nl + caught.value.message_en
    assert isinstance(caught.value, InvalidInput)


def test_no_hearing_needs_the_reason_instead() -> None:
    base = example_request(kind(Audience.PUPIL, "suspension"))
    fields = {k: v for k, v in base.fields.items()
              if k not in ("hearing_date", "heard_parties", "heard", "hearing_report")}
    with pytest.raises(MissingLetterData) as caught:
        render_letter(dataclasses.replace(base, fields=fields))
    assert [m.name for m in caught.value.missing] == ["no_hearing_reason"]
    assert "reden waarom niet vooraf is gehoord of datum van het (hoor)gesprek" in \
        caught.value.message_nl
    data = render_letter(dataclasses.replace(
        base, fields={**fields, "no_hearing_reason": "de ouders niet bereikbaar waren"}))
    assert "niet vooraf kunnen horen, omdat de ouders niet bereikbaar waren" in flat(data)


def test_missing_address_and_receiving_school_are_refused() -> None:
    base = example_request(kind(Audience.PUPIL, "removal"))
    no_address = dataclasses.replace(base.recipient, address=())
    fields = {k: v for k, v in base.fields.items() if k != "receiving_school"}
    with pytest.raises(MissingLetterData) as caught:
        render_letter(dataclasses.replace(base, recipient=no_address, fields=fields))
    assert {m.name for m in caught.value.missing} == {"recipient_address", "receiving_school"}


def test_kind_that_does_not_fit_lists_the_kinds_that_do() -> None:
    with pytest.raises(RuleViolation) as caught:
        letter_kind(Audience.PUPIL, "reprimand")
    for k in kinds_for(Audience.PUPIL):
        assert k.code in caught.value.message_nl
    assert "summary_dismissal" not in caught.value.message_nl
    with pytest.raises(InvalidInput):
        letter_kind(Audience.STAFF, "nonsense")


def test_kind_catalogue_covers_the_issue() -> None:
    codes = {(k.audience.value, k.code) for k in LETTER_KINDS}
    assert codes == {
        ("staff", c) for c in ("warning", "hearing_invitation", "reprimand_intention",
                               "reprimand", "suspension_intention", "suspension",
                               "suspension_order", "summary_dismissal", "inspector_notice")
    } | {("pupil", c) for c in ("incident_notice", "warning", "suspension",
                                "removal_intention", "removal")} | {
        ("parent", c) for c in ("warning", "ban_intention", "ban")} | {
        # issue 14: removal for a parent's behaviour, the notices, information, extension
        ("parent", "removal"), ("pupil", "leerplicht_notice"), ("pupil", "inspectie_report"),
        ("pupil", "information"), ("staff", "order_extension")}


def test_objection_clause_follows_the_denomination() -> None:
    k = kind(Audience.PUPIL, "suspension")
    public = flat(render_letter(example_request(k, "openbaar")))
    private = flat(render_letter(example_request(k, "bijzonder")))
    assert "binnen 6 weken na de dag van verzending" in public
    assert "uiterlijk op 5 januari 2027" in public
    assert "bestuursrechter" in public and "burgerlijke rechter" not in public
    assert "klachtencommissie" in private and "burgerlijke rechter" in private
    assert "bestuursrechter" not in private


def test_C8_bijzonder_promises_an_internal_objection_only_under_the_boards_regulation() -> None:
    for code in ("suspension", "ban"):
        k = kind(Audience.PUPIL if code == "suspension" else Audience.PARENT, code)
        none = flat(render_letter(example_request(k, "bijzonder")))
        assert "bezwaar" not in none.split("Niet eens met dit besluit?")[1]
        assert "klachtencommissie" in none and "burgerlijke rechter" in none
        own = dataclasses.replace(example_request(k, "bijzonder"), legal=dataclasses.replace(
            EXAMPLE_LEGAL, objection_regulation="Bezwaarregeling leerlingen en ouders"))
        text = flat(render_letter(own))
        assert "bezwaar maken bij het bevoegd gezag volgens de Bezwaarregeling leerlingen en " \
            "ouders van" in text and "uiterlijk op" in text


def test_P_S8_P_V13_O7_openbaar_clauses_name_the_administrative_route() -> None:
    suspension = flat(render_letter(example_request(kind(Audience.PUPIL, "suspension"))))
    assert "voorlopige voorziening" in suspension and "bestuursrechter" in suspension
    removal = flat(render_letter(example_request(kind(Audience.PUPIL, "removal"))))
    assert "voorlopige voorziening" in removal
    ban = flat(render_letter(example_request(kind(Audience.PARENT, "ban"))))
    assert "bezwaar maken bij het bevoegd gezag" in ban and "bestuursrechter" in ban
    assert "klachtencommissie" in ban and "burgerlijke rechter" not in ban


def test_terms_come_from_the_settings() -> None:
    k = kind(Audience.PUPIL, "removal")
    legal = LegalSettings(objection_weeks=8, gpo_weeks=5,
                          wpo_article_removal="artikel 40 lid 1 WPO")
    data = flat(render_letter(dataclasses.replace(example_request(k), legal=legal)))
    assert "binnen 8 weken" in data and "binnen 5 weken" in data
    assert "artikel 40 lid 1 WPO" in data
    assert "Geschillencommissie passend onderwijs" in data
    staff = dataclasses.replace(example_request(kind(Audience.STAFF, "reprimand_intention")),
                                legal=LegalSettings(staff_response_weeks=4,
                                                    cao_article_reprimand="artikel 9.2 cao po"))
    body = flat(render_letter(staff))
    assert "binnen 4 weken" in body and "uiterlijk op 22 december 2026" in body
    assert "artikel 9.2 cao po" in body


def test_staff_warning_is_not_worded_as_a_disciplinary_measure() -> None:
    body = flat(render_letter(example_request(kind(Audience.STAFF, "warning"))))
    assert "geen disciplinaire maatregel" in body
    assert "Commissie van beroep" not in body
    reprimand = flat(render_letter(example_request(kind(Audience.STAFF, "reprimand"))))
    assert "Commissie van beroep funderend onderwijs" in reprimand
    assert "De gronden zijn dezelfde als in het voornemen van 10 november 2026" in reprimand


def test_parent_ban_has_scope_dates_contact_and_copy_to_the_board() -> None:
    body = flat(render_letter(example_request(kind(Audience.PARENT, "ban"))))
    assert "Het verbod geldt van 1 december 2026 tot en met 14 december 2026" in body
    assert "vaste contactpersoon" in body
    assert "Afschrift: leerlingendossier, bevoegd gezag" in body


def test_an_edited_template_changes_only_new_letters(tmp_path: Path) -> None:
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATE_DIR, copy)
    req = example_request(kind(Audience.STAFF, "warning"))
    before = render_letter(req, copy)
    target = copy / "staff" / "warning.txt"
    target.write_text(target.read_text(encoding="utf-8").replace(
        "Met deze brief geven wij u", "Hierbij ontvangt u"), encoding="utf-8")
    after = render_letter(req, copy)
    assert "Hierbij ontvangt u" in flat(after)
    assert "Hierbij ontvangt u" not in flat(before)


def test_sender_gaps_are_refused() -> None:
    req = example_request(kind(Audience.STAFF, "warning"))
    head = dataclasses.replace(req.letterhead, signatory_name="", denomination="")
    with pytest.raises(MissingLetterData) as caught:
        render_letter(dataclasses.replace(req, letterhead=head))
    assert {m.name for m in caught.value.missing} == {"signatory_name", "denomination"}
    # Where the sender's data is put right: the school's details, not a letter field.
    assert "bij de gegevens van de school: naam van de ondertekenaar" in caught.value.message_nl


def test_broken_logo_does_not_stop_the_letter() -> None:
    req = example_request(kind(Audience.STAFF, "warning"))
    data = render_letter(dataclasses.replace(
        req, letterhead=dataclasses.replace(req.letterhead, logo=b"not an image")))
    assert req.letterhead.board_name in text(data)


def test_reference_date_is_dutch() -> None:
    req = dataclasses.replace(example_request(kind(Audience.PARENT, "warning")),
                              letter_date=date(2026, 3, 1))
    assert "Amersfoort, 1 maart 2026" in text(render_letter(req))


def test_recipients_are_real_people() -> None:
    assert STAFF.name.full == "Jan van der Berg" and PARENT.name.full == "Şükrü Ağaoğlu"
