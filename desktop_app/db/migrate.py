"""Bring any database to the newest schema in code, before the app or a command uses it.

Opening an up-to-date database costs one query: the stored revision is compared with the newest
one named in the migration files, and Alembic (about 100 ms of imports) is loaded only when an
upgrade is actually due.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def upgrade_if_needed(engine: Engine) -> str | None:
    """Upgrade to the newest schema when the database is behind; returns the revision it was
    at before an upgrade (None for a new database), or "" when nothing had to be done."""
    before = current_revision(engine)
    if before == head_revision():
        return ""
    upgrade(engine)
    return before


def current_revision(engine: Engine) -> str | None:
    """The stored schema revision in one query (None for a database without one)."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        if inspect(engine).has_table("alembic_version"):
            raise
        return None


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision, read from the migration files without loading Alembic: the one
    revision no other file names as its `down_revision`."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        parents.update(_DOWN.findall(source))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


@lru_cache(maxsize=1)
def known_revisions() -> set[str]:
    """Every revision this version of the application knows (read from the files)."""
    return {found.group(1) for path in (MIGRATIONS / "versions").glob("*.py")
            if (found := _REVISION.search(path.read_text(encoding="utf-8"))) is not None}
