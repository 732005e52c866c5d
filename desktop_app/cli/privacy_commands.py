"""CLI commands for the AVG duties: retention and destruction (R5.1-R5.4), access requests
(AVG art. 15 and 12(3), R5.5)."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .context import CliContext
from .lazy import lazy_module
from .parsing import iso_date, positive_int

if TYPE_CHECKING:
    from ..services import access_requests, retention
else:  # loaded when a command runs, not while the parser is built
    access_requests, retention = (lazy_module(f"desktop_app.services.{name}")
                                  for name in ("access_requests", "retention"))

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    ret = sub.add_parser("retention", help="bewaartermijnen en vernietiging",
                         description="Retention: what is due for destruction, legal holds, "
                         "and the destruction run with its report (administrator, board).")
    rsub = ret.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = rsub.add_parser("due", help="wat moet worden vernietigd",
                        description="List people whose data is due for destruction today.")
    p.add_argument("--all", action="store_true", help="also those not yet due")
    p.set_defaults(handler=cmd_retention_due)
    p = rsub.add_parser("hold", help="bewaarplicht instellen",
                        description="Set a legal hold: the person's data is not destroyed.")
    p.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    p.add_argument("--reason", required=True, help="why (e.g. an ongoing dispute)")
    p.set_defaults(handler=cmd_retention_hold)
    p = rsub.add_parser("release", help="bewaarplicht opheffen",
                        description="Lift a legal hold.")
    p.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_retention_release)
    p = rsub.add_parser("archive", help="markeren: Archiefwet, niet vernietigen",
                        description="Flag that the person's dossier holds documents under the "
                        "Archiefwet (R5.4): not destroyed until a selectielijst allows it.")
    p.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    p.add_argument("--reason", required=True, help="which documents (e.g. a leave decision)")
    p.set_defaults(handler=cmd_retention_archive)
    p = rsub.add_parser("unarchive", help="Archiefwet-markering opheffen",
                        description="Lift the Archiefwet flag (the selectielijst allows "
                        "destruction).")
    p.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_retention_unarchive)
    p = rsub.add_parser("destroy", help="vernietigen",
                        description="Without --confirm: list what would be destroyed. With "
                        "--confirm: destroy it for real and file a destruction report.")
    p.add_argument("--confirm", action="store_true", help="really destroy")
    p.set_defaults(handler=cmd_retention_destroy)

    acc = sub.add_parser("access-request", help="inzageverzoeken (art. 15 AVG)",
                         description="Right of access: register, list and export requests.")
    asub = acc.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = asub.add_parser("add", help="verzoek registreren", description="Register a request; "
                        "it is due one month after receipt.")
    p.add_argument("--person", type=positive_int, required=True, metavar="ID",
                   help="about whom")
    p.add_argument("--requester", required=True, help="from whom (e.g. 'moeder, K. Bakker')")
    p.add_argument("--received", type=iso_date, required=True, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_access_add)
    p = asub.add_parser("list", help="verzoeken tonen", description="List requests, "
                        "earliest due first.")
    p.add_argument("--open", action="store_true", help="only unanswered requests")
    p.set_defaults(handler=cmd_access_list)
    p = asub.add_parser("identity", help="identiteitscontrole vastleggen",
                        description="Record how the requester's identity was checked; an "
                        "export needs it.")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.add_argument("--on", type=iso_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--how", required=True, help="e.g. 'paspoort getoond aan de balie'")
    p.set_defaults(handler=cmd_access_identity)
    p = asub.add_parser("extend", help="termijn met twee maanden verlengen",
                        description="Extend the term by two months (AVG art. 12(3)), within "
                        "the first month, with the reason told to the requester.")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.add_argument("--reason", required=True, help="why more time is needed")
    p.set_defaults(handler=cmd_access_extend)
    p = asub.add_parser("export", help="alles over de persoon als PDF en JSON",
                        description="Export everything held on the person: FILE.pdf and "
                        "FILE.json beside it, other people's names redacted.")
    p.add_argument("id", type=positive_int, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_access_export)


def _row(r: Any) -> dict[str, Any]:
    return {"person": r.person, "dossier": r.dossier, "destroy_on": r.destroy_on,
            "rule": r.rule, "hold": r.hold, "name": r.name, "left_on": r.left_on,
            "due": r.due, "reason": r.hold_reason, "archive": r.archive,
            "archive_reason": r.archive_reason}


def _lines(ctx: CliContext, rows: list[Any]) -> str:
    if not rows:
        return ctx.out.t("Niets te vernietigen.", "Nothing to destroy.")
    hold = ctx.out.t("BEWAARPLICHT", "HOLD")
    archive = ctx.out.t("ARCHIEFWET", "ARCHIVE LAW")
    return "\n".join(f"{r.person:>5}  {r.destroy_on:%d-%m-%Y}  {r.rule:<8} {r.dossier:<18} "
                     f"{r.name}{'  ' + hold + ': ' + r.hold_reason if r.hold else ''}"
                     f"{'  ' + archive + ': ' + r.archive_reason if r.archive else ''}"
                     for r in rows)


def cmd_retention_due(ctx: CliContext, args: Any) -> int:
    rows = retention.retention_list(ctx.db, ctx.actor, only_due=not args.all)
    ctx.out.emit([_row(r) for r in rows], _lines(ctx, rows))
    return 0


def _person_flag(ctx: CliContext, args: Any, change: Callable[..., Any], nl: str,
                 en: str) -> int:
    """Hold, release, the Archiefwet flag and its lifting are the same command: one service
    call on a person with a reason, answered with one sentence naming the person (`{person}`)
    and the reason (`{reason}`); one path for the four keeps their output alike."""
    info = change(ctx.db, ctx.actor, args.person_id, args.reason)
    ctx.out.emit(info, ctx.out.t(nl.format(person=info.person, reason=info.reason),
                                 en.format(person=info.person, reason=info.reason)))
    return 0


def cmd_retention_hold(ctx: CliContext, args: Any) -> int:
    return _person_flag(ctx, args, retention.hold,
                        "Bewaarplicht voor persoon {person}: {reason}",
                        "Hold on person {person}: {reason}")


def cmd_retention_release(ctx: CliContext, args: Any) -> int:
    return _person_flag(ctx, args, retention.release,
                        "Bewaarplicht voor persoon {person} opgeheven.",
                        "Hold on person {person} released.")


def cmd_retention_archive(ctx: CliContext, args: Any) -> int:
    return _person_flag(ctx, args, retention.archive,
                        "Archiefwet voor persoon {person}: {reason}",
                        "Archive law flag on person {person}: {reason}")


def cmd_retention_unarchive(ctx: CliContext, args: Any) -> int:
    return _person_flag(ctx, args, retention.unarchive,
                        "Archiefwet-markering van persoon {person} opgeheven.",
                        "Archive law flag on person {person} lifted.")


def cmd_retention_destroy(ctx: CliContext, args: Any) -> int:
    if not args.confirm:
        rows = [r for r in retention.due(ctx.db, ctx.actor) if not r.kept]
        ctx.out.emit({"destroyed": [], "report": None, "due": [_row(r) for r in rows]},
                     _lines(ctx, rows) + "\n" + ctx.out.t(
                         "Niets vernietigd: geef --confirm om dit te vernietigen.",
                         "Nothing destroyed: add --confirm to destroy this."))
        return 0
    result = retention.destroy(ctx.db, ctx.actor)
    ctx.out.emit({"destroyed": list(result.destroyed), "report": result.report,
                  "held": list(result.held), "archived": list(result.archived),
                  "blocked": list(result.blocked)},
                 ctx.out.t(f"Vernietigd: {len(result.destroyed)} persoon/personen; "
                           f"vernietigingsverslag: document {result.report}.",
                           f"Destroyed: {len(result.destroyed)} person(s); destruction "
                           f"report: document {result.report}."))
    return 0


def _request(r: Any) -> dict[str, Any]:
    return {"id": r.id, "person": r.person, "requester": r.requester,
            "received_on": r.received_on, "due": r.due, "completed_at": r.completed_at,
            "overdue": r.overdue, "identity_checked_on": r.identity_checked_on,
            "identity_check": r.identity_check, "extended_from": r.extended_from,
            "extension_reason": r.extension_reason}


def cmd_access_add(ctx: CliContext, args: Any) -> int:
    info = access_requests.add_request(ctx.db, ctx.actor, args.person, args.requester,
                                       args.received)
    ctx.out.emit({"id": info.id, "due": info.due}, ctx.out.t(
        f"Inzageverzoek {info.id} geregistreerd; beantwoorden uiterlijk {info.due:%d-%m-%Y}.",
        f"Access request {info.id} registered; answer by {info.due:%d-%m-%Y}."))
    return 0


def cmd_access_list(ctx: CliContext, args: Any) -> int:
    rows = access_requests.list_requests(ctx.db, ctx.actor, open_only=args.open)
    done = ctx.out.t("afgehandeld", "answered")
    ctx.out.emit([_request(r) for r in rows], "\n".join(
        f"{r.id:>4}  {r.due:%d-%m-%Y}  {r.person_name:<28} {r.requester}"
        f"{'  (' + done + ')' if r.completed_at else ''}" for r in rows))
    return 0


def cmd_access_identity(ctx: CliContext, args: Any) -> int:
    info = access_requests.check_identity(ctx.db, ctx.actor, args.id, args.on, args.how)
    ctx.out.emit(_request(info), ctx.out.t(
        f"Identiteit bij inzageverzoek {info.id} gecontroleerd: {info.identity_check}.",
        f"Identity for access request {info.id} checked: {info.identity_check}."))
    return 0


def cmd_access_extend(ctx: CliContext, args: Any) -> int:
    info = access_requests.extend_request(ctx.db, ctx.actor, args.id, args.reason)
    ctx.out.emit(_request(info), ctx.out.t(
        f"Inzageverzoek {info.id} verlengd tot {info.due:%d-%m-%Y}; laat de verzoeker dit "
        "met de reden weten.",
        f"Access request {info.id} extended to {info.due:%d-%m-%Y}; tell the requester, "
        "with the reason."))
    return 0


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a killed export leaves no half-written file."""
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def cmd_access_export(ctx: CliContext, args: Any) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        out = out.with_suffix(".pdf")
    export = access_requests.export_request(ctx.db, ctx.actor, args.id)
    beside = out.with_suffix(".json")
    _write(beside, json.dumps(export.data, ensure_ascii=False, indent=2).encode("utf-8"))
    _write(out, export.pdf)
    ctx.out.emit({"file": str(out), "json": str(beside), "bytes": len(export.pdf)},
                 ctx.out.t(f"Inzageverzoek geëxporteerd naar {out} en {beside}.",
                           f"Access request exported to {out} and {beside}."))
    return 0
