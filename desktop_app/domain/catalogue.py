"""The protocol's catalogue: the rules A1-C4 and the A7 behaviour categories with Dutch labels."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .errors import InvalidInput

# A school's denomination decides the objection route of its letters (law C8).
DENOMINATIONS = ("openbaar", "bijzonder")
# What the confidential inspector concluded on a call: reasonable suspicion or not (V4).
INSPECTOR_OUTCOMES = ("yes", "no", "unclear")


class PersonKind(StrEnum):
    STAFF = "staff"
    PUPIL = "pupil"
    PARENT = "parent"
    OTHER = "other"


PERSON_KIND_LABELS: dict[PersonKind, tuple[str, str]] = {
    PersonKind.STAFF: ("medewerker", "staff member"),
    PersonKind.PUPIL: ("leerling", "pupil"),
    PersonKind.PARENT: ("ouder/verzorger", "parent/guardian"),
    PersonKind.OTHER: ("overig", "other"),
}


@dataclass(frozen=True)
class ProtocolRule:
    code: str
    section: str
    label_nl: str
    label_en: str
    wording: str
    """The protocol's own text, shown beside the picker so the user sees what was breached."""
    staff_only: bool = False


PROTOCOL_RULES: tuple[ProtocolRule, ...] = (
    ProtocolRule(
        "A1", "A", "Actief op sociale media tijdens de lessen",
        "Active on social media during lessons",
        "Het is medewerkers en leerlingen niet toegestaan om tijdens de lessen actief te zijn op "
        "sociale media, tenzij door de schoolleiding respectievelijk leraren hiervoor vooraf "
        "toestemming is gegeven.",
    ),
    ProtocolRule(
        "A2", "A", "Persoonsgegevens gedeeld of anderen geschaad",
        "Shared personal data or harmed others",
        "Het is betrokkenen toegestaan om, met inachtneming van de nodige terughoudendheid, "
        "kennis en informatie over school en de leden van de school te delen, mits het geen "
        "persoonsgegevens betreft en andere betrokkenen niet schaadt.",
    ),
    ProtocolRule(
        "A3", "A", "Eigen verantwoordelijkheid voor gepubliceerde inhoud",
        "Personal responsibility for published content",
        "De betrokkene is persoonlijk verantwoordelijk voor de inhoud die hij publiceert op de "
        "sociale media.",
    ),
    ProtocolRule(
        "A5", "A", "Beeld of geluid zonder aantoonbare schriftelijke toestemming",
        "Images or sound without demonstrable written consent",
        "De school vraagt aantoonbaar schriftelijke toestemming aan medewerkers, ouders om foto- "
        "film- en geluidsopnamen van aan school gerelateerde situaties, waarop zij zijn "
        "afgebeeld, op de school- en/of persoonlijke sociale media te zetten.",
    ),
    ProtocolRule(
        "A6", "A", "Onprofessioneel contact via privéaccount",
        "Unprofessional contact through a private account",
        "Het is medewerkers met inachtneming van de nodige terughoudendheid vanuit een "
        "professionele en transparante houding en indien dit functioneel is in de betreffende "
        "situatie toegestaan om met een privéaccount via sociale media te communiceren met "
        "leerlingen en ouders.",
        staff_only=True,
    ),
    ProtocolRule(
        "A7", "A", "Fatsoensnormen overschreden", "Decency norms breached",
        "Alle betrokkenen nemen de reguliere fatsoensnormen tegenover betrokkenen in de school in "
        "acht. Als fatsoensnormen worden overschreden (bijvoorbeeld: hacken van een account, "
        "pesten, kwetsen, stalken, bedreigen, radicalisering, in diskrediet brengen of anderszins "
        "beschadigen) dan neemt de school passende maatregelen.",
    ),
    ProtocolRule(
        "B1", "B", "Misbruik professionele groepsapp", "Misuse of the class group app",
        "Een medewerker kan een professionele groepsapp maken ten behoeve van leerlingen en/of "
        "ouders/verzorgers van leerlingen van de klas waaraan hij lesgeeft.",
        staff_only=True,
    ),
    ProtocolRule(
        "B2", "B", "Niet vermeld medewerker te zijn (werksituatie)",
        "Did not disclose being staff (at work)",
        "Indien een medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft "
        "met de school dient de medewerker te vermelden dat hij medewerker is van een van de "
        "scholen en welke functie hij heeft.",
        staff_only=True,
    ),
    ProtocolRule(
        "B3", "B", "Ontsporende communicatie niet gemeld",
        "Derailing conversation not escalated",
        "Als online communicatie dreigt te ontsporen dient de medewerker direct contact op te "
        "nemen met zijn leidinggevende om de te volgen strategie te bespreken.",
        staff_only=True,
    ),
    ProtocolRule(
        "B4", "B", "Twijfelachtige publicatie niet voorgelegd",
        "Doubtful publication not checked",
        "Bij twijfel of een publicatie in strijd is met deze richtlijnen neemt de medewerker "
        "contact op met zijn leidinggevende.",
        staff_only=True,
    ),
    ProtocolRule(
        "C1", "C", "Persoonsgebonden informatie of schade aan de naam van de school",
        "Person-related information or harm to the school's name",
        "Het is de medewerker toegestaan om school/werk gerelateerde onderwerpen te publiceren "
        "mits het geen persoonsgebonden informatie over de school, haar medewerkers, leerlingen, "
        "ouders/verzorgers en andere betrokkenen betreft. Ook mag de publicatie de naam van de "
        "school niet schaden.",
        staff_only=True,
    ),
    ProtocolRule(
        "C2", "C", "Standpunten in strijd met missie en visie",
        "Views contrary to the school's mission",
        "Het is voor medewerkers niet toegestaan standpunten en/of overtuigingen uit te dragen die "
        "in strijd zijn met de missie en visie van de school en de uitgangspunten van dit "
        "protocol.",
        staff_only=True,
    ),
    ProtocolRule(
        "C3", "C", "Niet vermeld medewerker te zijn (privésituatie)",
        "Did not disclose being staff (private)",
        "Indien de medewerker deelneemt aan een discussie die (op enigerlei wijze) te maken heeft "
        "met de school dient hij te vermelden dat hij medewerker is van een van de scholen.",
        staff_only=True,
    ),
    ProtocolRule(
        "C4", "C", "Geen vermelding 'persoonlijke mening'",
        "No 'personal opinion' disclaimer",
        "Als de medewerker over een van de scholen publiceert dient hij het bericht te voorzien "
        "van de mededeling dat de standpunten en meningen in dit bericht de eigen persoonlijke "
        "mening zijn en los staan van eventuele officiële standpunten van de scholen.",
        staff_only=True,
    ),
)

