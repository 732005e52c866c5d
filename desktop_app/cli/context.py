"""What every CLI command receives: the opened database, the logged-in account and the printer.

Every command runs as the account in CASEMANAGER_USER with the password in
CASEMANAGER_PASSWORD; on a terminal, what is missing is asked. Without credentials and without
a terminal the command refuses in one line (exit 2).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain.errors import AccessDenied
from .output import Output

if TYPE_CHECKING:  # the services load when a command first needs them
    from ..services.database import Actor, Database

USER_VARIABLE = "CASEMANAGER_USER"
PASSWORD_VARIABLE = "CASEMANAGER_PASSWORD"


def interactive() -> bool:
    """Whether a person can be asked: stdin is a terminal."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def ask_password(prompt: str) -> str:
    return getpass.getpass(prompt)


def no_credentials() -> AccessDenied:
    return AccessDenied(
        f"Geen inloggegevens: zet {USER_VARIABLE} en {PASSWORD_VARIABLE} of start de opdracht "
        "in een terminal.",
        f"No credentials: set {USER_VARIABLE} and {PASSWORD_VARIABLE} or run the command in a "
        "terminal.", "login")


@dataclass
class CliContext:
    url: str
    out: Output
    create: bool = False
    _db: Database | None = field(default=None, repr=False)
    _actor: Actor | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        if self._db is None:
            from ..services.database import Database

            self._db = Database(self.url, create=self.create)
        return self._db

    @property
    def actor(self) -> Actor:
        """The logged-in account; logging in happens on first use and is audited."""
        if self._actor is None:
            self._actor = self.login()
        return self._actor

    def login(self) -> Actor:
        username = os.environ.get(USER_VARIABLE, "").strip()
        password = os.environ.get(PASSWORD_VARIABLE, "")
        if not username or not password:
            if not interactive():
                raise no_credentials()
            if not username:
                username = input(self.out.t("Gebruikersnaam: ", "Username: ")).strip()
            if not password:
                password = ask_password(self.out.t("Wachtwoord: ", "Password: "))
        from ..services import accounts

        return accounts.login(self.db, username, password)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


Handler = Callable[[CliContext, object], int]
