"""Retention (law R5.1-R5.4) and the access request's term (R5.5): plain rules, no database.

A person's data is destroyed as one unit: their dossier (documents, cases with decisions and
steps, consent, involvement in incidents) once the longest of the terms that apply has run
from the day they left (a pupil leaving school, an employee's end of employment). The terms
are board settings (`LegalSettings.retention_*`): law.md marks several unverified.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .access import Role
from .catalogue import PersonKind
from .legal import LegalSettings
from .terms import add_months, term_end

HOLD_RULE = "R5.3"  # a legal hold blocks destruction
REPORT_RULE = "R5.2"  # the destruction report (vernietigingsverslag)
ARCHIVE_RULE = "R5.4"  # Archiefwet documents: not destroyed pending the selectielijst
ACCESS_RULE = "R5.5"  # right of access: answer within one month

# Who sees what is due, sets holds and destroys: the board's privacy officers.
PRIVACY_OFFICERS = frozenset({Role.ADMINISTRATOR, Role.BOARD})


class DossierKind(StrEnum):
    """What a retention term applies to; its value is what `retention due` names."""

    PUPIL = "leerlingendossier"
    PERSONNEL = "personeelsdossier"
    INSPECTOR_CALL = "inspectiegesprek"
    POLICE_REPORT = "aangifte"


# Rule id per dossier kind: law R5.1 ("each document carries a retention category").
RULE_IDS: dict[DossierKind, str] = {
    DossierKind.PUPIL: "R5.1-LL",
    DossierKind.PERSONNEL: "R5.1-PD",
    DossierKind.INSPECTOR_CALL: "R5.1-VI",
    DossierKind.POLICE_REPORT: "R5.1-AG",
}

DOSSIER_LABELS: dict[DossierKind, tuple[str, str]] = {
    DossierKind.PUPIL: ("leerlingendossier", "pupil dossier"),
    DossierKind.PERSONNEL: ("personeelsdossier", "personnel dossier"),
    DossierKind.INSPECTOR_CALL: ("gesprek vertrouwensinspecteur", "inspector call"),
    DossierKind.POLICE_REPORT: ("aangifte", "police report"),
}


def dossier_label(kind: DossierKind | str, lang: str = "nl") -> str:
    nl, en = DOSSIER_LABELS[DossierKind(kind)]
    return en if lang.startswith("en") else nl


def months_for(kind: DossierKind, legal: LegalSettings) -> int:
    return {
        DossierKind.PUPIL: legal.retention_pupil_months,
        DossierKind.PERSONNEL: legal.retention_staff_months,
        DossierKind.INSPECTOR_CALL: legal.retention_inspector_call_months,
        DossierKind.POLICE_REPORT: legal.retention_police_report_months,
    }[kind]


def main_dossier(person_kind: str) -> DossierKind:
    """Staff have a personnel dossier; pupils, and parents whose letters are filed with the
    pupil (domain.md, Dossiers), follow the pupil dossier's term."""
    return DossierKind.PERSONNEL if person_kind == PersonKind.STAFF.value else DossierKind.PUPIL


@dataclass(frozen=True)
class Term:
    """The term that decides when a person's data is destroyed: the latest of those that
    apply to what is held on them."""

    dossier: DossierKind
    rule: str
    months: int
    destroy_on: date


def governing_term(person_kind: str, left_on: date, has_calls: bool, has_police: bool,
                   legal: LegalSettings) -> Term:
    kinds = [main_dossier(person_kind)]
    if has_calls:
        kinds.append(DossierKind.INSPECTOR_CALL)
    if has_police:
        kinds.append(DossierKind.POLICE_REPORT)
    terms = [Term(k, RULE_IDS[k], months_for(k, legal), add_months(left_on, months_for(k, legal)))
             for k in kinds]
    # The latest date wins; on a tie the dossier itself is named (listed first).
    return max(terms, key=lambda t: t.destroy_on)


def access_request_due(received_on: date, legal: LegalSettings) -> date:
    """R5.5: a substantive answer within one month of receipt, counted under the Atw."""
    return term_end(received_on, months=legal.access_request_months)


def access_request_extended_due(received_on: date, legal: LegalSettings) -> date:
    """AVG art. 12(3): the term may be extended by two further months (complex or many
    requests), if the requester is told so, with the reasons, within the first term."""
    return term_end(received_on, months=legal.access_request_months
                    + legal.access_request_extension_months)
