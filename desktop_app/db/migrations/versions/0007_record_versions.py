"""record versions for concurrent editing

Revision ID: 0007
Revises: 0006

Every row a form edits carries a version that SQLAlchemy raises on each update
(version_id_col), so a form saved after someone else changed the row is refused instead of
overwriting it. Added columns only (server_default 1), never a table recreate.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

VERSIONED = ("board", "school", "person", "case_file", "setting")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
