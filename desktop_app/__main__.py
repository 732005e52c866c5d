"""Entry point: `casemanager` and `python -m desktop_app`; without a command, the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop_app.cli import main as cli_main  # absolute: the bundle runs this file as a script
from desktop_app.streams import ensure_utf8_streams


def start_gui(database_url: str) -> int:
    """The only place the core reaches the GUI, and only when it is asked to open."""
    from ui.app import run

    return run(database_url)


def main(argv: Sequence[str] | None = None) -> int:
    ensure_utf8_streams()  # a windowed .exe has no stdout; a redirected one is cp1252
    return cli_main(argv, start_gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
