"""privacy: legal holds, access requests and the one narrow door for destruction

Revision ID: 0011
Revises: 0010

- retention_hold: a legal hold per person with its reason (law R5.3); it blocks destruction.
- access_request: a right-of-access request (AVG art. 15, law R5.5) with its due date.
- destruction_permit: the only way a filed document can be deleted. The DELETE triggers of
  revision 0005 on `document` and `document_content` now let a row go only while a permit
  for that document exists; the destruction service writes the permits, deletes and removes
  the permits in one transaction, so after it commits there are none. UPDATE stays refused,
  and audit events stay append-only without exception.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

# (table, the column holding the document id)
DOCUMENT_TABLES = (("document", "id"), ("document_content", "document_id"))
MESSAGE = "filed documents and audit events are append-only"


def upgrade() -> None:
    op.create_table(
        'retention_hold',
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('held_since', sa.DateTime(), nullable=False),
        sa.Column('held_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='RESTRICT',
                                name=op.f('fk_retention_hold_person_id_person')),
        sa.ForeignKeyConstraint(['held_by'], ['user_account.id'], ondelete='RESTRICT',
                                name=op.f('fk_retention_hold_held_by_user_account')),
        sa.PrimaryKeyConstraint('person_id', name=op.f('pk_retention_hold')),
    )
    op.create_table(
        'access_request',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('requester', sa.String(length=200), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('due', sa.Date(), nullable=False),
        sa.Column('completed_at', sa.DateTime(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='RESTRICT',
                                name=op.f('fk_access_request_person_id_person')),
        sa.ForeignKeyConstraint(['created_by'], ['user_account.id'], ondelete='RESTRICT',
                                name=op.f('fk_access_request_created_by_user_account')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_access_request')),
    )
    op.create_index(op.f('ix_access_request_person_id'), 'access_request', ['person_id'])
    op.create_index('ix_access_request_open_due', 'access_request', ['completed_at', 'due'])
    op.create_table(
        'destruction_permit',
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('document_id', name=op.f('pk_destruction_permit')),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION casemanager_permitted_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM destruction_permit
                           WHERE document_id = (to_jsonb(OLD) ->> TG_ARGV[0])::integer) THEN
                    RETURN OLD;
                END IF;
                RAISE EXCEPTION 'casemanager: % on % refused: filed documents and audit events are append-only', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END $$""")
        for table, column in DOCUMENT_TABLES:
            op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION casemanager_refuse_change()")
            op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION casemanager_permitted_delete('{column}')")
    else:
        for table, column in DOCUMENT_TABLES:
            op.execute(f"DROP TRIGGER {table}_no_delete")
            op.execute(
                f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                f"WHEN NOT EXISTS (SELECT 1 FROM destruction_permit p "
                f"WHERE p.document_id = OLD.{column}) BEGIN "
                f"SELECT RAISE(ABORT, 'casemanager: DELETE on {table} refused: {MESSAGE}'); END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _column in DOCUMENT_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION casemanager_refuse_change()")
        op.execute("DROP FUNCTION IF EXISTS casemanager_permitted_delete()")
    else:
        for table, _column in DOCUMENT_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
            op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN "
                       f"SELECT RAISE(ABORT, 'casemanager: DELETE on {table} refused: "
                       f"{MESSAGE}'); END")
    op.drop_table('destruction_permit')
    op.drop_index('ix_access_request_open_due', table_name='access_request')
    op.drop_index(op.f('ix_access_request_person_id'), table_name='access_request')
    op.drop_table('access_request')
    op.drop_table('retention_hold')
