"""I/O and database faults worded as one Dutch/English sentence each, for the CLI and the GUI.

Refusals by the rules are `CaseManagerError`s; this module covers what the machine does wrong
(a locked or full database, a missing folder, a server that is down). Raw exception text, SQL
statements and their parameters never reach a message or the log from here.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import traceback
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError


@dataclass
class Fault(Exception):
    """Something outside the rules went wrong; `message(lang)` says what and the way out."""

    kind: str
    message_nl: str
    message_en: str
    path: str = ""  # the database concerned, where there is one: a front end may word it

    def __post_init__(self) -> None:
        super().__init__(self.message_en)

    def message(self, lang: str = "nl") -> str:
        return self.message_en if lang.startswith("en") else self.message_nl

    def __str__(self) -> str:
        return self.message("nl")


def _log_hint(log_file: str | Path | None) -> tuple[str, str]:
    if not log_file:
        return "", ""
    return f" Details staan in {log_file}.", f" Details are in {log_file}."


# The faults whose sentences need nothing but, at most, the database they concern (`{path}`):
# one table, so the functions below make them one way and their wording reads side by side.
_SENTENCES: dict[str, tuple[str, str]] = {
    "no_database": (
        "Geen database op {path}; maak er een met casemanager init.",
        "No database at {path}; create one with casemanager init."),
    "not_a_database": (
        "{path} is geen database van Casemanager. Kies een ander bestand of zet een back-up "
        "terug.",
        "{path} is not a Casemanager database. Choose another file or restore a backup."),
    "corrupt": (
        "De database {path} is beschadigd (afgebroken of aangetast). Zet een back-up terug "
        "of kies een ander bestand.",
        "The database {path} is damaged (truncated or corrupt). Restore a backup or choose "
        "another file."),
    "newer_schema": (
        "De database {path} is gemaakt door een nieuwere versie van Casemanager. Werk de "
        "applicatie bij voordat u deze database opent.",
        "The database {path} was made by a newer version of Casemanager. Upgrade the "
        "application before you open this database."),
    "locked": (
        "Een ander programma schrijft in de database; probeer het zo opnieuw. Er is niets "
        "veranderd.",
        "Another program is writing to the database; try again in a moment. Nothing was "
        "changed."),
    "server_down": (
        "De databaseserver is niet bereikbaar. Controleer de netwerkverbinding of vraag de "
        "beheerder of de server draait.",
        "The database server cannot be reached. Check the network connection or ask the "
        "administrator whether the server is running."),
    "no_server_database": (
        "De database bestaat niet op de server. Controleer de naam in de database-URL of "
        "vraag de beheerder haar aan te maken.",
        "The database does not exist on the server. Check the name in the database URL or "
        "ask the administrator to create it."),
    "server_login": (
        "De databaseserver weigert de aanmelding. Controleer gebruikersnaam en wachtwoord.",
        "The database server refused the login. Check the user name and password."),
    "server_permission": (
        "De databaseserver staat dit uw account niet toe. Na een nieuwe versie van "
        "Casemanager werkt de beheerder de database eerst bij met het eigenaarsaccount "
        "(README, Gedeelde server); anders vraagt u de beheerder om de rechten.",
        "The database server does not allow this for your account. After a new version of "
        "Casemanager the administrator first upgrades the database with the owner account "
        "(README, Gedeelde server); otherwise ask the administrator for the rights."),
    "out_of_range": (
        "Dat nummer is te groot; er bestaat geen record met dat nummer.",
        "That number is too large; no record has that number."),
    "stale": (
        "Iemand anders heeft dit zojuist gewijzigd — herlaad en probeer het opnieuw; er is "
        "niets overschreven.",
        "Someone else changed this just now — reload and try again; nothing was "
        "overwritten."),
}


def _worded(kind: str, path: str | Path = "") -> Fault:
    """The fault `kind` in the words of `_SENTENCES`, naming the database at `path`."""
    nl, en = _SENTENCES[kind]
    return Fault(kind, nl.format(path=path), en.format(path=path), str(path))


def no_database(path: str | Path) -> Fault:
    return _worded("no_database", path)


def not_a_database(path: str | Path) -> Fault:
    return _worded("not_a_database", path)


def corrupt(path: str | Path) -> Fault:
    return _worded("corrupt", path)


def newer_schema(where: str | Path) -> Fault:
    return _worded("newer_schema", where)


def read_only(path: str | Path | None) -> Fault:
    where = f" {path}" if path else ""
    return Fault("read_only",
                 f"Er kan niet worden geschreven in{where}: het bestand of de map is alleen-"
                 "lezen. Kies een andere plek of vraag de beheerder om schrijfrechten.",
                 f"Cannot write to{where}: the file or folder is read-only. Choose another "
                 "place or ask the administrator for write access.")


def disk_full(path: str | Path | None) -> Fault:
    where = f" voor {path}" if path else ""
    where_en = f" for {path}" if path else ""
    return Fault("disk_full",
                 f"De schijf{where} is vol; er is niets opgeslagen. Maak ruimte vrij en probeer "
                 "het opnieuw.",
                 f"The disk{where_en} is full; nothing was saved. Free some space and try "
                 "again.")


def missing_folder(path: str | Path | None) -> Fault:
    folder = Path(path).parent if path else None
    where = f" {folder}" if folder else ""
    return Fault("missing_folder",
                 f"De map{where} bestaat niet. Kies een bestaande map.",
                 f"The folder{where} does not exist. Choose an existing folder.")


def locked() -> Fault:
    return _worded("locked")


def server_down() -> Fault:
    return _worded("server_down")


def no_such_server_database() -> Fault:
    return _worded("no_server_database")


def server_not_found() -> Fault:
    return Fault("server_not_found",
                 "De databaseserver is niet gevonden. Controleer de servernaam in de "
                 "database-URL en de netwerkverbinding.",
                 "The database server was not found. Check the server name in the database "
                 "URL and the network connection.")


# A server name that does not resolve, as libpq and psycopg word it on each platform.
_UNKNOWN_HOST = ("failed to resolve host", "could not translate host name",
                 "name or service not known", "nodename nor servname", "no such host")


def server_refused_login() -> Fault:
    return _worded("server_login")


def server_permission() -> Fault:
    return _worded("server_permission")


def unsupported_url(url: str) -> Fault:
    shown = url.split("@")[-1] if "@" in url else url  # never echo a password
    return Fault("unsupported_url",
                 f"'{shown}' is geen bruikbare database. Geef een SQLite-bestand of een "
                 "adres als postgresql://gebruiker@server/database.",
                 f"'{shown}' is not a usable database. Give a SQLite file or an address like "
                 "postgresql://user@server/database.")


def printer_refused(printer: str) -> Fault:
    """The print system (CUPS' `lp`) did not take the job; what it said goes to the log only."""
    return Fault("printer_refused",
                 f"De printer '{printer}' heeft de brief niet aangenomen; er is niets afgedrukt. "
                 "Controleer of de printer aan staat en bereikbaar is, of kies een andere "
                 "printer.",
                 f"The printer '{printer}' did not accept the letter; nothing was printed. "
                 "Check that the printer is on and reachable, or choose another printer.")


def out_of_range() -> Fault:
    return _worded("out_of_range")


def stale() -> Fault:
    return _worded("stale")


def unexpected(log_file: str | Path | None) -> Fault:
    nl, en = _log_hint(log_file)
    return Fault("unexpected",
                 "Er ging onverwacht iets mis; er is niets veranderd." + nl,
                 "Something unexpected went wrong; nothing was changed." + en)


def _from_os_error(error: OSError, path: str | Path | None) -> Fault | None:
    where = path or error.filename
    if error.errno == errno.ENOSPC or getattr(error, "winerror", None) == 112:
        return disk_full(where)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only(where)
    if error.errno == errno.ENOENT:
        return missing_folder(where)
    if error.errno == errno.EISDIR:
        return Fault("is_directory", f"{where} is een map, geen bestand.",
                     f"{where} is a folder, not a file.")
    return None


_SQLITE_TEXTS = (
    ("database is locked", "locked"), ("database table is locked", "locked"),
    ("database or disk is full", "disk_full"), ("readonly database", "read_only"),
    ("file is not a database", "not_a_database"), ("disk image is malformed", "corrupt"),
    ("unable to open database file", "cannot_open"), ("disk i/o error", "io"),
)


def _from_dbapi(error: sa_exc.DBAPIError, path: str | Path | None) -> Fault | None:
    orig = error.orig
    text = str(orig).lower() if isinstance(orig, sqlite3.Error) else ""
    for needle, kind in _SQLITE_TEXTS:
        if needle in text:
            if kind == "locked":
                return locked()
            if kind == "disk_full":
                return disk_full(path)
            if kind == "read_only":
                return read_only(path)
            if kind == "not_a_database":
                return not_a_database(path or "")
            if kind == "corrupt":
                return corrupt(path or "")
            if kind == "cannot_open":
                return Fault("cannot_open",
                             f"De database {path or ''} kan niet worden geopend: de map bestaat "
                             "niet of u hebt geen toegang.",
                             f"The database {path or ''} cannot be opened: the folder does not "
                             "exist or you have no access.")
            return disk_full(path) if kind == "disk_full" else None
    if isinstance(orig, sqlite3.Error):
        return None
    sqlstate = getattr(orig, "sqlstate", None) or ""
    message = str(orig).lower() if orig is not None else ""
    if sqlstate.startswith("28") or "password authentication failed" in message or \
            "no password supplied" in message or (
                'role "' in message and "does not exist" in message):
        return server_refused_login()
    if sqlstate == "3D000" or ("database" in message and "does not exist" in message):
        return no_such_server_database()
    if any(needle in message for needle in _UNKNOWN_HOST):
        return server_not_found()
    if sqlstate.startswith("08") or isinstance(error, sa_exc.OperationalError) and (
            "connection" in message or "connect" in message):
        return server_down()
    if sqlstate == "42501":
        return server_permission()
    if sqlstate in ("53100",):
        return disk_full(None)
    if sqlstate in ("55P03", "40P01", "40001"):
        return locked()
    return None


def describe(error: BaseException, path: str | Path | None = None,
             log_file: str | Path | None = None) -> Fault:
    """The user's sentence for any failure that is not a rule's refusal."""
    if isinstance(error, Fault):
        return error
    found: Fault | None = None
    if isinstance(error, StaleDataError):
        found = stale()
    elif isinstance(error, sa_exc.DBAPIError):
        found = _from_dbapi(error, path)
    elif isinstance(error, sa_exc.ArgumentError | sa_exc.NoSuchModuleError):
        found = unsupported_url(str(path or ""))
    elif isinstance(error, OverflowError):
        found = out_of_range()
    elif isinstance(error, OSError):
        found = _from_os_error(error, path)
    elif isinstance(error, sqlite3.Error):
        text = str(error).lower()
        if "not a database" in text:
            found = not_a_database(path or "")
        elif "malformed" in text:
            found = corrupt(path or "")
    return found or unexpected(log_file)


def _safe_summary(error: BaseException) -> str:
    """The class and, where it cannot hold SQL or values, the message of one exception."""
    if isinstance(error, sa_exc.StatementError):
        orig = getattr(error, "orig", None)
        code = getattr(orig, "sqlstate", None) or (
            str(orig) if isinstance(orig, sqlite3.Error) else "")
        return f"{type(error).__name__} ({type(orig).__name__} {code})".strip()
    if isinstance(error, Fault):
        return f"Fault {error.kind}"
    if isinstance(error, OSError):
        return f"{type(error).__name__} errno={error.errno}"
    return f"{type(error).__name__}"


def log_failure(log: logging.Logger, error: BaseException, what: str) -> None:
    """Log where it failed (frames, classes) without SQL, parameters or personal data."""
    kind = describe(error).kind
    lines = [f"{what}: {kind}"]
    seen: BaseException | None = error
    depth = 0
    while seen is not None and depth < 5:
        lines.append("  " + _safe_summary(seen))
        for frame in traceback.extract_tb(seen.__traceback__)[-12:]:
            lines.append(f"    {frame.filename}:{frame.lineno} in {frame.name}")
        seen = seen.__cause__ or seen.__context__
        depth += 1
    # A known fault (locked, disk full) is the machine's state, not a bug: INFO, not ERROR.
    log.log(logging.ERROR if kind == "unexpected" else logging.INFO, "\n".join(lines))
