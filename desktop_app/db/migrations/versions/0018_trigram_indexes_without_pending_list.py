"""search on PostgreSQL: the pg_trgm GIN indexes take new entries at once (issue 12)

Revision ID: 0018
Revises: 0017

A GIN index normally parks new entries in an unsorted "pending list" (up to 4 MB) that every
search reads from end to end, until VACUUM (or autovacuum, when the server runs it) files them
into the index. After a board is loaded, or on a server without autovacuum, searching a name then
read the whole person index's pending list (20,000 names: 11 ms of the 44 ms a search took on the
bench board). The trigram indexes of revision 0006 now file each entry when it is written
(`fastupdate = off`: about a quarter of a millisecond per incident or person saved), and what is
pending now is filed here. The indexes and the hits are unchanged. SQLite: nothing to do.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

# The pg_trgm indexes of revision 0006 (absent where the server could not have pg_trgm).
TRIGRAM_INDEXES = ("ix_incident_description_trgm", "ix_person_first_name_trgm",
                   "ix_person_last_name_trgm")


def _present(bind: sa.Connection) -> list[str]:
    return [name for name in TRIGRAM_INDEXES
            if bind.scalar(sa.text("SELECT to_regclass(:name)"), {"name": name}) is not None]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name in _present(bind):
        op.execute(f"ALTER INDEX {name} SET (fastupdate = off)")
        bind.execute(sa.text("SELECT gin_clean_pending_list(CAST(:name AS regclass))"),
                     {"name": name})


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name in _present(bind):
        op.execute(f"ALTER INDEX {name} RESET (fastupdate)")
