"""Where imported people came from: their key in the school administration, and each import."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, fk, intpk, short


class PersonImport(Base):
    """One applied import file: what it was, who applied it and what it changed."""

    __tablename__ = "person_import"
    id: Mapped[intpk]
    school_id: Mapped[int] = fk("school.id")
    kind: Mapped[str] = mapped_column(String(10))  # edexml | parent | staff
    filename: Mapped[short]
    sha256: Mapped[str] = mapped_column(String(64))
    export_date: Mapped[date]
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    left: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    created_by: Mapped[int] = fk("user_account.id")


class PersonSource(Base):
    """A person's key in one source (EDEXML pupils or teachers, the parent or staff list).

    People entered by hand have no row here, which is how an import knows never to touch them.
    A teacher from EDEXML who is also on the staff list has two rows for the one person.
    """

    __tablename__ = "person_source"
    __table_args__ = (UniqueConstraint("school_id", "origin", "source_key"),
                      Index("ix_person_source_eck_id", "eck_id"))
    id: Mapped[intpk]
    person_id: Mapped[int] = fk("person.id")
    school_id: Mapped[int] = fk("school.id")
    origin: Mapped[str] = mapped_column(String(16))  # edexml-pupil|edexml-teacher|parent|staff
    source_key: Mapped[str] = mapped_column(String(120))
    eck_id: Mapped[str] = mapped_column(String(120), default="")
    import_id: Mapped[int | None] = fk("person_import.id", nullable=True)
