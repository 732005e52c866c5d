"""CLI commands for letters, dossier exports, the inspector call log and police sheets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reports.kinds import letter_kind_help

from ..domain.errors import InvalidInput
from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import board_reports, exports, letters, outputs
else:  # loaded when a command runs, not while the parser is built
    board_reports = lazy_module("desktop_app.services.board_reports")
    exports = lazy_module("desktop_app.services.exports")
    letters = lazy_module("desktop_app.services.letters")
    outputs = lazy_module("desktop_app.services.outputs")
from .context import CliContext
from .parsing import iso_date, positive_int

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def _children(sub: SubParsers[argparse.ArgumentParser], name: str, help_text: str,
              description: str) -> SubParsers[argparse.ArgumentParser]:
    """The ACTION sub-parsers of command `name`, reusing the core's if it already exists."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text, description=description)
        return parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    return parser.add_subparsers(dest="action", required=True, metavar="ACTION")


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "letter", help="brief maken en archiveren",
        description="Generate a Dutch letter for a case and file it in the right dossier "
        "(personeelsdossier or the pupil's leerlingendossier) in the same transaction. Letters "
        "about a pupil go to every parent with parental authority, one letter each. A letter "
        "that misses data refuses and names each missing element as --field NAME=...",
        epilog="Letter kinds by the case subject's kind:\n" + letter_kind_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("case_id", type=positive_int, metavar="CASE_ID")
    p.add_argument("--kind", required=True, metavar="KIND",
                   help="letter kind (see the list below)")
    p.add_argument("--to", type=positive_int, metavar="PERSON_ID",
                   help="only this recipient (e.g. one of the parents)")
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                   help="an element the case does not hold yet, e.g. "
                   "education_arrangements='Huiswerk via de ouderapp' (repeatable)")
    p.add_argument("--sent", type=iso_date, metavar="YYYY-MM-DD",
                   help="the day the letter is posted (default today): the letter is dated "
                   "on it, every term it prints runs from it, and it is recorded as the "
                   "intention or 'besluit verstuurd' step in the same transaction")
    p.add_argument("--out", metavar="FILE",
                   help="also write the PDF; with several recipients FILE-<person id>.pdf "
                   "(if it cannot be written, nothing is filed)")
    p.add_argument("--force", action="store_true", help="replace an existing --out file")
    p.set_defaults(handler=cmd_letter)

    dsub = _children(sub, "dossier", "dossiers", "Personnel and pupil dossiers.")
    p = dsub.add_parser("export", help="dossier als één PDF",
                        description="Export a person's dossier as one PDF: cover, index, every "
                        "document in order, a bookmark per document and a footer on every "
                        "page.")
    p.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--redact", action="store_true",
                   help="remove other people's names: from the cover, the index and the "
                   "documents' pages themselves (a page naming someone becomes an image "
                   "without the name; pictures cannot be searched and are noted on the cover)")
    p.set_defaults(handler=cmd_dossier_export)

    vsub = _children(sub, "inspector", "vertrouwensinspecteur",
                     "The confidential inspector's call log.")
    p = vsub.add_parser("log", help="belregister als PDF",
                        description="Print the call log to the confidential inspector as a PDF "
                        "table with every field (all calls, or one case's).")
    p.add_argument("--case", type=positive_int, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_inspector_log)

    psub = _children(sub, "police", "aangifte", "Police reports.")
    p = psub.add_parser("sheet", help="aangifteblad als PDF",
                        description="Print the police-report sheet for a case.")
    p.add_argument("case_id", type=positive_int, metavar="CASE_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_police_sheet)

    rsub = _children(sub, "report", "rapporten voor het bestuur",
                     "Reports for the board: the anonymised annual report and the register of "
                     "processing activities.")
    p = rsub.add_parser("annual", help="jaarverslag zonder namen (bestuur en GMR)",
                        description="Incidents of one year per school, category, rule, measure "
                        "and month with charts; no names, counts under 5 shown as '< 5'; only "
                        "the schools this account sees.")
    p.add_argument("--year", type=positive_int, required=True, metavar="YYYY")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_report_annual)
    p = rsub.add_parser("processing-register", help="verwerkingsregister (AVG art. 30)",
                        description="The register of processing activities generated from the "
                        "configuration: data categories, purposes, recipients, retention per "
                        "category and security measures.")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_report_processing_register)


