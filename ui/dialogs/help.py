"""Help › Handleiding (F1): the offline user guide in the UI language, with screenshots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop_app.paths import resources_dir

from .. import i18n
from ..style import icon
from ..widgets import fit_to_screen


def guide_path(language: str) -> str:
    folder = resources_dir() / "help"
    path = folder / f"guide_{language}.html"
    return str(path if path.exists() else folder / "guide_nl.html")


class HelpWindow(QWidget):
    """A window of its own, so the guide can stay open beside the case being worked on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowIcon(icon("app"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.retranslate_ui()
        fit_to_screen(self, 760, 720)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser.setSource(QUrl.fromLocalFile(guide_path(i18n.language())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
