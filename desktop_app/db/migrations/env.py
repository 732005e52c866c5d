"""Alembic environment: the engine comes from the caller (desktop_app.db.migrate)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from desktop_app.db import models  # noqa: F401  (registers the tables on Base.metadata)
from desktop_app.db.base import Base

engine: Engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
