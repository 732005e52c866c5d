"""The consent register for images (protocol A5; law F1-F8): pupils, staff and parents who
appear in images, per purpose, demonstrable, withdrawable, reviewed every year."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Board, ConsentReview, ConsentStatement, GuardianLink, Person, School
from ..domain import consent as rules
from ..domain.catalogue import PERSON_KIND_LABELS, PersonKind
from ..domain.consent import Choice, Purpose, Relation, Statement, Status
from ..domain.dates import short_date
from ..domain.errors import InvalidInput
from ..domain.names import PersonName
from .database import Actor, Database, Reading

__all__ = ["ConsentStatus", "Decider", "PersonConsent", "ReviewDue", "StatementInfo",
           "consent_form_pdf", "give", "load_register", "person_register", "purposes",
           "record_choice", "refuse", "register", "review", "reviews_due", "withdraw"]


@dataclass(frozen=True)
class StatementInfo:
    id: int
    purpose: str
    choice: str
    by_id: int
    by: str
    relation: str
    on: date
    how: str
    form_version: str
    follow_up: str


@dataclass(frozen=True)
class ConsentStatus:
    """The status of one purpose for one person, with the statement that decides it."""

    person: int
    person_name: str
    purpose: str
    status: str  # domain.consent.Status
    by_id: int | None = None
    by: str = ""
    relation: str = ""
    on: date | None = None
    how: str = ""
    form_version: str = ""
    follow_up: str = ""
    statement: int | None = None


@dataclass(frozen=True)
class Decider:
    id: int
    name: str
    relation: str  # domain.consent.Relation


@dataclass(frozen=True)
class PersonConsent:
    """Everything the consent page and the printed form show for one person."""

    person: int
    name: str
    kind: str
    school_id: int
    birth_date: date | None
    group: str
    deciders: tuple[Decider, ...]
    statuses: tuple[ConsentStatus, ...]
    history: tuple[StatementInfo, ...]
    last_review: date | None
    review_due: date | None
    reviews: tuple[tuple[date, str, str], ...] = field(default=())  # on, by, how


@dataclass(frozen=True)
class ReviewDue:
    person: int
    name: str
    kind: str
    due: date
    overdue: bool


def purposes() -> list[tuple[str, str, str]]:
    """(code, Dutch label, English label) of each purpose, in the form's order."""
    return [(p.value, *rules.PURPOSE_LABELS[p]) for p in Purpose]


def _name(p: Person) -> str:
    return PersonName(p.first_name, p.name_prefix, p.last_name).full


def _authority(session: Session, pupil_ids: Iterable[int]) -> dict[int, list[Person]]:
    """Each pupil's parents with parental authority (one query)."""
    wanted = sorted(set(pupil_ids))
    found: dict[int, list[Person]] = defaultdict(list)
    if not wanted:
        return found
    for pupil_id, parent in session.execute(
            select(GuardianLink.pupil_id, Person)
            .join(Person, Person.id == GuardianLink.parent_id)
            .where(GuardianLink.pupil_id.in_(wanted), GuardianLink.parental_authority.is_(True))
            .order_by(Person.sort_key)):
        found[pupil_id].append(parent)
    return found


def _deciders(person: Person, parents: list[Person], day: date) -> tuple[Decider, ...]:
    ids = rules.deciders(person.kind, person.birth_date, day, person.id,
                         [p.id for p in parents])
    if person.id in ids:
        return (Decider(person.id, _name(person), Relation.SELF.value),)
    return tuple(Decider(p.id, _name(p), Relation.PARENT.value) for p in parents if p.id in ids)


def _statement_info(s: ConsentStatement) -> StatementInfo:
    return StatementInfo(s.id, s.purpose, s.choice, s.given_by_id, s.given_by_name, s.relation,
                         s.stated_on, s.method, s.form_version, s.follow_up)


def _statuses(person: Person, deciders: tuple[Decider, ...],
              rows: list[ConsentStatement]) -> tuple[ConsentStatus, ...]:
    who = frozenset(d.id for d in deciders)
    by_id = {s.id: s for s in rows}
    per_purpose: dict[str, list[Statement]] = defaultdict(list)
    for s in rows:
        per_purpose[s.purpose].append(Statement(s.id, s.given_by_id, Choice(s.choice),
                                                s.stated_on))
    name = _name(person)
    result = []
    for p in Purpose:
        state, deciding = rules.status(per_purpose.get(p.value, []), who)
        if deciding is None:
            result.append(ConsentStatus(person.id, name, p.value, state.value))
            continue
        s = by_id[deciding.id]
        result.append(ConsentStatus(person.id, name, p.value, state.value, s.given_by_id,
                                    s.given_by_name, s.relation, s.stated_on, s.method,
                                    s.form_version, s.follow_up, s.id))
    return tuple(result)


