"""Standard streams that always exist and always speak UTF-8.

A Windows program built without a console (the GUI `casemanager.exe`) starts with
`sys.stdout` and `sys.stderr` set to None, and a redirected console stream uses the ANSI code
page (cp1252), which cannot write names such as "Ağaoğlu". Every entry point calls
`ensure_utf8_streams()` first, so no command has to guard its own writes.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import TextIO


def _usable(stream: TextIO | None) -> bool:
    """False for a missing stream (no console, or a closed descriptor at start) or a closed one."""
    return stream is not None and not getattr(stream, "closed", False)


def _sink() -> TextIO:
    """Where output goes when the program has no console: nowhere, without failing."""
    return open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives for the process


def _utf8(stream: TextIO) -> TextIO:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and (getattr(stream, "encoding", "") or "").lower() not in (
            "utf-8", "utf8"):
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            reconfigure(encoding="utf-8", errors="replace")
    return stream


def ensure_utf8_streams() -> None:
    """Give the process a stdout and stderr that exist and write UTF-8."""
    sys.stdout = _utf8(sys.stdout) if _usable(sys.stdout) else _sink()
    sys.stderr = _utf8(sys.stderr) if _usable(sys.stderr) else _sink()
