"""When the database cannot be opened at start: the reason, and the ways out as buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from desktop_app.faults import Fault

from .. import i18n

CREATE, CHOOSE, QUIT = "create", "choose", "quit"


class StartupProblem(QMessageBox):
    """Names the fault; offers to create a database (when none exists), choose another file,
    or quit. `choice` holds what the user picked."""

    def __init__(self, fault: Fault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupProblem")
        self.fault = fault
        self.choice = QUIT
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("startup", "Database openen"))
        if fault.kind == "no_database":  # the CLI's sentence names its init command
            self.setText(QCoreApplication.translate(
                "startup", "Er is nog geen database op {path}. Maak een nieuwe database of kies "
                "een ander bestand.").format(path=fault.path))
        else:
            self.setText(fault.message(i18n.language()))
        self._buttons: dict[QAbstractButton, str] = {}
        if fault.kind == "no_database":
            self._add(QCoreApplication.translate("startup", "Nieuwe database maken"), CREATE,
                      QMessageBox.ButtonRole.AcceptRole)
        self._add(QCoreApplication.translate("startup", "Ander bestand kiezen…"), CHOOSE,
                  QMessageBox.ButtonRole.ActionRole)
        self._add(QCoreApplication.translate("startup", "Afsluiten"), QUIT,
                  QMessageBox.ButtonRole.RejectRole)
        self.buttonClicked.connect(self._picked)

    def _add(self, text: str, choice: str, role: QMessageBox.ButtonRole) -> None:
        button = self.addButton(text, role)
        button.setObjectName(f"startup_{choice}")
        self._buttons[button] = choice

    def _picked(self, button: QAbstractButton) -> None:
        self.choice = self._buttons.get(button, QUIT)


def choose_database_file(parent: QWidget | None = None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("startup", "Database kiezen"),
        str(Path.home()),
        QCoreApplication.translate("startup", "Casemanager-database (*.sqlite3 *.db);;"
                                   "Alle bestanden (*)"),
    )
    return path or None
