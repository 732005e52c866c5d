"""Legal terms as a board setting: law.md marks many unverified, so none is a constant."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from .errors import InvalidInput

# Settings that switch a rule on (1) or off (0): the art. 4a track's trigger criteria (V9).
FLAG_SETTINGS = frozenset({"art4a_sexual_intimidation", "art4a_adult_pupils"})


# No legal term or count is longer than this (days, weeks or months): a larger number is a typo,
# and would not fit the database's integer column on the server.
MAX_SETTING_NUMBER = 9999


@dataclass(frozen=True)
class LegalSettings:
    inspector_phone: str = "0900-1113111"  # V7, protocol Sancties 2
    pupil_suspension_max_days: int = 7  # P-S1: "ten hoogste een week" (calendar days, inclusive)
    pupil_suspension_warn_school_days: int = 5  # P-S1: warn above 5 school days
    inspectie_report_days: int = 0  # P-S3: no statutory term found [U]; "immediately"
    objection_weeks: int = 6  # P-S8, P-V9 (Awb 6:7 [U])
    objection_decision_weeks: int = 4  # P-V10
    gpo_weeks: int = 6  # P-V12
    gpo_opinion_weeks: int = 10  # P-V12
    gpo_defence_weeks: int = 2  # P-V12 [S]
    staff_response_weeks: int = 3  # ST3
    staff_suspension_max_days: int = 28  # ST5
    staff_appeal_weeks: int = 6  # ST8 [U for PO]
    summary_dismissal_warn_days: int = 3  # ST10: "a few days"
    annulment_months: int = 2  # ST12 [term U]
    parent_ban_max_months: int = 6  # O7 [S: one board's policy]
    parent_response_weeks: int = 2  # O3: time for a parent's response to an intended ban [S]
    history_months: int = 24  # proposal policy: measures counted in the last 24 months
    cao_article_reprimand: str = "[artikel cao po berisping]"  # C7: article numbers [U]
    cao_article_suspension: str = "[artikel cao po schorsing]"
    cao_article_order_suspension: str = "[artikel cao po schorsing als ordemaatregel]"
    wpo_article_suspension: str = "artikel 40c WPO"  # C1 [S]
    wpo_article_removal: str = "artikel 40 WPO"
    access_request_months: int = 1  # R5.5
    access_request_extension_months: int = 2  # R5.5, AVG art. 12(3) [U, not retrieved]
    # R5.1: months after leaving / end of employment before a dossier is destroyed.
    retention_pupil_months: int = 24  # leerlingendossier: 2 years after leaving [V]
    retention_staff_months: int = 24  # personeelsdossier: guideline 2 years [S]
    retention_inspector_call_months: int = 24  # no own term found [U]: the dossier's term
    retention_police_report_months: int = 24  # no own term found [U]: the dossier's term

    # WPO art. 4a track (law V1, V8, V9): the trigger is a setting because pending law (Wet vrij
    # en veilig onderwijs, 36 777) may widen it; 0 = no, 1 = yes.
    art4a_sexual_intimidation: int = 0  # V9: also sexual intimidation (pending law)
    art4a_adult_pupils: int = 0  # V9: also adult pupils in a dependency relationship
    art4a_minor_age: int = 18  # V1: "minderjarige leerling"
    vi_optional_categories: str = "bullying,threatening,radicalisation,stalking"  # V8
    order_response_days: int = 7  # ST5: response to an order suspension [U: CAO wording]
    leerplicht_notice_days: int = 0  # P-V7: "direct" (Leerplichtwet art. 18 term [U])
    leerplicht_address: str = "[naam en adres leerplichtambtenaar]"  # the board's municipality
    inspectie_address: str = "Inspectie van het Onderwijs, Postbus 2730, 3500 GS  UTRECHT"  # [U]

    # C8, P-S8, O7: the board's own objection regulation for decisions of its bijzondere
    # schools (its name as the letter cites it); empty: the board has none, and a bijzonder
    # letter promises no internal objection.
    objection_regulation: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LegalSettings:
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                raise InvalidInput(
                    f"Onbekende wettelijke instelling '{key}'.", f"Unknown legal setting '{key}'."
                )
            wanted = type(getattr(cls(), key))
            label_nl, label_en = legal_label(key, "nl"), legal_label(key, "en")
            try:
                if wanted is int and isinstance(value, float) and not value.is_integer():
                    raise ValueError(value)  # 2.5 weeks is no term: never cut to 2
                values[key] = wanted(value)
            except (TypeError, ValueError, OverflowError):
                raise InvalidInput(
                    f"‘{label_nl}’ moet een {'getal' if wanted is int else 'tekst'} zijn.",
                    f"‘{label_en}’ must be a {'number' if wanted is int else 'text'}.",
                    field=key, values={"setting": key, "value": str(value)},
                ) from None
            if wanted is int and values[key] > MAX_SETTING_NUMBER:
                raise InvalidInput(
                    f"‘{label_nl}’ is te groot (hoogstens {MAX_SETTING_NUMBER}).",
                    f"‘{label_en}’ is too large (at most {MAX_SETTING_NUMBER}).",
                    field=key, values={"setting": key, "value": values[key]},
                )
            if wanted is int and values[key] < 0:
                raise InvalidInput(
                    f"‘{label_nl}’ mag niet negatief zijn.",
                    f"‘{label_en}’ must not be negative.",
                    field=key, values={"setting": key, "value": values[key]},
                )
            if key in FLAG_SETTINGS and values[key] not in (0, 1):
                # V9: a trigger of the art. 4a track is on or off; 2 is no third state.
                raise InvalidInput(
                    f"‘{label_nl}’ kan alleen 0 (nee) of 1 (ja) zijn, niet {values[key]}. "
                    "Pas het aan bij Instellingen › Wettelijke termijnen.",
                    f"‘{label_en}’ can only be 0 (no) or 1 (yes), not {values[key]}. "
                    "Change it under Settings › Legal terms.",
                    "V9", field=key,
                    values={"setting": key, "value": values[key], "possible": [0, 1]},
                )
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# How each setting is labelled on the Instellingen › Wettelijke termijnen screen (Dutch,
# English) and whether law.md marks it unverified [U] (the user should check it).
LEGAL_LABELS: dict[str, tuple[str, str, bool]] = {
    "inspector_phone": ("Telefoon Landelijke Vertrouwensinspecteur",
                        "National confidential inspector's phone", False),
    "pupil_suspension_max_days": ("Schorsing leerling: max. kalenderdagen",
                                  "Pupil suspension: max. calendar days", False),
    "pupil_suspension_warn_school_days": ("Schorsing leerling: waarschuw boven schooldagen",
                                          "Pupil suspension: warn above school days", False),
    "inspectie_report_days": ("Melding Inspectie binnen (dagen)",
                              "Report to the Inspectie within (days)", True),
    "objection_weeks": ("Bezwaartermijn (weken)", "Objection term (weeks)", True),
    "objection_decision_weeks": ("Beslissen op bezwaar (weken)",
                                 "Decision on an objection (weeks)", False),
    "gpo_weeks": ("Termijn Geschillencommissie (weken)", "Disputes committee term (weeks)",
                  False),
    "gpo_opinion_weeks": ("Oordeel Geschillencommissie (weken)",
                          "Disputes committee opinion (weeks)", False),
    "gpo_defence_weeks": ("Verweer Geschillencommissie (weken)",
                          "Defence to the disputes committee (weeks)", False),
    "staff_response_weeks": ("Zienswijze medewerker (weken)", "Employee's response (weeks)",
                             False),
    "staff_suspension_max_days": ("Schorsing medewerker: max. dagen per besluit",
                                  "Staff suspension: max. days per decision", False),
    "staff_appeal_weeks": ("Beroep medewerker (weken)", "Employee's appeal (weeks)", True),
    "summary_dismissal_warn_days": ("Ontslag op staande voet: waarschuw na dagen",
                                    "Summary dismissal: warn after days", False),
    "annulment_months": ("Vernietiging ontslag vragen (maanden)",
                         "Request to annul a dismissal (months)", True),
    "parent_ban_max_months": ("Toegangsverbod ouder: max. maanden",
                              "Parent ban: max. months", False),
    "parent_response_weeks": ("Reactie ouder op voornemen (weken)",
                              "Parent's response to an intention (weeks)", False),
    "history_months": ("Geschiedenis voor het voorstel (maanden)",
                       "History for the proposal (months)", False),
    "cao_article_reprimand": ("Cao-artikel schriftelijke berisping",
                              "CAO article written reprimand", True),
    "cao_article_suspension": ("Cao-artikel schorsing", "CAO article suspension", True),
    "cao_article_order_suspension": ("Cao-artikel schorsing als ordemaatregel",
                                     "CAO article suspension as an order measure", True),
    "wpo_article_suspension": ("WPO-artikel schorsing", "WPO article suspension", False),
    "wpo_article_removal": ("WPO-artikel verwijdering", "WPO article removal", False),
    "access_request_months": ("Inzageverzoek afhandelen (maanden)",
                              "Handle an access request (months)", False),
    "access_request_extension_months": ("Inzageverzoek verlengen met (maanden)",
                                        "Extend an access request by (months)", True),
    "retention_pupil_months": ("Bewaren leerlingendossier na vertrek (maanden)",
                               "Keep a pupil dossier after leaving (months)", False),
    "retention_staff_months": ("Bewaren personeelsdossier na uitdiensttreding (maanden)",
                               "Keep a personnel dossier after employment ended (months)",
                               True),
    "retention_inspector_call_months": ("Bewaren gesprek vertrouwensinspecteur (maanden)",
                                        "Keep an inspector call (months)", True),
    "retention_police_report_months": ("Bewaren aangifte (maanden)",
                                       "Keep a police report (months)", True),

    "art4a_sexual_intimidation": ("Art. 4a WPO ook bij seksuele intimidatie (0/1)",
                                  "WPO art. 4a also for sexual intimidation (0/1)", True),
    "art4a_adult_pupils": ("Art. 4a WPO ook bij meerderjarige leerlingen (0/1)",
                           "WPO art. 4a also for adult pupils (0/1)", True),
    "art4a_minor_age": ("Art. 4a WPO: minderjarig onder (jaar)",
                        "WPO art. 4a: minor under (years)", False),
    "vi_optional_categories": ("Facultatief overleg vertrouwensinspecteur bij categorieën",
                               "Optional inspector consultation for categories", False),
    "order_response_days": ("Zienswijze op schorsing als ordemaatregel (dagen)",
                            "Response to an order suspension (days)", True),
    "leerplicht_notice_days": ("Kennisgeving leerplichtambtenaar binnen (dagen)",
                               "Notice to the attendance officer within (days)", True),
    "leerplicht_address": ("Leerplichtambtenaar: naam en adres (regels met komma's)",
                           "Attendance officer: name and address (lines with commas)", False),
    "inspectie_address": ("Inspectie: naam en postadres", "Inspectie: name and postal address",
                          True),

    "objection_regulation": ("Eigen bezwaarregeling bijzonder onderwijs (naam; leeg = geen)",
                             "Own objection regulation, bijzonder schools (name; empty = none)",
                             True),
}

LEGAL_SETTINGS_PLACE = ("Instellingen › Wettelijke termijnen", "Settings › Legal terms")


# Settings whose empty value is a real answer (the board has no such regulation).
MAY_BE_EMPTY = frozenset({"objection_regulation"})


def is_placeholder(value: object, name: str = "") -> bool:
    """A value still holding the shipped placeholder, such as "[artikel cao po berisping]"."""
    text = str(value).strip()
    if name in MAY_BE_EMPTY and not text:
        return False
    return not text or (text.startswith("[") and text.endswith("]"))


def legal_label(name: str, lang: str = "nl") -> str:
    nl, en, _ = LEGAL_LABELS.get(name, (name, name, False))
    return en if lang.startswith("en") else nl
