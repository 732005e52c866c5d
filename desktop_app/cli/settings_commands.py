"""CLI commands for the board's legal settings and its school calendar."""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from ..domain.errors import InvalidInput
from ..domain.legal import LEGAL_LABELS, LegalSettings, is_placeholder, legal_label
from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import settings
else:  # loaded when a command runs, not while the parser is built
    settings = lazy_module("desktop_app.services.settings")
from .context import CliContext

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "settings", help="instellingen",
        description="The board's legal settings and school calendar, as in Instellingen.")
    ssub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser(
        "legal", help="wettelijke termijnen en artikelen",
        description="List the legal settings (name, label, value, whether law.md marks it "
        "unverified or it still holds a placeholder), or change one with --set NAME=VALUE "
        "(audited). Letters refuse while a setting they print holds a placeholder.")
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                   help="change one setting (repeatable)")
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="with --set: refuse when the settings' version (shown by this command) "
                   "is no longer N")
    p.set_defaults(handler=cmd_settings_legal)
    p = ssub.add_parser(
        "calendar", help="schoolkalender (vakanties)",
        description="Show the school calendar that counts a pupil suspension's school days, "
        "or choose the region's default holidays with --region noord|midden|zuid.")
    p.add_argument("--region", choices=("noord", "midden", "zuid"))
    p.set_defaults(handler=cmd_settings_calendar)


def _parse(items: list[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    known = {f.name for f in fields(LegalSettings)}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise InvalidInput(f"--set '{item}' moet de vorm NAAM=WAARDE hebben.",
                               f"--set '{item}' must look like NAME=VALUE.")
        if name not in known:
            raise InvalidInput(
                f"Onbekende wettelijke instelling '{name}'; zie 'casemanager settings legal'.",
                f"Unknown legal setting '{name}'; see 'casemanager settings legal'.")
        changes[name] = value.strip()
    return changes


def cmd_settings_legal(ctx: CliContext, args: Any) -> int:
    lang = ctx.out.lang
    if args.set:
        current = settings.set_legal(ctx.db, ctx.actor, _parse(args.set),
                                     expected_version=args.expected_version)
    else:
        current = settings.get_legal(ctx.db, ctx.actor)
    rows = []
    for f in fields(LegalSettings):
        value = getattr(current, f.name)
        unverified = LEGAL_LABELS.get(f.name, ("", "", False))[2]
        rows.append({"name": f.name, "label": legal_label(f.name, lang), "value": value,
                     "unverified": unverified,
                     "placeholder": isinstance(value, str) and is_placeholder(value, f.name)})
    lines = []
    for row in rows:
        flags = []
        if row["placeholder"]:
            flags.append(ctx.out.t("NOG INVULLEN", "TO FILL IN"))
        if row["unverified"]:
            flags.append(ctx.out.t("onzeker, controleren", "unverified, check"))
        mark = f"  [{'; '.join(flags)}]" if flags else ""
        lines.append(f"{row['name']:<36} {row['label']}: {row['value']}{mark}")
    version = settings.setting_version(ctx.db, ctx.actor, settings.LEGAL)
    lines.append(ctx.out.t(f"versie: {version}", f"version: {version}"))
    ctx.out.emit({"settings": rows, "version": version}, "\n".join(lines))
    return 0


def cmd_settings_calendar(ctx: CliContext, args: Any) -> int:
    if args.region:
        calendar = settings.set_calendar(ctx.db, ctx.actor, args.region)
    else:
        calendar = settings.get_calendar(ctx.db, ctx.actor)
    lines = [ctx.out.t(f"Regio: {calendar.region}", f"Region: {calendar.region}")]
    lines += [f"  {p.first.isoformat()} – {p.last.isoformat()}  {p.name}"
              for p in calendar.periods]
    unchecked = calendar.unverified_labels()
    if unchecked:
        years = ", ".join(unchecked)
        lines.append(ctx.out.t(
            f"Schooljaar {years}: niet gecontroleerd — controleer met rijksoverheid.nl.",
            f"School year {years}: not checked — check with rijksoverheid.nl."))
    ctx.out.emit({**calendar.to_dict(), "unverified_years": unchecked}, "\n".join(lines))
    return 0
