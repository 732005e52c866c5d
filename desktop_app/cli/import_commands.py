"""`casemanager import`: people from an EDEXML export or a parent/staff list, previewed first."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import imports
else:  # loaded when a command runs, not while the parser is built
    imports = lazy_module("desktop_app.services.imports")
from .context import CliContext
from .parsing import positive_int


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = sub.add_parser(
        "import", help="personen importeren uit de leerlingadministratie",
        description="Import pupils, groups and teachers from an EDEXML export (ParnasSys, Esis), "
        "or parents and staff from a CSV/.xlsx list made from the template in "
        "resources/import/. Imported people are kept in step by their key; people entered by "
        "hand are never touched; nobody is deleted.")
    isub = command.add_subparsers(dest="action", required=True, metavar="KIND")
    p = isub.add_parser("edexml", help="leerlingen, groepen en leerkrachten (EDEXML 2.1)",
                        description="Import an EDEXML 2.1 file for one school. Pupils and "
                        "teachers missing from it are marked as left on the export's date.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--school", type=positive_int, required=True, help="school id (school list)")
    p.add_argument("--dry-run", action="store_true",
                   help="only show what would change (new, changed, left, refused)")
    p.set_defaults(handler=cmd_import, kind="edexml")
    p = isub.add_parser("csv", help="ouders of personeel (CSV of .xlsx volgens het sjabloon)",
                        description="Import parents (linked to pupils by leerling_sleutel) or "
                        "staff from a CSV (';' or ',', UTF-8 or Windows-1252) or .xlsx file "
                        "with the template's Dutch column names.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", required=True, choices=("parent", "staff"))
    p.add_argument("--school", type=positive_int, required=True, help="school id (school list)")
    p.add_argument("--dry-run", action="store_true",
                   help="only show what would change (new, changed, left, refused)")
    p.set_defaults(handler=cmd_import)


def cmd_import(ctx: CliContext, args: Any) -> int:
    shown = imports.preview_import(ctx.db, ctx.actor, school_id=args.school, kind=args.kind,
                                   path=Path(args.file))
    lang = ctx.out.lang
    data = {"new": shown.new, "changed": shown.changed, "left": shown.left,
            "refused": [{"line": r.line, "reason": f"{r.field_label(lang)}: {r.reason(lang)}"}
                        for r in shown.refused]}
    t = ctx.out.t
    counts = t(f"{shown.new} nieuw, {shown.changed} gewijzigd, {shown.left} vertrokken "
               f"(per {shown.export_date:%d-%m-%Y}), {len(shown.refused)} geweigerd",
               f"{shown.new} new, {shown.changed} changed, {shown.left} left "
               f"(as of {shown.export_date:%Y-%m-%d}), {len(shown.refused)} refused")
    if shown.changes_nothing:
        head = t("Niets te wijzigen: de personen zijn al gelijk aan dit bestand",
                 "Nothing to change: the people already match this file")
    elif args.dry_run:
        head = t(f"Voorvertoning, er is niets gewijzigd: {counts}",
                 f"Preview, nothing was changed: {counts}")
    else:
        result = imports.apply_import(ctx.db, ctx.actor, shown)
        head = t(f"Geïmporteerd (import {result.import_id}, SHA-256 {result.sha256[:12]}…): "
                 f"{counts}",
                 f"Imported (import {result.import_id}, SHA-256 {result.sha256[:12]}…): "
                 f"{counts}")
    lines = [head + "."]
    lines += [t(f"  regel {r['line']}: {r['reason']}", f"  line {r['line']}: {r['reason']}")
              for r in data["refused"]]  # type: ignore[attr-defined]
    ctx.out.emit(data, "\n".join(lines))
    return 0
