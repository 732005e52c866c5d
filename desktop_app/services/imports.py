"""Importing people from the school administration: preview what a file changes, then apply it
in one audited transaction. Imported people are kept in step by their source key; people
entered by hand are never touched, and nobody is ever deleted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from ..db.models import GuardianLink, Person, PersonImport, PersonSource, School
from ..domain.errors import InvalidInput
from ..domain.names import make_name
from ..importing.edexml import TEACHER_FUNCTION, parse_edexml
from ..importing.lists import parse_list
from ..importing.reading import read_import_file
from ..importing.records import ImportKind, Incoming, Origin, ParsedFile, Refusal
from .changes import Kind
from .database import Actor, Database, Reading

Progress = Callable[[int, int], None]

ORIGINS: dict[ImportKind, tuple[Origin, ...]] = {
    ImportKind.EDEXML: (Origin.PUPIL, Origin.TEACHER),
    ImportKind.PARENT: (Origin.PARENT,),
    ImportKind.STAFF: (Origin.STAFF,),
}
# Set when a person is created, then left to the school (a teacher may become an IB'er).
CREATE_DEFAULTS: dict[Origin, dict[str, object]] = {Origin.TEACHER: {"function": TEACHER_FUNCTION}}
# Person columns by the name the files use for them (shown in the preview as changed fields).
FILE_NAMES = {"first_name": "voornaam", "name_prefix": "tussenvoegsel",
              "last_name": "achternaam", "birth_date": "geboortedatum", "group_name": "groep",
              "email": "email", "street": "straat", "postcode": "postcode", "city": "plaats",
              "phone": "telefoon", "function": "functie"}
COLUMNS = (*FILE_NAMES, "sort_key")
CHUNK = 1000


@dataclass(frozen=True)
class PreviewRow:
    """One person the import creates, changes or marks as left."""

    status: str  # new | changed | left
    line: int  # 0 for a leaver (not in the file)
    name: str
    fields: tuple[str, ...] = ()  # file column names that change


@dataclass
class _Plan:
    """What applying would write; computed the same way for the preview and the apply."""

    creates: list[Incoming] = field(default_factory=list)
    updates: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    new_sources: list[tuple[int | Incoming, Incoming]] = field(default_factory=list)
    source_updates: list[dict[str, object]] = field(default_factory=list)
    leavers: list[int] = field(default_factory=list)
    new_links: list[tuple[int | Incoming, int, bool]] = field(default_factory=list)
    link_updates: list[dict[str, object]] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    unchanged: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What a file would change; `apply_import` takes it back and applies exactly this."""

    school_id: int
    kind: str
    filename: str
    sha256: str
    export_date: date
    new: int
    changed: int
    left: int
    unchanged: int
    refused: tuple[Refusal, ...]
    rows: tuple[PreviewRow, ...]
    path: str = field(repr=False, default="")
    # What was read, so applying does not parse the file again (its SHA-256 is checked).
    parsed: ParsedFile | None = field(repr=False, compare=False, default=None)

    @property
    def changes_nothing(self) -> bool:
        return self.new == self.changed == self.left == 0

    def summary(self, lang: str = "nl") -> dict[str, object]:
        """The shape the CLI prints: counts and each refused line with its reason."""
        return {"new": self.new, "changed": self.changed, "left": self.left,
                "unchanged": self.unchanged,
                "refused": [{"line": r.line, "field": r.field_label(lang),
                             "reason": r.reason(lang)} for r in self.refused]}


@dataclass(frozen=True)
class ImportResult:
    import_id: int | None  # None: nothing changed, so nothing was written
    new: int
    changed: int
    left: int
    refused: int
    sha256: str


def import_kind(kind: str) -> ImportKind:
    try:
        return ImportKind(kind)
    except ValueError:
        raise InvalidInput(f"Onbekende importsoort '{kind}': kies edexml, parent of staff.",
                           f"Unknown import kind '{kind}': choose edexml, parent or staff."
                           ) from None


def _read(db: Database, kind: ImportKind, path: Path) -> tuple[ParsedFile, str, str]:
    file = read_import_file(path)
    parsed = (parse_edexml(file, db.today()) if kind is ImportKind.EDEXML
              else parse_list(file, kind))
    _refuse_too_long(parsed)
    return parsed, file.sha256, file.name


