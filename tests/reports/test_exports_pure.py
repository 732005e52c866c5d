"""Dossier export, call log and police sheet without a database."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from reports.calllog import COLUMNS, render_call_log
from reports.dossier import REDACTED, export_dossier, redact
from reports.examples import all_example_requests, example_logo
from reports.letter import render_letter
from reports.model import (
    CallLog,
    CallLogRow,
    DossierEntry,
    DossierExport,
    PoliceReportRow,
    PoliceSheet,
)
from reports.police import render_police_sheet

from .pdfcheck import flat, fonts, reader, text

NOW = datetime(2026, 11, 24, 12, 0)


def _entries(count: int) -> tuple[DossierEntry, ...]:
    letters = [render_letter(r) for r in all_example_requests()[:3]]
    return tuple(DossierEntry(NOW - timedelta(days=count - i), "letter",
                              f"Brief {i + 1} aan Jan van der Berg", letters[i % 3],
                              document_id=i + 1) for i in range(count))


def test_dossier_has_cover_index_documents_bookmarks_and_footers(
        caplog: pytest.LogCaptureFixture) -> None:
    entries = _entries(5) + (
        DossierEntry(NOW, "evidence", "Schermafbeelding", example_logo(), "image/png"),
        DossierEntry(NOW, "evidence", "Notitie", "Gesprek met Ольга Петрова".encode(),
                     "text/plain"),
        DossierEntry(NOW, "evidence", "Kapot bestand", b"%PDF-1.4 garbage", "application/pdf"),
    )
    export = DossierExport("Zoë van der Berg-Ündüz", "leerlingendossier", "Stichting X",
                           "OBS De Linde", NOW, "Beheerder", entries)
    data = export_dossier(export)
    assert "could not be merged" in caplog.text  # the damaged file is logged, not fatal
    caplog.clear()
    pdf = reader(data)
    doc_pages = [len(reader(e.data).pages) for e in entries[:5]]
    total = len(pdf.pages)
    assert total == 2 + sum(doc_pages) + 3
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Dossier Zoë van der Berg-Ündüz – pagina {number} van {total}" in \
            page.extract_text()
    cover = pdf.pages[0].extract_text()
    assert "leerlingendossier" in cover and "Vertrouwelijk" in cover
    index = " ".join(pdf.pages[1].extract_text().split())
    assert "Brief 1 aan Jan van der Berg" in index and "Kapot bestand" in index
    outline = [item.title for item in pdf.outline]  # type: ignore[union-attr]
    assert outline[:2] == ["Voorblad", "Inhoud"]
    assert len(outline) == 2 + len(entries)
    first_pages = [pdf.get_destination_page_number(item)  # type: ignore[arg-type]
                   for item in pdf.outline[2:]]
    assert first_pages[0] == 2 and first_pages[1] == 2 + doc_pages[0]
    assert "Gesprek met Ольга Петрова" in text(data)
    assert "niet worden samengevoegd" in text(data)
    assert all(fonts(data).values())


def test_dossier_footers_print_a_name_of_many_different_letters() -> None:
    # More different characters than one embedded font subset holds (256): the footers are
    # then set by ReportLab page by page, and still say whose dossier and which page it is.
    codes = [*range(0x0391, 0x03CA), *range(0x0410, 0x0450), *range(0x00C0, 0x0180)]
    letters = "".join(chr(c) for c in codes if chr(c).isalpha())
    name = " ".join(letters[i:i + 40] for i in range(0, len(letters), 40))
    assert len(set(name)) > 256
    export = DossierExport(name, "leerlingendossier", "Stichting X", "OBS", NOW, "Beheerder",
                           _entries(2))
    pdf = reader(export_dossier(export))
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        assert f"pagina {number} van {total}" in page.extract_text()
        assert letters[:40] in page.extract_text()
        assert letters[-20:] in page.extract_text()


def test_dossier_redacts_other_names_in_cover_and_index() -> None:
    export = DossierExport("Daan Bakker", "leerlingendossier", "Stichting X", "OBS", NOW,
                           "Beheerder", _entries(3), redact_names=("Jan van der Berg",))
    data = export_dossier(export)
    front = flat(data)
    index = " ".join(reader(data).pages[1].extract_text().split())
    assert "Jan van der Berg" not in index and REDACTED in index
    assert "weggelakt" in front
    assert redact("Brief aan JAN VAN DER BERG", ["Jan van der Berg"]) == f"Brief aan {REDACTED}"
    assert redact("Janssen", ["Jan"]) == "Janssen"


def test_long_index_spans_pages_and_numbers_stay_right() -> None:
    entries = _entries(120)
    data = export_dossier(DossierExport("Jan van der Berg", "personeelsdossier", "Stichting X",
                                        "OBS", NOW, "Beheerder", entries))
    pdf = reader(data)
    first = [pdf.get_destination_page_number(i) for i in pdf.outline[2:]]  # type: ignore[arg-type]
    front = first[0]
    assert front > 2  # cover plus a multi-page index
    assert "Brief 1 aan Jan van der Berg" in pdf.pages[first[0]].extract_text() or \
        "Jan van der Berg" in pdf.pages[first[0]].extract_text()
    index_text = " ".join(" ".join(pdf.pages[p].extract_text().split()) for p in range(1, front))
    assert f"Brief 120 aan Jan van der Berg {first[-1] + 1}" in index_text


def test_progress_is_reported_per_document() -> None:
    seen: list[tuple[int, int]] = []
    export_dossier(DossierExport("A B", "personeelsdossier", "X", "Y", NOW, "Z", _entries(4)),
                   progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (1, 5) and seen[-1] == (5, 5)


def _call(case: str, start: datetime, outcome: str = "unclear") -> CallLogRow:
    return CallLogRow(
        case_reference=case, started_at=start, ended_at=start + timedelta(minutes=25),
        number_dialled="0900-1113111", caller_name="Łucja Wiśniewska",
        caller_role="namens het bevoegd gezag", inspector_name="mevr. Nguyễn Thị Ánh",
        reference="VI-2026-117", learned_at=start - timedelta(hours=20),
        learned_from="melding van de intern begeleider", facts="Berichten aan een leerling.",
        outcome=outcome, advice="Aangifte doen.", agreed_actions="Ouders inlichten (directeur)",
        follow_up="Terugbellen op 1 december", summary="Gesprek gevoerd.",
        not_informed_reason="")


def test_call_log_prints_every_field() -> None:
    calls = (_call("SM-00001", datetime(2026, 11, 20, 9, 5), "yes"),
             _call("SM-00002", datetime(2026, 11, 21, 14, 0)))
    data = render_call_log(CallLog("Stichting X", NOW, "Beheerder", calls))
    body = flat(data)
    for header, _ in COLUMNS:
        assert header.split()[0] in body
    for expected in ("SM-00001", "SM-00002", "20-11-2026 09:05 – 09:30", "0900-1113111",
                     "Łucja Wiśniewska", "namens het bevoegd gezag", "mevr. Nguyễn Thị Ánh",
                     "VI-2026-117", "19-11-2026 13:05", "melding van de intern begeleider",
                     "Berichten aan een leerling.", "Redelijk vermoeden", "Aangifte doen.",
                     "Ouders inlichten (directeur)", "Terugbellen op 1 december",
                     "alle zaken"):
        assert expected in body, expected
    assert "onduidelijk, meer informatie nodig" in body
    assert reader(data).pages[0].mediabox.width > reader(data).pages[0].mediabox.height
    assert all(fonts(data).values())
    one = flat(render_call_log(CallLog("Stichting X", NOW, "B", calls[:1], "SM-00001")))
    assert "zaak SM-00001" in one and "SM-00002" not in one


def test_police_sheet() -> None:
    sheet = PoliceSheet("Stichting X", "OBS De Linde", "SM-00007", "Şükrü Ağaoğlu", "ouder",
                        date(2026, 11, 2), "Facebook", ("A7 – fatsoensnormen",),
                        "Bedreigingen aan het adres van de leerkracht.",
                        (PoliceReportRow(date(2026, 11, 5), "Eenheid Midden-Nederland",
                                         "2026-123456", "Łucja Wiśniewska",
                                         "de ouder zelf, 4 november"),),
                        NOW, "Beheerder")
    body = flat(render_police_sheet(sheet))
    for expected in ("SM-00007", "Şükrü Ağaoğlu", "Eenheid Midden-Nederland", "2026-123456",
                     "5 november 2026", "Łucja Wiśniewska", "de ouder zelf, 4 november",
                     "2 november 2026"):
        assert expected in body


def test_index_rows_that_wrap_stay_whole_in_order_with_their_page_numbers() -> None:
    """Long titles wrap inside their cell (the row grows, the next row follows below it) and
    a title in another script keeps its fallback font; over several index pages every row
    reads, when copied, as number, date, kind, the whole title and the page it starts on."""
    long = ("Verslag van het gesprek met de ouders over de berichten in de klassengroep, "
            "de afspraken die daarover zijn gemaakt en de maatregelen die de school neemt")
    entries = tuple(
        DossierEntry(e.filed_at, e.kind,
                     f"{long} ({n})" if n % 3 == 0 else "给家长的信" if n == 7 else e.title,
                     e.data, document_id=e.document_id)
        for n, e in enumerate(_entries(90), start=1))
    data = export_dossier(DossierExport("Jan van der Berg", "personeelsdossier", "Stichting X",
                                        "OBS", NOW, "Beheerder", entries))
    pdf = reader(data)
    first = [pdf.get_destination_page_number(i) for i in pdf.outline[2:]]  # type: ignore[arg-type]
    assert len(first) == 90
    front = first[0]
    assert front > 3  # the wrapped rows take more room than 45 one-line rows a page
    index_text = " ".join(" ".join(pdf.pages[p].extract_text().split()) for p in range(1, front))
    for n in range(3, 91, 3):
        assert f"{n} {entries[n - 1].filed_at:%d-%m-%Y} brief {long} ({n}) {first[n - 1] + 1}" \
            in index_text
    assert f"给家长的信 {first[6] + 1}" in index_text
    assert f"Brief 89 aan Jan van der Berg {first[88] + 1}" in index_text
    assert any("DroidSansFallback" in font for font in fonts(data))  # the CJK title's font


def test_a_page_shown_rotated_gets_its_footer_at_the_bottom_it_is_read_by() -> None:
    """A portrait scan shown turned a quarter (landscape on screen): the dossier page is
    landscape without a turn left to apply, and its page number sits centred at the bottom
    of what the reader sees."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, 842))
    canvas.drawString(90, 700, "Scan van een brief")
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[0].rotate(90)
    scan = io.BytesIO()
    writer.write(scan)
    entries = _entries(1) + (DossierEntry(NOW, "evidence", "Scan", scan.getvalue(),
                                          document_id=9),)
    data = export_dossier(DossierExport("A B", "personeelsdossier", "X", "Y", NOW, "Z", entries))
    pdf = pdfium.PdfDocument(data)
    number = len(pdf) - 1
    page = pdf[number]
    assert page.get_rotation() == 0
    width, height = page.get_size()
    assert (round(width), round(height)) == (842, 595)
    textpage = page.get_textpage()
    found = textpage.search(f"pagina {number + 1} van {len(pdf)}").get_next()
    assert found is not None
    left, bottom, _right, top = textpage.get_charbox(found[0])
    assert top < 30 and 300 < left < 421
