"""CLI commands for the audit trail: verify it, list and filter it, who looked, export it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import audit_trail
    from ..services.audit_trail import AuditFilter
else:  # loaded when a command runs, not while the parser is built
    audit_trail = lazy_module("desktop_app.services.audit_trail")
from .context import CliContext
from .parsing import iso_date, positive_int

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--person", type=positive_int, metavar="ID", help="about this person")
    p.add_argument("--case", type=positive_int, metavar="ID", help="about this case")
    p.add_argument("--account", type=positive_int, metavar="ID", help="done by this account")
    p.add_argument("--action", default="", metavar="ACTION",
                   help="this action, or every action starting with it when it ends in a dot "
                   "(e.g. document.)")
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="inclusive")


def _filter(args: Any) -> AuditFilter:
    return audit_trail.AuditFilter(person_id=args.person, case_id=args.case,
                                   account_id=args.account, action=args.action,
                                   since=args.since, until=args.until)


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    aud = sub.add_parser("audit", help="audittrail", description="The audit trail: append-only, "
                         "HMAC-chained with this installation's key, sealed outside the database.")
    asub = aud.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("verify", help="keten controleren", description="Answer 'intact' or name "
                        "everything found: an altered, inserted or removed event, a chain "
                        "recomputed without the key, a cut tail, a wiped trail, a record changed "
                        "outside the application (exit 3).")
    p.set_defaults(handler=cmd_audit_verify)
    p = asub.add_parser("list", help="gebeurtenissen tonen", description="List audit events, "
                        "newest first.")
    _filters(p)
    p.add_argument("--limit", type=positive_int, default=200)
    p.set_defaults(handler=cmd_audit_list)
    p = asub.add_parser("who", help="wie heeft dit dossier ingezien?",
                        description="Who looked at this person's dossier and records, and when.")
    p.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    p.set_defaults(handler=cmd_audit_who)
    p = asub.add_parser("export", help="audittrail als PDF of CSV",
                        description="Export the (filtered) trail as PDF or CSV; the export is "
                        "itself audited.")
    _filters(p)
    p.add_argument("--format", choices=("pdf", "csv"), default="pdf")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_audit_export)


def cmd_audit_verify(ctx: CliContext, args: Any) -> int:
    check = audit_trail.verify_trail(ctx.db, ctx.actor)
    en = ctx.out.lang.startswith("en")
    message = check.message_en if en else check.message_nl
    findings = [{"kind": f.kind, "seq": f.seq, "entity": f.entity, "entity_id": f.entity_id,
                 "message": f.message_en if en else f.message_nl} for f in check.findings]
    lines = [message] + ([f"  - {f['message']}" for f in findings] if len(findings) > 1 else [])
    ctx.out.emit({"intact": check.intact, "events": check.events, "seq": check.seq,
                  "problem": check.problem, "records": check.records, "seals": check.seals,
                  "message": message, "findings": findings}, "\n".join(lines))
    return 0 if check.intact else 3


def _lines(rows: list[audit_trail.AuditRow]) -> str:
    return "\n".join(f"{r.seq:>6}  {r.at:%Y-%m-%d %H:%M}  {r.account[:18]:<18} {r.action:<22} "
                     f"{r.entity} {r.entity_id or ''}" for r in rows)


def cmd_audit_list(ctx: CliContext, args: Any) -> int:
    rows = audit_trail.list_events(ctx.db, ctx.actor, _filter(args), limit=args.limit)
    ctx.out.emit(rows, _lines(rows))
    return 0


def cmd_audit_who(ctx: CliContext, args: Any) -> int:
    rows = audit_trail.who_viewed(ctx.db, ctx.actor, args.person_id)
    none = ctx.out.t("Niemand heeft dit dossier ingezien.", "Nobody looked at this dossier.")
    ctx.out.emit(rows, _lines(rows) if rows else none)
    return 0


def cmd_audit_export(ctx: CliContext, args: Any) -> int:
    f = _filter(args)
    data = (audit_trail.export_csv(ctx.db, ctx.actor, f, ctx.out.lang) if args.format == "csv"
            else audit_trail.export_pdf(ctx.db, ctx.actor, f))
    Path(args.out).write_bytes(data)
    ctx.out.emit({"file": args.out, "bytes": len(data)},
                 ctx.out.t(f"Audittrail opgeslagen in {args.out}.",
                           f"Audit trail saved to {args.out}."))
    return 0
