"""privacy: the Archiefwet flag (R5.4), and the identity check and extension of an access request (R5.5)

Revision ID: 0016
Revises: 0015

- retention_archive: a person whose dossier holds documents under the Archiefwet (law R5.4:
  "niet vernietigen tot selectielijst"); like a legal hold it blocks destruction, with what
  the documents are.
- access_request gains the identity check (on which day, how) that must precede the answer,
  and the extension by two months (AVG art. 12(3)): the due date before it and the reason.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None



def _access_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column('identity_checked_on', sa.Date(), nullable=True),
        sa.Column('identity_check', sa.String(length=200), nullable=False, server_default=''),
        sa.Column('extended_from', sa.Date(), nullable=True),
        sa.Column('extension_reason', sa.Text(), nullable=False, server_default=''),
    ]


def upgrade() -> None:
    op.create_table(
        'retention_archive',
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('flagged_since', sa.DateTime(), nullable=False),
        sa.Column('flagged_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='RESTRICT',
                                name=op.f('fk_retention_archive_person_id_person')),
        sa.ForeignKeyConstraint(['flagged_by'], ['user_account.id'], ondelete='RESTRICT',
                                name=op.f('fk_retention_archive_flagged_by_user_account')),
        sa.PrimaryKeyConstraint('person_id', name=op.f('pk_retention_archive')),
    )
    with op.batch_alter_table('access_request') as batch:
        for column in _access_columns():
            batch.add_column(column)


def downgrade() -> None:
    with op.batch_alter_table('access_request') as batch:
        for column in reversed(_access_columns()):
            batch.drop_column(column.name)
    op.drop_table('retention_archive')
