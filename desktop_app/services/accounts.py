"""Accounts: every service call acts on behalf of one; login comes later, the CLI uses admin."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import select

from ..db.models import UserAccount
from ..domain.errors import InvalidInput, NotFound
from ..domain.names import clean_name_part
from .database import Actor, Database
from .dto import UserInfo

ADMIN_USERNAME = "admin"
ROLES = ("administrator", "board", "director", "hr")
_hasher = PasswordHasher()


def _actor(user: UserAccount) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)


def create_user(db: Database, actor: Actor | None, username: str, display_name: str,
                role: str = "administrator", password: str = "") -> Actor:
    username = username.strip().lower()
    if not username or len(username) > 80 or not username.replace(".", "").replace("_", "") \
            .replace("-", "").isalnum():
        raise InvalidInput(
            "Een gebruikersnaam bestaat uit letters, cijfers, punt, streepje of liggend streepje.",
            "A username consists of letters, digits, dot, hyphen or underscore.",
        )
    if role not in ROLES:
        raise InvalidInput(f"Onbekende rol '{role}'.", f"Unknown role '{role}'.")
    display = clean_name_part(display_name, "De naam", "The name", required=True)
    with db.transaction(actor) as tx:
        if tx.session.scalar(select(UserAccount.id).where(UserAccount.username == username)):
            raise InvalidInput(f"Gebruikersnaam '{username}' bestaat al.",
                               f"Username '{username}' already exists.")
        user = UserAccount(username=username, display_name=display, role=role,
                           password_hash=_hasher.hash(password) if password else "",
                           active=True, created_at=tx.now)
        tx.session.add(user)
        tx.session.flush()
        if tx.actor is None:
            tx.actor = _actor(user)  # the first account creates itself
        tx.audit("user.create", "user", user.id, username=username, role=role)
        return _actor(user)


def actor_for(db: Database, username: str = ADMIN_USERNAME) -> Actor:
    with db.reading() as session:
        user = session.scalar(select(UserAccount).where(UserAccount.username == username))
        if user is None or not user.active:
            raise NotFound(
                f"Account '{username}' bestaat niet. Voer eerst 'casemanager init' uit.",
                f"Account '{username}' does not exist. Run 'casemanager init' first.",
            )
        return _actor(user)


def check_password(db: Database, username: str, password: str) -> Actor | None:
    with db.reading() as session:
        user = session.scalar(select(UserAccount).where(UserAccount.username == username))
        if user is None or not user.active or not user.password_hash:
            return None
        try:
            _hasher.verify(user.password_hash, password)
        except VerificationError:
            return None
        return _actor(user)


def list_users(db: Database) -> list[UserInfo]:
    with db.reading() as session:
        return [UserInfo(u.id, u.username, u.display_name, u.role)
                for u in session.scalars(select(UserAccount).order_by(UserAccount.username))]
