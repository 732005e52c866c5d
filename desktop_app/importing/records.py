"""What a file holds once read: one record per person, and the rows it refused with why."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class ImportKind(StrEnum):
    EDEXML = "edexml"
    PARENT = "parent"
    STAFF = "staff"


class Origin(StrEnum):
    """The key space a source key belongs to: EDEXML pupil and teacher keys may overlap."""

    PUPIL = "edexml-pupil"
    TEACHER = "edexml-teacher"
    PARENT = "parent"
    STAFF = "staff"


@dataclass(frozen=True)
class Incoming:
    """One person as the file describes them. `fields` holds only what the file sets (a column
    missing from a spreadsheet leaves that detail alone)."""

    line: int
    origin: Origin
    kind: str  # PersonKind value
    key: str
    eck_id: str
    label: str  # the name as shown in the preview
    fields: dict[str, object]
    pupils: tuple[tuple[str, bool, int], ...] = ()  # parents: (pupil key, authority, line)
    match_email: str = ""  # staff list: finds the same teacher imported from EDEXML


# Why a row is refused: a stable code, then the Dutch and English wording with {placeholders}.
REASONS: dict[str, tuple[str, str]] = {
    "required": ("{field} is leeg; dit gegeven is verplicht.", "{field} is empty; it is required."),
    "date": ("'{value}' is geen bestaande datum (verwacht JJJJ-MM-DD).",
             "'{value}' is not a real date (expected YYYY-MM-DD)."),
    "invalid": ("{message}", "{message_en}"),
    "duplicate": ("De sleutel '{value}' staat ook op regel {other}; beide regels zijn "
                  "overgeslagen.",
                  "The key '{value}' is also on line {other}; both lines were skipped."),
    "unknown_group": ("Groep met sleutel '{value}' staat niet in de groepenlijst van het bestand.",
                      "Group with key '{value}' is not in the file's list of groups."),
    "unknown_pupil": ("Geen geïmporteerde leerling met sleutel '{value}' op deze school; "
                      "importeer eerst het EDEXML-bestand.",
                      "No imported pupil with key '{value}' at this school; import the EDEXML "
                      "file first."),
    "yes_no": ("'{value}' is geen ja of nee.", "'{value}' is not yes (ja) or no (nee)."),
    "address": ("Het adres is onvolledig: vul straat, postcode en plaats alle drie in (of geen).",
                "The address is incomplete: fill in street, postcode and town, all three (or "
                "none)."),
    "same_name": ("Twee ouders met dezelfde naam op verschillende adressen (ook regel {other}); "
                  "vul de kolom sleutel in om ze te onderscheiden.",
                  "Two parents with the same name at different addresses (also line {other}); "
                  "fill in the key column to tell them apart."),
    "too_long": ("{field} is te lang (maximaal {limit} tekens); de regel is overgeslagen.",
                 "{field} is too long (at most {limit} characters); the line was skipped."),
    "no_key": ("De regel heeft geen sleutel, e-mailadres of naam om de persoon te herkennen.",
               "The line has no key, e-mail address or name to recognise the person by."),
}

# The file's own column and element names, as a user reads them in the preview.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "": ("regel", "line"),
    "key": ("sleutel", "key"),
    "sleutel": ("sleutel", "key"),
    "achternaam": ("achternaam", "last name"),
    "voornaam": ("voornaam", "first name"),
    "roepnaam": ("roepnaam", "first name"),
    "voorvoegsel": ("tussenvoegsel", "name prefix"),
    "tussenvoegsel": ("tussenvoegsel", "name prefix"),
    "geboortedatum": ("geboortedatum", "date of birth"),
    "groep": ("groep", "group"),
    "emailadres": ("e-mailadres", "e-mail address"),
    "email": ("e-mailadres", "e-mail address"),
    "leerling_sleutel": ("sleutel van de leerling", "pupil's key"),
    "straat": ("straat", "street"),
    "postcode": ("postcode", "postcode"),
    "plaats": ("plaats", "town"),
    "telefoon": ("telefoon", "phone"),
    "gezag": ("gezag", "parental authority"),
    "functie": ("functie", "function"),
    "terug": ("weer ingeschreven", "back again"),
    # The person's details by their own names (a refusal of a value too long for its column).
    "eck_id": ("ECK-iD", "ECK iD"),
    "first_name": ("voornaam", "first name"),
    "name_prefix": ("tussenvoegsel", "name prefix"),
    "last_name": ("achternaam", "last name"),
    "sort_key": ("naam", "name"),
    "group_name": ("groep", "group"),
    "city": ("plaats", "town"),
    "street": ("straat", "street"),
    "function": ("functie", "function"),
    "phone": ("telefoon", "phone"),
}


def field_label(name: str, lang: str = "nl") -> str:
    """A file column or element as the preview names it, in the user's language."""
    nl, en = FIELD_LABELS.get(name, (name, name))
    return en if lang.startswith("en") else nl


@dataclass(frozen=True)
class Refusal:
    """A row the import leaves alone: its line in the file, the field and why (as data)."""

    line: int
    field: str
    code: str
    values: dict[str, str] = dataclasses.field(default_factory=dict)

    def field_label(self, lang: str = "nl") -> str:
        return field_label(self.field, lang)

    def reason(self, lang: str = "nl") -> str:
        nl, en = REASONS[self.code]
        template = en if lang.startswith("en") else nl
        return template.format(field=self.field_label(lang).capitalize(), **self.values)


def refuse_invalid(line: int, field_name: str, error: object) -> Refusal:
    """A refusal carrying a core rule's own message (names.py, people.py checks)."""
    message_nl = getattr(error, "message_nl", str(error))
    message_en = getattr(error, "message_en", str(error))
    return Refusal(line, field_name, "invalid", {"message": message_nl,
                                                  "message_en": message_en})


@dataclass
class ParsedFile:
    """Everything read from one file, before it is compared with the database."""

    kind: ImportKind
    people: list[Incoming]
    refusals: list[Refusal]
    export_date: date | None = None
    brin: str = ""
    # Keys present in the file but refused: such people are never marked as left.
    refused_keys: set[tuple[Origin, str]] = field(default_factory=set)
    groups: dict[str, str] = field(default_factory=dict)
