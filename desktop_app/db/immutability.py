"""Filed documents and audit events are never changed in place: the ORM refuses it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from .models import AuditEvent, Document, DocumentContent


class ImmutableRecordError(RuntimeError):
    """Raised when code tries to update or delete a filed document or an audit event."""


def _refuse(action: str) -> Any:
    def listener(_mapper: Any, _connection: Any, target: Any) -> None:
        raise ImmutableRecordError(
            f"{type(target).__name__} {getattr(target, 'id', '')} cannot be {action}: filed "
            "documents and audit events are immutable; a correction is a new record.")
    return listener


for _model in (Document, DocumentContent, AuditEvent):
    event.listen(_model, "before_update", _refuse("changed"))
    event.listen(_model, "before_delete", _refuse("deleted"))
