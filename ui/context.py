"""What every page and dialog receives: the database, the acting account, ops, the change bus."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.services.database import Actor, Database

from .bus import ChangeBus
from .ops import OpRunner
from .settings import UiSettings


@dataclass
class AppContext:
    db: Database
    actor: Actor
    ops: OpRunner
    bus: ChangeBus
    settings: UiSettings
