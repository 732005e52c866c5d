"""Importing from the school administration: EDEXML and the parent/staff lists, kept in step."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.db.models import AuditEvent, GuardianLink, Person, PersonImport, PersonSource
from desktop_app.domain.errors import InvalidInput
from desktop_app.services import imports, people
from desktop_app.services.database import Actor, Database
from tests.import_samples import DATA, edexml, write


def preview(db: Database, admin: Actor, school: int, path: Path,
            kind: str = "edexml") -> imports.ImportPreview:
    return imports.preview_import(db, admin, school_id=school, kind=kind, path=path)


def run(db: Database, admin: Actor, school: int, path: Path,
        kind: str = "edexml") -> imports.ImportResult:
    return imports.apply_import(db, admin, preview(db, admin, school, path, kind))


def by_name(db: Database, admin: Actor, school: int) -> dict[str, object]:
    return {p.full_name: p for p in people.list_people(db, admin, school_id=school, limit=5000)}


def snapshot(db: Database) -> tuple[int, int, int, int, int]:
    with db.sessions() as s:
        return (s.scalar(select(func.count()).select_from(Person)) or 0,
                s.scalar(select(func.count()).select_from(PersonSource)) or 0,
                s.scalar(select(func.count()).select_from(GuardianLink)) or 0,
                s.scalar(select(func.count()).select_from(PersonImport)) or 0,
                s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_parnassys_export_preview_then_apply(db: Database, admin: Actor, school: int) -> None:
    before = snapshot(db)
    shown = preview(db, admin, school, DATA / "parnassys_21LN.xml")
    assert (shown.new, shown.changed, shown.left, shown.refused) == (7, 0, 0, ())
    assert shown.export_date == date(2026, 10, 20)
    assert snapshot(db) == before  # the preview changes nothing
    result = imports.apply_import(db, admin, shown)
    assert (result.new, result.changed, result.left) == (7, 0, 0)
    found = by_name(db, admin, school)
    sophie = found["Sophie van den Berg"]
    assert (sophie.kind, sophie.group_name, sophie.birth_date) == (  # type: ignore[attr-defined]
        "pupil", "Groep 7a", date(2015, 7, 1))
    teacher = found["Yasmina el Amrani"]
    assert (teacher.kind, teacher.function, teacher.group_name,  # type: ignore[attr-defined]
            teacher.email) == ("staff", "leerkracht", "Groep 7a",  # type: ignore[attr-defined]
                               "y.elamrani@delinde.nl")
    assert found["Pieter Smit"].group_name == "Groep 8, Groep 3"  # type: ignore[attr-defined]
    with db.sessions() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "person.import")).one()
        daan = s.scalars(select(PersonSource).where(PersonSource.source_key == "100234")).one()
    assert event.details["new"] == 7 and event.details["sha256"] == shown.sha256
    assert len(shown.sha256) == 64
    assert daan.eck_id.startswith("https://ketenid.nl/")


def test_next_export_updates_marks_leavers_and_creates_no_duplicates(
        db: Database, admin: Actor, school: int) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    shown = preview(db, admin, school, DATA / "esis_21LN_november.xml")
    assert (shown.new, shown.changed, shown.left, shown.unchanged) == (1, 3, 1, 3)
    changed = {r.name: r.fields for r in shown.rows if r.status == "changed"}
    assert changed == {"Sophie van den Berg": ("groep",), "Noah Jansen": ("groep",),
                       "Pieter Smit": ("groep",)}
    assert [r.name for r in shown.rows if r.status == "left"] == ["Elif Ağaoğlu"]
    imports.apply_import(db, admin, shown)
    found = by_name(db, admin, school)
    assert len(found) == 8  # 7 + Mert; nobody deleted
    assert found["Elif Ağaoğlu"].left_on == date(2026, 11, 23)  # type: ignore[attr-defined]
    assert found["Sophie van den Berg"].group_name == "Groep 8"  # type: ignore[attr-defined]
    assert found["Mert Çelik"].left_on is None  # type: ignore[attr-defined]


def test_reimporting_an_unchanged_file_changes_nothing_and_says_so(
        db: Database, admin: Actor, school: int) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    before = snapshot(db)
    shown = preview(db, admin, school, DATA / "parnassys_21LN.xml")
    assert shown.changes_nothing and shown.unchanged == 7
    result = imports.apply_import(db, admin, shown)
    assert result.import_id is None
    assert snapshot(db) == before


def test_a_leaver_who_returns_is_no_longer_marked(db: Database, admin: Actor,
                                                    school: int) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    run(db, admin, school, DATA / "esis_21LN_november.xml")
    shown = preview(db, admin, school, DATA / "parnassys_21LN.xml")
    back = {r.name: r.fields for r in shown.rows if r.status == "changed"}
    assert "terug" in back["Elif Ağaoğlu"]
    imports.apply_import(db, admin, shown)
    assert by_name(db, admin, school)["Elif Ağaoğlu"].left_on is None  # type: ignore[attr-defined]
    assert by_name(db, admin, school)["Mert Çelik"].left_on == date(2026, 10, 20)  # type: ignore[attr-defined]


def test_people_entered_by_hand_are_never_touched(db: Database, admin: Actor, school: int,
                                                  pupil: int, teacher: int) -> None:
    before = people.get_person(db, admin, pupil)
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    run(db, admin, school, DATA / "esis_21LN_november.xml")
    # The same name as an imported pupil, and untouched:
    assert people.get_person(db, admin, pupil) == before
    assert people.get_person(db, admin, teacher).left_on is None


def test_pupil_matched_by_eck_id_when_the_key_changes(db: Database, admin: Actor, school: int,
                                                      tmp_path: Path) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    text = (DATA / "parnassys_21LN.xml").read_text(encoding="utf-8")
    moved = write(tmp_path, "new-keys.xml", text.replace('key="100234"', 'key="900001"'))
    shown = preview(db, admin, school, moved)
    assert (shown.new, shown.left) == (0, 0)
    imports.apply_import(db, admin, shown)
    with db.sessions() as s:
        keys = set(s.scalars(select(PersonSource.source_key)))
    assert "900001" in keys and "100234" not in keys


def test_parent_list_links_parents_to_pupils(db: Database, admin: Actor, school: int) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    shown = preview(db, admin, school, DATA / "ouders_21LN.csv", "parent")
    assert (shown.new, shown.changed, shown.refused) == (4, 0, ())
    imports.apply_import(db, admin, shown)
    found = by_name(db, admin, school)
    ingrid = found["Ingrid van den Berg"]
    assert (ingrid.street, ingrid.postcode, ingrid.city) == (  # type: ignore[attr-defined]
        "Lindelaan 22", "3818 AB", "Amersfoort")
    children = {p.full_name: a for p, a in people.guardians_of(
        db, admin, found["Zoë de Vries"].id)}  # type: ignore[attr-defined]
    assert children == {"Ingrid van den Berg": False}
    assert {p.full_name for p, _ in people.guardians_of(
        db, admin, found["Daan Bakker"].id)} == {"Karin Bakker", "Mehmet Bakker"}  # type: ignore[attr-defined]
    assert found["Karin Bakker"].phone == "06-12345678"  # type: ignore[attr-defined]
    again = preview(db, admin, school, DATA / "ouders_21LN.csv", "parent")
    assert again.changes_nothing


def test_parent_moves_house_is_a_change_not_a_new_parent(db: Database, admin: Actor,
                                                         school: int, tmp_path: Path) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    run(db, admin, school, DATA / "ouders_21LN.csv", "parent")
    text = (DATA / "ouders_21LN.csv").read_text(encoding="utf-8")
    moved = write(tmp_path, "ouders.csv", text.replace("Kerkstraat 3;3811 CV",
                                                       "Hof 1;3811 AA").replace("ja\n", "nee\n"))
    shown = preview(db, admin, school, moved, "parent")
    changes = {r.name: r.fields for r in shown.rows}
    assert (shown.new, shown.changed) == (0, 4)  # every 'ja' became 'nee'
    assert changes["Karin Bakker"] == ("gezag",)
    assert changes["Ayşe Ağaoğlu"] == ("straat", "postcode", "gezag")


def test_staff_list_in_windows_1252_joins_the_edexml_teacher(db: Database, admin: Actor,
                                                             school: int) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    shown = preview(db, admin, school, DATA / "personeel_21LN.csv", "staff")
    assert (shown.new, shown.changed) == (2, 1)  # Pieter Smit is the EDEXML teacher
    imports.apply_import(db, admin, shown)
    found = by_name(db, admin, school)
    assert found["Ruud Hendriks"].function == "conciërge"  # type: ignore[attr-defined]
    assert sum(1 for name in found if name == "Pieter Smit") == 1
    assert preview(db, admin, school, DATA / "personeel_21LN.csv", "staff").changes_nothing


def test_staff_list_as_xlsx(db: Database, admin: Actor, school: int, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Tussenvoegsel", "Achternaam", "Functie", "Email", "Sleutel"])
    sheet.append(["Fatima", None, "Yılmaz", "intern begeleider", "f.yilmaz@delinde.nl", 4711])
    path = tmp_path / "personeel.xlsx"
    book.save(path)
    shown = preview(db, admin, school, path, "staff")
    assert shown.new == 1
    imports.apply_import(db, admin, shown)
    with db.sessions() as s:
        assert s.scalar(select(PersonSource.source_key).where(
            PersonSource.origin == "staff")) == "s:4711"


# Bad files: a clear sentence, nothing changed.

@pytest.mark.parametrize("content, words", [
    (b"Dit is een Word-document, geen XML", "geen geldig XML"),
    (b'<?xml version="1.0"?><Invoice><ID>1</ID></Invoice>', "geen EDEXML"),
    (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
     b'"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><EDEX><school>&lol2;</school></EDEX>',
     "DTD of entiteiten"),
    (b'<?xml version="1.0"?><!DOCTYPE EDEX SYSTEM "file:///etc/passwd"><EDEX/>',
     "DTD of entiteiten"),
    (b'<?xml version="1.0"?><EDEX><leerlingen/></EDEX>', "noemt geen school"),
])
def test_bad_edexml_files_are_refused_and_change_nothing(
        db: Database, admin: Actor, school: int, tmp_path: Path, content: bytes,
        words: str) -> None:
    path = tmp_path / "export.xml"
    path.write_bytes(content)
    before = snapshot(db)
    with pytest.raises(InvalidInput) as error:
        preview(db, admin, school, path)
    assert words in error.value.message("nl")
    assert snapshot(db) == before


def test_brin_of_another_school_names_that_school(db: Database, admin: Actor, school: int,
                                                  bijzonder_school: int, tmp_path: Path) -> None:
    path = write(tmp_path, "jozef.xml", edexml("47JZ", 3, 1))
    before = snapshot(db)
    with pytest.raises(InvalidInput) as error:
        preview(db, admin, school, path)
    assert "Sint-Jozefschool" in error.value.message("nl") and "21LN" in error.value.message()
    assert snapshot(db) == before
    assert preview(db, admin, bijzonder_school, path).new == 4


def test_a_file_over_the_size_limit_is_refused(db: Database, admin: Actor, school: int,
                                               tmp_path: Path) -> None:
    path = tmp_path / "huge.xml"
    with path.open("wb") as out:
        out.write(b'<?xml version="1.0"?><EDEX>')
        out.truncate(50 * 1000 * 1000)  # 50 MB
    before = snapshot(db)
    with pytest.raises(InvalidInput) as error:
        preview(db, admin, school, path)
    assert "50 MB" in error.value.message("nl") and "hoogstens" in error.value.message("nl")
    assert snapshot(db) == before


def test_csv_with_missing_headers_names_them(db: Database, admin: Actor, school: int,
                                             tmp_path: Path) -> None:
    path = write(tmp_path, "ouders.csv", "naam;adres\nKarin Bakker;Zonnebloemstraat 8\n")
    before = snapshot(db)
    with pytest.raises(InvalidInput) as error:
        preview(db, admin, school, path, "parent")
    assert "leerling_sleutel, voornaam, achternaam" in error.value.message("nl")
    assert snapshot(db) == before


def test_duplicate_keys_refuse_both_rows_and_keep_that_person(
        db: Database, admin: Actor, school: int, tmp_path: Path) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    text = (DATA / "parnassys_21LN.xml").read_text(encoding="utf-8")
    extra = ('    <leerling key="100235"><achternaam>Visser</achternaam><roepnaam>Emma'
             '</roepnaam></leerling>\n  </leerlingen>')
    path = write(tmp_path, "dup.xml", text.replace("  </leerlingen>", extra))
    before = by_name(db, admin, school)
    shown = preview(db, admin, school, path)
    reasons = [(r.line, r.field, r.reason("nl")) for r in shown.refused]
    assert [(line, field) for line, field, _ in reasons] == [(47, "key"), (82, "key")]
    assert "ook op regel 82" in reasons[0][2] and "ook op regel 47" in reasons[1][2]
    assert (shown.new, shown.changed, shown.left) == (0, 0, 0)  # neither is marked as left
    assert imports.apply_import(db, admin, shown).import_id is None
    assert by_name(db, admin, school) == before


def test_impossible_date_is_refused_with_line_and_field(db: Database, admin: Actor,
                                                        school: int, tmp_path: Path) -> None:
    text = (DATA / "parnassys_21LN.xml").read_text(encoding="utf-8")
    path = write(tmp_path, "dates.xml", text.replace("2015-07-01", "2015-02-30")
                 .replace("2019-09-18", "2031-01-01"))
    shown = preview(db, admin, school, path)
    assert [(r.line, r.field) for r in shown.refused] == [(47, "geboortedatum"),
                                                          (65, "geboortedatum")]
    assert "'2015-02-30' is geen bestaande datum" in shown.refused[0].reason("nl")
    assert "in de toekomst" in shown.refused[1].reason("nl")
    assert shown.summary("en")["refused"][0] == {  # type: ignore[index]
        "line": 47, "field": "date of birth",
        "reason": "'2015-02-30' is not a real date (expected YYYY-MM-DD)."}
    imports.apply_import(db, admin, shown)
    assert set(by_name(db, admin, school)) >= {"Daan Bakker", "Zoë de Vries"}
    assert "Sophie van den Berg" not in by_name(db, admin, school)


def test_csv_row_faults_and_unknown_pupils(db: Database, admin: Actor, school: int,
                                           tmp_path: Path) -> None:
    run(db, admin, school, DATA / "parnassys_21LN.xml")
    path = write(tmp_path, "ouders.csv", (
        "leerling_sleutel,voornaam,achternaam,straat,postcode,plaats,gezag\n"
        "100234,Karin,Bakker,Zonnebloemstraat 8,3815 AA,Amersfoort,misschien\n"
        "999999,Piet,Puk,,,,ja\n"
        "100235,Ingrid,Berg,Lindelaan 22,,Amersfoort,ja\n"
        "100236,,Müller,,,,ja\n"), encoding="cp1252")
    shown = preview(db, admin, school, path, "parent")
    assert [(r.line, r.field, r.code) for r in shown.refused] == [
        (2, "gezag", "yes_no"), (3, "leerling_sleutel", "unknown_pupil"),
        (4, "postcode", "address"), (5, "voornaam", "required")]
    assert shown.new == 0


def test_apply_refuses_when_the_file_changed_after_the_preview(
        db: Database, admin: Actor, school: int, tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    shutil.copy(DATA / "parnassys_21LN.xml", path)
    shown = preview(db, admin, school, path)
    path.write_text(edexml("21LN", 2, 0), encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="gewijzigd sinds de voorvertoning"):
        imports.apply_import(db, admin, shown)
    assert snapshot(db) == before


def test_a_thousand_people_round_trip(db: Database, admin: Actor, school: int,
                                      tmp_path: Path) -> None:
    first = write(tmp_path, "a.xml", edexml("21LN", 1000, 40))
    assert run(db, admin, school, first).new == 1040
    second = write(tmp_path, "b.xml", edexml("21LN", 1000, 40, skip=frozenset({3, 4, 5}),
                                             regroup=10, created="2026-11-23"))
    shown = preview(db, admin, school, second)
    assert (shown.new, shown.left) == (0, 3)
    assert shown.changed == 100
    imports.apply_import(db, admin, shown)
    assert preview(db, admin, school, second).changes_nothing


def test_a_key_or_detail_longer_than_its_column_refuses_that_line_only(
        db: Database, admin: Actor, school: int, tmp_path: Path) -> None:
    """Found by Hypothesis on PostgreSQL: a 121-character key reached the bulk INSERT and failed
    with the statement; SQLite kept it whole. Now the line is refused with the limit."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Tussenvoegsel", "Achternaam", "Functie", "Email", "Sleutel"])
    sheet.append(["Fatima", None, "Yılmaz", "intern begeleider", "f.yilmaz@delinde.nl", "k" * 121])
    sheet.append(["Ruud", None, "Hendriks", "conciërge", "r.hendriks@delinde.nl", "4712"])
    path = tmp_path / "personeel.xlsx"
    book.save(path)
    before = snapshot(db)
    shown = preview(db, admin, school, path, "staff")
    assert shown.new == 1
    assert [(r.line, r.field_label("nl"), r.reason("nl")) for r in shown.refused] == [
        (2, "sleutel", "Sleutel is te lang (maximaal 120 tekens); de regel is overgeslagen.")]
    assert snapshot(db) == before
    imports.apply_import(db, admin, shown)
    found = by_name(db, admin, school)
    assert "Ruud Hendriks" in found and "Fatima Yılmaz" not in found
