"""The board's processing description (AVG art. 30; law R5.7) and what it says about retention.

The retention terms themselves live once, in the board's legal settings
(`LegalSettings.retention_*_months`, applied by `domain.retention` when data is destroyed).
This module only names the categories of the processing register and which of those terms
each follows, so the register prints exactly the terms destruction applies.
"""

from __future__ import annotations

from dataclasses import dataclass

from .legal import LegalSettings
from .retention import ARCHIVE_RULE, DossierKind, months_for


@dataclass(frozen=True)
class RetentionCategory:
    category: str
    label: str  # Dutch, as printed
    # The dossiers whose term applies (destruction removes the category with that dossier);
    # empty: not destroyed by the application (see `after`).
    dossiers: tuple[DossierKind, ...]
    after: str  # the moment the term runs from, in Dutch
    source: str  # law.md reference and its confidence


_PERSON = (DossierKind.PUPIL, DossierKind.PERSONNEL)
RETENTION_CATEGORIES: dict[str, RetentionCategory] = {r.category: r for r in (
    RetentionCategory("pupil_dossier", "Leerlingendossier (incidenten, maatregelen, brieven, "
                      "ook over ouders)", (DossierKind.PUPIL,),
                      "nadat de leerling de school verliet", "law §5, PO-Raad [V]"),
    RetentionCategory("personnel_dossier", "Personeelsdossier (incidenten, maatregelen, "
                      "brieven)", (DossierKind.PERSONNEL,),
                      "na het einde van het dienstverband", "law §5, richtlijn [S]"),
    RetentionCategory("inspector_calls", "Gesprekken met de vertrouwensinspecteur",
                      (DossierKind.INSPECTOR_CALL,),
                      "na het vertrek van de persoon over wie de zaak gaat",
                      "law §4, §5: geen eigen termijn gevonden [U]"),
    RetentionCategory("police_reports", "Aangiften bij de politie",
                      (DossierKind.POLICE_REPORT,),
                      "na het vertrek van de persoon over wie de zaak gaat; zolang een "
                      "procedure loopt langer (bewaarplicht)",
                      "law §5: geen eigen termijn gevonden [U]"),
    RetentionCategory("consent_register", "Toestemmingsregister beeldmateriaal", _PERSON,
                      "met het dossier van de persoon (bewijs van toestemming, F4)",
                      "law F4, met het dossier [U]"),
    RetentionCategory("access_requests", "Inzageverzoeken en hun afhandeling", _PERSON,
                      "met het dossier van de persoon over wie het verzoek ging",
                      "law R5.5: geen eigen termijn gevonden [U]"),
    RetentionCategory("archive", "Documenten onder de Archiefwet (gemarkeerd)", (),
                      "niet vernietigen tot de selectielijst er is; ze houden het hele dossier "
                      "van de persoon vast", f"law {ARCHIVE_RULE} [V]"),
    RetentionCategory("audit_trail", "Audittrail (wie zag of wijzigde wat)", (),
                      "blijft zolang de gegevens die het beschrijft; vernietigingen worden erin "
                      "vastgelegd zonder inhoud", "law R5.8 [U]"),
)}


@dataclass(frozen=True)
class RetentionTerm:
    """One category's term as the register prints it, from the board's settings."""

    category: str
    label: str
    months: tuple[int, ...]  # per dossier in `RetentionCategory.dossiers`
    text: str
    source: str


def _months(n: int) -> str:
    return "1 maand" if n == 1 else f"{n} maanden"


def retention_term(category: RetentionCategory, legal: LegalSettings) -> RetentionTerm:
    months = tuple(months_for(kind, legal) for kind in category.dossiers)
    if not months:
        text = category.after
    elif len(months) == 1:
        text = f"{_months(months[0])} {category.after}"
    else:  # goes with whichever dossier the person has: name each term
        text = f"{category.after}: " + ", ".join(
            f"{kind.value} {_months(n)} na vertrek" for kind, n in zip(category.dossiers,
                                                                        months, strict=True))
    return RetentionTerm(category.category, category.label, months, text, category.source)


def retention_terms(legal: LegalSettings) -> list[RetentionTerm]:
    """Every category's term under the board's legal settings (the ones destruction uses)."""
    return [retention_term(c, legal) for c in RETENTION_CATEGORIES.values()]


@dataclass(frozen=True)
class Recipient:
    name: str
    what: str  # what they receive and when
    basis: str  # law.md rule ids


RECIPIENTS: tuple[Recipient, ...] = (
    Recipient("Inspectie van het Onderwijs",
              "melding van een schorsing van een leerling langer dan een dag, met redenen, via "
              "het Internet Schooldossier", "P-S3"),
    Recipient("Leerplichtambtenaar",
              "besluit tot verwijdering van een leerling; bij schorsing naar regionaal gebruik",
              "C4, P-S4"),
    Recipient("Politie",
              "aangifte bij een mogelijk strafbaar feit; na overleg met de "
              "vertrouwensinspecteur bij een redelijk vermoeden van een zedendelict",
              "protocol Sancties 6, V5"),
    Recipient("Geschillencommissie passend onderwijs (GPO)",
              "het dossier van een verwijdering als ouders het geschil voorleggen",
              "P-V12"),
    Recipient("Vertrouwensinspecteur",
              "telefonisch: grensoverschrijdende communicatie van een medewerker en een "
              "vermoeden van een zedendelict tegen een minderjarige leerling",
              "protocol Sancties 2, WPO art. 4a"),
)