def parse_fields(items: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"--field '{item}' moet de vorm NAAM=WAARDE hebben.",
                               f"--field '{item}' must look like NAME=VALUE.")
        values[name.strip()] = value.replace("\\n", "\n")
    return values


def _out_paths(out: str, recipients: list[int]) -> dict[int, Path]:
    base = Path(out)
    unique = list(dict.fromkeys(recipients))
    if len(unique) == 1:
        return {unique[0]: base}
    return {r: base.with_name(f"{base.stem}-{r}{base.suffix or '.pdf'}") for r in unique}


def cmd_letter(ctx: CliContext, args: Any) -> int:
    from ..services import documents

    fields = parse_fields(args.field)
    actor = ctx.actor  # signed in before the unit: the login writes its own event
    with outputs.writing(ctx.db, args.force) as out:
        filed = letters.generate_letter(ctx.db, actor, args.case_id, args.kind, args.to,
                                        fields, sent_on=args.sent,
                                        registered=getattr(args, "registered", "") or "")
        written: dict[int, str] = {}
        if args.out:
            # Written in the same unit: if a file cannot be written, nothing is filed.
            paths = _out_paths(args.out, [d.recipient_id or 0 for d in filed])
            for d in filed:
                key = d.recipient_id or 0
                if key in written:
                    continue  # the same letter filed in a second child's dossier
                _, data = documents.open_document(ctx.db, actor, d.id)
                out.write(paths[key], data)
                written[key] = str(paths[key])
    result: dict[str, Any] = {"documents": [
        {"id": d.id, "recipient": d.recipient_id, "dossier": d.dossier, "sha256": d.sha256}
        for d in filed]}
    lines = [f"{d.id:>6}  {d.dossier:<18} aan/to {d.recipient_id}  {d.sha256}" for d in filed]
    if args.out:
        result["files"] = list(written.values())
        lines += [ctx.out.t(f"Opgeslagen: {p}", f"Saved: {p}") for p in written.values()]
    ctx.out.emit(result, "\n".join(lines))
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total}")
        if done == total:
            sys.stderr.write("\n")


def _save_pdf(ctx: CliContext, args: Any, make: Callable[[], bytes], about: dict[str, Any],
              nl: str, en: str) -> int:
    """Make an export and write it as one unit: a failed write leaves no audit event saying
    it was exported, and an existing file stays unless --force."""
    target = Path(args.out)
    outputs.check_target(target, args.force)
    ctx.actor  # noqa: B018 - sign in before the unit: the login writes its own event
    with outputs.writing(ctx.db, args.force) as out:
        data = make()
        out.write(target, data)
    ctx.out.emit({**about, "out": args.out, "bytes": len(data)},
                 ctx.out.t(f"{nl} opgeslagen als {args.out}.", f"{en} saved as {args.out}."))
    return 0


def cmd_dossier_export(ctx: CliContext, args: Any) -> int:
    return _save_pdf(ctx, args, lambda: exports.export_dossier(
        ctx.db, ctx.actor, args.person_id, redact=args.redact, progress=_progress),
        {"person": args.person_id}, "Dossier", "Dossier")


def cmd_inspector_log(ctx: CliContext, args: Any) -> int:
    return _save_pdf(ctx, args, lambda: exports.inspector_log_pdf(ctx.db, ctx.actor, args.case),
                     {"case": args.case}, "Belregister", "Call log")


def cmd_police_sheet(ctx: CliContext, args: Any) -> int:
    return _save_pdf(ctx, args, lambda: exports.police_sheet_pdf(ctx.db, ctx.actor,
                                                                 args.case_id),
                     {"case": args.case_id}, "Aangifteblad", "Police sheet")


def cmd_report_annual(ctx: CliContext, args: Any) -> int:
    return _save_pdf(ctx, args, lambda: board_reports.annual_report_pdf(ctx.db, ctx.actor,
                                                                        args.year),
                     {"year": args.year}, "Jaarverslag", "Annual report")


def cmd_report_processing_register(ctx: CliContext, args: Any) -> int:
    return _save_pdf(ctx, args, lambda: board_reports.processing_register_pdf(ctx.db, ctx.actor),
                     {}, "Verwerkingsregister", "Processing register")