def _column_limit(model: Any, name: str) -> int | None:
    column = model.__table__.columns.get(name)
    return getattr(column.type, "length", None) if column is not None else None


def _refuse_too_long(parsed: ParsedFile) -> None:
    """A line whose key or detail is longer than its column is refused with the limit, like
    every other bad line: the import writes in bulk, past the ORM's check (PostgreSQL would fail
    with the statement, SQLite would keep it whole)."""
    kept: list[Incoming] = []
    for incoming in parsed.people:
        values: list[tuple[str, object, int | None]] = [
            ("key", incoming.key, _column_limit(PersonSource, "source_key")),
            ("eck_id", incoming.eck_id, _column_limit(PersonSource, "eck_id")),
            *((name, value, _column_limit(Person, name))
              for name, value in incoming.fields.items())]
        too_long = next(((name, limit) for name, value, limit in values
                         if isinstance(value, str) and limit is not None and len(value) > limit),
                        None)
        if too_long is None:
            kept.append(incoming)
            continue
        name, limit = too_long
        parsed.refusals.append(Refusal(incoming.line, name, "too_long", {"limit": str(limit)}))
        parsed.refused_keys.add((incoming.origin, incoming.key))
    parsed.people[:] = kept


def preview_import(db: Database, actor: Actor, *, school_id: int, kind: str, path: Path,
                   progress: Progress | None = None) -> ImportPreview:
    """Read the file and compare it with the database; changes nothing."""
    chosen = import_kind(kind)
    parsed, sha256, name = _read(db, chosen, path)
    with db.reading(actor) as rd:
        _check_school(rd, school_id, parsed, name)
        plan = _plan(rd.session, school_id, parsed, progress)
    return _preview(school_id, chosen, name, sha256, parsed, plan, db.today(), path)


def _preview(school_id: int, kind: ImportKind, name: str, sha256: str, parsed: ParsedFile,
             plan: _Plan, today: date, path: Path) -> ImportPreview:
    changed = sum(1 for r in plan.rows if r.status == "changed")
    refused = tuple(sorted(parsed.refusals + plan.refusals, key=lambda r: (r.line, r.field)))
    return ImportPreview(
        school_id=school_id, kind=kind.value, filename=name, sha256=sha256,
        export_date=parsed.export_date or today, new=len(plan.creates), changed=changed,
        left=len(plan.leavers), unchanged=plan.unchanged, refused=refused,
        rows=tuple(plan.rows), path=str(path), parsed=parsed)


def apply_import(db: Database, actor: Actor, preview: ImportPreview,
                 progress: Progress | None = None) -> ImportResult:
    """Apply what the preview showed, in one transaction with one audit event; refused when the
    file or the people changed since the preview (then preview again)."""
    kind = import_kind(preview.kind)
    if preview.parsed is None:
        parsed, sha256, name = _read(db, kind, Path(preview.path))
    else:
        file = read_import_file(Path(preview.path))
        parsed, sha256, name = preview.parsed, file.sha256, file.name
    if sha256 != preview.sha256:
        raise InvalidInput(
            f"'{name}' is gewijzigd sinds de voorvertoning; bekijk de voorvertoning opnieuw.",
            f"'{name}' changed since the preview; preview it again.")
    with db.transaction(actor) as tx:
        session = tx.session
        _check_school(tx, preview.school_id, parsed, name)
        plan = _plan(session, preview.school_id, parsed, progress)
        again = _preview(preview.school_id, kind, name, sha256, parsed, plan, db.today(),
                         Path(preview.path))
        if (again.new, again.changed, again.left) != (preview.new, preview.changed,
                                                      preview.left):
            raise InvalidInput(
                "De gegevens zijn gewijzigd sinds de voorvertoning; bekijk die opnieuw.",
                "The data changed since the preview; preview it again.")
        if again.changes_nothing:
            return ImportResult(None, 0, 0, 0, len(again.refused), sha256)
        record = PersonImport(
            school_id=preview.school_id, kind=kind.value, filename=name[:200], sha256=sha256,
            export_date=again.export_date, new=again.new, changed=again.changed,
            left=again.left, refused=len(again.refused), created_at=tx.now,
            created_by=tx.actor_id)
        session.add(record)
        session.flush()
        _write(session, preview.school_id, plan, record.id, again.export_date, tx.now,
               progress)
        tx.changed(Kind.PERSON)
        tx.audit("person.import", "person_import", record.id, school=preview.school_id,
                 kind=kind.value, filename=name, sha256=sha256,
                 export_date=again.export_date, new=again.new, changed=again.changed,
                 left=again.left, refused=len(again.refused))
        return ImportResult(record.id, again.new, again.changed, again.left,
                            len(again.refused), sha256)


