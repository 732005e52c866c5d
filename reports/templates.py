"""Letter templates with named ${fields}: parsing, the missing-field check and filling in.

A template file is plain UTF-8 text in resources/templates/. Lines starting with '#' before
the first block are comments. An optional header `subject: ...` followed by a line `---`
gives the subject line. Blocks are separated by blank lines:

* `## Text` is a bold heading;
* a block whose lines all start with `- ` is a bullet list;
* anything else is a paragraph (single newlines are kept as line breaks);
* a block starting with `?{name}` appears only when field `name` has a value, one starting
  with `?!{name}` only when it has none (so either a hearing date or the reason why the
  hearing did not take place is required).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Template

from .model import BodyBlock

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates"

_GUARD = re.compile(r"^\?(!?)\{([A-Za-z_][A-Za-z0-9_]*)\}\s*")


@dataclass(frozen=True)
class Block:
    style: str
    text: str
    guard: str = ""
    negated: bool = False

    def identifiers(self) -> list[str]:
        return Template(self.text).get_identifiers()


@dataclass(frozen=True)
class ParsedTemplate:
    name: str
    subject: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class MissingField:
    name: str
    alternative: str = ""  # giving this other field instead also satisfies the template


def _parse_block(raw: str) -> list[Block]:
    guard = ""
    negated = False
    match = _GUARD.match(raw)
    if match:
        negated = match.group(1) == "!"
        guard = match.group(2)
        raw = raw[match.end():]
    lines = [line.rstrip() for line in raw.strip("\n").split("\n")]
    blocks = []
    if lines and lines[0].startswith("## "):
        blocks.append(Block("heading", lines.pop(0)[3:].strip(), guard, negated))
        if lines and not guard and _GUARD.match(lines[0]):
            return blocks + _parse_block("\n".join(lines))  # the text under it is guarded
    if not lines:
        return blocks
    if all(line.startswith("- ") for line in lines):
        blocks.append(Block("bullets", "\n".join(line[2:] for line in lines), guard, negated))
    else:
        blocks.append(Block("paragraph", "\n".join(line.strip() for line in lines), guard,
                            negated))
    return blocks


def parse_template(name: str, text: str) -> ParsedTemplate:
    lines = text.replace("\r\n", "\n").split("\n")
    while lines and lines[0].startswith("#") and not lines[0].startswith("## "):
        lines.pop(0)
    subject = ""
    if lines and lines[0].startswith("subject:") and "---" in lines:
        end = lines.index("---")
        subject = " ".join(line.strip() for line in lines[:end])[len("subject:"):].strip()
        lines = lines[end + 1:]
    body = "\n".join(lines)
    blocks = tuple(block for raw in re.split(r"\n\s*\n", body) if raw.strip()
                   for block in _parse_block(raw))
    return ParsedTemplate(name, subject, blocks)


@lru_cache(maxsize=256)
def _load_cached(path: str, mtime_ns: int) -> ParsedTemplate:
    return parse_template(Path(path).name, Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _parse_cached(relative: str, text: str) -> ParsedTemplate:
    return parse_template(Path(relative).name, text)


def load_template(relative: str, base: Path | None = None,
                  overrides: Mapping[str, str] | None = None) -> ParsedTemplate:
    """The board's own text for this template if it has one, else the shipped file."""
    if overrides and relative in overrides:
        return _parse_cached(relative, overrides[relative])
    path = (base or TEMPLATE_DIR) / relative
    return _load_cached(str(path), path.stat().st_mtime_ns)


def template_exists(relative: str, base: Path | None = None,
                    overrides: Mapping[str, str] | None = None) -> bool:
    if overrides and relative in overrides:
        return True
    return ((base or TEMPLATE_DIR) / relative).is_file()


def _has(fields: Mapping[str, str], name: str) -> bool:
    return bool(str(fields.get(name, "")).strip())


def active_blocks(template: ParsedTemplate, fields: Mapping[str, str]) -> list[Block]:
    return [b for b in template.blocks
            if not b.guard or _has(fields, b.guard) != b.negated]


def missing_fields(template: ParsedTemplate, fields: Mapping[str, str]) -> list[MissingField]:
    """Every field the template needs for these values that is absent or empty, in order."""
    missing: dict[str, MissingField] = {}
    for name in Template(template.subject).get_identifiers():
        if not _has(fields, name):
            missing.setdefault(name, MissingField(name))
    for block in active_blocks(template, fields):
        alternative = block.guard if block.negated else ""
        for name in block.identifiers():
            if not _has(fields, name):
                missing.setdefault(name, MissingField(name, alternative))
    return list(missing.values())


def fill(template: ParsedTemplate, fields: Mapping[str, str]) -> tuple[str, tuple[BodyBlock, ...]]:
    """Subject line and body blocks with every field substituted; check missing_fields first."""
    values = {k: str(v).strip() for k, v in fields.items()}
    subject = Template(template.subject).substitute(values) if template.subject else ""
    blocks = []
    for block in active_blocks(template, values):
        text = Template(block.text).substitute(values)
        if block.style == "bullets":
            lines = tuple(line for line in text.split("\n") if line.strip())
        else:
            lines = (text,)
        blocks.append(BodyBlock(block.style, lines))
    return subject, tuple(blocks)
