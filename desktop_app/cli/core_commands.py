"""CLI commands over the core services: init, demo, schools, people, incidents, cases."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from ..domain.catalogue import (
    CATEGORY_LABELS,
    DENOMINATIONS,
    INSPECTOR_OUTCOMES,
    PROTOCOL_RULES,
    Category,
)
from ..domain.errors import AccessDenied, InvalidInput
from ..domain.measures import Measure
from ..domain.procedure import StepKind
from ..domain.severity import Severity
from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import (
        accounts,
        audit,
        board,
        cases,
        deadlines,
        demo,
        documents,
        incidents,
        inspector,
        people,
    )
else:  # loaded when a command runs, not while the parser is built
    accounts, audit, board, cases, deadlines, demo, documents, incidents, inspector, people = (
        lazy_module(f"desktop_app.services.{name}") for name in (
            "accounts", "audit", "board", "cases", "deadlines", "demo", "documents",
            "incidents", "inspector", "people"))
from ..services.dto import to_json
from .context import (
    PASSWORD_VARIABLE,
    USER_VARIABLE,
    CliContext,
    ask_password,
    interactive,
)
from .parsing import iso_date, iso_datetime, positive_int

MEASURES = ", ".join(m.value for m in Measure)
STEPS = ", ".join(k.value for k in StepKind)
CATEGORIES = ", ".join(c.value for c in Category)
RULES = ", ".join(r.code for r in PROTOCOL_RULES)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="maak of werk de database bij en maak bestuur en beheerder aan",
                       description="Create the database (or upgrade it to the newest schema), "
                       "the board and the first administrator account. Its password comes from "
                       "--admin-password, else CASEMANAGER_PASSWORD, else it is asked on a "
                       "terminal. Once an account exists, init runs as the logged-in account.")
    p.add_argument("--board", help="naam van het schoolbestuur (board name)")
    p.add_argument("--admin-user", default=None,
                   help="username of the first administrator (default: CASEMANAGER_USER or "
                   "admin)")
    p.add_argument("--admin-password", default=None,
                   help="password of the first administrator, at least 12 characters")
    p.add_argument("--address", help='postal address of the board, "Straat 1, 1234 AB Plaats" '
                   "(used in objection clauses)")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="laad een fictief demobestuur",
                       description="Load a fictional board: 2 schools (openbaar and bijzonder), "
                       "~30 people and ~20 incidents over every ladder, with open deadlines.")
    p.set_defaults(handler=cmd_demo)

    school = sub.add_parser("school", help="scholen", description="Schools of the board.")
    ssub = school.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = ssub.add_parser("add", help="school toevoegen", description="Add a school.")
    p.add_argument("--name", required=True)
    p.add_argument("--brin", required=True, help="BRIN code, e.g. 12AB")
    p.add_argument("--denomination", required=True, choices=DENOMINATIONS)
    p.add_argument("--address", help='"Lindelaan 4, 1234 AB Amersfoort"')
    p.add_argument("--director", default="")
    p.add_argument("--signatory", default="", help="who signs letters")
    p.add_argument("--signatory-function", default="")
    p.add_argument("--mandate", default="", help="mandate under which the signatory signs")
    p.set_defaults(handler=cmd_school_add)
    p = ssub.add_parser("list", help="scholen tonen", description="List schools.")
    p.set_defaults(handler=cmd_school_list)
    p = ssub.add_parser("update", help="school corrigeren",
                        description="Correct a school's letterhead and signatory; only the "
                        "options given change (the same as Instellingen › Bestuur en scholen).")
    p.add_argument("id", type=positive_int, help="school id (see 'school list')")
    for flag, help_text in SCHOOL_UPDATE_OPTIONS:
        p.add_argument(flag, help=help_text)
    p.add_argument("--denomination", choices=DENOMINATIONS)
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse when the school's version (see '--json school list') is no "
                   "longer N")
    p.set_defaults(handler=cmd_school_update)

    person = sub.add_parser("person", help="personen", description="People: staff, pupils, "
                            "parents.")
    psub = person.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = psub.add_parser("add", help="persoon toevoegen", description="Add a person.")
    p.add_argument("--school", type=positive_int, required=True)
    p.add_argument("--kind", required=True, choices=("staff", "pupil", "parent", "other"))
    p.add_argument("--first", required=True, help="first name")
    p.add_argument("--prefix", default="", help="tussenvoegsel, e.g. 'van der'")
    p.add_argument("--last", required=True, help="last name without tussenvoegsel")
    p.add_argument("--birth", type=iso_date, help="YYYY-MM-DD")
    p.add_argument("--group", default="", help="group of a pupil, e.g. 'groep 7'")
    p.add_argument("--function", default="", help="function of a staff member")
    p.add_argument("--address", help='"Lindelaan 4, 1234 AB Amersfoort"')
    p.add_argument("--email", default="")
    p.add_argument("--salutation", default="", choices=("heer", "mevrouw", ""),
                   help="for letters: 'Geachte heer/mevrouw ...'")
    p.add_argument("--guardian-of", type=positive_int, metavar="PUPIL_ID",
                   help="link this parent to a pupil")
    p.add_argument("--authority", action="store_true",
                   help="the parent has parental authority (gezag)")
    p.set_defaults(handler=cmd_person_add)
    p = psub.add_parser("update", help="persoon bijwerken",
                        description="Record the day a pupil left school or an employee's "
                        "employment ended (retention counts from it); --left-on '' clears it.")
    p.add_argument("id", type=positive_int, help="person id (see 'person list')")
    p.add_argument("--left-on", required=True, metavar="YYYY-MM-DD",
                   type=lambda text: None if text.strip() == "" else iso_date(text))
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse when the person's version (see '--json person list') is no "
                   "longer N")
    p.set_defaults(handler=cmd_person_update)
    p = psub.add_parser("list", help="personen tonen (Nederlandse sortering)",
                        description="List people sorted on last name, ignoring the tussenvoegsel.")
    p.add_argument("--school", type=positive_int)
    p.add_argument("--kind", choices=("staff", "pupil", "parent", "other"))
    p.add_argument("--search", default="")
    p.set_defaults(handler=cmd_person_list)

    incident = sub.add_parser("incident", help="incidenten", description="Incidents.")
    isub = incident.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = isub.add_parser("add", help="incident registreren",
                        description="Register an incident; one case is opened per subject.")
    p.add_argument("--school", type=positive_int, required=True)
    p.add_argument("--subject", type=positive_int, action="append", required=True,
                   help="person the incident is about (repeatable)")
    p.add_argument("--victim", type=positive_int, action="append", default=[])
    p.add_argument("--witness", type=positive_int, action="append", default=[])
    p.add_argument("--rule", action="append", required=True, help=f"protocol rule: {RULES}")
    p.add_argument("--category", required=True, help=f"behaviour category: {CATEGORIES}")
    sev = p.add_mutually_exclusive_group(required=True)
    sev.add_argument("--severity", type=int, help="overall severity 1-4")
    sev.add_argument("--axes", help="statements,behaviour,consequences, each 1-4, e.g. 3,2,4")
    p.add_argument("--occurred", type=iso_date, required=True, help="YYYY-MM-DD")
    p.add_argument("--reported", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--description", required=True)
    p.add_argument("--platform", default="")
    p.add_argument("--boundary-crossing", action="store_true",
                   help="grensoverschrijdend (staff only): inspector call required")
    p.add_argument("--urgent-reason", action="store_true",
                   help="dringende reden (needed for summary dismissal)")
    p.add_argument("--criminal", action="store_true", help="possible criminal offence")
    p.set_defaults(handler=cmd_incident_add)
    p = isub.add_parser("list", help="incidenten tonen", description="List incidents, newest "
                        "first.")
    p.add_argument("--school", type=positive_int)
    p.add_argument("--status")
    p.add_argument("--category")
    p.add_argument("--search", default="")
    p.add_argument("--limit", type=positive_int, default=50)
    p.set_defaults(handler=cmd_incident_list)
    p = isub.add_parser("evidence", help="bewijsstuk toevoegen",
                        description="Attach an evidence file to an incident (SHA-256 recorded).")
    p.add_argument("incident_id", type=positive_int)
    p.add_argument("--file", required=True)
    p.set_defaults(handler=cmd_incident_evidence)

    case = sub.add_parser("case", help="zaken", description="Cases: propose, decide, steps.")
    csub = case.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = csub.add_parser("propose", help="maatregel voorstellen",
                        description="Compute the protocol's proposal with its reasons and up to "
                        "five comparable earlier decisions.")
    p.add_argument("case_id", type=positive_int)
    p.set_defaults(handler=cmd_case_propose)
    p = csub.add_parser("decide", help="besluiten", description="Decide on a measure. A decision "
                        "that differs from the proposal needs --motivation.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--measure", required=True, help=f"one of: {MEASURES} (time_out = suspension)")
    p.add_argument("--motivation", default="")
    p.add_argument("--start", type=iso_date)
    p.add_argument("--end", type=iso_date)
    p.add_argument("--on", type=iso_date, help="decision date (default: today)")
    p.add_argument("--no-hearing-reason", default="",
                   help="why the hearing could not take place first (acute cases, P-S5)")
    p.add_argument("--scope", default="", help="scope of a ban (building, schoolyard, contact)")
    p.add_argument("--contact", default="", help="fixed contact person during a ban")
    p.add_argument("--detail", action="append", default=[], metavar="NAME=VALUE",
                   help="a detail the letters use, e.g. education=..., form=extern, review=..., "
                   "handover=..., order_reason=..., probation=..., time=..., reasons=...")
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse when the case's version (see 'case show') is no longer N")
    p.set_defaults(handler=cmd_case_decide)
    p = csub.add_parser("assess", help="ernst beoordelen", description="Assess severity again.")
    p.add_argument("case_id", type=positive_int)
    sev = p.add_mutually_exclusive_group(required=True)
    sev.add_argument("--severity", type=int)
    sev.add_argument("--axes")
    p.set_defaults(handler=cmd_case_assess)
    p = csub.add_parser("step", help="processtap vastleggen",
                        description=f"Record a procedure step. Kinds: {STEPS}.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--kind", required=True, help=STEPS)
    p.add_argument("--on", type=iso_date, required=True)
    p.add_argument("--note", default="")
    p.add_argument("--school", default="", help="receiving school (receiving_school)")
    p.add_argument("--confirmation", default="", help="written confirmation (receiving_school)")
    p.add_argument("--registered", default="", help="registered-mail number (intention)")
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse when the case's version (see 'case show') is no longer N")
    p.set_defaults(handler=cmd_case_step)
    p = csub.add_parser("show", help="zaak tonen", description="Show a case in full.")
    p.add_argument("case_id", type=positive_int)
    p.set_defaults(handler=cmd_case_show)
    p = csub.add_parser("close", help="zaak sluiten", description="Close a case with no open "
                        "tasks.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--expected-version", type=int, metavar="N",
                   help="refuse when the case's version (see 'case show') is no longer N")
    p.set_defaults(handler=cmd_case_close)

    p = sub.add_parser("deadlines", help="open termijnen",
                       description="Open deadlines over all cases: case, what, due date, overdue.")
    p.add_argument("--school", type=positive_int)
    p.set_defaults(handler=cmd_deadlines)

    dossier = sub.add_parser("dossier", help="dossiers",
                             description="Personnel and pupil dossiers.")
    dsub = dossier.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = dsub.add_parser("list", help="dossier tonen", description="List a person's dossier.")
    p.add_argument("person_id", type=positive_int)
    p.set_defaults(handler=cmd_dossier_list)
    p = dsub.add_parser("open", help="document opslaan", description="Write a filed document "
                        "(hash-checked) to a file.")
    p.add_argument("document_id", type=positive_int)
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_dossier_open)

    insp = sub.add_parser("inspector", help="vertrouwensinspecteur",
                          description="Tell the employee, then log the call to the inspector.")
    vsub = insp.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = vsub.add_parser("inform", help="medewerker inlichten", description="Record that the "
                        "employee was told before the inspector is called.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--on", type=iso_datetime, required=True, help="'YYYY-MM-DD HH:MM'")
    p.add_argument("--how", required=True)
    p.set_defaults(handler=cmd_inspector_inform)
    p = vsub.add_parser("call", help="gesprek vastleggen", description="Log a call to the "
                        "Landelijke Vertrouwensinspecteur.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--at", type=iso_datetime, required=True, help="start 'YYYY-MM-DD HH:MM'")
    p.add_argument("--end", type=iso_datetime, help="end 'YYYY-MM-DD HH:MM'")
    p.add_argument("--inspector", required=True)
    p.add_argument("--summary", required=True)
    p.add_argument("--advice", default="")
    p.add_argument("--reference", default="")
    p.add_argument("--reason", default="", help="why the employee was not told first")
    p.add_argument("--outcome", default="unclear", choices=INSPECTOR_OUTCOMES,
                   help="reasonable suspicion: yes/no/unclear")
    p.add_argument("--facts", default="")
    p.add_argument("--learned-from", default="")
    p.add_argument("--learned-at", type=iso_datetime)
    p.add_argument("--actions", default="", help="agreed actions with owners")
    p.add_argument("--follow-up", default="")
    p.set_defaults(handler=cmd_inspector_call)
    p = vsub.add_parser("list", help="belregister tonen", description="List the call log.")
    p.add_argument("--case", type=positive_int)
    p.set_defaults(handler=cmd_inspector_list)

    police = sub.add_parser("police", help="aangifte", description="Police reports.")
    posub = police.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = posub.add_parser("report", help="aangifte vastleggen", description="Record a police "
                         "report for a case.")
    p.add_argument("case_id", type=positive_int)
    p.add_argument("--on", type=iso_datetime, required=True)
    p.add_argument("--unit", required=True, help="police unit")
    p.add_argument("--number", required=True, help="registration number")
    p.add_argument("--by", required=True, help="who reported")
    p.add_argument("--informed", default="", help="who was informed beforehand")
    p.set_defaults(handler=cmd_police_report)

    catalogue = sub.add_parser("catalogue", help="protocolregels en codes",
                               description="List protocol rules, categories, measures and steps.")
    catalogue.set_defaults(handler=cmd_catalogue)


def _first_admin(ctx: CliContext, username: str | None, password: str | None) -> bool:
    """Create the first administrator when the database has no account; True if created."""
    if accounts.has_accounts(ctx.db):
        return False
    name = username or os.environ.get(USER_VARIABLE, "").strip() or accounts.ADMIN_USERNAME
    secret = password or os.environ.get(PASSWORD_VARIABLE, "")
    if not secret:
        if not interactive():
            raise AccessDenied(
                "Geef het wachtwoord van de beheerder met --admin-password of "
                f"{PASSWORD_VARIABLE}, of start init in een terminal.",
                "Give the administrator's password with --admin-password or "
                f"{PASSWORD_VARIABLE}, or run init in a terminal.", "login")
        accounts.check_password_rules(secret := ask_password(
            ctx.out.t("Nieuw wachtwoord beheerder: ", "New administrator password: ")))
        if ask_password(ctx.out.t("Herhaal het wachtwoord: ", "Repeat the password: ")) != secret:
            raise InvalidInput("De wachtwoorden verschillen.", "The passwords differ.",
                               "password")
    ctx._actor = accounts.create_user(ctx.db, None, name, "Beheerder", "administrator", secret)
    return True


def cmd_init(ctx: CliContext, args: Any) -> int:
    db = ctx.db  # opening upgrades to the newest schema
    created_admin = _first_admin(ctx, args.admin_user, args.admin_password)
    actor = ctx.actor
    if board.is_initialised(db):
        info = board.get_board(db, actor)
        if (args.board and args.board != info.name) or args.address:
            info = board.update_board(db, actor, args.board or info.name, args.address)
    else:
        info = board.create_board(db, actor, args.board or "Mijn schoolbestuur", args.address)
    from ..db.migrate import current_revision

    deadlines.recount_open_tasks(db, actor)

    result = {"database": ctx.url, "revision": current_revision(db.engine),
              "board": info, "admin": {"id": actor.id, "username": actor.username,
                                       "created": created_admin}}
    ctx.out.emit(result, ctx.out.t(
        f"Database klaar ({ctx.url}), schema {result['revision']}; bestuur: {info.name}.",
        f"Database ready ({ctx.url}), schema {result['revision']}; board: {info.name}."))
    return 0


def _ensure_init(ctx: CliContext) -> None:
    db = ctx.db
    _first_admin(ctx, None, None)
    if not board.is_initialised(db):
        board.create_board(db, ctx.actor, "Stichting Voorbeeld Onderwijs",
                           "Stationsstraat 1, 3811 MH Amersfoort")


def cmd_demo(ctx: CliContext, args: Any) -> int:
    _ensure_init(ctx)
    summary = demo.load_demo(ctx.db, ctx.actor)
    ctx.out.emit(summary, ctx.out.t(
        f"Demobestuur geladen: {summary.schools} scholen, {summary.people} personen, "
        f"{summary.incidents} incidenten.",
        f"Demo board loaded: {summary.schools} schools, {summary.people} people, "
        f"{summary.incidents} incidents."))
    return 0


def cmd_school_add(ctx: CliContext, args: Any) -> int:
    info = board.add_school(ctx.db, ctx.actor, args.name, args.brin, args.denomination,
                            args.address, director=args.director, signatory_name=args.signatory,
                            signatory_function=args.signatory_function, mandate=args.mandate)
    ctx.out.emit(info, ctx.out.t(f"School {info.id} toegevoegd: {info.name}.",
                                 f"School {info.id} added: {info.name}."))
    return 0


SCHOOL_UPDATE_OPTIONS = (
    ("--name", "the school's name"),
    ("--brin", "BRIN code, e.g. 12AB"),
    ("--address", '"Lindelaan 4, 1234 AB Amersfoort"'),
    ("--director", "the director"),
    ("--signatory", "who signs letters"),
    ("--signatory-function", "the signatory's function"),
    ("--mandate", "mandate under which the signatory signs"),
    ("--phone", "telephone number on the letterhead"),
    ("--email", "e-mail address on the letterhead"),
)
# Option name (argparse dest) -> the field board.update_school takes.
SCHOOL_UPDATE_FIELDS = {"name": "name", "brin": "brin", "address": "address",
                        "director": "director", "signatory": "signatory_name",
                        "signatory_function": "signatory_function", "mandate": "mandate",
                        "phone": "phone", "email": "email", "denomination": "denomination"}


def cmd_school_update(ctx: CliContext, args: Any) -> int:
    changes = {field: getattr(args, dest) for dest, field in SCHOOL_UPDATE_FIELDS.items()
               if getattr(args, dest) is not None}
    if not changes:
        raise InvalidInput("Geef aan wat er verandert, bijv. --brin 12AB of --signatory NAAM.",
                           "Say what changes, e.g. --brin 12AB or --signatory NAME.")
    info = board.update_school(ctx.db, ctx.actor, args.id,
                               expected_version=args.expected_version, **changes)
    ctx.out.emit(info, ctx.out.t(
        f"School {info.id} bijgewerkt: {info.name} ({info.brin}); gewijzigd: "
        f"{', '.join(sorted(changes))}.",
        f"School {info.id} updated: {info.name} ({info.brin}); changed: "
        f"{', '.join(sorted(changes))}."))
    return 0


def cmd_school_list(ctx: CliContext, args: Any) -> int:
    rows = board.list_schools(ctx.db, ctx.actor)
    ctx.out.emit(rows, "\n".join(f"{s.id:>4}  {s.brin:<6} {s.denomination:<10} {s.name}"
                                 for s in rows))
    return 0


def cmd_person_add(ctx: CliContext, args: Any) -> int:
    info = people.add_person(
        ctx.db, ctx.actor, school_id=args.school, kind=args.kind, first=args.first,
        prefix=args.prefix, last=args.last, birth=args.birth, group=args.group,
        function=args.function, address=args.address, email=args.email,
        salutation=args.salutation, guardian_of=args.guardian_of, authority=args.authority)
    ctx.out.emit(info, ctx.out.t(f"Persoon {info.id} toegevoegd: {info.full_name}.",
                                 f"Person {info.id} added: {info.full_name}."))
    return 0


def cmd_person_update(ctx: CliContext, args: Any) -> int:
    info = people.update_person(ctx.db, ctx.actor, args.id, left_on=args.left_on,
                                expected_version=args.expected_version)
    left = f"{info.left_on:%d-%m-%Y}" if info.left_on else "-"
    ctx.out.emit(info, ctx.out.t(f"Persoon {info.id} bijgewerkt: vertrokken op {left}.",
                                 f"Person {info.id} updated: left on {left}."))
    return 0


def cmd_person_list(ctx: CliContext, args: Any) -> int:
    rows = people.list_people(ctx.db, ctx.actor, school_id=args.school, kind=args.kind,
                              search=args.search)
    ctx.out.emit(rows, "\n".join(f"{p.id:>5}  {p.kind:<7} {p.sort_name}" for p in rows))
    return 0


def _axes(text: str | None) -> Severity | None:
    return Severity.parse(text) if text else None


def cmd_incident_add(ctx: CliContext, args: Any) -> int:
    info = incidents.register_incident(
        ctx.db, ctx.actor, school_id=args.school, subjects=args.subject, rules=args.rule,
        category_code=args.category, occurred_on=args.occurred, reported_on=args.reported,
        description=args.description, severity=args.severity, axes=_axes(args.axes),
        platform=args.platform, boundary_crossing=args.boundary_crossing,
        urgent_reason=args.urgent_reason, criminal=args.criminal, victims=args.victim,
        witnesses=args.witness)
    data = {"id": info.id, "cases": [{"id": c.id, "subject": c.subject_id,
                                      "reference": c.reference, "status": c.status,
                                      "severity": c.severity} for c in info.cases]}
    ctx.out.emit(data, ctx.out.t(
        f"Incident {info.id} geregistreerd; zaken: "
        + ", ".join(f"{c.reference} ({c.subject_name})" for c in info.cases),
        f"Incident {info.id} registered; cases: "
        + ", ".join(f"{c.reference} ({c.subject_name})" for c in info.cases)))
    return 0


def cmd_incident_list(ctx: CliContext, args: Any) -> int:
    f = incidents.IncidentFilter(school_id=args.school, status=args.status,
                                 category=args.category, search=args.search)
    rows = incidents.list_incidents(ctx.db, ctx.actor, f, limit=args.limit)
    ctx.out.emit(rows, "\n".join(
        f"{r.id:>6}  {r.occurred_on}  {r.rules:<6} {r.category:<22} {r.status:<10} {r.subjects}"
        for r in rows))
    return 0


def cmd_incident_evidence(ctx: CliContext, args: Any) -> int:
    import mimetypes
    from pathlib import Path

    from ..services.evidence_checks import read_evidence_file

    path = Path(args.file)
    data = read_evidence_file(path)  # a folder, a link, empty, too large: refused
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    info = documents.attach_evidence(ctx.db, ctx.actor, args.incident_id, path.name, mime,
                                     data)
    ctx.out.emit(info, ctx.out.t(f"Bewijsstuk {info.id} toegevoegd (SHA-256 {info.sha256}).",
                                 f"Evidence {info.id} attached (SHA-256 {info.sha256})."))
    return 0


def raise_missing_file(path: Any) -> None:
    from ..domain.errors import InvalidInput

    raise InvalidInput(f"Bestand '{path}' bestaat niet.", f"File '{path}' does not exist.")


def cmd_case_propose(ctx: CliContext, args: Any) -> int:
    p = cases.propose(ctx.db, ctx.actor, args.case_id)
    reasons = list(p.reasons_en if ctx.out.lang.startswith("en") else p.reasons)
    data = {"case": p.case, "measure": p.measure, "severity": p.overall_severity,
            "prior_measures": p.prior_measures, "policy_row": p.policy_row,
            "reasons": reasons,
            "similar": [{"case": s.case, "measure": s.measure,
                         "decided_on": s.decided_on.isoformat()} for s in p.similar]}
    lines = [ctx.out.t(f"Voorstel voor zaak {p.case}: {p.measure}",
                       f"Proposal for case {p.case}: {p.measure}")]
    lines += [f"  - {r}" for r in reasons]
    lines += [f"  ~ {ctx.out.t('zaak', 'case')} {s.case}: {s.measure} ({s.decided_on})"
              for s in p.similar]
    ctx.out.emit(data, "\n".join(lines))
    return 0


def cmd_case_decide(ctx: CliContext, args: Any) -> int:
    details = {k: v for k, v in (("scope", args.scope), ("contact", args.contact)) if v}
    for item in args.detail:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            from ..domain.errors import InvalidInput

            raise InvalidInput(f"--detail '{item}' moet de vorm NAAM=WAARDE hebben.",
                               f"--detail '{item}' must look like NAME=VALUE.")
        details[name.strip()] = value.strip()
    d = cases.decide(ctx.db, ctx.actor, args.case_id, args.measure, motivation=args.motivation,
                     start_on=args.start, end_on=args.end,
                     no_hearing_reason=args.no_hearing_reason, decided_on=args.on,
                     details=details, expected_version=args.expected_version)
    text = ctx.out.t(f"Besluit vastgelegd voor zaak {d.case}: {d.measure}.",
                     f"Decision recorded for case {d.case}: {d.measure}.")
    if d.notices:
        text += "\n" + "\n".join(f"  ! {n}" for n in d.notices)
    ctx.out.emit(d, text)
    return 0


def cmd_case_assess(ctx: CliContext, args: Any) -> int:
    info = cases.assess(ctx.db, ctx.actor, args.case_id, overall=args.severity,
                        axes=_axes(args.axes))
    ctx.out.emit(info, ctx.out.t(f"Ernst: {info.overall}.", f"Severity: {info.overall}."))
    return 0


def cmd_case_step(ctx: CliContext, args: Any) -> int:
    data = {k: v for k, v in (("school", args.school), ("confirmation", args.confirmation),
                              ("registered", args.registered)) if v}
    s = cases.record_step(ctx.db, ctx.actor, args.case_id, args.kind, args.on, args.note, data,
                          expected_version=args.expected_version)
    ctx.out.emit(s, ctx.out.t(f"Stap vastgelegd: {s.label} op {s.on}.",
                              f"Step recorded: {s.kind} on {s.on}."))
    return 0


def cmd_case_show(ctx: CliContext, args: Any) -> int:
    detail = cases.show(ctx.db, ctx.actor, args.case_id)
    ctx.out.emit(detail)
    return 0


def cmd_case_close(ctx: CliContext, args: Any) -> int:
    cases.close_case(ctx.db, ctx.actor, args.case_id, expected_version=args.expected_version)
    ctx.out.emit({"case": args.case_id, "status": "closed"},
                 ctx.out.t(f"Zaak {args.case_id} gesloten.", f"Case {args.case_id} closed."))
    return 0


def cmd_deadlines(ctx: CliContext, args: Any) -> int:
    rows = deadlines.open_deadlines(ctx.db, ctx.actor, school_id=args.school)
    en = ctx.out.lang.startswith("en")
    data = [{"case": d.case, "reference": d.reference, "subject": d.subject_name,
             "what": d.what, "label": d.label_en if en else d.label,
             "due": d.due.isoformat(), "overdue": d.overdue, "rule": d.rule} for d in rows]
    late = "OVERDUE" if en else "TE LAAT"
    text = "\n".join(
        f"{d['due']}  {late if d['overdue'] else ' ' * len(late)}"
        f"  {d['reference']}  {d['subject']}: {d['label']} [{d['rule']}]" for d in data)
    ctx.out.emit(data, text or ctx.out.t("Geen open termijnen.", "No open deadlines."))
    return 0


def cmd_dossier_list(ctx: CliContext, args: Any) -> int:
    docs = documents.list_dossier(ctx.db, ctx.actor, args.person_id)
    ctx.out.emit(docs, "\n".join(f"{d.id:>6}  {d.filed_at:%Y-%m-%d}  {d.dossier:<18} {d.kind:<22}"
                                 f" {d.title}" for d in docs)
                 or ctx.out.t("Het dossier is leeg.", "The dossier is empty."))
    return 0


def cmd_dossier_open(ctx: CliContext, args: Any) -> int:
    from pathlib import Path

    from ..services import outputs

    # Opening is audited only when the copy was really written.
    outputs.check_target(Path(args.out), args.force)
    actor = ctx.actor  # signed in before the unit: the login writes its own event
    with outputs.writing(ctx.db, args.force) as out:
        info, data = documents.open_document(ctx.db, actor, args.document_id)
        out.write(Path(args.out), data)
    ctx.out.emit({"id": info.id, "out": args.out, "sha256": info.sha256},
                 ctx.out.t(f"Document {info.id} opgeslagen als {args.out}.",
                           f"Document {info.id} saved as {args.out}."))
    return 0


def cmd_inspector_inform(ctx: CliContext, args: Any) -> int:
    s = inspector.inform_employee(ctx.db, ctx.actor, args.case_id, args.on, args.how)
    ctx.out.emit(s, ctx.out.t("Vastgelegd dat de medewerker is ingelicht.",
                              "Recorded that the employee was told."))
    return 0


def cmd_inspector_call(ctx: CliContext, args: Any) -> int:
    c = inspector.log_call(
        ctx.db, ctx.actor, args.case_id, started_at=args.at, ended_at=args.end,
        inspector_name=args.inspector, summary=args.summary, advice=args.advice,
        reference=args.reference, reason=args.reason, outcome=args.outcome, facts=args.facts,
        learned_from=args.learned_from, learned_at=args.learned_at,
        agreed_actions=args.actions, follow_up=args.follow_up)
    ctx.out.emit(c, ctx.out.t(f"Gesprek {c.id} vastgelegd.", f"Call {c.id} logged."))
    return 0


def cmd_inspector_list(ctx: CliContext, args: Any) -> int:
    calls = inspector.list_calls(ctx.db, ctx.actor, args.case)
    ctx.out.emit(calls, "\n".join(f"{c.id:>4}  {c.started_at:%Y-%m-%d %H:%M}  zaak {c.case}  "
                                  f"{c.inspector_name}: {c.summary}" for c in calls)
                 or ctx.out.t("Geen gesprekken.", "No calls."))
    return 0


def cmd_police_report(ctx: CliContext, args: Any) -> int:
    r = inspector.record_police_report(ctx.db, ctx.actor, args.case_id, reported_on=args.on,
                                       police_unit=args.unit, registration_number=args.number,
                                       reported_by=args.by, informed_beforehand=args.informed)
    ctx.out.emit(r, ctx.out.t(f"Aangifte {r.id} vastgelegd.", f"Police report {r.id} recorded."))
    return 0


def cmd_catalogue(ctx: CliContext, args: Any) -> int:
    data = {
        "rules": [{"code": r.code, "label": r.label_nl, "wording": r.wording}
                  for r in PROTOCOL_RULES],
        "categories": [{"code": c.value, "label": CATEGORY_LABELS[c][0]} for c in Category],
        "measures": [m.value for m in Measure], "steps": [k.value for k in StepKind],
    }
    if ctx.out.as_json:
        ctx.out.emit(data)
    else:
        sys.stdout.write("\n".join(f"{r.code}  {r.label_nl}" for r in PROTOCOL_RULES) + "\n\n")
        sys.stdout.write("\n".join(f"{c.value:<24} {CATEGORY_LABELS[c][0]}" for c in Category)
                         + "\n")
    _ = to_json
    return 0
