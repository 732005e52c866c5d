"""The same services on the shared PostgreSQL server (127.0.0.1:5432, database `test`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from desktop_app.services import accounts, audit, board, cases, deadlines, demo
from desktop_app.services.database import Database
from tests.conftest import NOW

PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db() -> Iterator[Database]:
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(PG_URL)
    try:
        with admin_engine.begin() as c:
            c.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as error:  # pragma: no cover - only where no server runs
        pytest.skip(f"PostgreSQL not reachable: {error}")
    db = Database(f"{PG_URL}?options=-csearch_path%3D{schema}", clock=lambda: NOW)
    try:
        yield db
    finally:
        db.dispose()
        with admin_engine.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin_engine.dispose()


def test_demo_and_deadlines_on_postgresql(pg_db: Database) -> None:
    admin = accounts.create_user(pg_db, None, "admin", "Beheerder")
    board.create_board(pg_db, admin, "Stichting PG")
    assert demo.load_demo(pg_db, admin).incidents == 21
    rows = deadlines.open_deadlines(pg_db, admin)
    assert {"inspectie_report", "objection_decision"} <= {r.what for r in rows}
    open_case = next(c for c in range(1, 22) if cases.show(pg_db, admin, c).decision is None)
    assert cases.propose(pg_db, admin, open_case).reasons
    with pg_db.sessions() as s:
        assert audit.verify(s).intact
    detail = cases.show(pg_db, admin, rows[0].case)
    assert detail.summary.id == rows[0].case
