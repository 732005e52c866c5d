"""The automatic daily backup the desktop app makes at start: into a chosen folder, keeping the
newest N, when the newest one there is older than today. Set per account under Instellingen ›
Database (`backup.json` in the user's configuration folder, the passphrase sealed with
secret_box); a folder and number IT set machine-wide (machine_config) win. On a PostgreSQL
server the server's own backups apply and nothing is made here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from . import secret_box
from .domain.errors import InvalidInput
from .machine_config import machine_config
from .paths import config_dir, read_settings, write_settings

SETTINGS_FILE = "backup.json"
DEFAULT_KEEP = 14
_BOUND = "auto-backup"


@dataclass(frozen=True)
class AutoBackup:
    enabled: bool = False
    folder: Path | None = None
    keep: int = DEFAULT_KEEP
    has_passphrase: bool = False
    fixed_by_it: bool = False  # the folder and number come from the machine configuration


def _path() -> Path:
    return config_dir() / SETTINGS_FILE


def _read() -> dict[str, Any]:
    return read_settings(_path())


def load() -> AutoBackup:
    data = _read()
    config = machine_config()
    folder = Path(data["folder"]) if isinstance(data.get("folder"), str) else None
    stored_keep = data.get("keep")
    keep: int = stored_keep if isinstance(stored_keep, int) else DEFAULT_KEEP
    fixed = config.backup_folder is not None
    if fixed:
        folder, keep = config.backup_folder, config.backup_keep or keep
    return AutoBackup(enabled=bool(data.get("enabled")), folder=folder, keep=max(1, keep),
                      has_passphrase=passphrase() is not None, fixed_by_it=fixed)


def passphrase() -> str | None:
    stored = _read().get("passphrase")
    return secret_box.unseal(stored, _BOUND) if isinstance(stored, str) else None


def save(enabled: bool, folder: str, keep: int, new_passphrase: str | None) -> AutoBackup:
    """Refused with a sentence: no folder, a folder that does not exist, keep below 1, a short
    passphrase, or switched on without any passphrase. `new_passphrase` None keeps the stored
    one."""
    from .services.backup import check_passphrase

    config = machine_config()
    chosen = config.backup_folder if config.backup_folder is not None else (
        Path(folder.strip()) if folder.strip() else None)
    if enabled and chosen is None:
        raise InvalidInput("Kies de map voor de dagelijkse back-up.",
                           "Choose the folder for the daily backup.", "backup")
    if enabled and chosen is not None and not chosen.is_dir():
        raise InvalidInput(f"De map {chosen} bestaat niet.", f"The folder {chosen} does not "
                           "exist.", "backup")
    if keep < 1:
        raise InvalidInput("Bewaar minstens één back-up.", "Keep at least one backup.", "backup")
    if new_passphrase:
        check_passphrase(new_passphrase)
    sealed = secret_box.seal(new_passphrase, _BOUND) if new_passphrase else _read().get(
        "passphrase")
    if enabled and not sealed:
        raise InvalidInput("Geef een wachtwoord voor de back-ups: zonder wachtwoord is een "
                           "back-up niet terug te zetten.", "Give a passphrase for the backups: "
                           "without it a backup cannot be restored.", "backup")
    data: dict[str, Any] = {"enabled": enabled, "keep": keep,
                            "folder": str(chosen) if chosen is not None else None}
    if sealed:
        data["passphrase"] = sealed
    write_settings(_path(), data)
    return load()


def due(settings: AutoBackup, today: date, embedded: bool) -> bool:
    """A backup is due when switched on, on the embedded file, and the newest one in the
    folder is from before today (or there is none)."""
    if not (settings.enabled and embedded and settings.folder is not None):
        return False
    from .services.backup import DAILY_PATTERN

    try:
        names = [p.name for p in settings.folder.iterdir() if DAILY_PATTERN.match(p.name)]
    except OSError:
        return True  # the folder is gone: the attempt says so in a sentence
    return not names or max(names) < f"casemanager-{today.isoformat()}"


def run_if_due(db: Any, actor: Any, today: date | None = None) -> Any:
    """Make today's backup when one is due (see `due`); the BackupInfo, or None when none was
    due. Runs in the background at the app's start (the op runner)."""
    from .db.engine import normalise_url
    from .db.health import sqlite_path

    settings = load()
    day = today or db.today()
    if not due(settings, day, sqlite_path(normalise_url(db.url)) is not None):
        return None
    secret = passphrase()
    assert settings.folder is not None
    if secret is None:
        raise InvalidInput("De dagelijkse back-up heeft geen wachtwoord; stel het opnieuw in "
                           "onder Instellingen › Database.", "The daily backup has no "
                           "passphrase; set it again under Settings › Database.", "backup")
    from .services import backup  # the archive and its encryption: only when one is due

    return backup.daily_backup(db, actor, settings.folder, settings.keep, secret, day)
