"""Alembic from the first revision: a database at 0001 with data upgrades to head without loss."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.db.engine import make_engine
from desktop_app.services import cases, incidents
from desktop_app.services.database import Actor, Database
from tests.conftest import NOW, TODAY


def test_upgrade_from_first_revision_keeps_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    assert migrate.current_revision(engine) == "0001"
    columns = {c["name"] for c in inspect(engine).get_columns("school")}
    assert "signatory_name" not in columns
    with engine.begin() as c:
        c.execute(text("INSERT INTO user_account (id, username, display_name, role, "
                       "password_hash, active, created_at) VALUES (1, 'admin', 'Beheerder', "
                       "'administrator', '', 1, '2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO board (id, name, street, postcode, city, created_at) "
                       "VALUES (1, 'Stichting Oud', '', '', '', '2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO school (id, board_id, name, brin, denomination, street, "
                       "postcode, city, director, created_at) VALUES (1, 1, 'OBS Oud', '12AB', "
                       "'openbaar', 'Laan 1', '1234 AB', 'Utrecht', 'D. Irecteur', "
                       "'2026-01-01 00:00:00')"))
        c.execute(text("INSERT INTO person (id, school_id, kind, first_name, name_prefix, "
                       "last_name, sort_key, salutation, function, group_name, street, postcode, "
                       "city, email, created_at) VALUES (1, 1, 'staff', 'Jan', 'van der', "
                       "'Berg', 'berg jan van der', 'heer', 'leerkracht', '', '', '', '', '', "
                       "'2026-01-01 00:00:00')"))
    engine.dispose()

    db = Database(url, clock=lambda: NOW)  # opening upgrades to head
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision() != "0001"
        from desktop_app.services import accounts, board, people

        admin = accounts.actor_for(db)
        schools = board.list_schools(db, admin)
        assert [(s.name, s.brin, s.director, s.signatory_name) for s in schools] == [
            ("OBS Oud", "12AB", "D. Irecteur", "")]
        assert people.get_person(db, admin, 1).sort_name == "Berg, Jan van der"
        info = incidents.register_incident(
            db, admin, school_id=1, subjects=[1], rules=["C4"], category_code="discrediting",
            occurred_on=TODAY, description="Na de upgrade.", severity=1)
        assert cases.propose(db, admin, info.cases[0].id).measure == "warning"
    finally:
        db.dispose()


@pytest.mark.sqlite_only
def test_wal_mode_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_ST5_0017_an_order_letter_sent_before_gets_its_dispatch_step(
        db: Database, admin: Actor, school: int, teacher: int) -> None:
    from datetime import timedelta

    from sqlalchemy import delete, select, update

    from desktop_app.db.models import OrderMeasure, ProcedureStep
    from desktop_app.services import procedures, settings

    settings.set_legal(db, admin, {"cao_article_order_suspension": "artikel 11.3 cao po"})
    case = incidents.register_incident(
        db, admin, school_id=school, subjects=[teacher], rules=["A7"],
        category_code="insulting", occurred_on=TODAY - timedelta(days=5),
        description="Kwetsende berichten.", platform="Instagram", severity=3).cases[0].id
    order = procedures.decide_order(db, admin, case, start_on=TODAY,
                                    end_on=TODAY + timedelta(days=6), urgency="Rust op school.")
    filed = procedures.send_order_letter(db, admin, order.id, sent_on=TODAY,
                                         registered="RR900NL")
    # As revision 0016 left such a letter: no step, the number on the order row.
    with db.engine.begin() as c:
        c.execute(delete(ProcedureStep).where(ProcedureStep.kind == "order_letter_sent"))
        c.execute(update(OrderMeasure).where(OrderMeasure.id == order.id).values(
            letter_documents={"ids": [filed[0].id], "registered": "RR900NL"}))
        c.execute(text("UPDATE alembic_version SET version_num = '0016'"))
    migrate.upgrade(db.engine)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as c:
        steps = c.execute(select(ProcedureStep).where(
            ProcedureStep.kind == "order_letter_sent")).all()
        row = c.execute(select(OrderMeasure.letter_documents)
                        .where(OrderMeasure.id == order.id)).scalar_one()
    assert [(s.case_id, s.done_on) for s in steps] == [(case, TODAY)]
    data = steps[0].data
    assert data["registered"] == "RR900NL" and data["order"] == order.id
    assert data["documents"] == [filed[0].id] and data["letter"] == "suspension_order"
    assert row == {"ids": [filed[0].id], "step": steps[0].id}
    again = {s.kind for s in cases.show(db, admin, case).steps}
    assert "order_letter_sent" in again
