"""Passwords hashed with older argon2 parameters still sign in, and are upgraded on the way."""

from __future__ import annotations

from argon2 import PasswordHasher
from sqlalchemy import select, update

from desktop_app.db.engine import WRITE
from desktop_app.db.models import AuditEvent, UserAccount
from desktop_app.services import accounts
from desktop_app.services.database import Actor, Database
from tests.conftest import PASSWORD

# What every account was hashed with before: argon2-cffi's default (RFC 9106 low-memory).
OLD = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


def _stored_hash(db: Database) -> str:
    with db.sessions() as session:
        return str(session.scalar(select(UserAccount.password_hash)
                                  .where(UserAccount.username == "admin")))


def _set_hash(db: Database, value: str) -> None:
    with db.sessions() as session, session.begin():
        session.connection(execution_options=WRITE)
        session.execute(update(UserAccount).where(UserAccount.username == "admin")
                        .values(password_hash=value))


def _rehash_events(db: Database) -> list[dict[str, object]]:
    with db.sessions() as session:
        return [dict(e.details) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.password.rehash")
            .order_by(AuditEvent.seq))]


def test_new_passwords_use_the_lighter_parameters(db: Database, admin: Actor) -> None:
    assert "$m=19456,t=2,p=1$" in _stored_hash(db)
    assert accounts.login(db, "admin", PASSWORD).username == "admin"
    assert _rehash_events(db) == []  # nothing to upgrade


def test_an_old_hash_still_signs_in_and_is_upgraded_once(db: Database, admin: Actor) -> None:
    _set_hash(db, OLD.hash(PASSWORD))

    assert accounts.check_password(db, "admin", "niet-het-wachtwoord") is None
    assert "$m=65536,t=3,p=4$" in _stored_hash(db)  # a wrong password upgrades nothing

    assert accounts.login(db, "admin", PASSWORD).username == "admin"
    upgraded = _stored_hash(db)
    assert "$m=19456,t=2,p=1$" in upgraded
    events = _rehash_events(db)
    assert len(events) == 1
    assert events[0]["old"] == "m=65536,t=3,p=4" and events[0]["new"] == "m=19456,t=2,p=1"
    assert PASSWORD not in str(events) and upgraded not in str(events)

    assert accounts.login(db, "admin", PASSWORD).username == "admin"  # the new hash works
    assert _stored_hash(db) == upgraded and len(_rehash_events(db)) == 1