def _load(rd: Reading, person: Person) -> PersonConsent:
    session, today = rd.session, rd.now.date()
    rows = list(session.scalars(select(ConsentStatement).where(
        ConsentStatement.person_id == person.id).order_by(ConsentStatement.stated_on,
                                                          ConsentStatement.id)))
    parents = _authority(session, [person.id])[person.id] if person.kind == "pupil" else []
    deciders = _deciders(person, parents, today)
    reviews = list(session.scalars(select(ConsentReview).where(
        ConsentReview.person_id == person.id).order_by(ConsentReview.reviewed_on,
                                                       ConsentReview.id)))
    last_choice = max((s.stated_on for s in rows), default=None)
    last_review = reviews[-1].reviewed_on if reviews else None
    return PersonConsent(
        person.id, _name(person), person.kind, person.school_id, person.birth_date,
        person.group_name, deciders, _statuses(person, deciders, rows),
        tuple(_statement_info(s) for s in reversed(rows)), last_review,
        rules.review_due(last_choice, last_review),
        tuple((r.reviewed_on, r.reviewed_by_name, r.method) for r in reversed(reviews)))


def load_register(rd: Reading, person: Person) -> PersonConsent:
    """One person's register inside the caller's reading (the access-request export)."""
    return _load(rd, person)


def person_register(db: Database, actor: Actor, person_id: int) -> PersonConsent:
    """One person's choices per purpose, who decides for them, the history and the review."""
    with db.reading(actor) as rd:
        return _load(rd, rd.scope.require_person(person_id))


def register(db: Database, actor: Actor, person_id: int | None = None) -> list[ConsentStatus]:
    """Per person and purpose the current status: one person's, or everyone's with any
    recorded choice that the account may see."""
    with db.reading(actor) as rd:
        session, today = rd.session, rd.now.date()
        if person_id is not None:
            people = [rd.scope.require_person(person_id)]
        else:
            people = list(session.scalars(rd.scope.people(
                select(Person).where(Person.id.in_(select(ConsentStatement.person_id)))
                .order_by(Person.sort_key, Person.id))))
        ids = [p.id for p in people]
        rows: dict[int, list[ConsentStatement]] = defaultdict(list)
        for s in session.scalars(select(ConsentStatement).where(
                ConsentStatement.person_id.in_(ids)).order_by(ConsentStatement.id)):
            rows[s.person_id].append(s)
        parents = _authority(session, [p.id for p in people if p.kind == "pupil"])
        result: list[ConsentStatus] = []
        for p in people:
            result.extend(_statuses(p, _deciders(p, parents.get(p.id, []), today), rows[p.id]))
        return result


def _on_date(on: date, now: datetime) -> datetime:
    return now if on == now.date() else datetime.combine(on, time(0, 0))


def _clean(text: str, nl: str, en: str, limit: int = 200) -> str:
    value = " ".join(text.split())
    if len(value) > limit:
        raise InvalidInput(f"{nl} is te lang (hoogstens {limit} tekens).",
                           f"{en} is too long (at most {limit} characters).")
    return value


def record_choice(db: Database, actor: Actor, person_id: int, purpose: str, choice: str, *,
                  by_id: int, on: date, how: str, form_version: str = "",
                  follow_up: str = "") -> ConsentStatus:
    """Record one person's choice about one purpose; the purpose's new status comes back.

    F2: under 16 a parent with authority decides, from 16 the pupil; A5: staff and parents
    decide on images of themselves. F4: how, when and on which form version. F5: a withdrawal
    records where the images are used (the follow-up)."""
    chosen, aim = rules.choice(choice), rules.purpose(purpose)
    how = _clean(how, "De manier", "How it was given")
    version = _clean(form_version, "De formulierversie", "The form version", 40)
    follow_up = " ".join(follow_up.split())
    with db.transaction(actor) as tx:
        person = tx.scope.require_person(person_id)
        parents = _authority(tx.session, [person.id])[person.id] if person.kind == "pupil" \
            else []
        relation = rules.check_giver(person.kind, person.birth_date, on, person.id, by_id,
                                     [p.id for p in parents])
        giver = person if by_id == person.id else next(p for p in parents if p.id == by_id)
        current = _load(tx, person)
        state = next(s for s in current.statuses if s.purpose == aim.value)
        rules.check_statement(chosen, Status(state.status), how, on, tx.now.date())
        if chosen is not Choice.WITHDRAW:
            version = version or rules.FORM_VERSION
        statement = ConsentStatement(
            person_id=person.id, purpose=aim.value, choice=chosen.value, given_by_id=giver.id,
            given_by_name=_name(giver), relation=relation.value, stated_on=on, method=how,
            form_version=version, follow_up=follow_up, recorded_at=_on_date(on, tx.now),
            recorded_by=tx.actor_id)
        tx.session.add(statement)
        tx.session.flush()
        tx.audit(f"consent.{chosen.value}", "consent_statement", statement.id,
                 person_id=person.id, purpose=aim.value, by=giver.id, on=on.isoformat())
        updated = _load(tx, person)
        return next(s for s in updated.statuses if s.purpose == aim.value)


def give(db: Database, actor: Actor, person_id: int, purpose: str, **kw: object) -> ConsentStatus:
    return record_choice(db, actor, person_id, purpose, Choice.GIVE.value, **kw)  # type: ignore[arg-type]