def list_imports(db: Database, actor: Actor, school_id: int) -> list[dict[str, object]]:
    """Earlier imports of a school, newest first (what, when, counts, the file's SHA-256)."""
    with db.reading(actor) as rd:
        rd.scope.require_school(school_id)
        rows = rd.session.scalars(select(PersonImport)
                                  .where(PersonImport.school_id == school_id)
                               .order_by(PersonImport.id.desc()))
        return [{"id": r.id, "kind": r.kind, "filename": r.filename, "sha256": r.sha256,
                 "export_date": r.export_date, "new": r.new, "changed": r.changed,
                 "left": r.left, "refused": r.refused, "at": r.created_at} for r in rows]


def _check_school(rd: Reading, school_id: int, parsed: ParsedFile, name: str) -> None:
    """The school exists and the account may see it; an EDEXML file must be that school's."""
    school = rd.scope.require_school(school_id)
    session = rd.session
    if parsed.kind is not ImportKind.EDEXML or parsed.brin == school.brin.upper():
        return
    other = session.scalar(rd.scope.schools_query(
        select(School).where(func.upper(School.brin) == parsed.brin)))
    whose_nl = f"van {other.name}" if other else "van een andere school"
    whose_en = f"belongs to {other.name}" if other else "belongs to another school"
    raise InvalidInput(
        f"'{name}' is {whose_nl} (BRIN {parsed.brin}), niet van {school.name} (BRIN "
        f"{school.brin}). Er is niets geïmporteerd.",
        f"'{name}' {whose_en} (BRIN {parsed.brin}), not to {school.name} (BRIN "
        f"{school.brin}). Nothing was imported.")


def _plan(session: Session, school_id: int, parsed: ParsedFile,
          progress: Progress | None) -> _Plan:
    origins = ORIGINS[parsed.kind]
    sources = session.execute(
        select(PersonSource.id, PersonSource.person_id, PersonSource.origin,
               PersonSource.source_key, PersonSource.eck_id)
        .where(PersonSource.school_id == school_id)).all()
    by_key = {(s.origin, s.source_key): s for s in sources}
    by_eck = {(s.origin, s.eck_id): s for s in sources if s.eck_id}
    origins_of: dict[int, set[str]] = {}
    for s in sources:
        origins_of.setdefault(s.person_id, set()).add(s.origin)
    wanted = {s.person_id for s in sources if s.origin in origins}
    if parsed.kind is ImportKind.STAFF:
        wanted |= {s.person_id for s in sources if s.origin == Origin.TEACHER}
    people = _people(session, school_id, wanted)
    teachers_by_email = {
        str(people[s.person_id]["email"]).casefold(): s.person_id for s in sources
        if s.origin == Origin.TEACHER and s.person_id in people and people[s.person_id]["email"]}
    pupils = {s.source_key: s.person_id for s in sources if s.origin == Origin.PUPIL}
    pupils.update({s.eck_id: s.person_id for s in sources
                   if s.origin == Origin.PUPIL and s.eck_id})
    links = _links(session, [p for p, o in origins_of.items() if Origin.PARENT in o])
    plan = _Plan()
    seen: set[tuple[str, str]] = set(parsed.refused_keys)
    total = len(parsed.people)
    for done, incoming in enumerate(parsed.people, start=1):
        if progress is not None and done % CHUNK == 0:
            progress(done, total)
        source = by_key.get((incoming.origin, incoming.key)) or (
            by_eck.get((incoming.origin, incoming.eck_id)) if incoming.eck_id else None)
        person_id = source.person_id if source is not None else None
        if source is not None:
            seen.add((source.origin, source.source_key))
            if (source.source_key, source.eck_id) != (incoming.key, incoming.eck_id or
                                                      source.eck_id):
                plan.source_updates.append({"id": source.id, "source_key": incoming.key,
                                            "eck_id": incoming.eck_id or source.eck_id})
        elif incoming.origin is Origin.STAFF and incoming.match_email in teachers_by_email:
            person_id = teachers_by_email[incoming.match_email]
            plan.new_sources.append((person_id, incoming))
        pupil_links = _pupil_links(incoming, pupils, plan)
        if incoming.origin is Origin.PARENT and not pupil_links:
            continue  # every child unknown: refused above, the parent is left alone
        if person_id is None or person_id not in people:
            plan.creates.append(incoming)
            plan.new_sources.append((incoming, incoming))
            plan.new_links.extend((incoming, pupil, auth) for pupil, auth in pupil_links)
            plan.rows.append(PreviewRow("new", incoming.line, incoming.label))
            continue
        changed = _changes(people[person_id], incoming, origins_of.get(person_id, set()))
        names = [FILE_NAMES.get(k, k) for k in changed if k not in ("sort_key", "left_on")]
        if plan.source_updates and plan.source_updates[-1]["id"] == getattr(source, "id", None):
            names.append("sleutel")  # a new key, recognised by the ECK-iD
        if "left_on" in changed:
            names.append("terug")
        for pupil, auth in pupil_links:
            link = links.get((person_id, pupil))
            if link is None:
                plan.new_links.append((person_id, pupil, auth))
                names.append("leerling_sleutel")
            elif link[1] != auth:
                plan.link_updates.append({"id": link[0], "parental_authority": auth})
                names.append("gezag")
        if changed:
            plan.updates.append((person_id, changed))
        if names or (source is None and person_id is not None):
            plan.rows.append(PreviewRow("changed", incoming.line, incoming.label,
                                        tuple(dict.fromkeys(names or ["sleutel"]))))
        else:
            plan.unchanged += 1
    _leavers(plan, parsed, sources, seen, people, origins_of)
    return plan


