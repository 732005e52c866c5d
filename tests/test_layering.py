"""The architecture's rules: the core and reports never import Qt, ui never imports SQLAlchemy."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_core_never_imports_qt() -> None:
    allowed = {"desktop_app/__main__.py"}  # the entry point starts the GUI lazily
    bad = {f: n for f, n in imports("desktop_app").items()
           if n & {"PySide6", "ui"} and f not in allowed}
    assert bad == {}


def test_reports_never_import_qt() -> None:
    bad = {f: n for f, n in imports("reports").items() if n & {"PySide6", "ui"}}
    assert bad == {}


def test_ui_never_imports_sqlalchemy() -> None:
    bad = {f: n for f, n in imports("ui").items() if "sqlalchemy" in n}
    assert bad == {}


def test_loading_the_core_and_running_the_cli_loads_no_qt() -> None:
    code = ("import sys, desktop_app.services.demo, desktop_app.cli; "
            "desktop_app.cli.build_parser(); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)