def refuse(db: Database, actor: Actor, person_id: int, purpose: str,
           **kw: object) -> ConsentStatus:
    return record_choice(db, actor, person_id, purpose, Choice.REFUSE.value, **kw)  # type: ignore[arg-type]


def withdraw(db: Database, actor: Actor, person_id: int, purpose: str,
             **kw: object) -> ConsentStatus:
    return record_choice(db, actor, person_id, purpose, Choice.WITHDRAW.value, **kw)  # type: ignore[arg-type]


def review(db: Database, actor: Actor, person_id: int, *, by_id: int | None, on: date,
           how: str) -> PersonConsent:
    """F6: the yearly review re-confirms the person's choices as they stand (a change is a new
    choice); the next review falls a year later."""
    how = _clean(how, "De manier", "How it was reviewed")
    with db.transaction(actor) as tx:
        person = tx.scope.require_person(person_id)
        current = _load(tx, person)
        if not current.history:
            raise InvalidInput("Er zijn nog geen keuzes vastgelegd om te herzien.",
                               "No choices are on record to review yet.", "F6")
        rules.check_statement(Choice.GIVE, Status.NONE, how, on, tx.now.date())
        name = ""
        if by_id is not None:
            decider = next((d for d in current.deciders if d.id == by_id), None)
            if decider is None:
                rules.check_giver(person.kind, person.birth_date, on, person.id, by_id,
                                  [d.id for d in current.deciders])
                raise AssertionError("check_giver refuses a non-decider")  # pragma: no cover
            name = decider.name
        row = ConsentReview(person_id=person.id, reviewed_on=on, reviewed_by_id=by_id,
                            reviewed_by_name=name, method=how, recorded_at=tx.now,
                            recorded_by=tx.actor_id)
        tx.session.add(row)
        tx.session.flush()
        tx.audit("consent.review", "consent_review", row.id, person_id=person.id,
                 on=on.isoformat())
        return _load(tx, person)


def reviews_due(db: Database, actor: Actor,
                within_days: int = rules.REVIEW_NOTICE_DAYS) -> list[ReviewDue]:
    """People whose yearly review is due within `within_days` or overdue, earliest first (two
    grouped queries over the register, however many people it holds)."""
    with db.reading(actor) as rd:
        session, today = rd.session, rd.now.date()
        last_choice: dict[int, date] = {pid: d for pid, d in session.execute(rd.scope.consent(
            select(ConsentStatement.person_id, func.max(ConsentStatement.stated_on))
            .group_by(ConsentStatement.person_id)))}
        last_review: dict[int, date] = {pid: d for pid, d in session.execute(
            select(ConsentReview.person_id, func.max(ConsentReview.reviewed_on))
            .where(ConsentReview.person_id.in_(list(last_choice)))
            .group_by(ConsentReview.person_id))}
        horizon = today + timedelta(days=within_days)
        due = {pid: d for pid in last_choice
               if (d := rules.review_due(last_choice[pid], last_review.get(pid))) is not None
               and d <= horizon}
        people = {p.id: p for p in session.scalars(select(Person).where(
            Person.id.in_(list(due))))}
        return sorted((ReviewDue(pid, _name(people[pid]), people[pid].kind, d, d < today)
                       for pid, d in due.items()), key=lambda r: (r.due, r.name))


def consent_form_pdf(db: Database, actor: Actor, person_id: int) -> bytes:
    """The printable consent form for one person, with the choices on record (audited)."""
    from reports.consent_form import ConsentForm, FormLine, render_consent_form

    with db.viewing(actor) as tx:
        person = tx.scope.require_person(person_id)
        data = _load(tx, person)
        school = tx.session.get(School, person.school_id)
        board_name = tx.session.scalar(select(Board.name).limit(1)) or ""
        tx.audit("consent.print", "person", person.id, person_id=person.id)
        printed = tx.now
    lines = []
    for s in data.statuses:
        detail = ""
        if s.on is not None:
            detail = f"{s.by}, {short_date(s.on)}, {s.how}"
            if s.form_version:
                detail += f", formulier {s.form_version}"
            if s.follow_up:
                detail += f"; vervolg: {s.follow_up}"
        lines.append(FormLine(rules.PURPOSE_LABELS[Purpose(s.purpose)][0],
                              rules.STATUS_LABELS[Status(s.status)][0], detail))
    return render_consent_form(ConsentForm(
        board_name=board_name, school_name=school.name if school else "",
        person_name=data.name, kind_label=PERSON_KIND_LABELS[PersonKind(data.kind)][0],
        birth_date=data.birth_date, group=data.group,
        deciders=[(d.name, rules.RELATION_LABELS[Relation(d.relation)][0])
                  for d in data.deciders],
        parents_decide=any(d.relation == Relation.PARENT.value for d in data.deciders),
        lines=lines, review_due=data.review_due, printed_at=printed,
        form_version=rules.FORM_VERSION))
