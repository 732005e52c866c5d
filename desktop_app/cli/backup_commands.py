"""CLI commands for encrypted backups: `backup` (one file or the daily rotation) and `restore`."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import InvalidInput
from ..environment import PASSPHRASE_ENV
from .lazy import lazy_module

if TYPE_CHECKING:
    from ..db import engine, health
    from ..services import backup
else:  # loaded when a command runs, not while the parser is built
    engine = lazy_module("desktop_app.db.engine")
    health = lazy_module("desktop_app.db.health")
    backup = lazy_module("desktop_app.services.backup")
from .context import CliContext
from .parsing import positive_int

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup", help="versleutelde back-up maken",
        description="Make an encrypted backup of the embedded database: a consistent snapshot "
        "(SQLite online backup) plus the audit seals, encrypted with AES-GCM under a key "
        f"derived (scrypt) from a passphrase taken from {PASSPHRASE_ENV} or asked. "
        "With --folder: today's backup into that folder unless it is there, keeping the "
        "newest --keep (for a daily scheduled task). Without either, the folder and number IT "
        "set in the machine-wide config.toml. On a shared PostgreSQL server the "
        "server's own backups apply (pg_dump, see the README).")
    target = p.add_mutually_exclusive_group()
    target.add_argument("--out", metavar="FILE", help="the backup file to write")
    target.add_argument("--folder", metavar="DIR", help="daily backups in this folder")
    p.add_argument("--keep", type=positive_int, default=14, metavar="N",
                   help="with --folder: how many daily backups to keep (default 14)")
    p.add_argument("--force", action="store_true", help="replace an existing --out file")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help="back-up terugzetten",
        description="Restore an encrypted backup. The whole file is verified first (passphrase, "
        "every byte, the audit trail and every document's SHA-256); a wrong passphrase, a "
        "truncated or altered file or a backup of another board is refused and the current "
        "database stays untouched.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--database", dest="restore_database", metavar="URL",
                   help="the database to replace (default: the one --database names)")
    p.add_argument("--other-board", action="store_true",
                   help="allow replacing a database that belongs to another board")
    p.set_defaults(handler=cmd_restore)


def _asker() -> Callable[[str], str] | None:
    return getpass.getpass if sys.stdin.isatty() else None


def _is_server(url: str) -> bool:
    return health.sqlite_path(engine.normalise_url(url)) is None


def cmd_backup(ctx: CliContext, args: Any) -> int:
    if _is_server(ctx.url):  # not a failure: the server's own backups are the way
        note = backup.server_backups()
        ctx.out.emit({"created": False, "server": True, "message": note.message(ctx.out.lang)},
                     note.message(ctx.out.lang))
        return 0
    folder, keep = _backup_target(args)
    passphrase = backup.read_passphrase(_asker(), confirm=True)
    if folder is not None:
        info = backup.daily_backup(ctx.db, ctx.actor, folder, keep, passphrase)
        if info is None:
            ctx.out.emit({"created": False, "folder": str(folder)},
                         ctx.out.t("De back-up van vandaag staat er al.",
                                   "Today's backup is already there."))
            return 0
    else:
        info = backup.make_backup(ctx.db, ctx.actor, Path(args.out), passphrase, args.force)
    ctx.out.emit({"created": True, "file": info.path, "bytes": info.bytes,
                  "files": list(info.files)},
                 ctx.out.t(f"Versleutelde back-up gemaakt: {info.path} ({info.bytes} bytes).",
                           f"Encrypted backup made: {info.path} ({info.bytes} bytes)."))
    return 0


def _backup_target(args: Any) -> tuple[Path | None, int]:
    """The daily folder and how many to keep: IT's machine-wide choice wins (a backup of
    children's dossiers goes nowhere else on that PC), else what was asked."""
    from ..machine_config import machine_config

    config = machine_config()
    keep = config.backup_keep or args.keep
    fixed = config.backup_folder
    if fixed is None:
        if not args.out and not args.folder:
            raise InvalidInput("Geef aan waar de back-up heen moet: --out BESTAND of --folder MAP.",
                               "Say where the backup goes: --out FILE or --folder DIR.")
        return (Path(args.folder) if args.folder else None), keep
    asked = Path(args.out).parent if args.out else Path(args.folder) if args.folder else fixed
    if asked.resolve() != fixed.resolve():
        raise InvalidInput(
            f"Op deze computer gaan back-ups alleen naar {fixed} (vastgelegd door de beheerder "
            f"in {config.path}).",
            f"On this computer backups go only to {fixed} (set by the administrator in "
            f"{config.path}).")
    return (None if args.out else fixed), keep


def cmd_restore(ctx: CliContext, args: Any) -> int:
    url = args.restore_database or ctx.url
    if _is_server(url):
        raise backup.server_backups()
    passphrase = backup.read_passphrase(_asker(), confirm=False)
    info = backup.restore_backup(url, Path(args.file), passphrase, args.other_board)
    ctx.out.emit(info, ctx.out.t(
        f"Back-up van {info.created:%Y-%m-%d %H:%M} teruggezet in {info.database}: "
        f"{info.documents} documenten en {info.audit_events} auditgebeurtenissen gecontroleerd.",
        f"Backup of {info.created:%Y-%m-%d %H:%M} restored into {info.database}: "
        f"{info.documents} documents and {info.audit_events} audit events verified."))
    return 0
