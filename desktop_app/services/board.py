"""The board and its schools."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from ..db.models import Board, School
from ..domain.access import ADMINISTRATORS
from ..domain.catalogue import DENOMINATIONS as DENOMINATIONS  # noqa: PLC0414 (re-export)
from ..domain.errors import InvalidInput, RuleViolation, not_found
from ..domain.names import check_email, clean_name_part, parse_address
from .convert import school_info
from .database import Actor, Database
from .dto import BoardInfo, SchoolInfo
from .versions import check_version

BRIN_PATTERN = re.compile(r"^\d{2}[A-Z]{2}(\d{2})?$")


def is_initialised(db: Database) -> bool:
    """Whether a board exists: asked before anyone has logged in (the first-run wizard)."""
    with db.sessions() as session:
        return bool(session.scalar(select(func.count(Board.id))))


def create_board(db: Database, actor: Actor, name: str, address: str | None = None) -> BoardInfo:
    clean = clean_name_part(name, "De naam van het bestuur", "The board's name", required=True)
    parsed = parse_address(address)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        if tx.session.scalar(select(func.count(Board.id))):
            raise RuleViolation("Er is al een bestuur in deze database.",
                                "This database already has a board.")
        board = Board(name=clean, street=parsed.street if parsed else "",
                      postcode=parsed.postcode if parsed else "",
                      city=parsed.city if parsed else "", created_at=tx.now)
        tx.session.add(board)
        tx.session.flush()
        tx.audit("board.create", "board", board.id, name=clean)
        return BoardInfo(board.id, board.name, board.street, board.postcode, board.city)


def get_board(db: Database, actor: Actor) -> BoardInfo:
    with db.reading(actor) as rd:
        session = rd.session
        board = session.scalars(select(Board).order_by(Board.id)).first()
        if board is None:
            raise RuleViolation("Er is nog geen bestuur: richt eerst de database in.",
                                "There is no board yet: set up the database first.",
                                field="setup")
        return BoardInfo(board.id, board.name, board.street, board.postcode, board.city)


def update_board(db: Database, actor: Actor, name: str, address: str | None) -> BoardInfo:
    clean = clean_name_part(name, "De naam van het bestuur", "The board's name", required=True)
    parsed = parse_address(address)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        board = tx.session.scalars(select(Board).order_by(Board.id)).first()
        if board is None:
            raise not_found("Bestuur", "Board", "")
        board.name = clean
        if parsed:
            board.street, board.postcode, board.city = parsed.street, parsed.postcode, parsed.city
        tx.audit("board.update", "board", board.id, name=clean)
        return BoardInfo(board.id, board.name, board.street, board.postcode, board.city)


def check_denomination(value: str) -> str:
    chosen = value.strip().lower()
    if chosen not in DENOMINATIONS:
        raise InvalidInput(
            f"Denominatie '{value}' is onbekend: kies openbaar of bijzonder.",
            f"Denomination '{value}' is unknown: choose openbaar or bijzonder.",
            "C8",
        )
    return chosen


def check_brin(brin: str) -> str:
    """The BRIN code in capitals, or a refusal that says what a BRIN code looks like."""
    code = brin.strip().upper()
    if not BRIN_PATTERN.match(code):
        raise InvalidInput(
            f"BRIN-code '{brin}' is ongeldig: twee cijfers en twee letters, bijv. 12AB.",
            f"BRIN code '{brin}' is invalid: two digits and two letters, e.g. 12AB.",
        )
    return code


def add_school(db: Database, actor: Actor, name: str, brin: str, denomination: str,
               address: str | None = None, director: str = "", signatory_name: str = "",
               signatory_function: str = "", mandate: str = "", phone: str = "",
               email: str = "") -> SchoolInfo:
    clean = clean_name_part(name, "De naam van de school", "The school's name", required=True)
    code = check_brin(brin)
    chosen = check_denomination(denomination)
    parsed = parse_address(address)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        board = tx.session.scalars(select(Board).order_by(Board.id)).first()
        if board is None:
            raise RuleViolation("Er is nog geen bestuur: richt eerst de database in.",
                                "There is no board yet: set up the database first.",
                                field="setup")
        if tx.session.scalar(select(School.id).where(School.brin == code)):
            raise InvalidInput(f"Er is al een school met BRIN-code {code}.",
                               f"A school with BRIN code {code} already exists.")
        school = School(
            board_id=board.id, name=clean, brin=code, denomination=chosen,
            street=parsed.street if parsed else "", postcode=parsed.postcode if parsed else "",
            city=parsed.city if parsed else "",
            director=clean_name_part(director, "De directeur", "The director", required=False),
            signatory_name=clean_name_part(signatory_name, "De ondertekenaar", "The signatory",
                                           required=False),
            signatory_function=signatory_function.strip(), mandate=mandate.strip(),
            phone=phone.strip(), email=check_email(email), created_at=tx.now)
        tx.session.add(school)
        tx.session.flush()
        tx.audit("school.create", "school", school.id, name=clean, brin=code,
                 denomination=chosen)
        return school_info(school)


def update_school(db: Database, actor: Actor, school_id: int, *,
                  expected_version: int | None = None, **changes: str) -> SchoolInfo:
    """Correct a school's letterhead and signatory (Instellingen, `school update`); only the
    fields given change, and the audit event names them. A form passes the version it loaded
    (stale: refused)."""
    allowed = {"name", "brin", "denomination", "address", "director", "signatory_name",
               "signatory_function", "mandate", "phone", "email"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput(f"Onbekende velden: {', '.join(sorted(unknown))}.",
                           f"Unknown fields: {', '.join(sorted(unknown))}.")
    with db.transaction(actor, ADMINISTRATORS) as tx:
        school = tx.scope.require_school(school_id)
        check_version(tx.session, "school", school.id, school.version, expected_version)
        for key, value in changes.items():
            if key == "address":
                parsed = parse_address(value)
                if parsed:
                    school.street, school.postcode, school.city = (
                        parsed.street, parsed.postcode, parsed.city)
            elif key == "denomination":
                school.denomination = check_denomination(value)
            elif key == "brin":
                code = check_brin(value)
                taken = tx.session.scalar(
                    select(School.id).where(School.brin == code, School.id != school.id))
                if taken:
                    raise InvalidInput(f"Er is al een school met BRIN-code {code}.",
                                       f"A school with BRIN code {code} already exists.")
                school.brin = code
            elif key == "director":
                school.director = clean_name_part(value, "De directeur", "The director",
                                                  required=False)
            elif key == "signatory_name":
                school.signatory_name = clean_name_part(value, "De ondertekenaar",
                                                        "The signatory", required=False)
            elif key == "name":
                school.name = clean_name_part(value, "De naam van de school", "The school's name",
                                              required=True)
            elif key == "email":
                school.email = check_email(value)
            else:
                setattr(school, key, value.strip())
        tx.audit("school.update", "school", school.id, fields=sorted(changes))
        tx.session.flush()  # the new version is what the form sends back next time
        return school_info(school)


def set_school_logo(db: Database, actor: Actor, school_id: int, logo: bytes | None) -> None:
    with db.transaction(actor, ADMINISTRATORS) as tx:
        school = tx.scope.require_school(school_id)
        school.logo = logo
        tx.audit("school.logo", "school", school.id, size=len(logo or b""))


def school_logo(db: Database, actor: Actor, school_id: int) -> bytes | None:
    with db.reading(actor) as rd:
        rd.scope.require_school(school_id)
        return rd.session.scalar(select(School.logo).where(School.id == school_id))


def list_schools(db: Database, actor: Actor) -> list[SchoolInfo]:
    """The schools the account may see."""
    with db.reading(actor) as rd:
        query = rd.scope.schools_query(select(School).order_by(School.name))
        return [school_info(s) for s in rd.session.scalars(query)]


def get_school(db: Database, actor: Actor, school_id: int) -> SchoolInfo:
    with db.reading(actor) as rd:
        return school_info(rd.scope.require_school(school_id))
