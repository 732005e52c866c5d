"""Start-up does only what the user asked for: no PDF libraries or Alembic on the way in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import __version__
from desktop_app.db import migrate
from desktop_app.services.database import Database

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("reportlab", "pypdf", "pypdfium2", "alembic")


def loaded_after(code: str, *args: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter; report its output and which heavy modules it loaded."""
    probe = (f"{code}\nimport json, sys\n"
             f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r} "
             "or m == 'sqlalchemy')))")
    done = subprocess.run([sys.executable, "-c", probe, *args], cwd=ROOT, capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    *output, modules = done.stdout.strip().splitlines()
    return {"output": output, "modules": set(json.loads(modules))}


def test_importing_the_entry_point_and_building_the_parser_loads_no_pdf_or_alembic() -> None:
    result = loaded_after("import desktop_app.__main__\nfrom desktop_app.cli import build_parser\n"
                          "build_parser()")
    assert not {m for m in result["modules"] if m.split(".")[0] in HEAVY}  # type: ignore[union-attr]


def test_version_is_answered_without_loading_the_services() -> None:
    result = loaded_after("import sys\nfrom desktop_app.__main__ import main\n"
                          "main(['--json', '--version'])")
    assert result["output"] == [f"casemanager {__version__}"]
    assert result["modules"] == set()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "case.sqlite3"
    Database(f"sqlite:///{path}").dispose()  # created and upgraded here
    result = loaded_after("import sys\nfrom desktop_app.services.database import Database\n"
                          "db = Database('sqlite:///' + sys.argv[1])\n"
                          "print(db.engine.dialect.name)", str(path))
    assert result["output"] == ["sqlite"]
    assert "alembic" not in result["modules"]  # type: ignore[operator]


def test_the_head_revision_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory(str(migrate.MIGRATIONS)).get_current_head()


def test_catalogue_is_answered_without_sqlalchemy() -> None:
    """`casemanager catalogue` needs no database: neither the parser (the procedure commands'
    choices) nor finding the default database (the server choice) loads SQLAlchemy."""
    result = loaded_after("import sys\nfrom desktop_app.__main__ import main\n"
                          "main(['catalogue'])")
    assert any("beeldmateriaal zonder toestemming" in line
               for line in result["output"])  # type: ignore[union-attr]
    assert result["modules"] == set()
