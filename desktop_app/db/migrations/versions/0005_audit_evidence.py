"""audit evidence: database-level immutability, record-state hashes, keyed chain

Revision ID: 0005
Revises: 0004

- audit_event.state_hash: the hash of the record state an event describes.
- audit_head.key_id: fingerprint of the key that chains the events.
- Existing events (an unkeyed SHA-256 chain) are re-keyed with this installation's HMAC key
  when their old chain verifies; a chain that was already broken is left as it is, so
  `audit verify` keeps reporting it.
- Triggers refuse UPDATE and DELETE (and on PostgreSQL TRUNCATE) of audit events and filed
  documents with their bytes, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

PROTECTED = ("audit_event", "document", "document_content")


def upgrade() -> None:
    op.add_column("audit_event", sa.Column("state_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_head", sa.Column("key_id", sa.String(length=16), nullable=True))
    _rekey(op.get_bind())
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION casemanager_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'casemanager: % on % refused: filed documents and audit events are append-only', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END $$""")
        for table in PROTECTED:
            op.execute(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION casemanager_refuse_change()")
            op.execute(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION casemanager_refuse_change()")
    else:
        for table in PROTECTED:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} BEGIN "
                    f"SELECT RAISE(ABORT, 'casemanager: {verb} on {table} refused: filed "
                    "documents and audit events are append-only'); END")


def _rekey(bind: sa.engine.Connection) -> None:
    """Turn the old unkeyed chain into the keyed one, once, before the triggers exist."""
    from desktop_app.services.audit import GENESIS, event_hash, event_payload, legacy_hash
    from desktop_app.services.audit_key import key_id, load_key

    events = sa.table("audit_event", sa.column("id"), sa.column("seq"), sa.column("at", sa.DateTime),
                      sa.column("actor_id"), sa.column("action"), sa.column("entity"),
                      sa.column("entity_id"), sa.column("person_id"), sa.column("case_id"),
                      sa.column("details", sa.JSON), sa.column("prev_hash"), sa.column("hash"))
    head = sa.table("audit_head", sa.column("id"), sa.column("seq"), sa.column("hash"),
                    sa.column("key_id"))
    rows = bind.execute(sa.select(events).order_by(events.c.seq)).all()
    if not rows:
        return
    key = load_key()  # created now, so verify can name a broken old chain as such
    prev = GENESIS
    for seq, row in enumerate(rows, start=1):
        if row.seq != seq or row.prev_hash != prev or row.hash != legacy_hash(
                row.seq, row.at, row.actor_id, row.action, row.entity, row.entity_id,
                row.person_id, row.case_id, row.details, row.prev_hash):
            log.warning("audit chain was already broken at event %s; it is not re-keyed", seq)
            return
        prev = row.hash
    prev = GENESIS
    for row in rows:
        digest = event_hash(key, event_payload(
            row.seq, row.at, row.actor_id, row.action, row.entity, row.entity_id, row.person_id,
            row.case_id, row.details, prev, None))
        bind.execute(sa.update(events).where(events.c.id == row.id)
                     .values(prev_hash=prev, hash=digest))
        prev = digest
    bind.execute(sa.update(head).where(head.c.id == 1)
                 .values(seq=rows[-1].seq, hash=prev, key_id=key_id(key)))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in PROTECTED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS casemanager_refuse_change()")
    else:
        for table in PROTECTED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.drop_column("audit_head", "key_id")
    op.drop_column("audit_event", "state_hash")
