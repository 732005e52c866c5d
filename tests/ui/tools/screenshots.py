"""Make the screenshots of every main screen with the demo board, into docs/screenshots/, and
the user guide's pictures (resources/help/images/).

Usage (from the repository root): .venv/bin/python -m tests.ui.tools.screenshots
The GUI tests that walk the director's story take the pictures; a normal test run keeps them in
its temporary folder, so only this command changes docs/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOCS = ROOT / "docs" / "screenshots"
HELP = ROOT / "resources" / "help" / "images"
# The pictures the user guide shows, in the order of the director's story.
GUIDE = ("01-first-run", "02-dashboard", "04-incident-editor", "05-case-proposal",
         "06-decision-dialog", "07-letter-preview", "09-personnel-dossier", "16-settings-schools",
         "22-dashboard-english")
TESTS = ("tests/ui/test_screens.py", "tests/ui/test_stories.py", "tests/ui/test_scaling.py",
         "tests/ui/test_template_editor.py", "tests/ui/test_people_edit.py",
         "tests/ui/test_case_actions.py")


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CASEMANAGER_SCREENSHOTS": str(DOCS),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             *TESTS], cwd=ROOT, env=env, check=False)
    if result.returncode != 0:
        return result.returncode
    HELP.mkdir(parents=True, exist_ok=True)
    for name in GUIDE:
        shutil.copyfile(DOCS / f"{name}.png", HELP / f"{name}.png")
    print(f"screenshots in {DOCS.relative_to(ROOT)}, guide pictures in {HELP.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
