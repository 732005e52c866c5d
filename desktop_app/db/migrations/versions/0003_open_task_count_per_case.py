"""open task count per case

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('open_tasks', sa.Integer(), server_default='1', nullable=False))
        batch_op.create_index(batch_op.f('ix_case_file_open_tasks'), ['open_tasks'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('case_file', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_file_open_tasks'))
        batch_op.drop_column('open_tasks')

