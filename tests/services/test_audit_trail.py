"""Reading the trail: filters, who looked at a dossier, exports, verification, and who may."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.domain.errors import AccessDenied
from desktop_app.services import accounts, audit_trail, cases, documents
from desktop_app.services.audit_trail import AuditFilter
from desktop_app.services.database import Actor, Database
from tests.conftest import TODAY
from tests.reports.pdfcheck import flat
from tests.services.test_cases import register


def test_filters_by_person_case_account_action_and_period(
        db: Database, admin: Actor, school: int, teacher: int, pupil: int) -> None:
    case = register(db, admin, school, pupil)
    hr = accounts.create_user(db, admin, "hr", "Hanna HR", "hr")
    documents.list_dossier(db, hr, teacher)
    by_person = audit_trail.list_events(db, admin, AuditFilter(person_id=teacher))
    assert {r.action for r in by_person} == {"person.create", "dossier.view"}
    assert all(r.person == "Jan van der Berg" for r in by_person)
    assert {r.action for r in audit_trail.list_events(db, admin, AuditFilter(case_id=case))} \
        == {"case.create", "case.assess"}
    mine = audit_trail.list_events(db, admin, AuditFilter(account_id=hr.id))
    assert [(r.action, r.account) for r in mine] == [("dossier.view", "Hanna HR")]
    cases_only = audit_trail.list_events(db, admin, AuditFilter(action="case."))
    assert cases_only and all(r.action.startswith("case.") for r in cases_only)
    assert audit_trail.count_events(db, admin, AuditFilter(action="case.")) == len(cases_only)
    assert audit_trail.list_events(db, admin, AuditFilter(since=TODAY + timedelta(days=1))) \
        == []
    assert len(audit_trail.list_events(db, admin, AuditFilter(since=TODAY, until=TODAY))) \
        == audit_trail.count_events(db, admin, AuditFilter())
    page = audit_trail.list_events(db, admin, AuditFilter(), offset=2, limit=3)
    assert [r.seq for r in page] == [r.seq for r in audit_trail.list_events(
        db, admin, AuditFilter())][2:5]


def test_who_looked_at_this_dossier(db: Database, admin: Actor, school: int,
                                    teacher: int) -> None:
    hr = accounts.create_user(db, admin, "hr", "Hanna HR", "hr")
    doc = documents.file_document(db, admin, teacher, documents.NewDocument(
        "note", "Notitie", "n.txt", "text/plain", b"x"))[0]
    documents.list_dossier(db, hr, teacher)
    documents.open_document(db, admin, doc.id)
    looks = audit_trail.who_viewed(db, admin, teacher)
    assert [(r.account, r.action) for r in looks] == [("Beheerder", "document.open"),
                                                      ("Hanna HR", "dossier.view")]


def test_hr_sees_only_staff_and_others_are_refused(db: Database, admin: Actor, school: int,
                                                   teacher: int, pupil: int) -> None:
    hr = accounts.create_user(db, admin, "hr", "Hanna HR", "hr")
    seen = audit_trail.list_events(db, hr, AuditFilter())
    assert seen and {r.person_id for r in seen} == {teacher}
    assert audit_trail.list_events(db, hr, AuditFilter(person_id=pupil)) == []
    director = accounts.create_user(db, admin, "director", "Dirk Directeur", "director",
                                    "directeur-wachtwoord", [school])
    readonly = accounts.create_user(db, admin, "ro", "Alleen lezen", "readonly",
                                    "alleen-lezen-wachtwoord", [school])
    for other in (director, readonly):
        for refused in (lambda a: audit_trail.list_events(db, a, AuditFilter()),
                        lambda a: audit_trail.count_events(db, a, AuditFilter()),
                        lambda a: audit_trail.accounts(db, a),
                        lambda a: audit_trail.actions(db, a),
                        lambda a: audit_trail.who_viewed(db, a, teacher),
                        lambda a: audit_trail.export_csv(db, a, AuditFilter()),
                        lambda a: audit_trail.verify_trail(db, a)):
            with pytest.raises(AccessDenied, match="audittrail"):
                refused(other)
        # Each refusal is itself in the trail, on the account that asked.
        tried = audit_trail.list_events(db, admin, AuditFilter(account_id=other.id,
                                                               action="access.refused"))
        assert len(tried) == 7 and {r.entity for r in tried} == {"audit"}
    # HR's counts and exports hold the staff events only, like its list.
    assert audit_trail.count_events(db, hr, AuditFilter()) == len(
        audit_trail.list_events(db, hr, AuditFilter(), limit=10_000))
    exported = audit_trail.export_csv(db, hr, AuditFilter()).decode("utf-8-sig")
    assert "Jan van der Berg" in exported and "Daan" not in exported


def test_exports_read_back_and_are_audited(db: Database, admin: Actor, school: int,
                                           teacher: int) -> None:
    csv_bytes = audit_trail.export_csv(db, admin, AuditFilter(person_id=teacher))
    text = csv_bytes.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("volgnummer;tijdstip;account;handeling")
    assert any(";person.create;" in line and "Jan van der Berg" in line for line in lines)
    pdf = audit_trail.export_pdf(db, admin, AuditFilter(person_id=teacher))
    assert pdf.startswith(b"%PDF")
    content = flat(pdf)
    assert "persoon toegevoegd" in content and "Jan van der Berg" in content
    exports = audit_trail.list_events(db, admin, AuditFilter(action="audit.export"))
    assert [r.details["format"] for r in exports] == ["pdf", "csv"]


def test_a_formula_in_a_name_is_not_a_formula_in_the_spreadsheet(
        db: Database, admin: Actor, school: int, pupil: int) -> None:
    case = register(db, admin, school, pupil)
    cases.close_case(db, admin, case, reason="=HYPERLINK(\"http://x\")")
    text = audit_trail.export_csv(db, admin, AuditFilter(case_id=case)).decode("utf-8-sig")
    assert ";=HYPERLINK" not in text


def test_verification_is_audited_with_its_result(db: Database, admin: Actor,
                                                 school: int) -> None:
    check = audit_trail.verify_trail(db, admin)
    assert check.intact
    last = audit_trail.list_events(db, admin, AuditFilter(action="audit.verify"))
    assert last[0].details == {"intact": True, "findings": 0}
    assert audit_trail.verify_trail(db, admin).intact
