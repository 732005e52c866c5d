"""What every CLI command receives: the opened database, the acting account and the printer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .output import Output

if TYPE_CHECKING:
    from ..services.database import Actor, Database


@dataclass
class CliContext:
    url: str
    out: Output
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        if self._db is None:
            from ..services.database import Database

            self._db = Database(self.url)
        return self._db

    @property
    def actor(self) -> Actor:
        """Until login exists, the CLI acts as the administrator account that init creates."""
        from ..services.accounts import actor_for

        return actor_for(self.db)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


Handler = Callable[[CliContext, object], int]
