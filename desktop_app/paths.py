"""Where the app keeps its data and logs; tests redirect it with CASEMANAGER_DATA_DIR."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir, user_log_dir

APP_DIR_NAME = "casemanager"


def private_dir(path: Path) -> Path:
    """Create a folder only its owner may enter (0700 on POSIX; on Windows the user's profile
    already keeps other users out)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        with contextlib.suppress(PermissionError):  # a folder IT made for us: theirs to guard
            os.chmod(path, 0o700)
    return path


def private_file(path: Path) -> Path:
    """Make an existing file readable by its owner only (0600 on POSIX)."""
    if os.name == "posix" and path.exists():
        with contextlib.suppress(PermissionError):
            os.chmod(path, 0o600)
    return path


def read_settings(path: Path) -> dict[str, Any]:
    """A settings file in the user's configuration folder (`database.json`, `backup.json`): an
    absent, unreadable or malformed one reads as empty, so the app starts with its defaults
    instead of failing on a damaged file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_settings(path: Path, data: dict[str, Any]) -> None:
    """Write a settings file whole or not at all, readable by its owner only: it is created
    0600 beside the old one and then put in its place, so a crash leaves the previous file and
    a sealed secret in it is never readable by others, even for a moment."""
    temporary = path.with_name(path.name + ".part")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        json.dump(data, stream, indent=2)
    os.replace(temporary, path)
    private_file(path)


def data_dir() -> Path:
    override = os.environ.get("CASEMANAGER_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    return private_dir(path)


def config_dir() -> Path:
    """Where this installation's audit key lives: apart from the database it protects."""
    override = os.environ.get("CASEMANAGER_DATA_DIR")
    path = Path(override) / "config" if override else Path(
        user_config_dir(APP_DIR_NAME, appauthor=False))
    return private_dir(path)


def log_dir() -> Path:
    override = os.environ.get("CASEMANAGER_DATA_DIR")
    path = Path(override) / "logs" if override else Path(user_log_dir(APP_DIR_NAME,
                                                                        appauthor=False))
    return private_dir(path)


def embedded_database_url() -> str:
    """The embedded SQLite database in the user's data directory."""
    return f"sqlite:///{data_dir() / 'casemanager.sqlite3'}"


def default_database_url(wanted: str | None = None) -> str:
    """The database to open: the one IT fixed machine-wide (another is refused), else the one
    asked for (`--database`, CASEMANAGER_DATABASE), else the one this account chose under
    Instellingen › Database, else the embedded SQLite file."""
    from .database_choice import chosen_url
    from .machine_config import machine_config

    chosen = machine_config().check_database(wanted or os.environ.get("CASEMANAGER_DATABASE"))
    return chosen or chosen_url() or embedded_database_url()


def resources_dir() -> Path:
    """resources/ beside the packages, in a source checkout and in the PyInstaller bundle."""
    bundle = os.environ.get("CASEMANAGER_RESOURCES")
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent / "resources"
