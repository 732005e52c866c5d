"""The incident editor's legal-track flags (issue 14): WPO art. 4a with its definition, the
Meldcode as a separate route (V10), and the protocol's C4 'personal opinion' check."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from desktop_app.services import procedures

from ..context import AppContext
from ..i18n import pick
from ..widgets import label


class TrackBox(QWidget):
    """Four check boxes and the 4a definition as the board's settings make it (V1, V9)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.art4a = QCheckBox()
        self.art4a.setObjectName("art4aFlag")
        self.definition = label("muted", wrap=True)
        self.definition.setObjectName("art4aDefinition")
        self.meldcode = QCheckBox()
        self.meldcode.setObjectName("meldcodeFlag")
        self.about_school = QCheckBox()
        self.about_school.setObjectName("aboutSchoolFlag")
        self.disclaimer = QCheckBox()
        self.disclaimer.setObjectName("disclaimerFlag")
        self.disclaimer.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.art4a, self.definition, self.meldcode, self.about_school,
                       self.disclaimer):
            layout.addWidget(widget)
        # One route or the other (V10): choosing one clears the other; the service refuses both.
        self.art4a.toggled.connect(lambda on: self._exclusive(on, self.meldcode))
        self.meldcode.toggled.connect(lambda on: self._exclusive(on, self.art4a))
        self.about_school.toggled.connect(self.disclaimer.setEnabled)
        # The definition is read by the op runner's worker, never on the GUI thread.
        self._texts: tuple[str, str] = ("", "")
        ctx.ops.op(lambda op: procedures.definition(op.db, op.actor)).success(
            self._got_definition).owner(self).run()
        self.retranslate_ui()

    def _got_definition(self, texts: tuple[str, str]) -> None:
        self._texts = texts
        self.definition.setText(pick(*texts))

    def retranslate_ui(self) -> None:
        self.art4a.setText(self.tr("Vermoeden &zedendelict door medewerker tegen leerling "
                                   "(art. 4a WPO)"))
        self.definition.setText(pick(*self._texts))
        self.meldcode.setText(self.tr("Huiselijk geweld of kindermishandeling thuis "
                                      "(Meldcode, geen art. 4a)"))
        self.about_school.setText(self.tr("Bericht van een medewerker over de school"))
        self.disclaimer.setText(self.tr("…met de mededeling dat het een persoonlijke mening "
                                        "is (C4)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @staticmethod
    def _exclusive(on: bool, other: QCheckBox) -> None:
        if on:
            other.setChecked(False)

    def any_set(self) -> bool:
        return any(box.isChecked() for box in (self.art4a, self.meldcode, self.about_school))

    def flags(self) -> dict[str, bool]:
        return {"art4a": self.art4a.isChecked(), "meldcode": self.meldcode.isChecked(),
                "about_school": self.about_school.isChecked(),
                "disclaimer": self.about_school.isChecked() and self.disclaimer.isChecked()}
