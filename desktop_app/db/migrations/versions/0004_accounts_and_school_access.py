"""accounts: school assignments, login lockout

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added columns only: no table is recreated, so other revisions' triggers survive.
    op.add_column("user_account", sa.Column("failed_logins", sa.Integer(), nullable=False,
                                            server_default="0"))
    op.add_column("user_account", sa.Column("locked_until", sa.DateTime(), nullable=True))
    op.create_table(
        "account_school",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user_account.id"],
                                name=op.f("fk_account_school_user_id_user_account")),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"],
                                name=op.f("fk_account_school_school_id_school")),
        sa.PrimaryKeyConstraint("user_id", "school_id", name=op.f("pk_account_school")),
    )


def downgrade() -> None:
    op.drop_table("account_school")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
