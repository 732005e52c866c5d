"""imported people keep their source keys

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch): SQLite keeps the table, and the triggers other revisions
    # put on it.
    op.add_column('person', sa.Column('left_on', sa.Date(), nullable=True))
    op.add_column('person', sa.Column('phone', sa.String(length=40), server_default='', nullable=False))
    op.create_table(
        'person_import',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('filename', sa.String(length=200), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('export_date', sa.Date(), nullable=False),
        sa.Column('new', sa.Integer(), nullable=False),
        sa.Column('changed', sa.Integer(), nullable=False),
        sa.Column('left', sa.Integer(), nullable=False),
        sa.Column('refused', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], name=op.f('fk_person_import_created_by_user_account'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_person_import_school_id_school'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_person_import')),
    )
    op.create_index(op.f('ix_person_import_created_by'), 'person_import', ['created_by'], unique=False)
    op.create_index(op.f('ix_person_import_school_id'), 'person_import', ['school_id'], unique=False)
    op.create_table(
        'person_source',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('origin', sa.String(length=16), nullable=False),
        sa.Column('source_key', sa.String(length=120), nullable=False),
        sa.Column('eck_id', sa.String(length=120), nullable=False),
        sa.Column('import_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['import_id'], ['person_import.id'], name=op.f('fk_person_source_import_id_person_import'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_person_source_person_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_person_source_school_id_school'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_person_source')),
        sa.UniqueConstraint('school_id', 'origin', 'source_key', name=op.f('uq_person_source_school_id')),
    )
    op.create_index('ix_person_source_eck_id', 'person_source', ['eck_id'], unique=False)
    op.create_index(op.f('ix_person_source_import_id'), 'person_source', ['import_id'], unique=False)
    op.create_index(op.f('ix_person_source_person_id'), 'person_source', ['person_id'], unique=False)
    op.create_index(op.f('ix_person_source_school_id'), 'person_source', ['school_id'], unique=False)


def downgrade() -> None:
    op.drop_table('person_source')
    op.drop_table('person_import')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('phone')
        batch_op.drop_column('left_on')
