"""About: name, version, what the program is for, where the data and the log live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.paths import data_dir, log_dir

from ..style import icon
from ..widgets import label


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over Casemanager"))
        picture = QLabel()
        picture.setPixmap(icon("app").pixmap(72, 72))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = label("title", self.tr("Casemanager Sociale Media"))
        version = label("subtitle", self.tr("Versie {version}").format(version=__version__))
        text = label(
            "",
            self.tr(
                "Voor schoolbesturen: incidenten op sociale media registreren, de maatregel die "
                "het protocol voorstelt zien, besluiten, de brief versturen en alles in het juiste "
                "dossier bewaren."
            ),
            wrap=True,
        )
        paths = label(
            "muted",
            self.tr("Gegevens: {data}\nLogbestand: {log}").format(
                data=data_dir(), log=log_dir() / "casemanager.log"
            ),
            wrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        column = QVBoxLayout()
        for widget in (title, version, text, paths):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
