"""The rotating UTF-8 log in the user's log directory, shared by the CLI and the GUI."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import log_dir

LOG_NAME = "casemanager.log"
MAX_BYTES = 2_000_000
BACKUPS = 5


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Attach the rotating handler once per process; returns the log's path for messages."""
    path = log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if old.baseFilename == str(path.resolve()):
            return path
        root.removeHandler(old)  # the profile moved (tests redirect it)
        old.close()
    if True:
        try:
            handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                          encoding="utf-8")
        except OSError:  # a read-only profile must not stop the program itself
            return path
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.INFO:
            root.setLevel(logging.INFO)
    return path
