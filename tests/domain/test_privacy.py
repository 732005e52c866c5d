"""The processing description and the small-count rule of the anonymised annual report."""

from __future__ import annotations

from desktop_app.domain.privacy import (
    PROCESSING,
    RECIPIENTS,
    RETENTION_DEFAULTS,
    protect,
    protected_total,
    retention_terms,
)


def test_annual_report_small_counts_are_under_5_and_cannot_be_derived_from_the_total() -> None:
    assert protect([12, 7, 5]) == ["12", "7", "5"]
    assert protect([12, 3, 0]) == ["12", "< 5", "< 5"]
    # One small count and a total: the next smallest is hidden too.
    assert protect([12, 3, 8]) == ["12", "< 5", "*"]
    assert protect([12, 3, 8], total_shown=False) == ["12", "< 5", "8"]
    assert protected_total(4) == "< 5" and protected_total(25) == "25"


def test_R5_7_the_register_names_the_recipients_the_law_names() -> None:
    names = " ".join(r.name for r in RECIPIENTS)
    for recipient in ("Inspectie", "Leerplichtambtenaar", "Politie", "GPO",
                      "Vertrouwensinspecteur"):
        assert recipient in names
    for processing in PROCESSING:
        assert set(processing.retention) <= set(RETENTION_DEFAULTS)


def test_R5_1_retention_defaults_follow_law_and_a_board_setting_overrides_them() -> None:
    defaults = {r.category: r.years for r in retention_terms()}
    assert defaults["pupil_dossier"] == 2 and defaults["personnel_dossier"] == 2
    changed = {r.category: r.years for r in retention_terms({"pupil_dossier": 3,
                                                             "personnel_dossier": "x"})}
    assert changed["pupil_dossier"] == 3 and changed["personnel_dossier"] == 2
