"""The English catalogue is complete and current: every Dutch text in ui/ has its English.

A text wrapped in tr() but missing from the phrasebook shows up in Dutch in the English UI;
these tests name it instead, before a user sees it.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "casemanager_en.ts"
QM = TRANSLATIONS / "casemanager_en.qm"
PHRASEBOOK = TRANSLATIONS / "phrasebook_en.py"
# '{name}' is filled in by str.format; '${naam}' is a letter field shown as an example.
PLACEHOLDER = re.compile(r"(?<!\$)\{[a-z_0-9]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, Dutch source, <translation>) for every message in a Qt .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            found.append((name, message.findtext("source") or "", translation))
    return found


def qt_tool(name: str) -> str:
    """A PySide6 command-line tool from this environment (or on PATH)."""
    beside = Path(sys.executable).parent / name
    tool = str(beside) if beside.exists() else shutil.which(name)
    if tool is None:
        pytest.skip(f"{name} is not installed")
    return tool


def test_every_message_has_finished_english() -> None:
    left = [(context, source) for context, source, translation in messages(TS)
            if translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()]
    assert not left, "add these to phrasebook_en.py and run update.sh: " + repr(left)


def test_every_message_has_the_context_it_is_looked_up_in() -> None:
    """A bare tr() outside a class lands in an unnamed context that nothing looks up: write
    QCoreApplication.translate("Context", "tekst") there instead."""
    unnamed = [source for context, source, _ in messages(TS) if not context]
    assert not unnamed, unnamed


def test_english_keeps_placeholders_and_mnemonics() -> None:
    """'{name}' survives translation, and a label with an Alt+letter keeps one."""
    wrong = []
    for context, source, translation in messages(TS):
        english = translation.text or ""
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(english)):
            wrong.append((context, source, english))
        if ("&" in source.replace("&&", "")) != ("&" in english.replace("&&", "")):
            wrong.append((context, source, english))
    assert not wrong, wrong


def test_phrasebook_has_one_english_per_dutch_text() -> None:
    """A repeated key in the dict literal silently drops the earlier English."""
    tree = ast.parse(PHRASEBOOK.read_text(encoding="utf-8"))
    book = next(node.value for node in tree.body
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and node.target.id == "EN")
    assert isinstance(book, ast.Dict) and len(book.keys) > 100
    keys = Counter(ast.literal_eval(key) for key in book.keys if key is not None)
    assert not [key for key, count in keys.items() if count > 1]


def test_catalogue_is_current_with_ui_sources(tmp_path: Path) -> None:
    """update.sh was run: the .ts lists exactly ui/'s texts and the .qm is its compilation."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-ts", str(fresh),
                    "-source-language", "nl", "-target-language", "en", "-no-obsolete"],
                   cwd=ROOT, check=True, capture_output=True)
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    have = {(context, source) for context, source, _ in messages(TS)}
    assert wanted - have == set(), "run sh resources/translations/update.sh"
    assert have - wanted == set(), "run sh resources/translations/update.sh"
    compiled = tmp_path / "fresh.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run sh resources/translations/update.sh"
