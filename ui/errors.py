"""One place for refusals and failures: a rule's message in a dialog, never a traceback."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import faults
from desktop_app.domain.errors import CaseManagerError
from desktop_app.faults import Fault

from . import i18n, refusals

log = logging.getLogger(__name__)
T = TypeVar("T")


def log_file() -> Path:
    from desktop_app.logfile import log_file as path

    return path()


def _window(parent: QObject | None) -> QWidget | None:
    if isinstance(parent, QWidget):
        return parent.window()
    return QApplication.activeWindow()


def show_refusal(parent: QObject | None, error: CaseManagerError) -> QMessageBox:
    """The rule's own message, in the UI language, with the rule id; the dialog is modal to
    the window but does not block the caller (so what the user typed stays in place)."""
    window = _window(parent)
    box = QMessageBox(window)
    box.setObjectName("refusalBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Niet mogelijk"))
    box.setText(refusals.refusal_text(error, window))
    field = refusals.focus_field(window, error)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if field is not None:  # the cursor waits in the refused field once the box closes
        refusals.focus_when_closed(box, field)
    box.open()
    return box


def _warning(parent: QObject | None, name: str, title: str, text: str) -> QMessageBox:
    box = QMessageBox(_window(parent))
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def show_fault(parent: QObject | None, fault: Fault) -> QMessageBox:
    """A fault of the machine (locked, disk full, folder gone): its sentence and way out."""
    return _warning(parent, "faultBox", QCoreApplication.translate("errors", "Niet gelukt"),
                    fault.message(i18n.language()))


def refuse(parent: QObject | None, text: str) -> QMessageBox:
    """A refusal the screen itself words (a field that holds no valid value)."""
    return _warning(parent, "refusalBox", QCoreApplication.translate("errors", "Niet mogelijk"),
                    text)


def show_unexpected(parent: QObject | None, error: BaseException) -> QMessageBox:
    """A bug: the log's name and the promise that the input stays; never the raw text."""
    faults.log_failure(log, error, "unexpected error in the desktop app")
    path = log_file()
    box = QMessageBox(_window(parent))
    box.setObjectName("unexpectedBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Onverwachte fout"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Er ging onverwacht iets mis. Wat u hebt ingevuld, is niet verloren gegaan; "
            "probeer het opnieuw of neem contact op met de beheerder.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("errors", "Details staan in het logbestand:\n{path}").format(
            path=path
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    folder = box.addButton(
        QCoreApplication.translate("errors", "Logmap openen"), QMessageBox.ButtonRole.ActionRole
    )
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def show_error(parent: QObject | None, error: BaseException) -> QMessageBox:
    if isinstance(error, CaseManagerError):
        return show_refusal(parent, error)
    fault = faults.describe(error)
    if fault.kind != "unexpected":
        faults.log_failure(log, error, "fault in the desktop app")
        return show_fault(parent, fault)
    return show_unexpected(parent, error)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; tests replace this function."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_discard(parent: QWidget | None) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("errors", "Wijzigingen niet opgeslagen"),
        QCoreApplication.translate(
            "errors", "Er zijn wijzigingen die nog niet zijn opgeslagen. Wilt u ze weggooien?"
        ),
    )


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("infoBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box
