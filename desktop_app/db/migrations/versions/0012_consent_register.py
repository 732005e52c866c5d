"""privacy: the consent register as statements per person, purpose and decider, with reviews

Revision ID: 0012
Revises: 0011

Every old `consent_record` row becomes one statement of its giver (the pupil when none was
named); a record withdrawn with "Intrekken" also gets its withdrawal statement. The old table
stays as it was, so the audited states of its rows keep verifying. Because each decider's
latest statement now counts, a parent's refusal that the other parent's later consent had
silently replaced is a refusal again (law §6: a refusal by either parent wins).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

TAKEN_OVER = "overgenomen uit het oude register"


def _create_tables() -> None:
    op.create_table(
        'consent_statement',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('purpose', sa.String(length=30), nullable=False),
        sa.Column('choice', sa.String(length=10), nullable=False),
        sa.Column('given_by_id', sa.Integer(), nullable=False),
        sa.Column('given_by_name', sa.String(length=200), nullable=False),
        sa.Column('relation', sa.String(length=10), nullable=False),
        sa.Column('stated_on', sa.Date(), nullable=False),
        sa.Column('method', sa.String(length=200), nullable=False),
        sa.Column('form_version', sa.String(length=40), nullable=False),
        sa.Column('follow_up', sa.Text(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=False),
        sa.Column('legacy_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_statement_person_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['given_by_id'], ['person.id'], name=op.f('fk_consent_statement_given_by_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_consent_statement_recorded_by_user_account'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_statement')),
    )
    op.create_index('ix_consent_statement_person_purpose', 'consent_statement', ['person_id', 'purpose'], unique=False)
    op.create_index(op.f('ix_consent_statement_given_by_id'), 'consent_statement', ['given_by_id'], unique=False)
    op.create_index(op.f('ix_consent_statement_stated_on'), 'consent_statement', ['stated_on'], unique=False)
    op.create_index(op.f('ix_consent_statement_recorded_by'), 'consent_statement', ['recorded_by'], unique=False)
    op.create_table(
        'consent_review',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('reviewed_on', sa.Date(), nullable=False),
        sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
        sa.Column('reviewed_by_name', sa.String(length=200), nullable=False),
        sa.Column('method', sa.String(length=200), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_review_person_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['reviewed_by_id'], ['person.id'], name=op.f('fk_consent_review_reviewed_by_id_person'), ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['recorded_by'], ['user_account.id'], name=op.f('fk_consent_review_recorded_by_user_account'), ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_review')),
    )
    op.create_index(op.f('ix_consent_review_person_id'), 'consent_review', ['person_id'], unique=False)
    op.create_index(op.f('ix_consent_review_reviewed_by_id'), 'consent_review', ['reviewed_by_id'], unique=False)
    op.create_index(op.f('ix_consent_review_recorded_by'), 'consent_review', ['recorded_by'], unique=False)


def statements_from_records(records: list[dict[str, Any]],
                            kinds: dict[int, str]) -> list[dict[str, Any]]:
    """The statements the old rows stand for (pure, so a test can check it row by row).

    Old rows carried `withdrawn_at` both when a newer choice on the same purpose replaced them
    and when "Intrekken" withdrew them; only the latter is a withdrawal."""
    by_purpose: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by_purpose[(r["person_id"], r["purpose"])].append(r)
    result: list[dict[str, Any]] = []
    for rows in by_purpose.values():
        rows.sort(key=lambda r: (r["given_at"], r["id"]))
        for index, r in enumerate(rows):
            giver = r["given_by_id"] or r["person_id"]
            relation = "self" if giver == r["person_id"] or kinds.get(giver) != "parent" \
                else "parent"
            base = {"person_id": r["person_id"], "purpose": r["purpose"], "given_by_id": giver,
                    "given_by_name": r["given_by_name"] or "", "relation": relation,
                    "form_version": r["form_version"] or "", "recorded_by": r["created_by"],
                    "legacy_id": r["id"]}
            result.append({**base, "choice": "give" if r["granted"] else "refuse",
                           "stated_on": r["given_at"].date(), "method": r["method"] or "",
                           "follow_up": "", "recorded_at": r["given_at"]})
            ended = r["withdrawn_at"]
            replaced = ended is not None and any(
                later["given_at"] == ended for later in rows[index + 1:])
            if ended is not None and not replaced and r["granted"]:
                result.append({**base, "choice": "withdraw", "stated_on": ended.date(),
                               "method": f"intrekking ({TAKEN_OVER})", "form_version": "",
                               "follow_up": "", "recorded_at": ended})
    return result


def _take_over_records() -> None:
    bind = op.get_bind()
    old = sa.table('consent_record', *(sa.column(c) for c in (
        'id', 'person_id', 'purpose', 'given_by_id', 'given_by_name', 'method',
        'form_version', 'created_by')), sa.column('granted', sa.Boolean()),
        sa.column('given_at', sa.DateTime()), sa.column('withdrawn_at', sa.DateTime()))
    records = [dict(r._mapping) for r in bind.execute(sa.select(old))]
    if not records:
        return
    person = sa.table('person', sa.column('id'), sa.column('kind'))
    kinds = {i: k for i, k in bind.execute(sa.select(person.c.id, person.c.kind))}
    new = sa.table('consent_statement', *(sa.column(c) for c in (
        'person_id', 'purpose', 'choice', 'given_by_id', 'given_by_name', 'relation',
        'method', 'form_version', 'follow_up', 'recorded_by', 'legacy_id')),
        sa.column('stated_on', sa.Date()), sa.column('recorded_at', sa.DateTime()))
    op.bulk_insert(new, statements_from_records(records, kinds))


def upgrade() -> None:
    _create_tables()
    _take_over_records()


def downgrade() -> None:
    op.drop_table('consent_review')
    op.drop_table('consent_statement')
