"""The GUI's wording of a refusal: the rule's sentence, then the field it concerns named as its
label reads on screen (and focused), or the page where missing letter data is filled in.

The services name no CLI flag and no code; `field` on the refusal says which input is meant.
A widget says it holds that input with the dynamic property `refusalField`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop_app.domain.errors import CaseManagerError, is_law_id

from . import i18n

FIELD_PROPERTY = "refusalField"
translate = QCoreApplication.translate


def field_label(name: str) -> str:
    """A field's name as the screen calls it, when no widget on screen shows its label."""
    labels = {
        "motivation": translate("refusals", "Motivering"),
        "subjects": translate("refusals", "Betrokkenen"),
        "rules": translate("refusals", "Overtreden regels"),
        "how": translate("refusals", "Hoe"),
        "informed": translate("refusals", "Vooraf ingelicht"),
        "note": translate("refusals", "Toelichting"),
        "reason": translate("refusals", "Reden niet ingelicht"),
        "no_hearing_reason": translate("refusals", "Reden niet gehoord"),
        "reasons": translate("refusals", "Redenen voor de ouders"),
        "start": translate("refusals", "Begindatum"),
        "end": translate("refusals", "Einddatum"),
        "school": translate("refusals", "School"),
        "schools": translate("refusals", "Scholen"),
        "measure": translate("refusals", "Maatregel"),
        "kind": translate("refusals", "Soort brief"),
        "registered": translate("refusals", "Aangetekend nr."),
        "guardian": translate("refusals", "Ouders/verzorgers"),
        "parties": translate("refusals", "Gehoord"),
    }
    return labels.get(name, "")


def source_place(source: str) -> str:
    """Where in the app missing letter data is filled in (see reports.compose FIELD_SOURCE)."""
    places = {
        "letter": translate(
            "refusals", "vul ze in bij 'Aanvullende gegevens' in het briefvenster"),
        "school": translate(
            "refusals", "Instellingen › Bestuur en scholen › School: briefhoofd en ondertekening"),
        "board": translate("refusals", "Instellingen › Bestuur en scholen › Bestuur"),
        "person": translate("refusals", "Personen › Persoon bewerken (adres)"),
        "case": translate("refusals", "leg het vast in het zaakvenster (stappen, hoorgesprekken)"),
    }
    return places.get(source, "")


def _label_text(widget: QWidget) -> str:
    """The text of the label that names `widget` on screen, without '&' and ':'."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text().replace("&", "").rstrip(": ")
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout):
        found = layout.labelForField(widget)
        if isinstance(found, QLabel) and found.text():
            return found.text().replace("&", "").rstrip(": ")
    return ""


def field_widget(window: QWidget | None, name: str) -> QWidget | None:
    """The visible input on `window` that holds the refused field, if any."""
    if window is None or not name:
        return None
    for widget in window.findChildren(QWidget):
        if widget.property(FIELD_PROPERTY) == name and widget.isVisibleTo(window):
            return widget
    return None


def mark_field(widget: QWidget, name: str) -> None:
    widget.setProperty(FIELD_PROPERTY, name)


def _missing_hint(error: CaseManagerError) -> str:
    from desktop_app.services.letters import field_source

    sources = list(dict.fromkeys(field_source(m.name) for m in getattr(error, "missing", ())))
    places = [source_place(s) for s in sources if source_place(s)]
    if not places:
        return ""
    return translate("refusals", "Waar: {places}.").format(places="; ".join(places))


def refusal_text(error: CaseManagerError, window: QWidget | None = None) -> str:
    """The sentence, the law's rule id when it has one, and where to put it right."""
    text = error.text(i18n.language())
    if is_law_id(error.rule_id):
        text += f" [{error.rule_id}]"
    hint = ""
    if getattr(error, "missing", ()):
        hint = _missing_hint(error)
    elif error.field:
        widget = field_widget(window, error.field)
        name = (_label_text(widget) if widget is not None else "") or field_label(error.field)
        if name:
            hint = translate("refusals", "Zie het veld ‘{label}’.").format(label=name)
    return f"{text}\n\n{hint}" if hint else text


def focus_when_closed(box: QWidget, widget: QWidget) -> None:
    """Put the cursor in `widget` when the message `box` closes (if both still exist)."""

    def focus(*_: object) -> None:
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.setFocus()

    box.finished.connect(focus)  # type: ignore[attr-defined]


def focus_field(window: QWidget | None, error: CaseManagerError) -> QWidget | None:
    """Put the cursor in the refused field, if the window shows it."""
    widget = field_widget(window, error.field)
    if widget is not None:
        widget.setFocus()
    return widget
