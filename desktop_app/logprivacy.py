"""The log file holds no personal data: tracebacks keep where a fault happened, never the
exception's text (which can quote a name, a description or an SQL parameter), and the file is
readable by its owner only."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from .paths import private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class PrivateFormatter(logging.Formatter):
    """Formats exceptions as their type and stack only, for every exception in the chain."""

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 - logging's name
        error = ei[1]
        parts: list[str] = []
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            frames = "".join(traceback.format_tb(error.__traceback__))
            parts.append(f"Traceback (most recent call last):\n{frames}"
                         f"{type(error).__module__}.{type(error).__qualname__} "
                         "(message withheld: it may hold personal data)")
            error = error.__cause__ or error.__context__
        return "\n\nwhile handling:\n".join(reversed(parts)).rstrip()


def protect(root: logging.Logger | None = None) -> None:
    """Give every handler of `root` the private formatter; file logs become 0600."""
    root = root or logging.getLogger()
    for handler in root.handlers:
        handler.setFormatter(PrivateFormatter(FORMAT))
        filename = getattr(handler, "baseFilename", None)
        if filename and os.path.exists(filename):
            private_file(Path(filename))


def restrict_new_files() -> None:
    """Files the app creates from now on (database, log, seals, exports) are its user's only:
    umask 077 on POSIX. On Windows the user's profile already keeps other users out."""
    if os.name == "posix":
        os.umask(0o077)
