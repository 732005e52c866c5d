"""Nonsense is refused with a sentence, and a refusal changes nothing (row counts, audit head)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desktop_app.db.models import AuditHead, Case, Document, Incident, Person
from desktop_app.domain.errors import CaseManagerError
from desktop_app.faults import Fault
from desktop_app.services import board, documents, incidents, people
from desktop_app.services.database import Actor, Database
from desktop_app.services.evidence_checks import MAX_EVIDENCE_BYTES, read_evidence_file
from tests.conftest import TODAY


def snapshot(db: Database) -> tuple[int, ...]:
    with db.sessions() as session:
        counts = tuple(int(session.scalar(select(func.count()).select_from(model)) or 0)
                       for model in (Incident, Case, Document, Person))
        head = session.scalar(select(AuditHead.seq)) or 0
    return (*counts, int(head))


def register(db: Database, actor: Actor, school: int, subject: int, **kw: object) -> object:
    args: dict[str, object] = dict(
        school_id=school, subjects=[subject], rules=["C4"], category_code="discrediting",
        occurred_on=TODAY - timedelta(days=2), description="Bericht over de school.",
        severity=1)
    args.update(kw)
    return incidents.register_incident(db, actor, **args)  # type: ignore[arg-type]


def refused(db: Database, action: object, fragment: str) -> None:
    before = snapshot(db)
    with pytest.raises(CaseManagerError) as error:
        action()  # type: ignore[operator]
    assert fragment in error.value.message("nl")
    assert snapshot(db) == before


def test_dates_before_1900_are_refused(db: Database, admin: Actor, school: int,
                                       teacher: int) -> None:
    refused(db, lambda: register(db, admin, school, teacher, occurred_on=date(1899, 12, 31)),
            "vóór 1900")
    refused(db, lambda: register(db, admin, school, teacher, occurred_on=date(1, 1, 1)),
            "vóór 1900")


def test_people_from_another_school_are_refused(db: Database, admin: Actor, school: int,
                                                teacher: int, pupil: int) -> None:
    other = board.add_school(db, admin, "OBS Elders", "99XX", "openbaar").id
    stranger = people.add_person(db, admin, school_id=other, kind="staff", first="Els",
                                 last="Vreemd").id
    refused(db, lambda: register(db, admin, school, stranger), "andere school")
    refused(db, lambda: register(db, admin, school, teacher, victims=[stranger]),
            "andere school")
    refused(db, lambda: register(db, admin, school, teacher, witnesses=[stranger]),
            "andere school")


def test_same_person_as_subject_and_victim(db: Database, admin: Actor, school: int,
                                           teacher: int) -> None:
    refused(db, lambda: register(db, admin, school, teacher, victims=[teacher]),
            "tegelijk betrokkene en slachtoffer")


def test_platform_over_its_limit_is_refused_not_cut(db: Database, admin: Actor, school: int,
                                                    teacher: int) -> None:
    refused(db, lambda: register(db, admin, school, teacher, platform="x" * 201),
            "maximaal 200 tekens")
    info = register(db, admin, school, teacher, platform="y" * 200)
    assert isinstance(info, incidents.IncidentInfo)
    assert incidents.get_incident(db, admin, info.id).platform == "y" * 200


@pytest.mark.parametrize(("name", "data", "fragment"), [
    ("leeg.png", b"", "is leeg"),
    ("groot.pdf", b"%PDF-" + bytes(MAX_EVIDENCE_BYTES), "groter dan 25 MB"),
    ("foto.png", b"%PDF-1.4 a pdf in disguise", "past niet bij de extensie '.png'"),
    ("brief.pdf", b"MZ\x90\x00 an executable", "past niet bij de extensie '.pdf'"),
    ("setup.txt", b"text\x00with\x00nul", "past niet"),
    ("factuur", b"MZ\x90\x00", "past niet"),
])
def test_bad_evidence_is_refused(db: Database, admin: Actor, school: int, teacher: int,
                                 name: str, data: bytes, fragment: str) -> None:
    refused(db, lambda: register(db, admin, school, teacher,
                                 evidence=[(name, "application/octet-stream", data)]), fragment)
    incident = register(db, admin, school, teacher)
    assert isinstance(incident, incidents.IncidentInfo)
    refused(db, lambda: documents.attach_evidence(db, admin, incident.id, name,
                                                  "application/octet-stream", data), fragment)


def test_evidence_paths_that_are_not_plain_files(tmp_path: Path) -> None:
    real = tmp_path / "foto.png"
    real.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    link = tmp_path / "link.png"
    os.symlink(real, link)
    for path, fragment in ((tmp_path, "is een map"), (link, "snelkoppeling"),
                           (tmp_path / "nergens.png", "bestaat niet")):
        with pytest.raises(CaseManagerError) as error:
            read_evidence_file(path)
        assert fragment in error.value.message("nl")
    assert read_evidence_file(real).startswith(b"\x89PNG")


ids = st.one_of(st.integers(min_value=-5, max_value=50), st.just(2**63 + 5))


def test_an_id_beyond_64_bits_is_a_sentence(db: Database, admin: Actor, school: int,
                                            teacher: int) -> None:
    before = snapshot(db)
    with pytest.raises(Fault) as error:
        register(db, admin, 2**63 + 5, teacher)
    assert "te groot" in error.value.message("nl")
    assert snapshot(db) == before
texts = st.text(max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(school_id=ids, subject=ids, victim=st.lists(ids, max_size=2),
       rule=st.sampled_from(["C4", "A7", "Z9", ""]),
       category=st.sampled_from(["discrediting", "insulting", "nonsense"]),
       occurred=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
       description=texts, platform=texts, severity=st.integers(min_value=-3, max_value=9),
       evidence=st.lists(st.tuples(st.sampled_from(["a.png", "b.pdf", "c.txt", "d"]),
                                   st.just("application/octet-stream"),
                                   st.binary(max_size=64)), max_size=2))
def test_register_incident_never_fails_unhandled(db: Database, admin: Actor, school: int,
                                                 teacher: int, school_id: int, subject: int,
                                                 victim: list[int], rule: str, category: str,
                                                 occurred: date, description: str,
                                                 platform: str, severity: int,
                                                 evidence: list[tuple[str, str, bytes]]) -> None:
    before = snapshot(db)
    try:
        incidents.register_incident(
            db, admin, school_id=school_id, subjects=[subject], victims=victim,
            rules=[rule] if rule else [], category_code=category, occurred_on=occurred,
            description=description, platform=platform, severity=severity, evidence=evidence)
    except (CaseManagerError, Fault):
        assert snapshot(db) == before
