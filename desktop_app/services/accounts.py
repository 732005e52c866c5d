"""Accounts and login: argon2id passwords, lockout after failed attempts, school assignments."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db.models import AccountSchool, School, UserAccount
from ..domain.access import ADMINISTRATORS, ALL_SCHOOLS, Role, role
from ..domain.errors import AccessDenied, InvalidInput, NotFound, RuleViolation
from ..domain.names import clean_name_part
from .database import Actor, Database, Transaction
from .dto import UserInfo

ADMIN_USERNAME = "admin"
ROLES = tuple(r.value for r in Role)
MIN_PASSWORD = 12
MAX_FAILURES = 5
LOCK_MINUTES = 15
# argon2id, the one place its cost is set: 19 MiB, 2 passes, 1 lane, the first of OWASP's
# equivalent minimum configurations (Password Storage Cheat Sheet), chosen as RFC 9106 section 4
# says: the most memory the slowest machine spares, then the passes the wait allows. About 20 ms
# of CPU and 19 MiB per sign-in on an office PC, where the library's default (RFC 9106's second
# option, 64 MiB, 3 passes, 4 lanes) took ~0.2 s and was the moment of the app's peak memory.
# Online guessing is stopped by the lock after MAX_FAILURES; an offline attacker holding the
# file pays 19 MiB of memory-hard work per guess (not cheap on a GPU) and reads the data
# anyway. argon2 reads each hash's own parameters, so older hashes still verify; `login`
# re-hashes them with these at the next correct sign-in (audited).
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class LoginRefused(AccessDenied):
    """Wrong username or password, an inactive or a locked account: one sentence, no hint
    which of those it was (except the lock, which the user must know to wait)."""


def _wrong() -> LoginRefused:
    return LoginRefused("Gebruikersnaam of wachtwoord onjuist.",
                        "Wrong username or password.", "login")


def _schools(session: Session, user_id: int) -> frozenset[int]:
    return frozenset(session.scalars(select(AccountSchool.school_id)
                                     .where(AccountSchool.user_id == user_id)))


def _actor(session: Session, user: UserAccount) -> Actor:
    return Actor(user.id, user.username, user.display_name, Role(user.role),
                 _schools(session, user.id))


def _info(session: Session, user: UserAccount) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, user.role, user.active,
                    tuple(sorted(_schools(session, user.id))), user.locked_until,
                    bool(user.password_hash))


def check_password_rules(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(
            f"Een wachtwoord heeft minstens {MIN_PASSWORD} tekens.",
            f"A password has at least {MIN_PASSWORD} characters.", "password")
    if len(password) > 1000:
        raise InvalidInput("Het wachtwoord is te lang.", "The password is too long.", "password")
    return password


def _clean_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 80 or not name.replace(".", "").replace("_", "") \
            .replace("-", "").isalnum() or not name.isascii():
        raise InvalidInput(
            "Een gebruikersnaam bestaat uit letters, cijfers, punt, streepje of liggend streepje.",
            "A username consists of letters, digits, dot, hyphen or underscore.", "username")
    return name


def has_accounts(db: Database) -> bool:
    """Whether any account exists: asked before anyone can log in (the first-run wizard)."""
    with db.sessions() as session:
        return bool(session.scalar(select(func.count(UserAccount.id))))


def _set_schools(tx: Transaction, user: UserAccount, chosen: Role,
                 schools: Iterable[int]) -> None:
    wanted = sorted(set(schools))
    if chosen in ALL_SCHOOLS:
        wanted = []  # these roles see every school anyway
    for school_id in wanted:
        if tx.session.get(School, school_id) is None:
            raise NotFound(f"School {school_id} bestaat niet.",
                           f"School {school_id} does not exist.")
    tx.session.execute(delete(AccountSchool).where(AccountSchool.user_id == user.id))
    for school_id in wanted:
        tx.session.add(AccountSchool(user_id=user.id, school_id=school_id))


def create_user(db: Database, actor: Actor | None, username: str, display_name: str,
                role_name: str = "administrator", password: str = "",
                schools: Iterable[int] = ()) -> Actor:
    """A new account. Without an acting account only the very first one (an administrator)
    can be made: the first-run wizard and `casemanager init` do that."""
    name = _clean_username(username)
    chosen = role(role_name)
    if password:
        check_password_rules(password)
    display = clean_name_part(display_name, "De naam", "The name", required=True)
    school_ids = list(schools)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        if actor is None:
            if tx.session.scalar(select(func.count(UserAccount.id))):
                raise AccessDenied("Alleen een beheerder maakt accounts aan.",
                                   "Only an administrator creates accounts.", "access")
            if chosen is not Role.ADMINISTRATOR:
                raise InvalidInput("Het eerste account is een beheerder.",
                                   "The first account is an administrator.")
        if tx.session.scalar(select(UserAccount.id).where(UserAccount.username == name)):
            raise InvalidInput(f"Gebruikersnaam '{name}' bestaat al.",
                               f"Username '{name}' already exists.", "username")
        if chosen not in ALL_SCHOOLS and not school_ids:
            raise InvalidInput(
                "Een directeur of alleen-lezen-account hoort bij minstens één school.",
                "A director or read-only account belongs to at least one school.",
                "schools", field="schools")
        user = UserAccount(username=name, display_name=display, role=chosen.value,
                           password_hash=_hasher.hash(password) if password else "",
                           active=True, created_at=tx.now, failed_logins=0)
        tx.session.add(user)
        tx.session.flush()
        _set_schools(tx, user, chosen, school_ids)
        tx.session.flush()
        if tx.actor is None:
            tx.actor = _actor(tx.session, user)  # the first account creates itself
        tx.audit("user.create", "user", user.id, username=name, role=chosen.value,
                 schools=sorted(set(school_ids)))
        return _actor(tx.session, user)


def actor_for(db: Database, username: str = ADMIN_USERNAME) -> Actor:
    """The request context of an account, without a password: only for code that already
    knows who acts (tests, benchmarks, the session after a login)."""
    with db.sessions() as session:
        user = session.scalar(select(UserAccount).where(UserAccount.username == username))
        if user is None or not user.active:
            raise NotFound(
                f"Account '{username}' bestaat niet. Richt eerst de database in.",
                f"Account '{username}' does not exist. Set up the database first.",
                field="setup")
        return _actor(session, user)


def _login_changing_nothing(db: Database, name: str, password: str) -> Actor | None:
    """The account's context when the password is right and the sign-in changes nothing on
    the account (no failures to clear, no lock to lift, no rehash); else None, and the full
    sign-in below writes what changes and audits the attempt."""
    with db.sessions() as session:
        user = session.scalar(select(UserAccount).where(UserAccount.username == name))
        if (user is None or not user.active or not user.password_hash
                or user.failed_logins or user.locked_until is not None
                or _hasher.check_needs_rehash(user.password_hash)):
            return None
        try:
            _hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        return _actor(session, user)


def login(db: Database, username: str, password: str) -> Actor:
    """The account's request context when the password is right; every attempt is audited,
    and the fifth failure in a row locks the account for fifteen minutes."""
    name = username.strip().lower()
    quick = _login_changing_nothing(db, name, password)
    if quick is not None:
        # Nothing on the account changes: the sign-in takes no write lock, so reading a case
        # while another program writes still works; its event is written like a view's
        # (at once, else with the next write or from the journal at the next open).
        db.audit_view(quick, "user.login", "user", quick.id, username=name[:80])
        return quick
    outcome: Actor | LoginRefused
    with db.sessions() as session, session.begin():
        from ..db.engine import WRITE
        from . import audit

        session.connection(execution_options=WRITE)
        now = db.now()
        user = session.scalar(select(UserAccount).where(UserAccount.username == name))

        def record(action: str, **details: object) -> None:
            audit.append_all(session, [audit.NewEvent(
                now, user.id if user else None, action, "user", user.id if user else None,
                None, None, {"username": name[:80], **details})])

        if user is None or not user.active or not user.password_hash:
            record("user.login.refused", reason="unknown" if user is None else "inactive")
            outcome = _wrong()
        elif user.locked_until is not None and user.locked_until > now:
            record("user.login.refused", reason="locked")
            outcome = _locked(user.locked_until)
        else:
            try:
                _hasher.verify(user.password_hash, password)
                good = True
            except (VerificationError, InvalidHashError):
                good = False
            if good:
                user.failed_logins = 0
                user.locked_until = None
                if _hasher.check_needs_rehash(user.password_hash):
                    old = _parameters(user.password_hash)
                    user.password_hash = _hasher.hash(password)
                    record("user.password.rehash", old=old,
                           new=_parameters(user.password_hash))
                record("user.login")
                outcome = _actor(session, user)
            else:
                user.failed_logins = (user.failed_logins or 0) + 1
                if user.failed_logins >= MAX_FAILURES:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                    record("user.locked", minutes=LOCK_MINUTES)
                    outcome = _locked(user.locked_until)
                else:
                    record("user.login.refused", reason="password",
                           failures=user.failed_logins)
                    outcome = _wrong()
    if isinstance(outcome, LoginRefused):
        raise outcome
    return outcome


def _parameters(password_hash: str) -> str:
    """The cost part of an argon2 hash ("m=19456,t=2,p=1"), for the audit trail: never the
    salt or the hash itself."""
    parts = password_hash.split("$")
    return parts[3] if len(parts) > 4 and parts[3].startswith("m=") else "?"


def _locked(until: datetime) -> LoginRefused:
    at = until.strftime("%H:%M")
    return LoginRefused(
        f"Dit account is na {MAX_FAILURES} mislukte pogingen vergrendeld tot {at}.",
        f"This account is locked after {MAX_FAILURES} failed attempts until {at}.", "login")


def check_password(db: Database, username: str, password: str) -> Actor | None:
    """Like `login`, answering None instead of refusing (the idle lock's unlock)."""
    try:
        return login(db, username, password)
    except LoginRefused:
        return None


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    with db.reading(actor) as rd:
        rd.scope.require_administrator()
        return [_info(rd.session, u) for u in
                rd.session.scalars(select(UserAccount).order_by(UserAccount.username))]


def _user(tx: Transaction, username: str) -> UserAccount:
    user = tx.session.scalar(select(UserAccount).where(
        UserAccount.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"Account '{username}' bestaat niet.",
                       f"Account '{username}' does not exist.")
    return user


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    """The account changes its own password; the old one must be given."""
    check_password_rules(new)
    with db.sessions() as session:
        user = session.get(UserAccount, actor.id)
        current = user.password_hash if user else ""
    try:
        if current:
            _hasher.verify(current, old)
    except (VerificationError, InvalidHashError):
        raise InvalidInput("Het huidige wachtwoord klopt niet.",
                           "The current password is wrong.", "password") from None
    # Every role, read-only included, may change its own password: it changes no case data.
    with db.transaction(actor, roles=frozenset(Role)) as tx:
        user = _user(tx, actor.username)
        user.password_hash = _hasher.hash(new)
        tx.audit("user.password", "user", user.id, username=user.username)


def reset_password(db: Database, actor: Actor, username: str, new: str) -> None:
    """An administrator sets a new password (and lifts a lock)."""
    check_password_rules(new)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        user = _user(tx, username)
        user.password_hash = _hasher.hash(new)
        user.failed_logins = 0
        user.locked_until = None
        tx.audit("user.password.reset", "user", user.id, username=user.username)


def set_active(db: Database, actor: Actor, username: str, active: bool) -> UserInfo:
    with db.transaction(actor, ADMINISTRATORS) as tx:
        user = _user(tx, username)
        if not active and user.id == actor.id:
            raise RuleViolation("U kunt uw eigen account niet uitschakelen.",
                                "You cannot deactivate your own account.", "access")
        user.active = active
        tx.audit("user.activate" if active else "user.deactivate", "user", user.id,
                 username=user.username)
        return _info(tx.session, user)


def update_user(db: Database, actor: Actor, username: str, *, display_name: str | None = None,
                role_name: str | None = None, schools: Iterable[int] | None = None) -> UserInfo:
    with db.transaction(actor, ADMINISTRATORS) as tx:
        user = _user(tx, username)
        chosen = role(role_name) if role_name is not None else Role(user.role)
        if user.id == actor.id and chosen is not Role.ADMINISTRATOR:
            raise RuleViolation("U kunt uw eigen beheerdersrol niet afnemen.",
                                "You cannot take away your own administrator role.", "access")
        if display_name is not None:
            user.display_name = clean_name_part(display_name, "De naam", "The name",
                                                required=True)
        user.role = chosen.value
        if schools is not None or role_name is not None:
            wanted = list(schools) if schools is not None else sorted(_schools(tx.session,
                                                                                user.id))
            if chosen not in ALL_SCHOOLS and not wanted:
                raise InvalidInput(
                    "Een directeur of alleen-lezen-account hoort bij minstens één school.",
                    "A director or read-only account belongs to at least one school.",
                    "schools")
            _set_schools(tx, user, chosen, wanted)
        tx.audit("user.update", "user", user.id, username=user.username, role=chosen.value)
        tx.session.flush()
        return _info(tx.session, user)
