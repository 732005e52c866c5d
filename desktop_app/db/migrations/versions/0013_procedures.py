"""procedures: the WPO 4a track of an incident, staff order suspensions, 1:377c information requests

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'incident_track',
        sa.Column('incident_id', sa.Integer(), nullable=False),
        sa.Column('art4a', sa.Boolean(), nullable=False),
        sa.Column('meldcode', sa.Boolean(), nullable=False),
        sa.Column('board_informed_at', sa.DateTime(), nullable=True),
        sa.Column('board_informed_by', sa.String(length=200), nullable=False),
        sa.Column('about_school', sa.Boolean(), nullable=False),
        sa.Column('disclaimer', sa.Boolean(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('updated_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['incident_id'], ['incident.id'],
                                name=op.f('fk_incident_track_incident_id_incident')),
        sa.ForeignKeyConstraint(['updated_by'], ['user_account.id'],
                                name=op.f('fk_incident_track_updated_by_user_account'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('incident_id', name=op.f('pk_incident_track')))
    with op.batch_alter_table('incident_track', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_incident_track_updated_by'), ['updated_by'],
                              unique=False)
    op.create_table(
        'order_measure',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('extends_id', sa.Integer(), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('start_on', sa.Date(), nullable=False),
        sa.Column('end_on', sa.Date(), nullable=False),
        sa.Column('urgency', sa.Text(), nullable=False),
        sa.Column('extension_ground', sa.Text(), nullable=False),
        sa.Column('response_due', sa.Date(), nullable=False),
        sa.Column('response_on', sa.Date(), nullable=True),
        sa.Column('response_note', sa.Text(), nullable=False),
        sa.Column('letter_sent_on', sa.Date(), nullable=True),
        sa.Column('letter_documents', sa.JSON(), nullable=False),
        sa.Column('decided_by', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['case_file.id'],
                                name=op.f('fk_order_measure_case_id_case_file'),
                                ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['extends_id'], ['order_measure.id'],
                                name=op.f('fk_order_measure_extends_id_order_measure'),
                                ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['decided_by'], ['user_account.id'],
                                name=op.f('fk_order_measure_decided_by_user_account'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_order_measure')))
    with op.batch_alter_table('order_measure', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_measure_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_measure_extends_id'), ['extends_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_order_measure_decided_by'), ['decided_by'],
                              unique=False)
    op.create_table(
        'guardian_information',
        sa.Column('link_id', sa.Integer(), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['link_id'], ['guardian_link.id'],
                                name=op.f('fk_guardian_information_link_id_guardian_link')),
        sa.ForeignKeyConstraint(['created_by'], ['user_account.id'],
                                name=op.f('fk_guardian_information_created_by_user_account'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('link_id', name=op.f('pk_guardian_information')))
    with op.batch_alter_table('guardian_information', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardian_information_created_by'), ['created_by'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('guardian_information')
    op.drop_table('order_measure')
    op.drop_table('incident_track')