def _people(session: Session, school_id: int, ids: set[int]) -> dict[int, dict[str, object]]:
    """The compared columns of the school's imported people, as plain dicts."""
    if not ids:
        return {}
    names = ("id", "left_on", *COLUMNS)
    rows = session.execute(select(*(getattr(Person, c) for c in names))
                           .where(Person.school_id == school_id))
    found = {}
    for row in rows.tuples():
        if row[0] in ids:
            found[row[0]] = dict(zip(names, row, strict=True))
    return found


def _links(session: Session, parent_ids: list[int]) -> dict[tuple[int, int], tuple[int, bool]]:
    found: dict[tuple[int, int], tuple[int, bool]] = {}
    for start in range(0, len(parent_ids), CHUNK):
        chunk = parent_ids[start:start + CHUNK]
        for link in session.execute(select(GuardianLink.id, GuardianLink.parent_id,
                                           GuardianLink.pupil_id,
                                           GuardianLink.parental_authority)
                                    .where(GuardianLink.parent_id.in_(chunk))):
            found[(link.parent_id, link.pupil_id)] = (link.id, bool(link.parental_authority))
    return found


def _pupil_links(incoming: Incoming, pupils: dict[str, int],
                 plan: _Plan) -> list[tuple[int, bool]]:
    found = []
    for key, authority, line in incoming.pupils:
        pupil = pupils.get(key)
        if pupil is None:
            plan.refusals.append(Refusal(line, "leerling_sleutel", "unknown_pupil",
                                         {"value": key}))
        else:
            found.append((pupil, authority))
    return found


def _changes(current: dict[str, object], incoming: Incoming,
             origins: set[str]) -> dict[str, object]:
    changed = {k: v for k, v in incoming.fields.items() if current[k] != v}
    # Back in the export after leaving; the staff list leaves a teacher's leaving to EDEXML.
    if current["left_on"] is not None and not (
            incoming.origin is Origin.STAFF and Origin.TEACHER in origins):
        changed["left_on"] = None
    return changed