RULES_BY_CODE: dict[str, ProtocolRule] = {r.code: r for r in PROTOCOL_RULES}


class Category(StrEnum):
    HACKING = "hacking"
    BULLYING = "bullying"
    INSULTING = "insulting"
    STALKING = "stalking"
    THREATENING = "threatening"
    RADICALISATION = "radicalisation"
    DISCREDITING = "discrediting"
    OTHER_DAMAGE = "other_damage"
    PERSONAL_DATA = "personal_data"
    IMAGES_WITHOUT_CONSENT = "images_without_consent"
    DURING_LESSONS = "during_lessons"


CATEGORY_LABELS: dict[Category, tuple[str, str]] = {
    Category.HACKING: ("hacken van een account", "hacking an account"),
    Category.BULLYING: ("pesten", "bullying"),
    Category.INSULTING: ("kwetsen", "hurting or insulting"),
    Category.STALKING: ("stalken", "stalking"),
    Category.THREATENING: ("bedreigen", "threatening"),
    Category.RADICALISATION: ("radicalisering", "radicalisation"),
    Category.DISCREDITING: ("in diskrediet brengen", "discrediting"),
    Category.OTHER_DAMAGE: ("anderszins beschadigen", "otherwise damaging"),
    Category.PERSONAL_DATA: ("delen van persoonsgegevens", "sharing personal data"),
    Category.IMAGES_WITHOUT_CONSENT: (
        "beeldmateriaal zonder toestemming", "images without consent"),
    Category.DURING_LESSONS: ("actief tijdens de lessen", "active during lessons"),
}


def rule(code: str) -> ProtocolRule:
    found = RULES_BY_CODE.get(code.strip().upper())
    if found is None:
        known = ", ".join(RULES_BY_CODE)
        raise InvalidInput(
            f"Onbekende protocolregel '{code}'. Kies uit: {known}.",
            f"Unknown protocol rule '{code}'. Choose from: {known}.",
        )
    return found


def category(code: str) -> Category:
    try:
        return Category(code.strip().lower())
    except ValueError:
        known = ", ".join(c.value for c in Category)
        raise InvalidInput(
            f"Onbekende gedragscategorie '{code}'. Kies uit: {known}.",
            f"Unknown behaviour category '{code}'. Choose from: {known}.",
        ) from None


def person_kind(code: str) -> PersonKind:
    try:
        return PersonKind(code.strip().lower())
    except ValueError:
        known = ", ".join(k.value for k in PersonKind)
        raise InvalidInput(
            f"Onbekende soort persoon '{code}'. Kies uit: {known}.",
            f"Unknown kind of person '{code}'. Choose from: {known}.",
        ) from None


def label(labels: dict[Any, tuple[str, str]], key: object, lang: str = "nl") -> str:
    nl, en = labels[key]
    return str(en if lang.startswith("en") else nl)
