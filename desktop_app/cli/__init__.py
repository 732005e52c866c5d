"""The `casemanager` command line: the same services as the desktop app, for people and scripts."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .. import __version__
from ..version import answer_version

if TYPE_CHECKING:
    from .output import Output

log = logging.getLogger(__name__)

# Command modules that add sub-commands; optional ones are skipped when absent.
COMMAND_MODULES = (
    "desktop_app.cli.report_commands",
    "desktop_app.cli.account_commands",
    "desktop_app.cli.audit_commands",
    "desktop_app.cli.backup_commands",
    "desktop_app.cli.settings_commands",
    "desktop_app.cli.import_commands",
    "desktop_app.cli.letter_commands",
    "desktop_app.cli.privacy_commands",
    "desktop_app.cli.procedure_commands",
    "desktop_app.cli.consent_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casemanager",
        description="Casemanager sociale media: incidenten, maatregelen, brieven en dossiers "
        "voor schoolbesturen. Zonder opdracht start de desktopapplicatie.",
    )
    parser.add_argument("--database", metavar="URL", default=None,
                        help="database URL or SQLite file (default: the embedded database in "
                        "the user's data directory; postgresql://... for a shared server)")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl",
                        help="language of messages (default nl)")
    parser.add_argument("--version", action="version", version=f"casemanager {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import core_commands  # the services: imported when a command is parsed

    core_commands.register(sub)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


CREATING_COMMANDS = ("init", "restore")

def _setup_logging() -> str:
    from .. import logprivacy
    from ..logfile import setup_logging

    path = setup_logging()
    logprivacy.protect()  # no exception texts (they may hold personal data); the file 0600
    return str(path)


def main(argv: Sequence[str] | None = None,
         start_gui: Callable[[str], int] | None = None) -> int:
    """Run one command; without a command, hand the database URL to `start_gui` (the entry
    point passes the desktop app's launcher, so the core itself never imports Qt)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if answer_version(args_list):  # before the parser (and the services behind it) is built
        return 0
    log_file = _setup_logging()
    parser = build_parser()
    args = parser.parse_args(args_list)
    from ..domain.errors import CaseManagerError
    from ..paths import default_database_url
    from .context import CliContext
    from .output import Output

    try:
        url = default_database_url(args.database)
    except CaseManagerError as error:
        _fail(Output(args.json, args.lang), error.message(args.lang), error.rule_id)
        return 2
    if args.command is None:
        if start_gui is None:
            parser.print_help()
            return 0
        return start_gui(url)
    out = Output(args.json, args.lang)
    # Only `init` (and a restore) may create a database; elsewhere a missing one is refused.
    ctx = CliContext(url, out, create=args.command in CREATING_COMMANDS)
    try:
        return int(args.handler(ctx, args))
    except BrokenPipeError:  # output piped into `head`: not an error for the user
        return 0
    except CaseManagerError as error:
        from .refusals import refusal_text

        _fail(out, refusal_text(error, args.lang), error.rule_id, error.field)
        return 2
    except Exception as error:  # one sentence; where it failed goes to the log, without SQL
        from .. import faults  # with SQLAlchemy's errors: only when a command failed
        from ..db.health import display_name

        fault = faults.describe(error, display_name(url), log_file)
        faults.log_failure(log, error, f"command {args.command}")
        _fail(out, fault.message(args.lang), fault.kind)
        return 1
    finally:
        ctx.close()


def _fail(out: Output, message: str, rule_id: str, field: str = "") -> None:
    prefix = out.t("fout", "error")
    if out.as_json:
        import json

        shown: dict[str, str] = {"error": message, "rule": rule_id}
        if field:
            shown["field"] = field
        sys.stderr.write(json.dumps(shown, ensure_ascii=False) + "\n")
    else:
        sys.stderr.write(f"{prefix}: {message}\n")
