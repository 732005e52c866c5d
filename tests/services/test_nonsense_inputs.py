"""Nonsense in every other service input: letters, imports, evidence, people, schools,
decisions, steps and settings. Property: no unhandled exception (every failure is a refusal
with a sentence) and after each refusal the database is exactly as it was, counted over every
table plus the audit head. Runs on SQLite and on PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import io
import os
import string
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import func, select

from desktop_app.cli import main
from desktop_app.db.base import Base
from desktop_app.db.models import AuditHead
from desktop_app.domain.errors import CaseManagerError
from desktop_app.faults import Fault
from desktop_app.services import (
    board,
    cases,
    documents,
    imports,
    incidents,
    letters,
    people,
    templates,
)
from desktop_app.services import settings as board_settings
from desktop_app.services.database import Actor, Database
from desktop_app.services.evidence_checks import MAX_EVIDENCE_BYTES, read_evidence_file
from tests.conftest import TODAY, query
from tests.import_samples import edexml

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Text a user or a file can hold: control characters, NUL, bidi marks, emoji, very long runs.
odd_char = st.sampled_from(["\x00", "\x07", "\x1b", "\r", "\n", "\t", "\u202e", "\ufeff",
                            "\U0001f600", "é", ";", ",", '"', "'", "<", "&", "$", "{", "%"])
texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(string.ascii_letters + " "), odd_char),
             max_size=80).map("".join),
    st.integers(min_value=190, max_value=5000).map(lambda n: "x" * n))
# Half of the time a plausible value, so the accepted paths run too.
plain = st.sampled_from(["Jan", "Anna-Sophie", "Şükrü", "d'Hondt", "Instagram", "OBS De Linde",
                         "Lindelaan 4, 3818 AB Amersfoort", "directeur", "groep 7",
                         "jan@school.example", "06-12345678", "RR123456789NL"])
words = st.one_of(plain, texts)
dates = st.one_of(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                  st.dates(min_value=TODAY - timedelta(days=400),
                           max_value=TODAY + timedelta(days=400)))
ids = st.one_of(st.integers(min_value=-3, max_value=40), st.just(2**63 + 5))


def snapshot(db: Database) -> tuple[tuple[str, int], ...]:
    """Row counts of every table, and the audit head."""
    with db.sessions() as session:
        counts = [(table.name, int(session.scalar(select(func.count()).select_from(table))
                                   or 0)) for table in Base.metadata.sorted_tables]
        counts.append(("audit head", int(session.scalar(select(AuditHead.seq)) or 0)))
    return tuple(counts)


def attempt(db: Database, action: Any) -> object:
    """Run `action`: it succeeds, or refuses with a sentence and changes nothing."""
    before = snapshot(db)
    try:
        result = action()
    except (CaseManagerError, Fault) as refusal:
        if currently_in_test_context():
            event(f"refused: {type(refusal).__name__}")
        sentence = refusal.message("nl")
        assert sentence.strip() and "Traceback" not in sentence
        assert "SELECT " not in sentence and "INSERT " not in sentence
        assert snapshot(db) == before, sentence
        return refusal
    if currently_in_test_context():
        event("accepted")
    return result


def _incident(db: Database, admin: Actor, school: int, person: int, severity: int = 1) -> int:
    info = incidents.register_incident(
        db, admin, school_id=school, subjects=[person], rules=["C4"],
        category_code="discrediting", occurred_on=TODAY - timedelta(days=4),
        description="Bericht over de school.", severity=severity)
    return info.cases[0].id


# --- letters -------------------------------------------------------------------------------

LETTER_FIELDS = ["facts", "platform", "grounds", "rules_breached", "start_date", "end_date",
                 "hearing_date", "hearing_place", "hearing_time", "respond_by", "reasons",
                 "signatory_name", "place", "board_address", "recipient_address", "no_such"]


@pytest.fixture
def decided(db: Database, admin: Actor, school: int, teacher: int) -> list[int]:
    """Decided warnings, taken one by one: a sent warning keeps its letter (never a new one),
    so each accepted letter uses up a case."""
    made = []
    for _ in range(45):
        case = _incident(db, admin, school, teacher)
        cases.decide(db, admin, case, "warning", motivation="Een waarschuwing volstaat.")
        made.append(case)
    return made


@FAST
@given(kind=st.one_of(st.just("warning"), st.sampled_from(
           ["warning", "reprimand", "intention", "hearing_invite", "suspension", "nonsense",
            ""])),
       fields=st.one_of(st.dictionaries(st.sampled_from(["platform", "place"]), words,
                                        max_size=2),
                        st.dictionaries(st.sampled_from(LETTER_FIELDS), words, max_size=5)),
       sent_on=st.one_of(st.none(), dates), registered=words,
       to=st.one_of(st.none(), st.none(), ids))
def test_letters_refuse_nonsense_and_change_nothing(db: Database, admin: Actor,
                                                    decided: list[int],
                                                    kind: str, fields: dict[str, str],
                                                    sent_on: date | None, registered: str,
                                                    to: int | None) -> None:
    case = decided[0]
    attempt(db, lambda: letters.preview_letter(db, admin, case, kind, to, fields))
    if isinstance(attempt(db, lambda: letters.generate_letter(
            db, admin, case, kind, to, fields, sent_on=sent_on, registered=registered)), list):
        decided.append(decided.pop(0))  # filed: the next example takes a fresh case


def test_control_characters_never_reach_a_letter(db: Database, admin: Actor, school: int,
                                                 teacher: int) -> None:
    """A letter field is free text: cleaned like every stored text, so no NUL, terminal
    escape or bidi override ends up in the official PDF."""
    from tests.services.test_templates import text_of

    case = _incident(db, admin, school, teacher)
    cases.decide(db, admin, case, "warning", motivation="Een waarschuwing volstaat.")
    filed = letters.generate_letter(db, admin, case, "warning",
                                    fields={"platform": "Insta\x00gram\x1b[31m\u202e"})
    text = text_of(documents.open_document(db, admin, filed[0].id)[1])
    assert "Instagram" in text
    assert not {"\x00", "\x1b", "\u202e", "[31m"} & set(text) and "[31m" not in text


WARNING_TEMPLATE = "staff/warning.txt"


@FAST
@given(path=st.sampled_from([WARNING_TEMPLATE, WARNING_TEMPLATE, "../pyproject.toml",
                             "staff/none.txt", "", "/etc/passwd", "staff\x00/warning.txt"]),
       insert=st.one_of(words, st.sampled_from(["$", "${", "${recipient_name", "$$", "${}",
                                                "${unknown_field}", "${facts}", "$9",
                                                "{{x}}", "%s", "\\"])),
       where=st.integers(min_value=0, max_value=4000), cut=st.booleans(),
       version=st.one_of(st.none(), st.integers(-1, 4)))
def test_templates_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, decided: list[int], path: str, insert: str, where: int,
        cut: bool, version: int | None) -> None:
    original = (templates.TEMPLATE_DIR / WARNING_TEMPLATE).read_text(encoding="utf-8")
    text = original[:where] + insert + ("" if cut else original[where:])
    attempt(db, lambda: templates.preview_template(db, admin, decided[0], path, text,
                                                   {"platform": "Instagram"}))
    attempt(db, lambda: templates.save_template(db, admin, path, text,
                                                expected_version=version))
    attempt(db, lambda: letters.preview_letter(db, admin, decided[0], "warning", None,
                                               {"platform": "Instagram"}))
    attempt(db, lambda: templates.reset_template(db, admin, path, expected_version=version))


# --- imports -------------------------------------------------------------------------------

HEADERS = {"parent": ["leerling_sleutel", "voornaam", "tussenvoegsel", "achternaam", "straat",
                      "postcode", "plaats", "email", "telefoon", "gezag"],
           "staff": ["voornaam", "tussenvoegsel", "achternaam", "functie", "email", "telefoon"]}
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1", "bytes"])


def _encode(text: str, encoding: str, raw: bytes) -> bytes:
    if encoding == "bytes":
        return raw
    return text.encode(encoding, errors="replace")


def _import(db: Database, admin: Actor, school: int, kind: str, path: Path) -> None:
    preview = attempt(db, lambda: imports.preview_import(db, admin, school_id=school,
                                                         kind=kind, path=path))
    if isinstance(preview, imports.ImportPreview):
        attempt(db, lambda: imports.apply_import(db, admin, preview))


@FAST
@given(kind=st.sampled_from(["parent", "staff"]), rows=st.lists(
           st.lists(texts, min_size=0, max_size=11), max_size=6),
       keep_header=st.booleans(), separator=st.sampled_from([";", ",", "\t", "|"]),
       encoding=encodings, raw=st.binary(max_size=200))
def test_list_imports_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, school: int, pupil: int, tmp_path: Path, kind: str,
        rows: list[list[str]], keep_header: bool, separator: str, encoding: str,
        raw: bytes) -> None:
    lines = [HEADERS[kind]] if keep_header else []
    lines += rows
    text = "\n".join(separator.join(cell for cell in row) for row in lines)
    path = tmp_path / f"lijst.{'csv' if encoding != 'bytes' else 'xlsx'}"
    path.write_bytes(_encode(text, encoding, raw))
    _import(db, admin, school, kind, path)


@FAST
@given(kind=st.sampled_from(["parent", "staff"]),
       rows=st.lists(st.lists(st.one_of(texts, st.integers(), st.floats(allow_nan=True),
                                        st.dates(), st.none()), max_size=11), max_size=5))
def test_xlsx_imports_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, school: int, tmp_path: Path, kind: str,
        rows: list[list[object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS[kind])
    for row in rows:
        try:
            sheet.append(row)
        except IllegalCharacterError:  # openpyxl itself refuses control characters
            sheet.append([repr(cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "lijst.xlsx"
    path.write_bytes(buffer.getvalue())
    _import(db, admin, school, kind, path)


@FAST
@given(brin=st.sampled_from(["21LN", "99ZZ", "", "21ln", "<x>"]),
       mutate=st.sampled_from(["none", "cut", "text", "bytes", "entity", "dates", "huge"]),
       cut=st.integers(min_value=0, max_value=4000), junk=texts, raw=st.binary(max_size=300),
       encoding=encodings)
def test_edexml_imports_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, school: int, tmp_path: Path, brin: str, mutate: str,
        cut: int, junk: str, raw: bytes, encoding: str) -> None:
    xml = edexml(brin, pupils=6, teachers=2)
    if mutate == "cut":
        xml = xml[:cut]
    elif mutate == "text":
        xml = xml.replace("<roepnaam>", "<roepnaam>" + junk, 2)
    elif mutate == "entity":  # an entity bomb or an external entity: refused, never expanded
        xml = xml.replace('<?xml version="1.0" encoding="UTF-8"?>',
                          '<?xml version="1.0"?><!DOCTYPE EDEX [<!ENTITY a "aaaaaaaaaa">'
                          '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                          '<!ENTITY c SYSTEM "file:///etc/passwd">]>').replace(
            "<achternaam>", "<achternaam>&b;&c;", 1)
    elif mutate == "dates":
        xml = xml.replace("<geboortedatum>20", "<geboortedatum>" + junk[:4] + "0", 3)
    elif mutate == "huge":
        xml = xml.replace("<achternaam>", "<achternaam>" + "x" * (cut * 50), 1)
    data = raw if mutate == "bytes" else _encode(xml, encoding, raw)
    path = tmp_path / "export.xml"
    path.write_bytes(data)
    _import(db, admin, school, "edexml", path)


# --- evidence ------------------------------------------------------------------------------

MAGIC = [b"", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"MZ\x90\x00",
         b"PK\x03\x04", b"GIF89a", b"<html>", b"\x00\x00\x00\x18ftypmp42"]
names = st.one_of(
    st.sampled_from(["foto.png", "bericht.pdf", "scherm.jpg", "chat.txt", "film.mp4",
                     "setup.exe", "geen extensie", ".png", "a.PNG", "x.pdf.exe", "../../x.png",
                     "con.png", "a" * 300 + ".png", "naam met\x00nul.png", "\u202egnp.exe",
                     "map/bestand.png", ""]),
    st.text(max_size=40))


@FAST
@given(name=names, magic=st.sampled_from(MAGIC), body=st.binary(max_size=200),
       incident=st.one_of(st.just(0), ids), mime=st.sampled_from(
           ["application/octet-stream", "image/png", "", "text/html", "x" * 300]),
       title=texts)
def test_evidence_refuses_nonsense_and_changes_nothing(
        db: Database, admin: Actor, school: int, teacher: int, name: str, magic: bytes,
        body: bytes, incident: int, mime: str, title: str) -> None:
    if incident == 0:  # a real incident, most of the time
        incident = db_incident(db, admin, school, teacher)
    attempt(db, lambda: documents.attach_evidence(db, admin, incident, name, mime,
                                                  magic + body, title))


_INCIDENTS: dict[str, int] = {}


def db_incident(db: Database, admin: Actor, school: int, teacher: int) -> int:
    """One incident per database, made on first use (Hypothesis runs many examples on one)."""
    if db.url not in _INCIDENTS:
        _INCIDENTS[db.url] = incidents.register_incident(
            db, admin, school_id=school, subjects=[teacher], rules=["C4"],
            category_code="discrediting", occurred_on=TODAY - timedelta(days=4),
            description="Bericht over de school.", severity=1).id
    return _INCIDENTS[db.url]


def _cli_evidence(url: str, incident: int, path: Path,
                  capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["--database", url, "incident", "evidence", str(incident), "--file", str(path)])
    out, err = capsys.readouterr()
    assert code != 0, out
    assert "Traceback" not in err and "Unexpected" not in err and err.strip()
    return err


def test_evidence_files_that_are_not_plain_files_from_the_cli(
        db: Database, admin: Actor, school: int, teacher: int, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """What a user points `--file` at: a folder, a link out of the folder, an empty file, a
    file over 25 MB (sparse: no disk needed), a PNG that is a PDF, a name with odd
    characters. Each answers with a sentence; none files anything or writes an event."""
    incident = db_incident(db, admin, school, teacher)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.png"
    outside.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    folder = tmp_path / "bewijs"
    folder.mkdir()
    (folder / "link.png").symlink_to(outside)
    (folder / "leeg.png").write_bytes(b"")
    with open(folder / "groot.pdf", "wb") as big:
        big.write(b"%PDF-1.4\n")
        big.truncate(MAX_EVIDENCE_BYTES + 1)  # sparse
    (folder / "foto.png").write_bytes(b"%PDF-1.4 not a picture")
    odd = folder / "foto \u202egnp.exe"
    odd.write_bytes(b"MZ\x90\x00")
    expected = {folder: "is een map", folder / "link.png": "snelkoppeling",
                folder / "leeg.png": "is leeg", folder / "groot.pdf": "groter dan 25 MB",
                folder / "foto.png": "past niet bij de extensie", odd: "past niet",
                folder / "nergens.png": "bestaat niet"}
    url = db.url if db.url.startswith("postgresql") else db.url.removeprefix("sqlite:///")
    before = snapshot(db)
    events_before = query(db.url, "SELECT count(*) FROM audit_event WHERE action NOT LIKE "
                          "'user.login%' AND action != 'incident.view'")[0][0]
    for path, fragment in expected.items():
        assert fragment in _cli_evidence(url, incident, path, capsys), path
        with pytest.raises(CaseManagerError):
            checked = read_evidence_file(path)
            documents.attach_evidence(db, admin, incident, path.name, "", checked)
    after = snapshot(db)
    # The CLI may sign in before it reads the file: a login is an event of its own.
    signed_in = {"audit_event", "audit head", "user_account"}
    assert [c for c in after if c[0] not in signed_in] == \
        [c for c in before if c[0] not in signed_in]
    assert query(db.url, "SELECT count(*) FROM audit_event WHERE action NOT LIKE 'user.login%' "
                 "AND action != 'incident.view'") == [(events_before,)]
    os.unlink(outside)


# --- people, schools, decisions, steps, settings --------------------------------------------

@FAST
@given(school_id=ids, kind=st.sampled_from(["staff", "pupil", "parent", "other", "cat", ""]),
       first=words, last=words, prefix=st.sampled_from(["", "van der", "de", "\x00"]),
       birth=st.one_of(st.none(), dates), group=st.one_of(st.just(""), words),
       function=st.one_of(st.just(""), words), address=st.one_of(st.none(), words),
       email=st.one_of(st.just(""), words),
       salutation=st.sampled_from(["heer", "mevrouw", "", "dhr", "\x00"]),
       guardian_of=st.one_of(st.none(), ids), authority=st.booleans())
def test_people_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, school: int, teacher: int, school_id: int, kind: str,
        first: str, last: str, prefix: str, birth: date | None, group: str, function: str,
        address: str | None, email: str, salutation: str, guardian_of: int | None,
        authority: bool) -> None:
    attempt(db, lambda: people.add_person(
        db, admin, school_id=school_id, kind=kind, first=first, last=last, prefix=prefix,
        birth=birth, group=group, function=function, address=address, email=email,
        salutation=salutation, guardian_of=guardian_of, authority=authority))
    attempt(db, lambda: people.update_person(
        db, admin, teacher, first=first, last=last, function=function, address=address,
        email=email, left_on=birth))


@FAST
@given(name=words, brin=st.one_of(texts, st.sampled_from(["21LN", "99zz", "1234"]),
                                  st.from_regex(r"[0-9]{2}[A-Z]{2}", fullmatch=True)),
       denomination=st.sampled_from(["openbaar", "bijzonder", "algemeen bijzonder", "x", ""]),
       address=st.one_of(st.none(), words), other=st.one_of(st.just(""), words),
       email=st.one_of(st.just(""), words),
       target=st.one_of(st.just(0), ids))
def test_schools_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, school: int, name: str, brin: str, denomination: str,
        address: str | None, other: str, email: str, target: int) -> None:
    attempt(db, lambda: board.add_school(db, admin, name, brin, denomination, address,
                                         director=other, signatory_name=other,
                                         signatory_function=other, mandate=other,
                                         phone=other, email=email))
    changes = {"name": name, "brin": brin, "denomination": denomination,
               "address": address or "", "signatory_name": other, "phone": other,
               "email": email}
    attempt(db, lambda: board.update_school(db, admin, target or school, **changes))


@FAST
@given(measure=st.sampled_from(["warning", "reprimand", "suspension", "time_out", "removal",
                                "dismissal", "x", ""]),
       motivation=words, start=st.one_of(st.none(), dates), end=st.one_of(st.none(), dates),
       on=st.one_of(st.none(), dates), no_hearing=texts,
       details=st.dictionaries(st.sampled_from(["scope", "contact", "child", "reasons",
                                                "education", "x"]), texts, max_size=3),
       step=st.sampled_from(["intention", "hearing", "letter_sent", "objection",
                             "receiving_school", "nonsense"]),
       step_on=dates, note=words, data=st.dictionaries(
           st.sampled_from(["school", "confirmation", "registered", "parties",
                            "report_document"]),
           st.one_of(texts, st.integers(), st.lists(texts, max_size=2)), max_size=3),
       case=st.one_of(st.just(0), ids), version=st.one_of(st.none(), st.integers(-1, 9)))
def test_decisions_and_steps_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, school: int, teacher: int, measure: str, motivation: str,
        start: date | None, end: date | None, on: date | None, no_hearing: str,
        details: dict[str, str], step: str, step_on: date, note: str, data: dict[str, Any],
        case: int, version: int | None) -> None:
    target = case or _incident(db, admin, school, teacher, severity=2)
    attempt(db, lambda: cases.record_step(db, admin, target, step, step_on, note, data,
                                          expected_version=version))
    attempt(db, lambda: cases.decide(db, admin, target, measure, motivation=motivation,
                                     start_on=start, end_on=end, no_hearing_reason=no_hearing,
                                     decided_on=on, details=details,
                                     expected_version=version))


LEGAL_KEYS = ["cao_article_reprimand", "objection_weeks", "hearing_notice_days", "nonsense"]


@FAST
@given(changes=st.dictionaries(st.sampled_from(LEGAL_KEYS), st.one_of(
           texts, st.integers(min_value=-10**12, max_value=10**12), st.none(),
           st.floats(allow_nan=True))),
       policy=st.dictionaries(st.sampled_from(["thresholds", "nonsense", "warning_repeats"]),
                              st.one_of(texts, st.integers(), st.lists(st.integers()))),
       rule=st.sampled_from(["max", "average", "sum", "", "\x00"]),
       version=st.one_of(st.none(), st.integers(-1, 5)))
def test_settings_refuse_nonsense_and_change_nothing(
        db: Database, admin: Actor, changes: dict[str, Any], policy: dict[str, Any],
        rule: str, version: int | None) -> None:
    attempt(db, lambda: board_settings.set_legal(db, admin, changes, expected_version=version))
    attempt(db, lambda: board_settings.set_policy(db, admin, policy, expected_version=version))
    attempt(db, lambda: board_settings.set_severity_rule(db, admin, rule,
                                                         expected_version=version))


def test_an_unknown_severity_rule_is_a_sentence(db: Database, admin: Actor) -> None:
    refusal = attempt(db, lambda: board_settings.set_severity_rule(db, admin, "max"))
    assert isinstance(refusal, CaseManagerError)
    assert "kies het maximum of het afgeronde gemiddelde" in refusal.message("nl")


def test_a_malformed_file_type_label_is_stored_as_the_neutral_one(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    """On PostgreSQL a type label longer than its column failed with the SQL statement."""
    incident = db_incident(db, admin, school, teacher)
    png = b"\x89PNG\r\n\x1a\n" + bytes(32)
    odd = documents.attach_evidence(db, admin, incident, "foto.png", "x" * 300, png)
    plain = documents.attach_evidence(db, admin, incident, "foto2.png", "image/png", png)
    assert (odd.mime_type, plain.mime_type) == ("application/octet-stream", "image/png")


def test_texts_longer_than_their_column_are_refused_on_every_backend(
        db: Database, admin: Actor, school: int) -> None:
    """On PostgreSQL these failed with the INSERT statement; on SQLite they were kept whole
    past the column's limit. Now a sentence with the limit, and nothing saved."""
    for action, fragment in (
            (lambda: board.add_school(db, admin, "OBS Nieuw", "31AB", "openbaar",
                                      phone="0" * 201), "telefoonnummer is te lang"),
            (lambda: board.update_school(db, admin, school, mandate="m" * 401),
             "mandaat is te lang (maximaal 400 tekens)"),
            (lambda: board.update_school(db, admin, school, email="x" * 201),
             "E-mailadres"),
            (lambda: board.update_school(db, admin, school, email="geen adres"),
             "is ongeldig")):
        refusal = attempt(db, action)
        assert isinstance(refusal, CaseManagerError)
        assert fragment in refusal.message("nl")
    assert board.get_school(db, admin, school).mandate == ""


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 2.5, 10**12, -1, "drie"])
def test_a_legal_term_that_is_no_whole_plausible_number_is_refused(
        db: Database, admin: Actor, value: object) -> None:
    """Found by Hypothesis: infinity raised a raw OverflowError; 2.5 was cut to 2 and 10**12
    did not fit the server's integer column."""
    before = board_settings.get_legal(db, admin).objection_weeks
    with pytest.raises(CaseManagerError) as info:
        board_settings.set_legal(db, admin, {"objection_weeks": value})
    assert info.value.field == "objection_weeks"
    assert board_settings.get_legal(db, admin).objection_weeks == before
