"""The parent and staff lists: template columns, checks per row, one record per person."""

from __future__ import annotations

from collections import defaultdict

from ..domain.catalogue import PersonKind
from ..domain.errors import CaseManagerError, InvalidInput
from ..domain.names import check_email, clean_name_part, collation_key, make_name, parse_address
from .reading import ImportFile
from .records import ImportKind, Incoming, Origin, ParsedFile, Refusal, refuse_invalid
from .tabular import Row, read_table

# The templates in resources/import/; the first columns of each are required.
PARENT_COLUMNS = ("leerling_sleutel", "voornaam", "tussenvoegsel", "achternaam", "straat",
                  "postcode", "plaats", "email", "telefoon", "gezag", "sleutel")
PARENT_REQUIRED = ("leerling_sleutel", "voornaam", "achternaam")
STAFF_COLUMNS = ("voornaam", "tussenvoegsel", "achternaam", "functie", "straat", "postcode",
                 "plaats", "email", "telefoon", "sleutel")
STAFF_REQUIRED = ("voornaam", "achternaam", "functie")
YES = {"ja", "j", "yes", "y", "1", "waar", "true", "x"}
NO = {"nee", "n", "no", "0", "onwaar", "false"}


def parse_list(file: ImportFile, kind: ImportKind) -> ParsedFile:
    headers, rows = read_table(file)
    required = PARENT_REQUIRED if kind is ImportKind.PARENT else STAFF_REQUIRED
    missing = [h for h in required if h not in headers]
    if missing:
        found = ", ".join(h for h in headers if h) or "geen"
        raise InvalidInput(
            f"In '{file.name}' ontbreken de kolommen {', '.join(missing)}. De eerste regel moet "
            f"de kolomnamen van het sjabloon bevatten; gevonden: {found}.",
            f"'{file.name}' lacks the columns {', '.join(missing)}. The first line must hold "
            f"the template's column names; found: {found.replace('geen', 'none')}.")
    parsed = ParsedFile(kind, [], [])
    if kind is ImportKind.PARENT:
        _parents(rows, set(headers), parsed)
    else:
        _staff(rows, set(headers), parsed)
    return parsed


def _details(line: int, row: dict[str, str], headers: set[str]
             ) -> tuple[dict[str, object], str] | Refusal:
    """Name, address, e-mail and phone from one row; only the columns the file has."""
    for column in ("voornaam", "achternaam"):
        if not row.get(column):
            return Refusal(line, column, "required")
    try:
        name = make_name(row.get("voornaam"), row.get("tussenvoegsel"), row.get("achternaam"))
    except CaseManagerError as error:
        return refuse_invalid(line, "voornaam", error)
    fields: dict[str, object] = {"first_name": name.first, "name_prefix": name.prefix,
                                 "last_name": name.last, "sort_key": name.sort_key}
    if headers & {"straat", "postcode", "plaats"}:
        parts = [row.get(c, "") for c in ("straat", "postcode", "plaats")]
        if any(parts) and not all(parts):
            return Refusal(line, "straat" if not parts[0] else
                           "postcode" if not parts[1] else "plaats", "address")
        try:
            address = parse_address(f"{parts[0]}, {parts[1]} {parts[2]}" if all(parts) else None)
        except CaseManagerError as error:
            return refuse_invalid(line, "postcode", error)
        fields["street"] = address.street if address else ""
        fields["postcode"] = address.postcode if address else ""
        fields["city"] = address.city if address else ""
    try:
        if "email" in headers:
            fields["email"] = check_email(row.get("email", ""))
        if "telefoon" in headers:
            fields["phone"] = clean_name_part(row.get("telefoon", ""), "Het telefoonnummer",
                                              "The phone number", required=False)[:40]
    except CaseManagerError as error:
        return refuse_invalid(line, "email" if "email" in headers else "telefoon", error)
    return fields, name.full


def _parents(rows: list[Row], headers: set[str], parsed: ParsedFile) -> None:
    """A parent with two children has two rows; they become one person with two links."""
    groups: dict[str, list[tuple[int, dict[str, object], str, str, bool]]] = defaultdict(list)
    for line, row in rows:
        details = _details(line, row, headers)
        if isinstance(details, Refusal):
            parsed.refusals.append(details)
            continue
        fields, label = details
        pupil = row.get("leerling_sleutel", "")
        if not pupil:
            parsed.refusals.append(Refusal(line, "leerling_sleutel", "required"))
            continue
        authority_text = row.get("gezag", "").casefold()
        if authority_text and authority_text not in YES | NO:
            parsed.refusals.append(Refusal(line, "gezag", "yes_no",
                                           {"value": row.get("gezag", "")}))
            continue
        key = f"s:{row['sleutel']}" if row.get("sleutel") else f"n:{collation_key(label)}"
        groups[key].append((line, fields, label, pupil, authority_text not in NO))
    for key, members in groups.items():
        _parent(key, members, parsed)


def _parent(key: str, members: list[tuple[int, dict[str, object], str, str, bool]],
            parsed: ParsedFile) -> None:
    postcodes = {str(m[1].get("postcode", "")) for m in members} - {""}
    if key.startswith("n:") and len(postcodes) > 1:
        for m in members:
            other = next(o[0] for o in members if o[0] != m[0])
            parsed.refusals.append(Refusal(m[0], "achternaam", "same_name",
                                           {"other": str(other)}))
        return
    seen: dict[str, int] = {}
    pupils: list[tuple[str, bool, int]] = []
    for line, _fields, _label, pupil, authority in members:
        if pupil in seen:
            parsed.refusals.append(Refusal(line, "leerling_sleutel", "duplicate",
                                           {"value": pupil, "other": str(seen[pupil])}))
            continue
        seen[pupil] = line
        pupils.append((pupil, authority, line))
    line, fields, label = members[0][0], members[0][1], members[0][2]
    parsed.people.append(Incoming(line, Origin.PARENT, PersonKind.PARENT.value, key, "", label,
                                  fields, tuple(pupils)))


def _staff(rows: list[Row], headers: set[str], parsed: ParsedFile) -> None:
    records: dict[str, list[Incoming]] = defaultdict(list)
    for line, row in rows:
        details = _details(line, row, headers)
        if isinstance(details, Refusal):
            parsed.refusals.append(details)
            continue
        fields, label = details
        try:
            fields["function"] = clean_name_part(row.get("functie", ""), "De functie",
                                                 "The function", required=False)
        except CaseManagerError as error:
            parsed.refusals.append(refuse_invalid(line, "functie", error))
            continue
        email = str(fields.get("email", "")).casefold()
        key = (f"s:{row['sleutel']}" if row.get("sleutel") else
               f"e:{email}" if email else f"n:{collation_key(label)}")
        records[key].append(Incoming(line, Origin.STAFF, PersonKind.STAFF.value, key, "",
                                     label, fields, match_email=email))
    for key, found in records.items():
        if len(found) == 1:
            parsed.people.append(found[0])
            continue
        value = key.split(":", 1)[1]
        for record in found:
            other = next(o.line for o in found if o.line != record.line)
            parsed.refusals.append(Refusal(record.line, "sleutel", "duplicate",
                                           {"value": value, "other": str(other)}))
        parsed.refused_keys.add((Origin.STAFF, key))
