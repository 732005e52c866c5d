"""CLI commands for the consent register (protocol A5; law F1-F8): give, refuse, withdraw,
review, list, the purposes and the printable form."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import consent, outputs
else:  # loaded when a command runs, not while the parser is built
    consent = lazy_module("desktop_app.services.consent")
    outputs = lazy_module("desktop_app.services.outputs")
from .context import CliContext
from .parsing import iso_date, positive_int

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name

CHOICE_HELP = {
    "give": ("toestemming geven", "Record that consent was given for one purpose."),
    "refuse": ("toestemming weigeren", "Record that consent was refused for one purpose. A "
               "refusal by either parent with parental authority wins over the other's consent."),
    "withdraw": ("toestemming intrekken", "Withdraw a consent (F5): after this the images are "
                 "no longer used for the purpose; --follow-up says where they are used and what "
                 "is done about it."),
}


def _choice_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--person", type=positive_int, required=True, metavar="ID",
                   help="the person in the images (pupil, staff member or parent)")
    p.add_argument("--purpose", required=True, metavar="CODE",
                   help="see `casemanager consent purposes`")
    p.add_argument("--by", type=positive_int, required=True, metavar="PERSON_ID",
                   help="who decides: a parent with parental authority for a pupil under 16, "
                   "otherwise the person themselves")
    p.add_argument("--on", type=iso_date, required=True, metavar="YYYY-MM-DD",
                   help="when the choice was made")
    p.add_argument("--how", required=True, metavar="TEXT",
                   help="how, e.g. 'papieren formulier met handtekening'")
    p.add_argument("--form-version", default="", metavar="V",
                   help="the form version the choice was made on (default: the current form)")
    p.add_argument("--follow-up", default="", metavar="TEXT",
                   help="for a withdrawal: where the images are used and what is done")


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    top = sub.add_parser("consent", help="toestemming beeldmateriaal",
                         description="The consent register for images (protocol A5): per "
                         "person and purpose who gave or refused consent, when, how and on "
                         "which form version; withdrawal; the yearly review.")
    csub = top.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, (short, description) in CHOICE_HELP.items():
        p = csub.add_parser(name, help=short, description=description)
        _choice_arguments(p)
        p.set_defaults(handler=cmd_choice, choice=name)
    p = csub.add_parser("list", help="register tonen", description="Per person and purpose the "
                        "status: granted, refused, withdrawn or none (no choice: no consent).")
    p.add_argument("--person", type=positive_int, metavar="ID",
                   help="only this person (default: everyone with a recorded choice)")
    p.set_defaults(handler=cmd_list)
    p = csub.add_parser("purposes", help="doelen tonen", description="The purpose codes.")
    p.set_defaults(handler=cmd_purposes)
    p = csub.add_parser("review", help="jaarlijkse herziening vastleggen",
                        description="Record the yearly review (F6): the person's choices were "
                        "re-confirmed as they stand.")
    p.add_argument("--person", type=positive_int, required=True, metavar="ID")
    p.add_argument("--by", type=positive_int, metavar="PERSON_ID",
                   help="who re-confirmed (optional)")
    p.add_argument("--on", type=iso_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--how", required=True, metavar="TEXT")
    p.set_defaults(handler=cmd_review)
    p = csub.add_parser("due", help="te herzien", description="People whose yearly review is "
                        "due within 30 days or overdue.")
    p.set_defaults(handler=cmd_due)
    p = csub.add_parser("form", help="toestemmingsformulier als PDF",
                        description="Print the consent form for one person, with the choices "
                        "on record.")
    p.add_argument("--person", type=positive_int, required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_form)


def _status(s: consent.ConsentStatus) -> dict[str, Any]:
    return {"person": s.person, "name": s.person_name, "purpose": s.purpose,
            "status": s.status, "by": s.by_id, "by_name": s.by, "relation": s.relation,
            "on": s.on, "how": s.how, "form_version": s.form_version,
            "follow_up": s.follow_up}


def _line(s: consent.ConsentStatus) -> str:
    text = f"{s.person:>6}  {s.person_name[:24]:<24} {s.purpose:<14} {s.status:<9}"
    if s.on is not None:
        text += f" {s.on:%Y-%m-%d} {s.by} ({s.how})"
    return text


def cmd_choice(ctx: CliContext, args: Any) -> int:
    result = consent.record_choice(
        ctx.db, ctx.actor, args.person, args.purpose, args.choice, by_id=args.by, on=args.on,
        how=args.how, form_version=args.form_version, follow_up=args.follow_up)
    ctx.out.emit(_status(result), _line(result))
    return 0


def cmd_list(ctx: CliContext, args: Any) -> int:
    rows = consent.register(ctx.db, ctx.actor, args.person)
    empty = ctx.out.t("Geen vastgelegde keuzes.", "No choices on record.")
    ctx.out.emit([_status(s) for s in rows], "\n".join(_line(s) for s in rows) or empty)
    return 0


def cmd_purposes(ctx: CliContext, args: Any) -> int:
    rows = consent.purposes()
    en = ctx.out.lang.startswith("en")
    ctx.out.emit([{"code": c, "label_nl": nl, "label_en": e} for c, nl, e in rows],
                 "\n".join(f"{c:<14} {e if en else nl}" for c, nl, e in rows))
    return 0


def cmd_review(ctx: CliContext, args: Any) -> int:
    result = consent.review(ctx.db, ctx.actor, args.person, by_id=args.by, on=args.on,
                            how=args.how)
    ctx.out.emit({"person": result.person, "reviewed_on": result.last_review,
                  "review_due": result.review_due},
                 ctx.out.t(f"Herzien; volgende herziening {result.review_due}.",
                           f"Reviewed; next review {result.review_due}."))
    return 0


def cmd_due(ctx: CliContext, args: Any) -> int:
    rows = consent.reviews_due(ctx.db, ctx.actor)
    ctx.out.emit([{"person": r.person, "name": r.name, "kind": r.kind, "due": r.due,
                   "overdue": r.overdue} for r in rows],
                 "\n".join(f"{r.due}  {r.person:>6}  {r.name}" for r in rows)
                 or ctx.out.t("Niets te herzien.", "Nothing to review."))
    return 0


def cmd_form(ctx: CliContext, args: Any) -> int:
    target = Path(args.out)
    outputs.check_target(target, args.force)
    actor = ctx.actor  # signed in before the unit: the login writes its own event
    with outputs.writing(ctx.db, args.force) as out:
        data = consent.consent_form_pdf(ctx.db, actor, args.person)
        out.write(target, data)
    ctx.out.emit({"person": args.person, "out": args.out, "bytes": len(data)},
                 ctx.out.t(f"Toestemmingsformulier opgeslagen als {args.out}.",
                           f"Consent form saved as {args.out}."))
    return 0
