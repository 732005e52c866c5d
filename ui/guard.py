"""Nothing typed is lost: no wheel changes on unfocused fields; dialogs ask before discarding."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from . import errors


class WheelGuard(QObject):
    """Scrolling a form must never change a combo or spin box the pointer happens to cross.

    Installed on each combo and spin box of a page or dialog when it is first shown (one filter
    object for all): a wheel over an unfocused box scrolls the surrounding area instead, and the
    boxes take focus by click or Tab only.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event)
        return True


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_guard: list[WheelGuard] = []


def guard_wheel(root: QWidget) -> None:
    """Give every combo and spin box under `root` the wheel guard (once each)."""
    app = QApplication.instance()
    if app is None:
        return
    if not _guard:
        _guard.append(WheelGuard(app))
    guard = _guard[0]
    boxes: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for box in boxes:
        if box.property("wheelGuarded"):
            continue
        box.setProperty("wheelGuarded", True)
        if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        box.installEventFilter(guard)


def input_state(root: QWidget) -> list[object]:
    """What the user can have typed or chosen in `root`, to compare before closing."""
    state: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not widget.isReadOnly():
                state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            if not widget.isReadOnly():
                state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return state


class GuardedDialog(QDialog):
    """A dialog with input: Annuleren, Escape and the window's close button ask before
    throwing away what was typed; a saved dialog closes without asking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initial: list[object] | None = None
        self._done = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        guard_wheel(self)
        if self._initial is None:
            self._initial = input_state(self)

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Widgets filled by a load that arrived (not by the user): a dialog that was clean
        before stays clean."""
        clean = not self.has_unsaved_changes
        yield
        if clean and self._initial is not None:
            self.mark_clean()

    def mark_clean(self) -> None:
        """What the dialog shows now counts as the starting point (after filling it in)."""
        self._initial = input_state(self)

    @property
    def has_unsaved_changes(self) -> bool:
        if self._done:
            return False
        if self._initial is None:
            return False
        return input_state(self) != self._initial or self.extra_changes()

    def extra_changes(self) -> bool:
        """Changes the widgets do not show by themselves (a list built in the dialog)."""
        return False

    def accept(self) -> None:
        self._done = True
        super().accept()

    def reject(self) -> None:
        if self.has_unsaved_changes and not errors.ask_discard(self):
            return
        self._done = True
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_changes and not errors.ask_discard(self):
            event.ignore()
            return
        self._done = True
        super().closeEvent(event)
