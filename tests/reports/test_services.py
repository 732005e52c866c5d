"""Letters, exports and the CLI against real SQLite files: filing, hashes, refusals, read-back."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.cli import main
from desktop_app.db.models import AuditEvent
from desktop_app.domain.errors import InvalidInput, RuleViolation
from desktop_app.services import cases, documents, exports, incidents, inspector, letters, people
from desktop_app.services.database import Actor, Database

from .pdfcheck import flat, fonts, reader, text

SUSPENSION_FIELDS = {"suspension_form": "extern (thuis)",
                     "education_arrangements": "Huiswerk via de ouderapp."}


def _case(db: Database, admin: Actor, school: int, subject: int, days_ago: int = 10) -> int:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[subject], rules=["A7"], category_code="insulting",
        occurred_on=date(2026, 11, 24 - days_ago), reported_on=date(2026, 11, 24 - days_ago),
        description="Kwetsende berichten over Ольга Петрова op Instagram.", platform="Instagram",
        severity=2)
    return info.cases[0].id


@pytest.fixture
def second_parent(db: Database, admin: Actor, school: int, pupil: int) -> int:
    return people.add_person(db, admin, school_id=school, kind="parent", first="Şükrü",
                             last="Ağaoğlu", salutation="heer",
                             address="Hof 3, 3811 CE Amersfoort", guardian_of=pupil,
                             authority=True).id


@pytest.fixture
def parent_without_authority(db: Database, admin: Actor, school: int, pupil: int) -> int:
    return people.add_person(db, admin, school_id=school, kind="parent", first="Thị Ánh",
                             last="Nguyễn", salutation="mevrouw",
                             address="Kade 1, 3811 AA Amersfoort", guardian_of=pupil,
                             authority=False).id


def _suspended_pupil_case(db: Database, admin: Actor, school: int, pupil: int) -> int:
    case = _case(db, admin, school, pupil)
    cases.record_step(db, admin, case, "hearing", date(2026, 11, 16), "Gehoord.",
                      {"parties": ["pupil", "parents", "teacher"]})
    cases.propose(db, admin, case)
    cases.decide(db, admin, case, "suspension", decided_on=date(2026, 11, 17),
                 start_on=date(2026, 11, 18), end_on=date(2026, 11, 20),
                 motivation="Ernstig kwetsend gedrag tegenover een leerkracht.",
                 details={"reasons": "Ernstig kwetsend gedrag tegenover een leerkracht."})
    return case


def test_staff_letter_is_filed_and_reads_back_identical(db: Database, admin: Actor,
                                                        school: int, teacher: int) -> None:
    case = _case(db, admin, school, teacher)
    filed = letters.generate_letter(db, admin, case, "inspector_notice")
    assert len(filed) == 1
    doc = filed[0]
    assert (doc.owner_id, doc.dossier, doc.recipient_id, doc.case_id) == (
        teacher, "personeelsdossier", teacher, case)
    assert doc.kind == "letter_inspector_notice" and doc.filed_by == admin.id
    info, data = documents.open_document(db, admin, doc.id)
    assert hashlib.sha256(data).hexdigest() == doc.sha256 == info.sha256
    body = text(data)
    assert "Geachte heer Van der Berg," in body and "Jan van der Berg" in body
    assert "Dorpsstraat 10" in body and "3811 AA  AMERSFOORT" in body
    assert "M. de Wit" in body and "Afschrift: personeelsdossier" in body
    assert "Ons kenmerk" in body and f"SM-{case:05d}" in body
    assert "Ольга Петрова" in flat(data)
    assert all(fonts(data).values())
    with db.sessions() as session:
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.case_id == case))
        assert {"document.file", "letter.generate"} <= set(actions)


def test_parent_letters_go_to_each_parent_with_authority(
        db: Database, admin: Actor, school: int, pupil: int, parent: int, second_parent: int,
        parent_without_authority: int) -> None:
    case = _suspended_pupil_case(db, admin, school, pupil)
    filed = letters.generate_letter(db, admin, case, "suspension", fields=SUSPENSION_FIELDS)
    assert sorted(d.recipient_id for d in filed) == sorted([parent, second_parent])
    assert {(d.owner_id, d.dossier) for d in filed} == {(pupil, "leerlingendossier")}
    for d in filed:
        _, data = documents.open_document(db, admin, d.id)
        body = flat(data)
        assert ("Geachte mevrouw Bakker," if d.recipient_id == parent
                else "Geachte heer Ağaoğlu,") in body  # each parent greeted by name
        assert "van 18 november 2026 tot en met 20 november 2026 (3 schooldagen)" in body
        assert "weer welkom op school op 23 november 2026" in body
        assert "Internet Schooldossier" in body  # over one day: the Inspectie is told
        assert "bestuursrechter" in body  # openbare school
    addressed = {d.recipient_id: text(documents.open_document(db, admin, d.id)[1])
                 for d in filed}
    assert "Karin Bakker\nZonnebloemstraat 8" in addressed[parent]
    assert "Şükrü Ağaoğlu\nHof 3" in addressed[second_parent]
    assert len(documents.list_dossier(db, admin, pupil)) == 2


def test_missing_data_refuses_and_files_nothing(db: Database, admin: Actor, school: int,
                                                pupil: int, parent: int) -> None:
    case = _suspended_pupil_case(db, admin, school, pupil)
    with pytest.raises(InvalidInput) as caught:
        letters.generate_letter(db, admin, case, "suspension")
    message = caught.value.message_nl
    assert "intern (op school) of extern (thuis)" in message
    assert "afspraken over onderwijs tijdens de schorsing" in message
    assert [m.name for m in caught.value.missing][:2] == ["suspension_form",
                                                         "education_arrangements"]
    assert documents.list_dossier(db, admin, pupil) == []


def test_kind_must_fit_the_case(db: Database, admin: Actor, school: int, pupil: int,
                                parent: int) -> None:
    case = _case(db, admin, school, pupil)
    with pytest.raises(RuleViolation) as caught:
        letters.generate_letter(db, admin, case, "reprimand")
    assert "incident_notice" in caught.value.message_nl
    assert "removal_intention" in caught.value.message_en
    with pytest.raises(RuleViolation) as undecided:
        letters.generate_letter(db, admin, case, "suspension")
    assert "nog niet besloten" in undecided.value.message_nl


def test_changing_a_template_never_changes_a_filed_letter(
        db: Database, admin: Actor, school: int, teacher: int, tmp_path: Path) -> None:
    import shutil

    from reports.templates import TEMPLATE_DIR

    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATE_DIR, copy)
    case = _case(db, admin, school, teacher)
    first = letters.generate_letter(db, admin, case, "inspector_notice", templates=copy)[0]
    notice = copy / "staff" / "inspector_notice.txt"
    notice.write_text(notice.read_text(encoding="utf-8").replace(
        "Hierbij maken wij u bekend", "Wij laten u weten"), encoding="utf-8")
    second = letters.generate_letter(db, admin, case, "inspector_notice", templates=copy)[0]
    _, old = documents.open_document(db, admin, first.id)
    _, new = documents.open_document(db, admin, second.id)
    assert hashlib.sha256(old).hexdigest() == first.sha256
    assert "Hierbij maken wij u bekend" in flat(old) and "Wij laten u weten" in flat(new)


def test_dossier_export_with_bookmarks_and_footers(db: Database, admin: Actor, school: int,
                                                   teacher: int) -> None:
    case = _case(db, admin, school, teacher)
    filed = [letters.generate_letter(db, admin, case, "inspector_notice")[0]
             for _ in range(3)]
    documents.attach_evidence(db, admin, filed[0].incident_id or 0, "bericht.txt",
                              "text/plain", b"Schermtekst van het bericht")
    data = exports.export_dossier(db, admin, teacher, redact=True)
    pdf = reader(data)
    letter_pages = sum(len(reader(documents.open_document(db, admin, d.id)[1]).pages)
                       for d in filed)
    total = len(pdf.pages)
    assert total == 2 + letter_pages + 1
    assert len(pdf.outline) == 2 + 4
    for number, page in enumerate(pdf.pages, start=1):
        assert f"Dossier Jan van der Berg – pagina {number} van {total}" in page.extract_text()
    assert "Schermtekst van het bericht" in text(data)
    with db.sessions() as session:
        assert session.scalar(select(AuditEvent.id).where(AuditEvent.action == "dossier.export"))


def test_inspector_log_and_police_sheet(db: Database, admin: Actor, school: int,
                                        teacher: int) -> None:
    case = _case(db, admin, school, teacher)
    inspector.inform_employee(db, admin, case, datetime(2026, 11, 20, 9, 0), "In gesprek.")
    inspector.log_call(db, admin, case, started_at=datetime(2026, 11, 20, 10, 0),
                       ended_at=datetime(2026, 11, 20, 10, 20), inspector_name="A. Hendriks",
                       summary="Besproken.", reference="VI-7", outcome="yes",
                       advice="Aangifte doen.", facts="Berichten.", learned_from="collega",
                       agreed_actions="Ouders inlichten (directeur)", follow_up="Terugbellen")
    inspector.record_police_report(db, admin, case, reported_on=datetime(2026, 11, 21),
                                   police_unit="Midden-Nederland", registration_number="PL-1",
                                   reported_by="M. de Wit", informed_beforehand="ouders, 20-11")
    body = flat(exports.inspector_log_pdf(db, admin, case))
    for expected in (f"SM-{case:05d}", "20-11-2026 10:00 – 10:20", "0900-1113111",
                     "A. Hendriks", "VI-7", "Aangifte doen.", "Ouders inlichten (directeur)",
                     "Terugbellen", "Berichten.", "collega"):
        assert expected in body, expected
    sheet = flat(exports.police_sheet_pdf(db, admin, case))
    assert "Midden-Nederland" in sheet and "PL-1" in sheet and "ouders, 20-11" in sheet


def _cli(url: str, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--database", url, "--json", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_letter_files_one_pdf_per_recipient(
        db: Database, admin: Actor, school: int, pupil: int, parent: int,
        second_parent: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = _suspended_pupil_case(db, admin, school, pupil)
    url = db.url
    db.dispose()
    code, _, err = _cli(url, "letter", str(case), "--kind", "suspension", capsys=capsys)
    assert code == 2
    assert "--field suspension_form=..." in json.loads(err)["error"]
    out_file = tmp_path / "brief.pdf"
    code, out, err = _cli(url, "letter", str(case), "--kind", "suspension", "--field",
                          "suspension_form=intern (op school, buiten de klas)", "--field",
                          "education_arrangements=Werk in de kamer van de IB'er.",
                          "--out", str(out_file), capsys=capsys)
    assert code == 0, err
    result = json.loads(out)
    assert [d["dossier"] for d in result["documents"]] == ["leerlingendossier"] * 2
    assert {d["recipient"] for d in result["documents"]} == {parent, second_parent}
    for d in result["documents"]:
        path = tmp_path / f"brief-{d['recipient']}.pdf"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == d["sha256"]
        assert "intern (op school, buiten de klas)" in flat(path.read_bytes())
    export = tmp_path / "dossier.pdf"
    code, _, err = _cli(url, "dossier", "export", str(pupil), "--out", str(export),
                        capsys=capsys)
    assert code == 0, err
    assert "Dossier Daan Bakker – pagina 1 van" in text(export.read_bytes())
    log_file = tmp_path / "log.pdf"
    code, _, err = _cli(url, "inspector", "log", "--out", str(log_file), capsys=capsys)
    assert code == 0, err
    assert "Er zijn geen gesprekken vastgelegd." in text(log_file.read_bytes())


def test_cli_letter_help_lists_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["letter", "--help"])
    help_text = capsys.readouterr().out
    for code in ("hearing_invitation", "summary_dismissal", "inspector_notice",
                 "incident_notice", "removal_intention", "ban_intention", "suspension_order"):
        assert code in help_text
