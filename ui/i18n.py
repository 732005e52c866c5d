"""Language: the installed Qt translator, Dutch dates, and domain labels in the chosen language."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.domain.catalogue import (
    CATEGORY_LABELS,
    PERSON_KIND_LABELS,
    RULES_BY_CODE,
    Category,
    PersonKind,
)
from desktop_app.domain.dates import short_date as short_date  # re-exported for the UI
from desktop_app.domain.dates import short_datetime as short_datetime
from desktop_app.domain.errors import CaseManagerError
from desktop_app.domain.measures import MEASURE_LABELS, Measure
from desktop_app.domain.procedure import STEP_LABELS, StepKind
from desktop_app.domain.severity import SEVERITY_LABELS
from desktop_app.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
_state: dict[str, object] = {"lang": "nl", "translator": None, "qt_translator": None}

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def language() -> str:
    return str(_state["lang"])


def is_english() -> bool:
    return language() == "en"


def qt_translations_dir() -> str:
    """Qt's own catalogues (qtbase_nl.qm: buttons of message boxes, file and print dialogs)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _install_qt_catalogue(app: QCoreApplication, lang: str) -> None:
    """Qt's standard dialogs in the UI language: 'Annuleren', 'Opslaan', 'Afdrukken'."""
    old = _state["qt_translator"]
    if isinstance(old, QTranslator):
        app.removeTranslator(old)
    _state["qt_translator"] = None
    translator = QTranslator(app)
    if translator.load(f"qtbase_{lang}", qt_translations_dir()):
        app.installTranslator(translator)
        _state["qt_translator"] = translator
    elif lang != "en":  # English is Qt's source language: no catalogue needed
        log.error("Qt catalogue qtbase_%s not found in %s", lang, qt_translations_dir())


def set_language(lang: str) -> bool:
    """Install the catalogues for `lang`: ours (Dutch is its source language, so Dutch needs
    none) and Qt's own qtbase catalogue for the standard dialogs and buttons.

    Installing or removing a translator sends QEvent.LanguageChange to every widget, which
    calls its retranslate_ui().
    """
    app = QCoreApplication.instance()
    chosen = lang if lang in LANGUAGES else "nl"
    old = _state["translator"]
    if app is not None and isinstance(old, QTranslator):
        app.removeTranslator(old)
    _state["translator"] = None
    _state["lang"] = chosen
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if chosen == "en" else QLocale.Language.Dutch,
            QLocale.Country.Netherlands,
        )
    )
    if app is None:
        return True
    _install_qt_catalogue(app, chosen)
    loaded = True
    if chosen != "nl":
        translator = QTranslator(app)
        loaded = translator.load(f"casemanager_{chosen}", translations_dir())
        if loaded:
            app.installTranslator(translator)
            _state["translator"] = translator
        else:
            log.error(
                "translation catalogue casemanager_%s not found in %s", chosen, translations_dir()
            )
    if isinstance(app, QGuiApplication):
        # Qt adds the display name to every window title: it must follow the language too.
        app.setApplicationDisplayName(app_name())
        _refresh_window_titles(app)
    return loaded


def _refresh_window_titles(app: QCoreApplication) -> None:
    """Qt formats a window's title with the display name only when the title is set, and
    setting the same title again does nothing: a window whose own title did not change (the
    board's name) would keep the old language's application name in its title bar."""
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        title = widget.windowTitle()
        if widget.isWindow() and title:
            widget.setWindowTitle(title + " ")
            widget.setWindowTitle(title)


def app_name() -> str:
    return QCoreApplication.translate("app", "Casemanager Sociale Media")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# Dates the Dutch way: 24-11-2026 in lists (desktop_app.domain.dates, shared with the
# messages), "24 november 2026" in running text.
def long_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    months = MONTHS_EN if is_english() else MONTHS_NL
    return f"{day.day} {months[day.month - 1]} {day.year}"


def month_label(year: int, month: int) -> str:
    months = MONTHS_EN if is_english() else MONTHS_NL
    return f"{months[month - 1][:3]} {year % 100:02d}"


def _pick(pair: tuple[str, str]) -> str:
    return pair[1] if is_english() else pair[0]


def category_label(code: str) -> str:
    try:
        return _pick(CATEGORY_LABELS[Category(code)])
    except ValueError:
        return code


def measure_label(code: str | None) -> str:
    if not code:
        return ""
    try:
        return _pick(MEASURE_LABELS[Measure(code)])
    except ValueError:
        return code


def kind_label(code: str) -> str:
    try:
        return _pick(PERSON_KIND_LABELS[PersonKind(code)])
    except ValueError:
        return code


def severity_label(level: int | None) -> str:
    if level is None:
        return ""
    pair = SEVERITY_LABELS.get(level)
    return f"{level} – {_pick(pair)}" if pair else str(level)


def step_label(code: str) -> str:
    try:
        return _pick(STEP_LABELS[StepKind(code)])
    except ValueError:
        return code


def rule_label(code: str) -> str:
    found = RULES_BY_CODE.get(code)
    if found is None:
        return code
    return f"{code} – {found.label_en if is_english() else found.label_nl}"


def status_label(code: str) -> str:
    labels = {
        "open": QCoreApplication.translate("labels", "open"),
        "proposed": QCoreApplication.translate("labels", "voorstel gedaan"),
        "decided": QCoreApplication.translate("labels", "besloten"),
        "closed": QCoreApplication.translate("labels", "gesloten"),
    }
    return ", ".join(
        labels.get(part.strip(), part.strip()) for part in code.split(",") if part.strip()
    )


def role_label(code: str) -> str:
    labels = {
        "subject": QCoreApplication.translate("labels", "betrokkene"),
        "victim": QCoreApplication.translate("labels", "slachtoffer"),
        "witness": QCoreApplication.translate("labels", "getuige"),
        "reporter": QCoreApplication.translate("labels", "melder"),
    }
    return labels.get(code, code)


def denomination_label(code: str) -> str:
    labels = {
        "openbaar": QCoreApplication.translate("labels", "openbaar"),
        "bijzonder": QCoreApplication.translate("labels", "bijzonder"),
    }
    return labels.get(code, code)


def outcome_label(code: str) -> str:
    labels = {
        "yes": QCoreApplication.translate("labels", "ja, redelijk vermoeden"),
        "no": QCoreApplication.translate("labels", "nee"),
        "unclear": QCoreApplication.translate("labels", "onduidelijk"),
    }
    return labels.get(code, code)


def dossier_label(code: str) -> str:
    labels = {
        "personeelsdossier": QCoreApplication.translate("labels", "personeelsdossier"),
        "leerlingendossier": QCoreApplication.translate("labels", "leerlingendossier"),
        "bewijs": QCoreApplication.translate("labels", "bewijsstuk"),
    }
    return labels.get(code, code)


def rule_id_label(rule_id: str) -> str:
    """A rule id as the screen shows it: the law's id (P-S1, ST3), else 'protocol' for the
    internal ids ('V-protocol', 'protocol-S2') the law's table does not have."""
    from desktop_app.domain.errors import is_law_id

    if not rule_id or is_law_id(rule_id):
        return rule_id
    return QCoreApplication.translate("labels", "protocol")


def error_text(error: CaseManagerError) -> str:
    from .refusals import refusal_text

    return refusal_text(error)


def pick(nl: str, en: str) -> str:
    """A service's bilingual pair (deadline labels, proposal reasons) in the UI language."""
    return en if is_english() and en else nl
