"""People (staff, pupils, parents) and the parent-pupil guardian links."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select

from ..db.models import GuardianLink, Person
from ..domain.catalogue import PersonKind, person_kind
from ..domain.errors import InvalidInput, RuleViolation
from ..domain.names import (
    check_birth_date,
    check_email,
    clean_name_part,
    make_name,
    parse_address,
)
from .convert import person_info
from .database import Actor, Database
from .dto import GuardianInfo, PersonInfo
from .versions import check_version

SALUTATIONS = ("heer", "mevrouw", "")


def _check_email(email: str) -> str:
    return check_email(email)


def add_person(
    db: Database, actor: Actor, *, school_id: int, kind: str, first: str, last: str,
    prefix: str = "", birth: date | None = None, group: str = "", function: str = "",
    address: str | None = None, email: str = "", salutation: str = "",
    guardian_of: int | None = None, authority: bool = False,
) -> PersonInfo:
    chosen = person_kind(kind)
    name = make_name(first, prefix, last)
    check_birth_date(birth, db.today())
    parsed = parse_address(address)
    if salutation not in SALUTATIONS:
        raise InvalidInput(f"Aanhef '{salutation}' is onbekend: kies heer of mevrouw.",
                           f"Salutation '{salutation}' is unknown: choose heer or mevrouw.")
    if guardian_of is not None and chosen is not PersonKind.PARENT:
        raise RuleViolation(
            "Alleen een ouder/verzorger kan aan een leerling worden gekoppeld.",
            "Only a parent/guardian can be linked to a pupil.", "L1")
    with db.transaction(actor) as tx:
        tx.scope.require_school(school_id)
        person = Person(
            school_id=school_id, kind=chosen.value, first_name=name.first,
            name_prefix=name.prefix, last_name=name.last, sort_key=name.sort_key,
            salutation=salutation,
            function=clean_name_part(function, "De functie", "The function", required=False),
            group_name=clean_name_part(group, "De groep", "The group", required=False),
            birth_date=birth, street=parsed.street if parsed else "",
            postcode=parsed.postcode if parsed else "", city=parsed.city if parsed else "",
            email=_check_email(email), created_at=tx.now)
        tx.session.add(person)
        tx.session.flush()
        tx.audit("person.create", "person", person.id, person_id=person.id, kind=chosen.value)
        if guardian_of is not None:
            _link(tx, person, guardian_of, authority)
        return person_info(person)


def _link(tx, parent: Person, pupil_id: int, authority: bool) -> None:  # type: ignore[no-untyped-def]
    pupil = tx.scope.require_person(pupil_id, "Leerling", "Pupil")
    if pupil.kind != PersonKind.PUPIL.value:
        raise RuleViolation(
            f"Persoon {pupil_id} is geen leerling; een ouder kan alleen aan een leerling worden "
            "gekoppeld.",
            f"Person {pupil_id} is not a pupil; a parent can only be linked to a pupil.", "L1")
    if parent.kind != PersonKind.PARENT.value:
        raise RuleViolation("Alleen een ouder/verzorger kan aan een leerling worden gekoppeld.",
                            "Only a parent/guardian can be linked to a pupil.", "L1")
    existing = tx.session.scalar(select(GuardianLink).where(
        GuardianLink.parent_id == parent.id, GuardianLink.pupil_id == pupil_id))
    if existing is not None:
        existing.parental_authority = authority
    else:
        tx.session.add(GuardianLink(parent_id=parent.id, pupil_id=pupil_id,
                                    parental_authority=authority))
    tx.audit("guardian.link", "person", parent.id, person_id=pupil_id, parent=parent.id,
             authority=authority)


def link_guardian(db: Database, actor: Actor, parent_id: int, pupil_id: int,
                  authority: bool) -> GuardianInfo:
    with db.transaction(actor) as tx:
        parent = tx.scope.require_person(parent_id, "Ouder", "Parent")
        _link(tx, parent, pupil_id, authority)
        return GuardianInfo(parent_id, pupil_id, authority)


def get_person(db: Database, actor: Actor, person_id: int) -> PersonInfo:
    with db.reading(actor) as rd:
        return person_info(rd.scope.require_person(person_id))


def list_people(db: Database, actor: Actor, school_id: int | None = None, kind: str | None = None,
                search: str = "", limit: int = 500, offset: int = 0) -> list[PersonInfo]:
    """People sorted the Dutch way: on last name, ignoring the tussenvoegsel."""
    query = select(Person).order_by(Person.sort_key, Person.id)
    if school_id is not None:
        query = query.where(Person.school_id == school_id)
    if kind:
        query = query.where(Person.kind == person_kind(kind).value)
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(or_(Person.last_name.ilike(like), Person.first_name.ilike(like)))
    with db.reading(actor) as rd:
        query = rd.scope.people(query)
        return [person_info(p) for p in rd.session.scalars(query.limit(limit).offset(offset))]


def guardians_of(db: Database, actor: Actor, pupil_id: int) -> list[tuple[PersonInfo, bool]]:
    with db.reading(actor) as rd:
        rd.scope.require_person(pupil_id, "Leerling", "Pupil")
        rows = rd.session.execute(rd.scope.people(
            select(Person, GuardianLink.parental_authority)
            .join(GuardianLink, GuardianLink.parent_id == Person.id)
            .where(GuardianLink.pupil_id == pupil_id).order_by(Person.sort_key)))
        return [(person_info(p), bool(a)) for p, a in rows]


def children_of(db: Database, actor: Actor, parent_id: int) -> list[PersonInfo]:
    with db.reading(actor) as rd:
        rd.scope.require_person(parent_id, "Ouder", "Parent")
        rows = rd.session.scalars(rd.scope.people(
            select(Person).join(GuardianLink, GuardianLink.pupil_id == Person.id)
            .where(GuardianLink.parent_id == parent_id).order_by(Person.sort_key)))
        return [person_info(p) for p in rows]


def _left_on(value: object, person: Person, today: date) -> date | None:
    """The day a pupil left school or an employee's employment ended (retention, R5.1); None
    clears it. Not in the future: retention would count from a day that has not come."""
    if value is None:
        return None
    assert isinstance(value, date)
    if value > today:
        raise InvalidInput(
            f"De vertrekdatum {value:%d-%m-%Y} ligt in de toekomst; vul die in als de persoon "
            "vertrokken is.",
            f"The leaving date {value:%d-%m-%Y} is in the future; enter it once the person has "
            "left.", "R5.1")
    if person.birth_date is not None and value < person.birth_date:
        raise InvalidInput("De vertrekdatum ligt voor de geboortedatum.",
                           "The leaving date is before the date of birth.", "R5.1")
    return value


EDITABLE = {"first", "prefix", "last", "birth", "group", "function", "address", "email",
            "salutation", "left_on"}


def update_person(db: Database, actor: Actor, person_id: int, *,
                  expected_version: int | None = None, **changes: object) -> PersonInfo:
    """Change a person's details; the kind and school stay (a new role is a new person).
    A form passes the version it loaded: a person changed since then is refused."""
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(f"Onbekende velden: {', '.join(sorted(unknown))}.",
                           f"Unknown fields: {', '.join(sorted(unknown))}.")
    with db.transaction(actor) as tx:
        person = tx.scope.require_person(person_id)
        check_version(tx.session, "person", person.id, person.version, expected_version)
        name = make_name(str(changes.get("first", person.first_name)),
                         str(changes.get("prefix", person.name_prefix)),
                         str(changes.get("last", person.last_name)))
        person.first_name, person.name_prefix, person.last_name = (
            name.first, name.prefix, name.last)
        person.sort_key = name.sort_key
        if "birth" in changes:
            birth = changes["birth"]
            assert birth is None or isinstance(birth, date)
            check_birth_date(birth, db.today())
            person.birth_date = birth
        if "left_on" in changes:
            person.left_on = _left_on(changes["left_on"], person, db.today())
        if "address" in changes:
            parsed = parse_address(str(changes["address"] or ""))
            person.street = parsed.street if parsed else ""
            person.postcode = parsed.postcode if parsed else ""
            person.city = parsed.city if parsed else ""
        if "email" in changes:
            person.email = _check_email(str(changes["email"] or ""))
        if "salutation" in changes:
            if changes["salutation"] not in SALUTATIONS:
                raise InvalidInput("Kies heer, mevrouw of niets als aanhef.",
                                   "Choose heer, mevrouw or nothing as salutation.")
            person.salutation = str(changes["salutation"])
        for key, column, nl, en in (("group", "group_name", "De groep", "The group"),
                                    ("function", "function", "De functie", "The function")):
            if key in changes:
                setattr(person, column, clean_name_part(str(changes[key] or ""), nl, en,
                                                        required=False))
        tx.audit("person.update", "person", person.id, person_id=person.id,
                 fields=sorted(changes))
        tx.session.flush()  # the new version is what the form sends back next time
        return person_info(person)
