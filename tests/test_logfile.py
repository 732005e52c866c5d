"""The log: a rotating UTF-8 file in the user's log directory."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

import pytest

from desktop_app import logfile
from desktop_app.paths import log_dir


def test_log_rotates_in_the_log_directory_as_utf8(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 400)
    path = logfile.setup_logging()
    root = logging.getLogger()
    handler = next(h for h in root.handlers if isinstance(h, RotatingFileHandler))
    try:
        assert path == log_dir() / "casemanager.log"
        assert handler.baseFilename == str(path.resolve())
        log = logging.getLogger("desktop_app.test")
        for n in range(20):
            log.info("regel %d: Zoë, ĳsselmeer, 学校", n)
        handler.flush()
        assert path.with_name("casemanager.log.1").exists()
        assert "学校" in path.read_text(encoding="utf-8")
        assert logfile.setup_logging() == path  # a second call adds no second handler
        assert sum(isinstance(h, RotatingFileHandler) for h in root.handlers) == 1
    finally:
        root.removeHandler(handler)
        handler.close()
