"""`casemanager user ...`: accounts, roles, schools and passwords (administrators)."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from ..domain.access import Role
from ..domain.errors import AccessDenied, InvalidInput
from .lazy import lazy_module

if TYPE_CHECKING:
    from ..services import accounts
else:  # loaded when a command runs, not while the parser is built
    accounts = lazy_module("desktop_app.services.accounts")
from .context import PASSWORD_VARIABLE, CliContext, ask_password, interactive
from .parsing import positive_int

NEW_PASSWORD_VARIABLE = "CASEMANAGER_NEW_PASSWORD"
ROLE_NAMES = ", ".join(r.value for r in Role)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    user = sub.add_parser("user", help="accounts beheren",
                          description="Manage accounts (administrators): add, list, set a "
                          "password, deactivate.")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="account toevoegen", description=(
        f"Add an account. Roles: {ROLE_NAMES}. A director or read-only account sees only the "
        "schools given with --school. The password comes from --password, else "
        f"{NEW_PASSWORD_VARIABLE}, else it is asked on a terminal."))
    p.add_argument("--username", required=True)
    p.add_argument("--name", required=True, help="display name")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--school", type=positive_int, action="append", default=[],
                   help="school id (repeat for several schools)")
    p.add_argument("--password", default=None, help="at least 12 characters")
    p.set_defaults(handler=cmd_user_add)
    p = usub.add_parser("list", help="accounts tonen", description="List the accounts.")
    p.set_defaults(handler=cmd_user_list)
    p = usub.add_parser("passwd", help="wachtwoord wijzigen", description=(
        "Change your own password, or (administrator) set another account's password and lift "
        f"its lock. The new password comes from --password, else {NEW_PASSWORD_VARIABLE}, "
        "else it is asked on a terminal."))
    p.add_argument("username", nargs="?", default=None)
    p.add_argument("--password", default=None, help="the new password, at least 12 characters")
    p.set_defaults(handler=cmd_user_passwd)
    for name, active, text in (("deactivate", False, "Deactivate an account: it can no "
                                "longer log in; its history stays."),
                               ("activate", True, "Activate an account again.")):
        p = usub.add_parser(name, help=text, description=text)
        p.add_argument("username")
        p.set_defaults(handler=cmd_user_active, active=active)


def _new_password(ctx: CliContext, given: str | None) -> str:
    password = given or os.environ.get(NEW_PASSWORD_VARIABLE, "")
    if password:
        return password
    if not interactive():
        raise AccessDenied(
            f"Geef het nieuwe wachtwoord met --password of {NEW_PASSWORD_VARIABLE}.",
            f"Give the new password with --password or {NEW_PASSWORD_VARIABLE}.", "password")
    password = ask_password(ctx.out.t("Nieuw wachtwoord: ", "New password: "))
    accounts.check_password_rules(password)
    if ask_password(ctx.out.t("Herhaal het wachtwoord: ", "Repeat the password: ")) != password:
        raise InvalidInput("De wachtwoorden verschillen.", "The passwords differ.", "password")
    return password


def cmd_user_add(ctx: CliContext, args: Any) -> int:
    actor = ctx.actor
    password = _new_password(ctx, args.password)
    made = accounts.create_user(ctx.db, actor, args.username, args.name, args.role, password,
                                args.school)
    ctx.out.emit({"id": made.id, "username": made.username, "role": made.role.value,
                  "schools": sorted(made.schools) if made.schools is not None else None},
                 ctx.out.t(f"Account {made.username} ({made.role.value}) aangemaakt.",
                           f"Account {made.username} ({made.role.value}) created."))
    return 0


def cmd_user_list(ctx: CliContext, args: Any) -> int:
    rows = accounts.list_users(ctx.db, ctx.actor)
    ctx.out.emit(rows, "\n".join(
        f"{u.username:<20} {u.role:<14} {'actief' if u.active else 'uit':<7} "
        f"{','.join(str(s) for s in u.schools) or '-':<10} {u.display_name}" for u in rows))
    return 0


def cmd_user_passwd(ctx: CliContext, args: Any) -> int:
    actor = ctx.actor
    password = _new_password(ctx, args.password)
    target = (args.username or actor.username).strip().lower()
    if target == actor.username:
        current = os.environ.get(PASSWORD_VARIABLE, "")
        if not current and interactive():
            current = ask_password(ctx.out.t("Huidig wachtwoord: ", "Current password: "))
        accounts.change_password(ctx.db, actor, current, password)
    else:
        accounts.reset_password(ctx.db, actor, target, password)
    ctx.out.emit({"username": target, "password": "changed"},
                 ctx.out.t(f"Wachtwoord van {target} gewijzigd.",
                           f"Password of {target} changed."))
    return 0


def cmd_user_active(ctx: CliContext, args: Any) -> int:
    info = accounts.set_active(ctx.db, ctx.actor, args.username, args.active)
    ctx.out.emit(info, ctx.out.t(
        f"Account {info.username} is {'actief' if info.active else 'uitgeschakeld'}.",
        f"Account {info.username} is {'active' if info.active else 'deactivated'}."))
    return 0
