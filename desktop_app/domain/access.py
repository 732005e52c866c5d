"""Roles and what each may do: the single definition the services and front ends share."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """An account's role (issue 9): what it may see and change."""

    ADMINISTRATOR = "administrator"  # settings, accounts, everything
    BOARD = "board"  # college van bestuur: all schools, removals and dismissals
    HR = "hr"  # all schools, staff dossiers
    DIRECTOR = "director"  # only the schools assigned to the account
    READONLY = "readonly"  # assigned schools, changes nothing


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.ADMINISTRATOR: ("beheerder", "administrator"),
    Role.BOARD: ("college van bestuur", "board"),
    Role.HR: ("personeelszaken (HR)", "HR"),
    Role.DIRECTOR: ("directeur", "director"),
    Role.READONLY: ("alleen lezen", "read-only"),
}

# Roles that see every school; the others see only the schools assigned to the account.
ALL_SCHOOLS = frozenset({Role.ADMINISTRATOR, Role.BOARD, Role.HR})
# Roles that may read restricted records (inspector call log, police reports) of any school.
RESTRICTED_READERS = frozenset({Role.ADMINISTRATOR, Role.BOARD, Role.HR})
# Roles that may change the board's settings, templates, schools and accounts.
ADMINISTRATORS = frozenset({Role.ADMINISTRATOR})
# Roles that may read the audit trail: all of it, or (HR) what concerns staff.
AUDIT_READERS = frozenset({Role.ADMINISTRATOR, Role.BOARD})
AUDIT_STAFF_READERS = frozenset({Role.HR})


def role(value: str) -> Role:
    """The role named `value`; an unknown name is refused with the list of roles."""
    from .errors import InvalidInput

    try:
        return Role(value.strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise InvalidInput(f"Onbekende rol '{value}'. Kies uit: {names}.",
                           f"Unknown role '{value}'. Choose from: {names}.") from None
