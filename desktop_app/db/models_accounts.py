"""Accounts' school assignments (directors and read-only accounts see only these schools)."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AccountSchool(Base):
    __tablename__ = "account_school"
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id"), primary_key=True)