@dataclass(frozen=True)
class Processing:
    name: str
    purpose: str
    subjects: str
    data: str
    basis: str
    retention: tuple[str, ...]  # RETENTION_CATEGORIES


PROCESSING: tuple[Processing, ...] = (
    Processing("Incidenten sociale media",
               "Vastleggen en afhandelen van overtredingen van het protocol sociale media",
               "leerlingen, ouders/verzorgers, medewerkers, melders en getuigen",
               "naam, school, groep of functie, geboortedatum (leerling), betrokkenheid, "
               "omschrijving, platform, bewijs (schermafbeeldingen met SHA-256), ernst",
               "taak van algemeen belang en wettelijke plicht (WPO, CAO PO), art. 6 lid 1 "
               "onder c en e AVG [U]", ("pupil_dossier", "personnel_dossier")),
    Processing("Maatregelen en dossiers",
               "Besluiten over maatregelen, horen, brieven en hun verzending; "
               "leerlingendossier en personeelsdossier",
               "leerlingen, ouders/verzorgers, medewerkers",
               "adresgegevens, ouderlijk gezag, besluiten, motivering, brieven, "
               "verzenddata", "WPO art. 40/40c, CAO PO, BW boek 7 [S]",
               ("pupil_dossier", "personnel_dossier")),
    Processing("Vertrouwensinspecteur en aangifte",
               "Melden, overleggen en aangifte doen bij vermoedens van strafbare feiten",
               "medewerkers, leerlingen",
               "gesprekken met de vertrouwensinspecteur, vermoedens van strafbare feiten "
               "(strafrechtelijke gegevens, art. 10 AVG), aangiften",
               "WPO art. 4a; art. 10 AVG / UAVG [U]", ("inspector_calls", "police_reports")),
    Processing("Toestemmingsregister beeldmateriaal",
               "Aantoonbaar vastleggen van toestemming per doel (protocol A5)",
               "leerlingen, ouders/verzorgers met gezag, medewerkers",
               "keuze per doel, wie besliste, wanneer, hoe, formulierversie, intrekking en "
               "vervolg, jaarlijkse herziening", "toestemming, art. 6 lid 1 onder a en art. 7 "
               "AVG (F1-F6)", ("consent_register",)),
    Processing("Inzageverzoeken",
               "Beantwoorden van verzoeken om inzage (art. 15 AVG) binnen een maand",
               "verzoekers en de personen over wie het gaat",
               "het verzoek, de identiteitscontrole, het verstrekte overzicht",
               "wettelijke plicht, art. 15 AVG (R5.5)", ("access_requests",)),
    Processing("Audittrail",
               "Verantwoording: wie zag, wijzigde, exporteerde of drukte welk dossier af",
               "gebruikers van de applicatie en de personen in de dossiers",
               "account, handeling, tijdstip, betrokken persoon of zaak",
               "verantwoordingsplicht en beveiliging, art. 5 lid 2 en art. 32 AVG (R5.8)",
               ("audit_trail",)),
)

SECURITY_MEASURES: tuple[str, ...] = (
    "Toegang per rol (beheerder, bestuur, HR, directeur, alleen-lezen) en per school: een "
    "directeur ziet alleen de eigen scholen; gesprekken met de vertrouwensinspecteur en "
    "aangiften alleen voor HR, bestuur en beheerder.",
    "Inloggen met een persoonlijk account; wachtwoorden van minstens 12 tekens als argon2id-hash; "
    "vijf foute pogingen blokkeren het account een kwartier.",
    "Audittrail van elke wijziging en elke inzage, export en afdruk, geketend met HMAC-SHA256 "
    "onder een sleutel buiten de database, verzegeld buiten de database; de database weigert "
    "wijzigen en verwijderen van de trail en van gearchiveerde documenten.",
    "Een poging een dossier van een andere school te openen wordt geweigerd en vastgelegd.",
    "Versleutelde back-ups (AES-256-GCM, sleutel uit een wachtzin met scrypt), voor het "
    "terugzetten geheel gecontroleerd.",
    "Bestanden alleen leesbaar voor de gebruiker (map 0700, bestanden 0600); het logboek bevat "
    "geen persoonsgegevens.",
    "Geen cloud: de applicatie werkt offline op de pc of op de eigen PostgreSQL-server van het "
    "bestuur; geen doorgifte buiten de EU.",
    "Exports van dossiers kunnen namen van anderen onleesbaar maken; het jaarverslag bevat geen "
    "namen en toont aantallen onder 5 als \"< 5\".",
)


# --- Small counts in anonymised figures (annual report) -----------------------------------
# A count under SMALL_CELL may point at a person, so it is shown as "< 5". When a table also
# shows its total and only one count is small, that count would follow from the total minus
# the others: the next smallest is then hidden as well ("*").
SMALL_CELL = 5
SUPPRESSED = f"< {SMALL_CELL}"
HIDDEN = "*"


def protect(counts: list[int], total_shown: bool = True) -> list[str]:
    """How each count of one table is printed."""
    shown = [SUPPRESSED if n < SMALL_CELL else f"{n}" for n in counts]
    small = [i for i, n in enumerate(counts) if n < SMALL_CELL]
    if total_shown and len(small) == 1 and len(counts) > 1:
        others = sorted((n, i) for i, n in enumerate(counts) if i not in small)
        shown[others[0][1]] = HIDDEN
    return shown


def protected_total(total: int) -> str:
    return SUPPRESSED if total < SMALL_CELL else f"{total}"
