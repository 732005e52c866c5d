"""Letter templates a board may reword: listing, checking, saving, resetting and previewing.

The shipped texts live in resources/templates/; a board's own wording is stored as a setting
and used for new letters only. Filed letters are immutable bytes, so a changed template never
changes a letter already filed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from string import Template

from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.compose import FIELD_HELP
from reports.kinds import LETTER_KINDS
from reports.templates import TEMPLATE_DIR, parse_template

from ..db.models import Setting
from ..domain.access import ADMINISTRATORS
from ..domain.errors import InvalidInput, not_found
from ..domain.legal import LegalSettings
from .database import Actor, Database
from .versions import check_setting_version

PREFIX = "template:"
MAX_LENGTH = 20_000


@dataclass(frozen=True)
class TemplateInfo:
    path: str  # e.g. "staff/warning.txt" or "clauses/removal_openbaar.txt"
    audience: str  # staff | pupil | parent | clause
    kind: str
    title: str


@dataclass(frozen=True)
class TemplateText:
    path: str
    text: str
    overridden: bool
    version: int = 0  # sent back on save: a text changed by someone else meanwhile is refused


def list_templates() -> list[TemplateInfo]:
    found = [TemplateInfo(k.template, k.audience.value, k.code, k.title) for k in LETTER_KINDS]
    for path in sorted((TEMPLATE_DIR / "clauses").glob("*.txt")):
        found.append(TemplateInfo(f"clauses/{path.name}", "clause", path.stem,
                                  f"Rechtsmiddelenclausule: {path.stem.replace('_', ' ')}"))
    return found


def _known_paths() -> set[str]:
    return {t.path for t in list_templates()}


def _check_path(path: str) -> None:
    if path not in _known_paths():
        raise not_found("Sjabloon", "Template", path)


def _identifiers(text: str) -> set[str]:
    parsed = parse_template("check", text)
    names = set(Template(parsed.subject).get_identifiers())
    for block in parsed.blocks:
        names.update(block.identifiers())
        if block.guard:
            names.add(block.guard)
    return names


@lru_cache(maxsize=1)
def known_fields() -> frozenset[str]:
    """Every field a template may use: those the shipped templates use, the letter fields the
    services fill in, and the legal settings."""
    names = set(FIELD_HELP) | {f.name for f in fields(LegalSettings)}
    for info in list_templates():
        names |= _identifiers((TEMPLATE_DIR / info.path).read_text(encoding="utf-8"))
    return frozenset(names)


def check_template(path: str, text: str) -> None:
    """Refuse text that a letter could not be made from: unknown fields or a broken `$`."""
    _check_path(path)
    if not text.strip():
        raise InvalidInput("Een sjabloon mag niet leeg zijn.", "A template must not be empty.")
    if len(text) > MAX_LENGTH:
        raise InvalidInput(f"Het sjabloon is te lang (maximaal {MAX_LENGTH} tekens).",
                           f"The template is too long (at most {MAX_LENGTH} characters).")
    if not Template(text).is_valid():
        bad = re.search(r"\$(?!\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_]|\$)", text)
        where = text[:bad.start()].count("\n") + 1 if bad else 0
        raise InvalidInput(
            f"Ongeldig veld op regel {where}: gebruik ${{naam}} (of $$ voor een dollarteken).",
            f"Invalid field on line {where}: use ${{name}} (or $$ for a dollar sign).")
    unknown = sorted(_identifiers(text) - known_fields())
    if unknown:
        listed = ", ".join("${" + name + "}" for name in unknown)
        raise InvalidInput(f"Onbekende velden in het sjabloon: {listed}.",
                           f"Unknown fields in the template: {listed}.")


def overrides(session: Session) -> dict[str, str]:
    """The board's own texts by template path (used for every new letter)."""
    rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))
    return {row.key[len(PREFIX):]: str(row.value.get("text", "")) for row in rows}


def get_template(db: Database, actor: Actor, path: str) -> TemplateText:
    _check_path(path)
    with db.reading(actor) as rd:
        session = rd.session
        own = session.get(Setting, PREFIX + path)
        if own is not None:
            return TemplateText(path, str(own.value.get("text", "")), True, own.version)
    return TemplateText(path, (TEMPLATE_DIR / path).read_text(encoding="utf-8"), False)


def save_template(db: Database, actor: Actor, path: str, text: str,
                  expected_version: int | None = None) -> TemplateText:
    check_template(path, text)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        row = tx.session.get(Setting, PREFIX + path)
        check_setting_version(tx.session, PREFIX + path, row.version if row else 0,
                              expected_version)
        if row is None:
            tx.session.add(Setting(key=PREFIX + path, value={"text": text}, updated_at=tx.now))
        else:
            row.value = {"text": text}
            row.updated_at = tx.now
        tx.audit("template.save", "setting", None, path=path, length=len(text))
        tx.session.flush()
        version = tx.session.get(Setting, PREFIX + path).version  # type: ignore[union-attr]
    return TemplateText(path, text, True, version)


def reset_template(db: Database, actor: Actor, path: str,
                   expected_version: int | None = None) -> TemplateText:
    _check_path(path)
    with db.transaction(actor, ADMINISTRATORS) as tx:
        row = tx.session.get(Setting, PREFIX + path)
        check_setting_version(tx.session, PREFIX + path, row.version if row else 0,
                              expected_version)
        if row is not None:
            tx.session.delete(row)
            tx.audit("template.reset", "setting", None, path=path)
    return get_template(db, actor, path)


def preview_template(db: Database, actor: Actor, case_id: int, path: str, text: str,
                     fields: Mapping[str, str] | None = None) -> bytes:
    """The letter for this case as it would read with this text; nothing is saved or filed."""
    from .letters import preview_with

    check_template(path, text)
    return preview_with(db, actor, case_id, path, {path: text}, fields)
