"""EDEXML 2.x (NTA 2032) as ParnasSys and Esis export it: pupils, groups and teachers."""

from __future__ import annotations

from datetime import date

from ..domain.catalogue import PersonKind
from ..domain.errors import CaseManagerError, InvalidInput
from ..domain.names import check_birth_date, check_email, clean_name_part, make_name
from .reading import ImportFile
from .records import ImportKind, Incoming, Origin, ParsedFile, Refusal, refuse_invalid
from .xmltree import Node, parse_xml

TEACHER_FUNCTION = "leerkracht"


def parse_edexml(file: ImportFile, today: date) -> ParsedFile:
    """Read the file; whole-file faults raise InvalidInput, row faults become refusals."""
    root = parse_xml(file.data, file.name)
    if root.tag != "EDEX":
        raise InvalidInput(
            f"'{file.name}' is XML, maar geen EDEXML: het begint met <{root.tag}> in plaats "
            "van <EDEX>. Maak in ParnasSys of Esis een EDEXML-export (versie 2.1).",
            f"'{file.name}' is XML but not EDEXML: it starts with <{root.tag}> instead of "
            "<EDEX>. Make an EDEXML export (version 2.1) in ParnasSys or Esis.")
    school = root.find("school")
    brin = school.value("brincode").upper() if school is not None else ""
    if not brin:
        raise InvalidInput(
            f"'{file.name}' noemt geen school (het element school/brincode ontbreekt).",
            f"'{file.name}' names no school (the element school/brincode is missing).")
    parsed = ParsedFile(ImportKind.EDEXML, [], [], brin=brin,
                        export_date=_export_date(school))
    parsed.groups = _groups(root)
    _pupils(root, parsed, today)
    _teachers(root, parsed)
    return parsed


def _export_date(school: Node | None) -> date | None:
    text = school.value("aanmaakdatum", "exportdatum", "peildatum") if school else ""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _groups(root: Node) -> dict[str, str]:
    found: dict[str, str] = {}
    holder = root.find("groepen")
    for group in holder.findall("groep") if holder else []:
        key = group.attrib.get("key", "").strip()
        if not key:
            continue
        name = group.value("naam", "omschrijving")
        year = group.value("jaargroep")
        found[key] = name or (f"groep {year}" if year else key)
    return found


def _first_name(node: Node) -> tuple[str, str]:
    """Roepnaam, else the initials (EDEXML calls them voorletters-1; some exports voorletters)."""
    for tag in ("roepnaam", "voornamen", "voorletters", "voorletters-1"):
        text = node.value(tag)
        if text:
            return text, tag
    return "", "roepnaam"


def _person(node: Node) -> tuple[dict[str, object], str] | Refusal:
    """Name fields common to pupils and teachers, checked with the core's name rules."""
    first, first_tag = _first_name(node)
    last = node.value("achternaam")
    prefix = node.value("voorvoegsel", "tussenvoegsel")
    if not last:
        return Refusal(node.line, "achternaam", "required")
    if not first:
        return Refusal(node.line, "roepnaam", "required")
    try:
        name = make_name(first, prefix, last)
    except CaseManagerError as error:
        return refuse_invalid(node.line, first_tag, error)
    return {"first_name": name.first, "name_prefix": name.prefix, "last_name": name.last,
            "sort_key": name.sort_key}, name.full


def _keyed(parsed: ParsedFile, holder_tag: str, item_tag: str, root: Node,
           origin: Origin) -> list[Node]:
    """The items with a key; an item without one, or with a key used twice, is refused."""
    holder = root.find(holder_tag)
    items = holder.findall(item_tag) if holder else []
    first_line: dict[str, int] = {}
    doubled: set[str] = set()
    for item in items:
        key = item.attrib.get("key", "").strip()
        if not key:
            parsed.refusals.append(Refusal(item.line, "key", "required"))
        elif key in first_line:
            doubled.add(key)
        else:
            first_line[key] = item.line
    kept = []
    for item in items:
        key = item.attrib.get("key", "").strip()
        if key in doubled:
            other = first_line[key] if first_line[key] != item.line else _second(items, key)
            parsed.refusals.append(Refusal(item.line, "key", "duplicate",
                                           {"value": key, "other": str(other)}))
            parsed.refused_keys.add((origin, key))
        elif key:
            kept.append(item)
    return kept


def _second(items: list[Node], key: str) -> int:
    lines = [i.line for i in items if i.attrib.get("key", "").strip() == key]
    return lines[1] if len(lines) > 1 else lines[0]


def _pupils(root: Node, parsed: ParsedFile, today: date) -> None:
    for node in _keyed(parsed, "leerlingen", "leerling", root, Origin.PUPIL):
        key = node.attrib["key"].strip()
        refusal = _pupil(node, key, parsed, today)
        if refusal is not None:
            parsed.refusals.append(refusal)
            parsed.refused_keys.add((Origin.PUPIL, key))


def _pupil(node: Node, key: str, parsed: ParsedFile, today: date) -> Refusal | None:
    result = _person(node)
    if isinstance(result, Refusal):
        return result
    fields, label = result
    birth_text = node.value("geboortedatum")
    birth: date | None = None
    if birth_text:
        try:
            birth = date.fromisoformat(birth_text[:10])
        except ValueError:
            return Refusal(node.line, "geboortedatum", "date", {"value": birth_text})
        try:
            check_birth_date(birth, today)
        except CaseManagerError as error:
            return refuse_invalid(node.line, "geboortedatum", error)
    group = ""
    group_node = node.find("groep")
    if group_node is not None:
        group_key = group_node.attrib.get("key", "").strip()
        if group_key and group_key not in parsed.groups:
            return Refusal(node.line, "groep", "unknown_group", {"value": group_key})
        group = parsed.groups.get(group_key, "")
    else:
        group = node.value("groep")  # a group named in text, without a key
    fields["birth_date"] = birth
    fields["group_name"] = clean_name_part(group, "De groep", "The group", required=False)
    parsed.people.append(Incoming(node.line, Origin.PUPIL, PersonKind.PUPIL.value, key,
                                  node.value("eckid", "eck_id"), label, fields))
    return None


def _teachers(root: Node, parsed: ParsedFile) -> None:
    for node in _keyed(parsed, "leerkrachten", "leerkracht", root, Origin.TEACHER):
        key = node.attrib["key"].strip()
        result = _person(node)
        refusal: Refusal | None = result if isinstance(result, Refusal) else None
        if not isinstance(result, Refusal):
            fields, label = result
            try:
                fields["email"] = check_email(node.value("emailadres"))
            except CaseManagerError as error:
                refusal = refuse_invalid(node.line, "emailadres", error)
            holder = node.find("groepen")
            names = []
            for group in holder.findall("groep") if holder else []:
                group_key = group.attrib.get("key", "").strip()
                if group_key and group_key not in parsed.groups:
                    refusal = Refusal(group.line, "groep", "unknown_group", {"value": group_key})
                elif group_key and parsed.groups[group_key] not in names:
                    names.append(parsed.groups[group_key])
            fields["group_name"] = ", ".join(names)[:200]
        if refusal is not None:
            parsed.refusals.append(refusal)
            parsed.refused_keys.add((Origin.TEACHER, key))
            continue
        parsed.people.append(Incoming(
            node.line, Origin.TEACHER, PersonKind.STAFF.value, key,
            node.value("eckid", "eck_id"), label, fields,
            match_email=str(fields["email"]).casefold()))
