"""The default proposal policy, as data a board can change, and the proposal it computes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .catalogue import PERSON_KIND_LABELS, PersonKind
from .errors import InvalidInput
from .measures import MEASURE_LABELS, Measure, kind_label_en, kind_label_nl, ladder, measure_text
from .severity import SEVERITY_LABELS

# Base measure per overall severity and kind of subject (domain.md: 1 -> step 1, 2 -> step 2,
# 3 -> suspension/ban, 4 -> dismissal/removal).
DEFAULT_BASE: dict[str, dict[int, str]] = {
    PersonKind.STAFF.value: {1: "warning", 2: "reprimand", 3: "suspension", 4: "dismissal"},
    PersonKind.PUPIL.value: {1: "warning", 2: "suspension", 3: "suspension", 4: "removal"},
    PersonKind.PARENT.value: {1: "warning", 2: "access_ban", 3: "access_ban", 4: "removal"},
}


@dataclass(frozen=True, order=True)
class IncidentMoment:
    """When an incident happened; same-day incidents keep the order they were registered in."""

    occurred_on: date
    incident_id: int


def history_start(this: date, history_months: int) -> date:
    """The first day of the recidivism window that ends on this incident's date."""
    return this - timedelta(days=round(history_months * 30.44))


def counts_as_prior(earlier: IncidentMoment, this: IncidentMoment, history_months: int) -> bool:
    """Recidivism: a measure counts only when it was decided on an incident that happened
    before this one, within the window before this incident's date. A measure decided later
    on a later incident never raises an older case's proposal."""
    return earlier < this and earlier.occurred_on >= history_start(this.occurred_on,
                                                                    history_months)


@dataclass(frozen=True)
class ProposalPolicy:
    base: dict[str, dict[int, str]] = field(default_factory=lambda: {
        k: dict(v) for k, v in DEFAULT_BASE.items()})
    steps_per_prior_measure: int = 1
    history_months: int = 24

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ProposalPolicy:
        base_raw = data.get("base", DEFAULT_BASE)
        base: dict[str, dict[int, str]] = {}
        for kind_code, rows in base_raw.items():
            kind = PersonKind(kind_code)
            steps = ladder(kind)
            parsed = {int(sev): str(code) for sev, code in rows.items()}
            if sorted(parsed) != [1, 2, 3, 4]:
                raise InvalidInput(
                    f"Het voorstelbeleid voor een {kind_label_nl(kind)} moet ernst 1 t/m 4 "
                    "bevatten.",
                    f"The proposal policy for a {kind_label_en(kind)} must cover severity 1 "
                    "to 4.",
                )
            previous = -1
            for sev in (1, 2, 3, 4):
                code = parsed[sev]
                if code not in {m.value for m in steps} or code == Measure.SUMMARY_DISMISSAL:
                    raise InvalidInput(
                        f"'{measure_text(code)}' is geen toegestane basismaatregel voor een "
                        f"{kind_label_nl(kind)}.",
                        f"'{measure_text(code, 'en')}' is not an allowed base measure for a "
                        f"{kind_label_en(kind)}.",
                    )
                position = steps.index(Measure(code))
                if position < previous:
                    raise InvalidInput(
                        "Een hogere ernst mag nooit een lichtere maatregel opleveren.",
                        "A higher severity may never give a lighter measure.",
                    )
                previous = position
            base[kind_code] = parsed
        steps_up = int(data.get("steps_per_prior_measure", 1))
        months = int(data.get("history_months", 24))
        if steps_up < 0 or months < 0:
            raise InvalidInput(
                "Stappen en maanden in het voorstelbeleid mogen niet negatief zijn.",
                "Steps and months in the proposal policy must not be negative.",
            )
        return cls(base=base, steps_per_prior_measure=steps_up, history_months=months)

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": {k: {str(s): c for s, c in v.items()} for k, v in self.base.items()},
            "steps_per_prior_measure": self.steps_per_prior_measure,
            "history_months": self.history_months,
        }


@dataclass(frozen=True)
class Proposal:
    measure: Measure
    overall_severity: int
    prior_measures: int
    base_measure: Measure
    policy_row: str
    reasons_nl: tuple[str, ...]
    reasons_en: tuple[str, ...]


def propose(
    policy: ProposalPolicy,
    kind: PersonKind,
    overall_severity: int,
    prior_measures: int,
    urgent_reason: bool,
) -> Proposal:
    """Base step from severity, one step up per prior measure, capped below summary dismissal.

    Summary dismissal is proposed only for staff at severity 4 with the urgent-reason flag
    (BW 7:677/678, domain.md 'Default proposal policy').
    """
    steps = ladder(kind)
    capped: list[Measure] = [m for m in steps if m is not Measure.SUMMARY_DISMISSAL]
    base = Measure(policy.base[kind.value][overall_severity])
    position = min(capped.index(base) + prior_measures * policy.steps_per_prior_measure,
                   len(capped) - 1)
    chosen = capped[position]
    row = f"{kind.value}/ernst {overall_severity} -> {base.value}"
    kind_nl, kind_en = PERSON_KIND_LABELS[kind]
    base_nl, base_en = MEASURE_LABELS[base]
    reasons_nl = [
        f"Ernst overall: {overall_severity} ({SEVERITY_LABELS[overall_severity][0]}).",
        f"Beleidsregel: {kind_nl}, ernst {overall_severity} → {base_nl}.",
        f"Eerdere maatregelen in de laatste {policy.history_months} maanden: {prior_measures}"
        + (f" (+{position - capped.index(base)} stap)" if position > capped.index(base) else "")
        + ".",
    ]
    reasons_en = [
        f"Overall severity: {overall_severity} ({SEVERITY_LABELS[overall_severity][1]}).",
        f"Policy row: {kind_en}, severity {overall_severity} → {base_en}.",
        f"Prior measures in the last {policy.history_months} months: {prior_measures}"
        + (f" (+{position - capped.index(base)} step)" if position > capped.index(base) else "")
        + ".",
    ]
    if (kind is PersonKind.STAFF and overall_severity == 4 and urgent_reason):
        chosen = Measure.SUMMARY_DISMISSAL
        reasons_nl.append("Ernst 4 met dringende reden: ontslag op staande voet "
                          "(BW 7:677/678).")
        reasons_en.append("Severity 4 with an urgent reason: summary dismissal (BW 7:677/678).")
    return Proposal(chosen, overall_severity, prior_measures, base, row,
                    tuple(reasons_nl), tuple(reasons_en))
