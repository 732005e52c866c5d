"""full-text search index and stored open deadlines

Revision ID: 0006
Revises: 0005

Search: on SQLite an FTS5 trigram index over incident descriptions and person names, kept in
step by triggers on the base tables (no table is recreated); on PostgreSQL pg_trgm GIN indexes
that serve the same ILIKE search. Deadlines: the open tasks of each case as rows; the app fills
them with the domain rules after the upgrade (`desktop_app.db.migrate`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# (FTS table, base table, indexed columns)
SEARCH_TABLES = (
    ("incident_search", "incident", ("description",)),
    ("person_search", "person", ("first_name", "last_name")),
)
TRIGRAM_INDEXES = (
    ("ix_incident_description_trgm", "incident", "description"),
    ("ix_person_first_name_trgm", "person", "first_name"),
    ("ix_person_last_name_trgm", "person", "last_name"),
)


def _sqlite_search() -> None:
    for fts, base, columns in SEARCH_TABLES:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{base}', "
                   "content_rowid='id', tokenize='trigram')")
        op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {base} BEGIN "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {base} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                   "END")
        op.execute(f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {base} BEGIN "
                   f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
                   f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END")
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _trigram_schema(bind: sa.Connection) -> str | None:
    """The schema pg_trgm lives in, installing it when the server allows (in `public` when it
    exists, so it outlives any one schema); None when it cannot be had (search then scans)."""
    def installed() -> str | None:
        return bind.scalar(sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pg_trgm'"))

    schema = installed()
    if schema is not None:
        return schema
    has_public = bind.scalar(sa.text("SELECT count(*) FROM pg_namespace WHERE nspname = 'public'"))
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"
                                 + (" SCHEMA public" if has_public else "")))
    except sa.exc.DBAPIError:
        return None
    return installed()


def _postgresql_search() -> None:
    schema = _trigram_schema(op.get_bind())
    if schema is None:
        return
    for name, table, column in TRIGRAM_INDEXES:
        op.execute(f'CREATE INDEX {name} ON {table} USING gin ({column} "{schema}".gin_trgm_ops)')


def upgrade() -> None:
    op.create_table(
        'open_deadline',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('subject_id', sa.Integer(), nullable=False),
        sa.Column('what', sa.String(length=40), nullable=False),
        sa.Column('label_nl', sa.Text(), nullable=False),
        sa.Column('label_en', sa.Text(), nullable=False),
        sa.Column('due', sa.Date(), nullable=False),
        sa.Column('rule_id', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'], ondelete='CASCADE',
                                name=op.f('fk_open_deadline_case_id_case_file')),
        sa.ForeignKeyConstraint(['school_id'], ['school.id'],
                                name=op.f('fk_open_deadline_school_id_school')),
        sa.ForeignKeyConstraint(['subject_id'], ['person.id'],
                                name=op.f('fk_open_deadline_subject_id_person')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_open_deadline')),
    )
    op.create_index(op.f('ix_open_deadline_case_id'), 'open_deadline', ['case_id'])
    op.create_index('ix_open_deadline_due_case', 'open_deadline', ['due', 'case_id', 'what'])
    op.create_index('ix_open_deadline_school_due', 'open_deadline', ['school_id', 'due'])
    op.create_index('ix_involvement_person_incident', 'involvement', ['person_id', 'incident_id'])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_search()
    elif op.get_bind().dialect.name == "postgresql":
        _postgresql_search()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for fts, _base, _columns in SEARCH_TABLES:
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    elif bind.dialect.name == "postgresql":
        for name, _table, _column in TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
    op.drop_index('ix_involvement_person_incident', table_name='involvement')
    op.drop_index('ix_open_deadline_school_due', table_name='open_deadline')
    op.drop_index('ix_open_deadline_due_case', table_name='open_deadline')
    op.drop_index(op.f('ix_open_deadline_case_id'), table_name='open_deadline')
    op.drop_table('open_deadline')
