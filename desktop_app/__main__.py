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


def selftest(argv: Sequence[str]) -> int:
    """`casemanager selftest`: IT's check of an installation (resources, migrations, fonts,
    PDF preview, printing); it needs Qt, so it lives beside the GUI launcher."""
    from ui.selftest import run

    return run(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    ensure_utf8_streams()  # a windowed .exe has no stdout; a redirected one is cp1252
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["selftest"]:
        return selftest(sys.argv[:1] + args[1:])
    return cli_main(args, start_gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
