"""`casemanager --version`, answered from a constant before anything else is imported.

The entry point asks this first: no logging, parser, platformdirs or services load for it (the
answer took twice a bare `python -c pass` when the parser's imports came first). Nothing here
may import more than the standard library's `sys`, which is loaded already.
"""

from __future__ import annotations

import sys

from desktop_app import __version__

# Global options that take a value, for spotting `--version` before anything is imported.
_VALUED = ("--database", "--lang")


def wants_version(args: list[str] | tuple[str, ...]) -> bool:
    """True when `--version` is among the global options (before the command)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--version":
            return True
        elif arg in _VALUED:
            skip = True
        elif not arg.startswith("-"):
            return False
    return False


def answer_version(args: list[str] | tuple[str, ...]) -> bool:
    """Print the version and answer True when `args` ask for it; False otherwise."""
    if not wants_version(args):
        return False
    if sys.stdout is not None:  # a windowed .exe has no stdout: nothing to print to
        sys.stdout.write(f"casemanager {__version__}\n")
        sys.stdout.flush()
    return True
