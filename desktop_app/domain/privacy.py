"""The board's processing description (AVG art. 30; law R5.7) and the retention defaults (law §5).

One place for both, so the processing register, the retention rules and their settings say
the same. RETENTION_DEFAULTS are the terms law.md gives per category; a board changes them in
the `retention` setting (RETENTION_SETTING: {category: years}), never here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

# The settings key a board's own retention terms live under: {category: years}.
RETENTION_SETTING = "retention"


@dataclass(frozen=True)
class RetentionDefault:
    category: str
    label: str  # Dutch, as printed
    years: int | None  # None: not destroyed by the application (see `after`)
    after: str  # the moment the term runs from, in Dutch
    source: str  # law.md reference and its confidence


RETENTION_DEFAULTS: dict[str, RetentionDefault] = {r.category: r for r in (
    RetentionDefault("pupil_dossier", "Leerlingendossier (incidenten, maatregelen, brieven, "
                     "ook over ouders)", 2, "nadat de leerling de school verliet",
                     "law §5, PO-Raad [V]"),
    RetentionDefault("personnel_dossier", "Personeelsdossier (incidenten, maatregelen, "
                     "brieven)", 2, "na het einde van het dienstverband",
                     "law §5, richtlijn [S]"),
    RetentionDefault("inspector_calls", "Gesprekken met de vertrouwensinspecteur", 2,
                     "na het einde van het dienstverband van de medewerker, of met het "
                     "leerlingendossier", "law §4, §5: geen eigen termijn gevonden [U]"),
    RetentionDefault("police_reports", "Aangiften bij de politie", 2,
                     "met het dossier van de zaak, zolang een procedure loopt langer (legal "
                     "hold)", "law §5: geen eigen termijn gevonden [U]"),
    RetentionDefault("consent_register", "Toestemmingsregister beeldmateriaal", 2,
                     "nadat de persoon de school verliet (bewijs van toestemming, F4)",
                     "law F4, met het leerlingendossier [U]"),
    RetentionDefault("access_requests", "Inzageverzoeken en hun afhandeling", 2,
                     "na de afhandeling", "law R5.5: geen eigen termijn gevonden [U]"),
    RetentionDefault("audit_trail", "Audittrail (wie zag of wijzigde wat)", None,
                     "blijft zolang de gegevens die het beschrijft; vernietigingen worden erin "
                     "vastgelegd zonder inhoud", "law R5.8 [U]"),
)}


def retention_terms(overrides: Mapping[str, Any] | None = None) -> list[RetentionDefault]:
    """The defaults with a board's own terms (the `retention` setting) applied."""
    result = []
    for category, default in RETENTION_DEFAULTS.items():
        value = (overrides or {}).get(category)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            default = replace(default, years=value)
        result.append(default)
    return result


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
    retention: tuple[str, ...]  # RETENTION_DEFAULTS categories


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
