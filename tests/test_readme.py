"""The README's two set-up commands: the first installs what Qt's xcb plugin needs and starts the
app, CI runs both of them verbatim, and the README links only files inside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What `ldd` on PySide6's plugins/platforms/libqxcb.so (and the Qt libraries it loads) asks for
# beyond a minimal Debian; without them Qt aborts: "could not load the Qt platform plugin xcb".
XCB_PACKAGES = (
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
    "libxcb-render-util0", "libxcb-xinerama0", "libxcb-xkb1", "libxcb-randr0", "libxcb-shape0",
    "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3",
)


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = readme().split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```\n(.+?)\n```", section, flags=re.S)


def ci_script() -> str:
    return (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)  # one line each, to paste


def test_first_command_installs_the_xcb_libraries_then_starts_the_app() -> None:
    first = setup_commands()[0]
    install, _, rest = first.partition(" && python3.11 -m venv .venv")
    assert rest, first
    assert install.startswith("sudo apt-get update && sudo apt-get install -y")
    packages = set(install.split())
    assert set(XCB_PACKAGES) <= packages, sorted(set(XCB_PACKAGES) - packages)
    assert "python3.11-venv" in packages
    assert first.endswith("&& .venv/bin/casemanager")


def test_ci_starts_the_first_command_and_waits_for_the_wizard() -> None:
    script = ci_script()
    assert f"README_FIRST='{setup_commands()[0]}'" in script.splitlines()
    assert 'eval "$first"' in script
    # A real X server, not offscreen, on a fresh data folder:
    assert "Xvfb " in script and "unset QT_QPA_PLATFORM" in script
    assert 'CASEMANAGER_DATA_DIR="$data/profile"' in script
    # It waits for the wizard's own window title, and fails without it.
    wizard = (ROOT / "ui" / "dialogs" / "first_run.py").read_text(encoding="utf-8")
    title = re.search(r'setWindowTitle\(self\.tr\("([^"]+)"\)\)', wizard)
    assert title is not None
    assert f'--name "{title[1]}"' in script
    assert "exit 1" in script


def test_ci_runs_the_readme_test_command() -> None:
    assert setup_commands()[1] in ci_script().splitlines()


def test_readme_links_only_files_in_the_repository() -> None:
    text = readme()
    assert "../shared" not in text
    targets = re.findall(r"\]\(([^)#]+)\)", text)
    assert targets
    for target in targets:
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        assert (ROOT / target).exists(), target
    for path in (ROOT / "docs").rglob("*.md"):
        assert "../shared" not in path.read_text(encoding="utf-8"), path
