"""Where the app keeps its data and logs; tests redirect it with CASEMANAGER_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_DIR_NAME = "casemanager"


def data_dir() -> Path:
    override = os.environ.get("CASEMANAGER_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("CASEMANAGER_DATA_DIR")
    path = Path(override) / "logs" if override else Path(user_log_dir(APP_DIR_NAME,
                                                                        appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url(wanted: str | None = None) -> str:
    """The database to open: the one IT fixed machine-wide (another is refused), else the one
    asked for (`--database`, CASEMANAGER_DATABASE), else the embedded SQLite file."""
    from .machine_config import machine_config

    chosen = machine_config().check_database(wanted or os.environ.get("CASEMANAGER_DATABASE"))
    return chosen or f"sqlite:///{data_dir() / 'casemanager.sqlite3'}"


def resources_dir() -> Path:
    """resources/ beside the packages, in a source checkout and in the PyInstaller bundle."""
    bundle = os.environ.get("CASEMANAGER_RESOURCES")
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent / "resources"
