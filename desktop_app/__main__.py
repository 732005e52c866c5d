"""Entry point: `casemanager` and `python -m desktop_app`; without a command, the desktop app."""

from __future__ import annotations

import sys

# Absolute imports: the bundle runs this file as a script. Only the version check loads before
# the arguments are read: `--version` imports nothing else.
from desktop_app.version import answer_version


def start_gui(database_url: str) -> int:
    """The only place the core reaches the GUI, and only when it is asked to open."""
    from ui.app import run

    return run(database_url)


def selftest(argv: list[str]) -> int:
    """`casemanager selftest`: IT's check of an installation (resources, migrations, fonts,
    PDF preview, printing); it needs Qt, so it lives beside the GUI launcher."""
    from ui.selftest import run

    return run(list(argv))


def main(argv: list[str] | tuple[str, ...] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if answer_version(args):
        return 0
    from desktop_app.cli import main as cli_main
    from desktop_app.logprivacy import restrict_new_files
    from desktop_app.streams import ensure_utf8_streams

    ensure_utf8_streams()  # a windowed .exe has no stdout; a redirected one is cp1252
    restrict_new_files()  # the database, log, seals and exports: readable by this user only
    if args[:1] == ["selftest"]:
        return selftest(sys.argv[:1] + args[1:])
    return cli_main(args, start_gui=start_gui)


if __name__ == "__main__":
    sys.exit(main())