def _leavers(plan: _Plan, parsed: ParsedFile, sources: Sequence[Any],
             seen: set[tuple[str, str]], people: dict[int, dict[str, object]],
             origins_of: dict[int, set[str]]) -> None:
    """Pupils and teachers missing from a full EDEXML export, and staff missing from the staff
    list (unless EDEXML has them as teachers), leave on the export's date. Parents never do
    here: they stay linked to their children."""
    if parsed.kind is ImportKind.PARENT:
        return
    origins = ORIGINS[parsed.kind]
    marked: set[int] = set()
    for s in sources:
        if s.origin not in origins or (s.origin, s.source_key) in seen:
            continue
        person = people.get(s.person_id)
        if person is None or person["left_on"] is not None or s.person_id in marked:
            continue
        if s.origin == Origin.STAFF and Origin.TEACHER in origins_of.get(s.person_id, set()):
            continue
        marked.add(s.person_id)
        plan.leavers.append(s.person_id)
        name = make_name(str(person["first_name"]), str(person["name_prefix"]),
                         str(person["last_name"])).full
        plan.rows.append(PreviewRow("left", 0, name))


def _write(session: Session, school_id: int, plan: _Plan, import_id: int, left_on: date,
           now: datetime, progress: Progress | None) -> None:
    total = len(plan.creates) + len(plan.updates) + len(plan.leavers)
    done = 0
    ids: dict[int, int] = {}  # id(Incoming) -> new person id
    reserved = _reserve_person_ids(session, len(plan.creates))
    for start in range(0, len(plan.creates), CHUNK):
        chunk = plan.creates[start:start + CHUNK]
        chunk_ids = reserved[start:start + CHUNK]
        session.execute(insert(Person), [
            _new_person(school_id, incoming, now, pid)
            for incoming, pid in zip(chunk, chunk_ids, strict=True)])
        ids.update({id(incoming): pid for incoming, pid in zip(chunk, chunk_ids, strict=True)})
        done += len(chunk)
        if progress is not None:
            progress(done, total)

    def resolve(target: int | Incoming) -> int:
        return target if isinstance(target, int) else ids[id(target)]

    if plan.new_sources:
        session.execute(insert(PersonSource), [
            {"person_id": resolve(target), "school_id": school_id,
             "origin": incoming.origin.value, "source_key": incoming.key,
             "eck_id": incoming.eck_id, "import_id": import_id}
            for target, incoming in plan.new_sources])
    if plan.source_updates:
        session.execute(update(PersonSource), plan.source_updates)
    for start in range(0, len(plan.updates), CHUNK):
        changes = plan.updates[start:start + CHUNK]
        versions = _versions(session, [pid for pid, _ in changes])
        session.execute(update(Person), [{"id": pid, "version": versions[pid], **values}
                                         for pid, values in changes])
        done += len(changes)
        if progress is not None:
            progress(done, total)
    if plan.leavers:
        versions = _versions(session, list(plan.leavers))
        session.execute(update(Person), [{"id": pid, "version": versions[pid],
                                          "left_on": left_on} for pid in plan.leavers])
    if plan.new_links:
        session.execute(insert(GuardianLink), [
            {"parent_id": resolve(parent), "pupil_id": pupil, "parental_authority": auth}
            for parent, pupil, auth in plan.new_links])
    if plan.link_updates:
        session.execute(update(GuardianLink), plan.link_updates)
    if progress is not None:
        progress(total, total)


def _reserve_person_ids(session: Session, count: int) -> list[int]:
    """Ids for the new people, taken before inserting them in bulk (an INSERT .. RETURNING in
    parameter order runs row by row on SQLite). The write transaction holds SQLite's write
    lock; on PostgreSQL the ids come from the column's own sequence."""
    if not count:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(text(
            "SELECT nextval(pg_get_serial_sequence('person', 'id')) "
            "FROM generate_series(1, :n)"), {"n": count}))
    highest = session.scalar(select(func.max(Person.id))) or 0
    return list(range(highest + 1, highest + 1 + count))


def _new_person(school_id: int, incoming: Incoming, now: datetime,
                person_id: int) -> dict[str, object]:
    values: dict[str, object] = {c: "" for c in COLUMNS}
    values["birth_date"] = None
    values.update(CREATE_DEFAULTS.get(incoming.origin, {}))
    values.update(incoming.fields)
    values.update(id=person_id, school_id=school_id, kind=incoming.kind, salutation="",
                  created_at=now, left_on=None)
    return values


def _versions(session: Session, ids: list[int]) -> dict[int, int]:
    """The stored versions: an ORM bulk update checks and raises each one (people carry a
    version so that two people saving the same form cannot overwrite each other)."""
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        found.update(session.execute(select(Person.id, Person.version)
                                     .where(Person.id.in_(ids[start:start + 500]))).tuples().all())
    return found
