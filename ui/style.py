"""The look: icons from resources/icons, the embedded DejaVu font and a sober style sheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from desktop_app.paths import resources_dir

NAVY = "#1f3a5f"
ACCENT = "#2a7f8f"
DANGER = "#b3261e"
WARN = "#9a6700"
MUTED = "#5b6673"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: #f6f7f9; }}
QListWidget#navigation {{
    background: {NAVY}; color: #ffffff; border: none; outline: 0;
    padding-top: 8px; font-size: 10.5pt;
}}
QListWidget#navigation::item {{ padding: 9px 10px; margin: 1px 6px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: #ffffff; }}
QListWidget#navigation::item:hover:!selected {{ background: #2c4d75; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; color: {NAVY}; }}
QLabel[role="subtitle"] {{ font-size: 11pt; font-weight: 600; color: {NAVY}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="warning"] {{ color: {WARN}; }}
QLabel[role="danger"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="measure"] {{ font-size: 13pt; font-weight: 600; color: {ACCENT}; }}
QGroupBox {{
    background: #ffffff; border: 1px solid #d5dae1; border-radius: 6px;
    margin-top: 14px; padding: 10px 8px 8px 8px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {NAVY}; font-weight: 600;
}}
QTableView, QTreeView, QListView {{
    background: #ffffff; alternate-background-color: #f1f4f7;
    selection-background-color: #cfe3e8; selection-color: #10202f;
    border: 1px solid #d5dae1; gridline-color: #e4e8ed;
}}
QHeaderView::section {{
    background: #e9edf2; color: {NAVY}; padding: 4px 6px; border: none;
    border-right: 1px solid #d5dae1; border-bottom: 1px solid #d5dae1; font-weight: 600;
}}
QPushButton {{
    padding: 5px 12px; border: 1px solid #b8c2cc; border-radius: 4px; background: #ffffff;
}}
QPushButton:hover {{ background: #eef3f6; }}
QPushButton:default, QPushButton[role="primary"] {{
    background: {NAVY}; color: #ffffff; border-color: {NAVY};
}}
QPushButton:disabled {{ color: #8a949e; background: #eef0f2; border-color: #d5dae1; }}
QStatusBar {{ background: #e9edf2; color: {NAVY}; }}
QToolBar {{ background: #ffffff; border-bottom: 1px solid #d5dae1; spacing: 6px; }}
QTabWidget::pane {{ border: 1px solid #d5dae1; background: #ffffff; }}
QTabBar::tab {{ padding: 6px 14px; }}
QTabBar::tab:selected {{ background: #ffffff; color: {NAVY}; font-weight: 600; }}
QLineEdit[invalid="true"] {{ border: 2px solid {DANGER}; background: #fff3f2; }}
"""


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def _recoloured(result: QIcon, name: str, colour: str, mode: QIcon.Mode) -> None:
    path = resources_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace(NAVY, colour)
    for size in (20, 40):
        pixmap = QPixmap()
        svg_sized = svg.replace('width="24" height="24"', f'width="{size}" height="{size}"')
        pixmap.loadFromData(QByteArray(svg_sized.encode("utf-8")))  # SVG by content
        result.addPixmap(pixmap, mode)


@cache
def light_icon(name: str) -> QIcon:
    """The same drawing in white, for the dark navigation bar and primary (navy) buttons; grey
    when the button is disabled (its background is light then)."""
    result = QIcon()
    _recoloured(result, name, "#ffffff", QIcon.Mode.Normal)
    _recoloured(result, name, "#8a949e", QIcon.Mode.Disabled)
    return result


def apply(app: QApplication) -> None:
    """Embedded DejaVu Sans (covers every name in the demo), 10 pt, and the style sheet."""
    if app.property("casemanagerStyled"):
        return  # once per application: re-polishing every live widget again gains nothing
    app.setProperty("casemanagerStyled", True)
    fonts = resources_dir() / "fonts"
    family = ""
    for ttf in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        path = fonts / ttf
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
    font = QFont(family) if family else QApplication.font()
    font.setPointSizeF(9.5)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(icon("app"))
