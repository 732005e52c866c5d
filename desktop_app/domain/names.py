"""Dutch name rules: display, sorting on the last name and salutations."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from .dates import short_date
from .errors import InvalidInput

MAX_NAME_LENGTH = 200


def full_name(first: str, prefix: str, last: str) -> str:
    """PersonName(...).full without the object, for lists of many names."""
    return " ".join(filter(None, (first, prefix, last)))


@dataclass(frozen=True)
class PersonName:
    first: str
    prefix: str  # tussenvoegsel: "van der", "de", "van 't"
    last: str

    @property
    def full(self) -> str:
        """'Jan van der Berg': the tussenvoegsel in lower case after a first name."""
        return full_name(self.first, self.prefix, self.last)

    @property
    def surname(self) -> str:
        """'Van der Berg': capitalised when not preceded by a first name or initials."""
        if not self.prefix:
            return self.last
        return f"{self.prefix[:1].upper()}{self.prefix[1:]} {self.last}"

    @property
    def sort_name(self) -> str:
        """'Berg, Jan van der': how Dutch lists sort people, ignoring the tussenvoegsel."""
        rest = " ".join(p for p in (self.first, self.prefix) if p)
        return f"{self.last}, {rest}" if rest else self.last

    @property
    def sort_key(self) -> str:
        return collation_key(f"{self.last} {self.first} {self.prefix}")


def collation_key(text: str) -> str:
    """Accent- and case-insensitive key so 'Ündüz' sorts with 'Unduz'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def salutation(name: PersonName, form: str) -> str:
    """'Geachte heer Van der Berg' / 'Geachte mevrouw Ağaoğlu' / 'Geachte Sam de Vries'."""
    if form == "heer":
        return f"Geachte heer {name.surname}"
    if form == "mevrouw":
        return f"Geachte mevrouw {name.surname}"
    return f"Geachte {name.full}"


def clean_name_part(value: str | None, field_nl: str, field_en: str, required: bool) -> str:
    text = " ".join((value or "").split())
    if required and not text:
        raise InvalidInput(f"{field_nl} is verplicht.", f"{field_en} is required.")
    if len(text) > MAX_NAME_LENGTH:
        raise InvalidInput(
            f"{field_nl} is te lang ({len(text)} tekens; maximaal {MAX_NAME_LENGTH}).",
            f"{field_en} is too long ({len(text)} characters; at most {MAX_NAME_LENGTH}).",
        )
    # isprintable() is False for every control, format, private-use and surrogate character,
    # so the per-character look-up only runs for the rare text that needs it.
    if not text.isprintable() and any(
            unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs") for c in text):
        raise InvalidInput(
            f"{field_nl} bevat onzichtbare of ongeldige tekens.",
            f"{field_en} contains invisible or invalid characters.",
        )
    return text


def make_name(first: str | None, prefix: str | None, last: str | None) -> PersonName:
    return PersonName(
        clean_name_part(first, "De voornaam", "The first name", required=True),
        clean_name_part(prefix, "Het tussenvoegsel", "The name prefix", required=False).lower(),
        clean_name_part(last, "De achternaam", "The last name", required=True),
    )


def check_email(email: str) -> str:
    """The address trimmed, or a refusal when it cannot be an e-mail address."""
    text = email.strip()
    if text and ("@" not in text or " " in text or len(text) > 200 or text.startswith("@")):
        raise InvalidInput(f"E-mailadres '{email}' is ongeldig.",
                           f"E-mail address '{email}' is invalid.")
    return text


def check_birth_date(birth: date | None, today: date) -> None:
    if birth is None:
        return
    if birth > today:
        raise InvalidInput(
            f"De geboortedatum {short_date(birth)} ligt in de toekomst.",
            f"The date of birth {short_date(birth)} is in the future.",
        )
    if birth.year < today.year - 120:
        raise InvalidInput(
            f"De geboortedatum {short_date(birth)} is niet aannemelijk.",
            f"The date of birth {short_date(birth)} is not plausible.",
        )


@dataclass(frozen=True)
class PostalAddress:
    street: str
    postcode: str
    city: str

    def lines(self) -> list[str]:
        return [self.street, f"{self.postcode}  {self.city.upper()}"]


def parse_address(text: str | None) -> PostalAddress | None:
    """'Lindelaan 4, 1234 AB Amersfoort' -> street, postcode, city."""
    if text is None or not text.strip():
        return None
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not parts[0]:
        raise InvalidInput(
            f"Adres '{text}' moet de vorm 'Straat 1, 1234 AB Plaats' hebben.",
            f"Address '{text}' must look like 'Street 1, 1234 AB Town'.",
        )
    street, rest = parts
    tokens = rest.split()
    if len(tokens) >= 3 and len(tokens[0]) == 4 and tokens[0].isdigit() and len(tokens[1]) == 2 \
            and tokens[1].isalpha():
        postcode = f"{tokens[0]} {tokens[1].upper()}"
        city = " ".join(tokens[2:])
    elif len(tokens) >= 2 and len(tokens[0]) == 6 and tokens[0][:4].isdigit() \
            and tokens[0][4:].isalpha():
        postcode = f"{tokens[0][:4]} {tokens[0][4:].upper()}"
        city = " ".join(tokens[1:])
    else:
        raise InvalidInput(
            f"Geen geldige Nederlandse postcode en plaats in '{rest}' "
            "(bijv. '1234 AB Amersfoort').",
            f"No valid Dutch postcode and town in '{rest}' (e.g. '1234 AB Amersfoort').",
        )
    for value, nl, en in ((street, "De straat", "The street"), (city, "De plaats", "The town")):
        clean_name_part(value, nl, en, required=True)
    return PostalAddress(street, postcode, city)
