"""The processing description and the small-count rule of the anonymised annual report."""

from __future__ import annotations

from desktop_app.domain.legal import LegalSettings
from desktop_app.domain.privacy import (
    PROCESSING,
    RECIPIENTS,
    RETENTION_CATEGORIES,
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
        assert set(processing.retention) <= set(RETENTION_CATEGORIES)


def test_R5_1_register_terms_are_the_legal_settings_destruction_applies() -> None:
    defaults = {t.category: t.months for t in retention_terms(LegalSettings())}
    assert defaults["pupil_dossier"] == (24,) and defaults["personnel_dossier"] == (24,)
    assert defaults["audit_trail"] == () and defaults["archive"] == ()
    changed = {t.category: t for t in retention_terms(
        LegalSettings(retention_pupil_months=36))}
    assert changed["pupil_dossier"].text.startswith("36 maanden")
    # Consent goes with the person's dossier: both dossier terms are named.
    assert "leerlingendossier 36 maanden" in changed["consent_register"].text
    assert "personeelsdossier 24 maanden" in changed["consent_register"].text
