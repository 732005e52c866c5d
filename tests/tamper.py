"""Tampering as someone who can write the database file or is the server's superuser: the
triggers that refuse UPDATE and DELETE are dropped (SQLite) or bypassed (PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from desktop_app.services.database import Database

PROTECTED = ("audit_event", "document", "document_content")


@contextmanager
def outside_the_app(db: Database) -> Iterator[Connection]:
    with db.engine.begin() as c:
        if c.dialect.name == "postgresql":
            c.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            for table in PROTECTED:
                c.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
                c.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
        yield c
