"""order measures: the order letter's dispatch is a procedure step (ST5, issue 10)

Revision ID: 0017
Revises: 0016

Until now the letter of a suspension as an order measure (and of its extension) recorded its
dispatch only on the order row (letter_sent_on, and the registered-mail number inside
letter_documents), unlike every other letter, whose dispatch is a procedure step. Each sent
order letter gets its step 'order_letter_sent', dated on its dispatch, holding the letter,
its documents, the registered-mail number and the order; the order row keeps its documents
and points at the step. No column changes.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

_TITLES = {"suspension_order": "Besluit schorsing als ordemaatregel",
           "order_extension": "Besluit verlenging schorsing als ordemaatregel"}

_order = sa.table(
    'order_measure',
    sa.column('id', sa.Integer()), sa.column('case_id', sa.Integer()),
    sa.column('extends_id', sa.Integer()), sa.column('letter_sent_on', sa.Date()),
    sa.column('letter_documents', sa.JSON()), sa.column('response_due', sa.Date()),
    sa.column('decided_by', sa.Integer()), sa.column('created_at', sa.DateTime()))
_step = sa.table(
    'procedure_step',
    sa.column('id', sa.Integer()), sa.column('case_id', sa.Integer()),
    sa.column('kind', sa.String(24)), sa.column('done_on', sa.Date()),
    sa.column('note', sa.Text()), sa.column('data', sa.JSON()),
    sa.column('created_at', sa.DateTime()), sa.column('created_by', sa.Integer()))


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        value = json.loads(value or "{}")
    return dict(value or {})


def upgrade() -> None:
    bind = op.get_bind()
    sent = bind.execute(sa.select(_order).where(_order.c.letter_sent_on.is_not(None))
                        .order_by(_order.c.id)).all()
    for row in sent:
        documents = _as_dict(row.letter_documents)
        if "step" in documents:
            continue
        letter = "suspension_order" if row.extends_id is None else "order_extension"
        data = {"letter": letter, "documents": list(documents.get("ids", [])),
                "registered": str(documents.get("registered", "")).strip(), "order": row.id,
                "response_due": row.response_due.isoformat()}
        bind.execute(_step.insert().values(
            case_id=row.case_id, kind='order_letter_sent', done_on=row.letter_sent_on,
            note=_TITLES[letter], data=data, created_at=row.created_at,
            created_by=row.decided_by))
        step_id = bind.execute(
            sa.select(sa.func.max(_step.c.id)).where(_step.c.case_id == row.case_id,
                                                     _step.c.kind == 'order_letter_sent')
        ).scalar_one()
        bind.execute(_order.update().where(_order.c.id == row.id).values(
            letter_documents={"ids": data["documents"], "step": step_id}))


def downgrade() -> None:
    bind = op.get_bind()
    steps = bind.execute(sa.select(_step).where(_step.c.kind == 'order_letter_sent')).all()
    for step in steps:
        data = _as_dict(step.data)
        order_id = data.get("order")
        if order_id is not None:
            bind.execute(_order.update().where(_order.c.id == order_id).values(
                letter_documents={"ids": list(data.get("documents", [])),
                                  "registered": data.get("registered", "")}))
    bind.execute(_step.delete().where(_step.c.kind == 'order_letter_sent'))
