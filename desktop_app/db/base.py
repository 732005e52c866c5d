"""Declarative base with a naming convention so constraint names stay stable across migrations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dict: JSON,
        datetime: DateTime(timezone=False),
        date: Date,
        str: Text,
    }


intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
code = Annotated[str, mapped_column(String(40))]
short = Annotated[str, mapped_column(String(200), default="")]


def fk(target: str, nullable: bool = False, index: bool = True, ondelete: str = "RESTRICT"):  # type: ignore[no-untyped-def]
    """A foreign key column; indexed by default because lists filter on it."""
    return mapped_column(ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


__all__ = ["Base", "intpk", "code", "short", "fk"]
