"""Derived rows kept by the services for board-scale reads: each case's open deadlines."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, intpk
from .models import Involvement

# Search by name goes person -> involvement -> incident: covered by one index (revision 0006).
Index("ix_involvement_person_incident", Involvement.person_id, Involvement.incident_id)


class OpenDeadline(Base):
    """One open task of a case as the domain rules compute it (`procedure.deadlines`).

    Rewritten in the same transaction as every change that affects the case, so the deadline
    list is one indexed query instead of evaluating every case's facts (revision 0006)."""

    __tablename__ = "open_deadline"
    # The list's order, so neither the whole list nor its first 50 need a sort.
    __table_args__ = (Index("ix_open_deadline_due_case", "due", "case_id", "what"),
                      Index("ix_open_deadline_school_due", "school_id", "due"))
    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"),
                                         index=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"))
    # The case's subject (fixed for the life of a case): the list names them without a join.
    subject_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    what: Mapped[str] = mapped_column(String(40))
    label_nl: Mapped[str]
    label_en: Mapped[str]
    due: Mapped[date]
    rule_id: Mapped[str] = mapped_column(String(20))
