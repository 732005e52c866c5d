"""CLI commands for issue 14: the WPO art. 4a track, order suspensions of staff, notices to the
leerplichtambtenaar and the Inspectie, and information to a parent without authority."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..domain.procedure import NOTICE_KINDS
from .context import CliContext
from .lazy import lazy_module
from .parsing import iso_date, iso_datetime, positive_int
from .report_commands import parse_fields

if TYPE_CHECKING:
    from ..services import procedures
    from ..services.dto import DocumentInfo
else:  # loaded when a command runs, not while the parser is built (`catalogue`, `--help`)
    procedures = lazy_module("desktop_app.services.procedures")

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    proc = sub.add_parser(
        "procedure", help="wettelijke procedures (art. 4a, ordemaatregel, kennisgevingen)",
        description="Procedures the law requires beside the measure: the WPO art. 4a track, a "
        "staff suspension as an order measure and its extension, notices to the "
        "leerplichtambtenaar and the Inspectie, information to a parent without authority.")
    psub = proc.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("definition", help="definitie art. 4a",
                        description="What the art. 4a flag means under the current settings.")
    p.set_defaults(handler=cmd_definition)
    p = psub.add_parser("track", help="route van een incident",
                        description="Put an incident on the WPO art. 4a track or the Meldcode "
                        "route (V1, V9, V10), and record the C4 check for a staff post about "
                        "the school. Every flag not given is switched off.")
    p.add_argument("incident_id", type=positive_int, metavar="INCIDENT_ID")
    p.add_argument("--art4a", action="store_true",
                   help="suspected sexual offence by staff against a minor pupil")
    p.add_argument("--meldcode", action="store_true",
                   help="domestic violence or child abuse at home (Meldcode, not art. 4a)")
    p.add_argument("--about-school", action="store_true",
                   help="a staff member's post about the school (protocol C4)")
    p.add_argument("--disclaimer", action="store_true",
                   help="that post said it was a personal opinion (C4)")
    p.set_defaults(handler=cmd_track)
    p = psub.add_parser("board-informed", help="melding bij bevoegd gezag vastleggen",
                        description="V2: when the board itself received the report.")
    p.add_argument("incident_id", type=positive_int, metavar="INCIDENT_ID")
    p.add_argument("--at", type=iso_datetime, required=True, help="'YYYY-MM-DD HH:MM'")
    p.add_argument("--by", required=True, help="who received it for the board")
    p.set_defaults(handler=cmd_board_informed)
    p = psub.add_parser("tasks", help="open taken art. 4a",
                        description="The open tasks of the art. 4a track over all cases.")
    p.set_defaults(handler=cmd_tasks)
    p = psub.add_parser("order", help="schorsing als ordemaatregel besluiten",
                        description="Decide a suspension as an order measure (ST5): urgent "
                        "ground, at most the maximum days per decision, a response deadline. "
                        "--extends ORDER_ID with --ground makes it an extension (a new "
                        "decision).")
    p.add_argument("case_id", type=positive_int, metavar="CASE_ID")
    p.add_argument("--start", type=iso_date, required=True)
    p.add_argument("--end", type=iso_date, required=True)
    p.add_argument("--urgency", required=True, help="why it is urgently necessary")
    p.add_argument("--on", type=iso_date, help="decision date (default: today)")
    p.add_argument("--extends", type=positive_int, metavar="ORDER_ID")
    p.add_argument("--ground", default="", help="why the extension is needed")
    p.set_defaults(handler=cmd_order)
    p = psub.add_parser("order-response", help="zienswijze op ordemaatregel",
                        description="Record the employee's response (or that none came).")
    p.add_argument("order_id", type=positive_int, metavar="ORDER_ID")
    p.add_argument("--on", type=iso_date, required=True)
    p.add_argument("--note", required=True)
    p.set_defaults(handler=cmd_order_response)
    p = psub.add_parser("order-letter", help="brief bij ordemaatregel",
                        description="File the order suspension's (or extension's) letter, by "
                        "registered post.")
    p.add_argument("order_id", type=positive_int, metavar="ORDER_ID")
    p.add_argument("--sent", type=iso_date, required=True)
    p.add_argument("--registered", required=True, metavar="NUMBER")
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE")
    p.set_defaults(handler=cmd_order_letter)
    p = psub.add_parser("orders", help="ordemaatregelen van een zaak",
                        description="List a case's order suspensions.")
    p.add_argument("case_id", type=positive_int, metavar="CASE_ID")
    p.set_defaults(handler=cmd_orders)
    p = psub.add_parser("notice", help="kennisgeving leerplicht of Inspectie",
                        description="Generate the notice to the leerplichtambtenaar (P-V7) or "
                        "the Inspectie report (P-S3) from the case, file it in the pupil's "
                        "dossier and record the step.")
    p.add_argument("case_id", type=positive_int, metavar="CASE_ID")
    p.add_argument("--kind", required=True, choices=sorted(NOTICE_KINDS))
    p.add_argument("--sent", type=iso_date, required=True)
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                   help="e.g. authority_address='Naam, straat, postcode plaats'")
    p.set_defaults(handler=cmd_notice)
    p = psub.add_parser("info-request", help="informatieverzoek ouder zonder gezag",
                        description="BW 1:377c: record that a parent without authority asked "
                        "to be informed about the child.")
    p.add_argument("parent_id", type=positive_int, metavar="PARENT_ID")
    p.add_argument("--pupil", type=positive_int, required=True)
    p.add_argument("--on", type=iso_date, required=True)
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_info_request)
    p = psub.add_parser("info-letter", help="informatiebrief aan ouder zonder gezag",
                        description="File an information letter (not a decision) to a parent "
                        "without authority who asked for it.")
    p.add_argument("case_id", type=positive_int, metavar="CASE_ID")
    p.add_argument("--to", type=positive_int, required=True, metavar="PARENT_ID")
    p.add_argument("--sent", type=iso_date, required=True)
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE")
    p.set_defaults(handler=cmd_info_letter)


def cmd_definition(ctx: CliContext, args: Any) -> int:
    nl, en = procedures.definition(ctx.db, ctx.actor)
    text = ctx.out.t(nl, en)
    ctx.out.emit({"definition": text}, text)
    return 0


def cmd_track(ctx: CliContext, args: Any) -> int:
    t = procedures.set_track(ctx.db, ctx.actor, args.incident_id, art4a=args.art4a,
                             meldcode=args.meldcode, about_school=args.about_school,
                             disclaimer=args.disclaimer)
    route = "art. 4a WPO" if t.art4a else ("Meldcode" if t.meldcode else "-")
    ctx.out.emit(t, ctx.out.t(f"Incident {t.incident_id}: route {route}.",
                              f"Incident {t.incident_id}: track {route}."))
    return 0


def cmd_board_informed(ctx: CliContext, args: Any) -> int:
    t = procedures.board_informed(ctx.db, ctx.actor, args.incident_id, args.at, args.by)
    ctx.out.emit(t, ctx.out.t("Vastgelegd wanneer het bevoegd gezag de melding ontving.",
                              "Recorded when the board received the report."))
    return 0


def cmd_tasks(ctx: CliContext, args: Any) -> int:
    rows = procedures.art4a_tasks(ctx.db, ctx.actor)
    en = ctx.out.lang.startswith("en")
    data = [{"case": d.case, "reference": d.reference, "subject": d.subject_name,
             "what": d.what, "label": d.label_en if en else d.label, "due": d.due.isoformat(),
             "overdue": d.overdue, "rule": d.rule} for d in rows]
    text = "\n".join(f"{d['due']}  {d['reference']}  {d['subject']}: {d['label']} [{d['rule']}]"
                     for d in data)
    ctx.out.emit(data, text or ctx.out.t("Geen open taken art. 4a.", "No open art. 4a tasks."))
    return 0


def _order_text(ctx: CliContext, o: procedures.OrderInfo) -> str:
    kind = ctx.out.t("verlenging", "extension") if o.extends else ctx.out.t("besluit",
                                                                            "decision")
    return ctx.out.t(
        f"Ordemaatregel {o.id} ({kind}): {o.start_on} t/m {o.end_on} ({o.days} dagen); "
        f"zienswijze tot en met {o.response_due}.",
        f"Order measure {o.id} ({kind}): {o.start_on} to {o.end_on} ({o.days} days); "
        f"response up to {o.response_due}.")


def cmd_order(ctx: CliContext, args: Any) -> int:
    o = procedures.decide_order(ctx.db, ctx.actor, args.case_id, start_on=args.start,
                                end_on=args.end, urgency=args.urgency, decided_on=args.on,
                                extends=args.extends, extension_ground=args.ground)
    ctx.out.emit(o, _order_text(ctx, o))
    return 0


def cmd_order_response(ctx: CliContext, args: Any) -> int:
    o = procedures.record_order_response(ctx.db, ctx.actor, args.order_id, args.on, args.note)
    ctx.out.emit(o, ctx.out.t("Zienswijze vastgelegd.", "Response recorded."))
    return 0


def _filed(ctx: CliContext, docs: list[DocumentInfo]) -> None:
    ctx.out.emit(docs, "\n".join(ctx.out.t(f"Gearchiveerd: document {d.id} ({d.dossier}): "
                                           f"{d.title}", f"Filed: document {d.id} "
                                           f"({d.dossier}): {d.title}") for d in docs))


def cmd_order_letter(ctx: CliContext, args: Any) -> int:
    _filed(ctx, procedures.send_order_letter(ctx.db, ctx.actor, args.order_id, sent_on=args.sent,
                                             registered=args.registered,
                                             fields=parse_fields(args.field)))
    return 0


def cmd_orders(ctx: CliContext, args: Any) -> int:
    rows = procedures.list_orders(ctx.db, ctx.actor, args.case_id)
    ctx.out.emit(rows, "\n".join(_order_text(ctx, o) for o in rows)
                 or ctx.out.t("Geen ordemaatregelen.", "No order measures."))
    return 0


def cmd_notice(ctx: CliContext, args: Any) -> int:
    _filed(ctx, procedures.generate_notice(ctx.db, ctx.actor, args.case_id, args.kind,
                                           sent_on=args.sent, fields=parse_fields(args.field)))
    return 0


def cmd_info_request(ctx: CliContext, args: Any) -> int:
    r = procedures.request_information(ctx.db, ctx.actor, args.parent_id, args.pupil, args.on,
                                       args.note)
    ctx.out.emit(r, ctx.out.t("Informatieverzoek vastgelegd.", "Information request recorded."))
    return 0


def cmd_info_letter(ctx: CliContext, args: Any) -> int:
    _filed(ctx, procedures.information_letter(ctx.db, ctx.actor, args.case_id, args.to,
                                              sent_on=args.sent,
                                              fields=parse_fields(args.field)))
    return 0
