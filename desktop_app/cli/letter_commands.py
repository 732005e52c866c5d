"""CLI additions for letters and the facts they print: the registered-mail number of a dispatch,
the parents' statement of reasons with a decision, and hearings recorded per party."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .context import CliContext
from .parsing import iso_date, positive_int

SubParsers = argparse._SubParsersAction  # noqa: SLF001 - argparse exposes no public name
PARTIES = "pupil, parents, teacher (pupil case); parent, pupil, teacher (parent case); employee"


class _Detail(argparse.Action):
    """--reasons TEXT is the decision detail reasons=TEXT (the same door as --detail NAME=...);
    `const` names the detail."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(f"{self.const}={values}")
        setattr(namespace, self.dest, items)


def _case_subparsers(case: argparse.ArgumentParser) -> SubParsers[argparse.ArgumentParser] | None:
    for action in case._actions:  # noqa: SLF001 - argparse exposes no public accessor
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    return None


def _subcommands(case: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = _case_subparsers(case)
    return dict(found.choices) if found is not None else {}


def register(sub: SubParsers[argparse.ArgumentParser]) -> None:
    letter = sub.choices.get("letter")
    if letter is not None:
        letter.add_argument(
            "--registered", default="", metavar="NUMBER",
            help="registration number of the registered letter (aangetekend; staff intentions "
            "and decisions, law ST3/L4), required with --sent for those kinds")
    case = sub.choices.get("case")
    if case is None:
        return
    decide = _subcommands(case).get("decide")
    if decide is not None:
        decide.add_argument(
            "--reasons", dest="detail", action=_Detail, const="reasons", metavar="TEXT",
            help="statement of reasons for the parents (pupil suspension, law P-S2); printed "
            "in the letter, unlike --motivation")
        decide.add_argument(
            "--early-start-reason", dest="detail", action=_Detail,
            const="early_start_reason",
            metavar="TEXT", help="why a suspension starts before its decision date (P-S2)")
    csub = _case_subparsers(case)
    if csub is None:
        return
    p = csub.add_parser(
        "hearing", help="hoorgesprek vastleggen",
        description="Record a hearing: who was heard on which day (repeat --party), with an "
        f"optional report (a PDF filed in the dossier and enclosed with the letter). Parties: "
        f"{PARTIES}.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--on", type=iso_date, required=True, help="YYYY-MM-DD")
    p.add_argument("--party", action="append", required=True, help=PARTIES)
    p.add_argument("--note", default="", help="summary of what was said")
    report = p.add_mutually_exclusive_group()
    report.add_argument("--report", metavar="FILE", help="the hearing report (PDF) to file")
    report.add_argument("--report-document", type=positive_int, metavar="ID",
                        help="a report already filed in this case")
    p.set_defaults(handler=cmd_case_hearing)


def cmd_case_hearing(ctx: CliContext, args: Any) -> int:
    from ..services import hearings
    from ..services.documents import NewDocument
    from ..services.evidence_checks import read_evidence_file

    report = None
    if args.report:
        path = Path(args.report)
        report = NewDocument(hearings.REPORT_KIND, "", path.name, "application/pdf",
                             read_evidence_file(path))
    step = hearings.record_hearing(ctx.db, ctx.actor, args.case_id, args.on, args.party,
                                   args.note, report, args.report_document)
    heard = ", ".join(step.data.get("parties", []))
    ctx.out.emit(step, ctx.out.t(f"Hoorgesprek vastgelegd op {step.on}: {heard}.",
                                 f"Hearing recorded on {step.on}: {heard}."))
    return 0
