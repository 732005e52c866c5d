"""Refusals in the screen's words (issue 8 item 4): no CLI flag, command or code in the GUI.

Every refusal the core can raise is walked in the source (each construction of a
CaseManagerError), and the common ones are raised for real and worded by the GUI and the CLI,
in Dutch and in English.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.cli.refusals import FIELD_FLAGS
from desktop_app.cli.refusals import refusal_text as cli_text
from desktop_app.domain.errors import CaseManagerError, RuleViolation
from desktop_app.domain.severity import Severity
from desktop_app.services import board, cases, incidents, inspector, letters, people
from desktop_app.services.database import Actor, Database
from ui import i18n
from ui.dialogs.case_view import CaseWindow
from ui.dialogs.decision import DecisionDialog
from ui.main_window import MainWindow
from ui.refusals import field_label, refusal_text

from .conftest import close_boxes, message_boxes, settle

ROOT = Path(__file__).resolve().parents[2]
REFUSALS = {"CaseManagerError", "RuleViolation", "InvalidInput", "NotFound", "AccessDenied",
            "StaleRecord", "AuditKeyMissing", "LoginRefused", "MissingLetterData",
            "PlaceholderSetting"}
SNAKE = re.compile(r"\b[a-z]+_[a-z_]+\b")
COMMAND = re.compile(r"\bcasemanager (?:init|school|letter|case|person|demo|inspector)\b|"
                     r"'inspector inform'")
# Codes a message could leak: measure, step and letter codes, setting keys.
CODES = {"warning", "reprimand", "reprimand_intention", "intention", "hearing_invitation",
         "parent_response_weeks", "summary_dismissal", "access_ban", "letter_sent"}


def clean(text: str) -> list[str]:
    """What in a shown text is not in the screen's words."""
    found = []
    if "--" in text:
        found.append("--")
    found += SNAKE.findall(text)
    found += [w for w in re.findall(r"'([a-z_ ]+)'", text) if w in CODES]
    found += COMMAND.findall(text)
    return found


def refusal_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for folder in ("desktop_app", "reports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "cli" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call):
                    func = node.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                    if name in REFUSALS:
                        calls.append((str(path.relative_to(ROOT)), node.lineno, node))
    return calls


def test_every_refusal_in_the_source_names_no_flag_command_or_code() -> None:
    calls = refusal_calls()
    assert len(calls) > 150  # the walk really finds the refusals
    bad = []
    for where, line, call in calls:
        for arg in call.args[:2]:
            text = "".join(c.value for c in ast.walk(arg)
                           if isinstance(c, ast.Constant) and isinstance(c.value, str))
            shown = clean(text)
            # A code put into the sentence: an enum's .value or a letter kind's .code.
            for part in ast.walk(arg):
                # (A protocol rule's own code, "Regel C4", is what the screen shows too.)
                if isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Attribute) \
                        and (part.value.attr == "value" or ast.unparse(part.value) == "kind.code"):
                    shown.append(ast.unparse(part.value))
            if shown:
                bad.append(f"{where}:{line} {shown}")
    assert not bad, "\n".join(bad)


def test_every_refused_field_has_a_label_and_a_flag() -> None:
    fields = set()
    for _, _, call in refusal_calls():
        for keyword in call.keywords:
            if keyword.arg == "field" and isinstance(keyword.value, ast.Constant):
                fields.add(keyword.value.value)
    assert {"motivation", "subjects", "no_hearing_reason", "note"} <= fields
    for name in fields - {"setup", "force", "route"}:  # no GUI field: wizard, save, procedure
        assert field_label(name), name
    for name in fields - {"route"}:  # the route names its own command
        assert name in FIELD_FLAGS, name


def _real_refusals(db: Database, admin: Actor, school: int, teacher: int, pupil: int,
                   parent: int) -> list[CaseManagerError]:
    """Refusals raised for real by the services, one per kind the director meets first."""
    found: list[CaseManagerError] = []

    def catch(action) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(CaseManagerError) as caught:
            action()
        found.append(caught.value)

    catch(lambda: incidents.register_incident(
        db, admin, school_id=school, occurred_on=date(2026, 11, 20), category_code="bullying",
        rules=["A7"], subjects=[], description="x", axes=Severity(2, 2, 2)))
    made = incidents.register_incident(
        db, admin, school_id=school, occurred_on=date(2026, 11, 20),
        category_code="discrediting", rules=["C4"], subjects=[teacher], description="Kritiek.",
        axes=Severity(3, 3, 3))
    case = made.cases[0].id
    proposal = cases.propose(db, admin, case)
    catch(lambda: cases.decide(db, admin, case, "warning"))  # deviates, no motivation
    catch(lambda: cases.decide(db, admin, case, proposal.measure))  # no intention yet (ST3)
    catch(lambda: cases.decide(db, admin, case, "removal", motivation="x"))  # not for staff
    catch(lambda: cases.record_step(db, admin, case, "intention", date(2026, 11, 24)))  # ST1
    catch(lambda: inspector.inform_employee(db, admin, case, cases_now(db), " "))
    catch(lambda: letters.generate_letter(db, admin, case, "suspension"))  # needs the decision
    board.update_school(db, admin, school, signatory_name="")
    catch(lambda: letters.preview_letter(db, admin, case, "hearing_invitation"))  # missing data
    pupil_case = incidents.register_incident(
        db, admin, school_id=school, occurred_on=date(2026, 11, 20),
        category_code="bullying", rules=["A7"], subjects=[pupil], description="Pesten.",
        axes=Severity(3, 3, 3)).cases[0].id
    cases.propose(db, admin, pupil_case)
    catch(lambda: cases.decide(db, admin, pupil_case, "suspension", motivation="x",
                               start_on=date(2026, 11, 25), end_on=date(2026, 11, 25)))
    catch(lambda: cases.decide(db, admin, pupil_case, "removal", motivation="x",
                               start_on=date(2026, 11, 25)))
    return found


def cases_now(db: Database):  # type: ignore[no-untyped-def]
    return db.now()


def test_real_refusals_read_in_the_screens_words(
        qtbot, db: Database, admin: Actor, school: int, teacher: int, pupil: int,  # type: ignore[no-untyped-def]
        parent: int) -> None:
    found = _real_refusals(db, admin, school, teacher, pupil, parent)
    assert len(found) >= 10
    assert any(e.field == "motivation" for e in found)
    assert any(getattr(e, "missing", ()) for e in found)
    for lang in ("nl", "en"):
        i18n.set_language(lang)
        try:
            for error in found:
                shown = refusal_text(error)
                assert not clean(shown), (lang, shown)
                assert shown.strip()
        finally:
            i18n.set_language("nl")
    # The CLI words the same refusal with its flag.
    motivation = next(e for e in found if e.field == "motivation")
    assert "(--motivation)" in cli_text(motivation, "nl")
    missing = next(e for e in found if getattr(e, "missing", ()))
    assert f"casemanager school update {school} --signatory" in cli_text(missing, "en")
    # The GUI says where the signatory is filled in: the school settings, not the letter.
    assert "Instellingen › Bestuur en scholen" in refusal_text(missing)
    assert "bij de gegevens van de school" in refusal_text(missing)


def test_a_refused_decision_names_and_focuses_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    case = open_new_case(qtbot, window, 1, "Kritiek op de school.")
    qtbot.mouseClick(case.propose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)
    dialog = case.decide()
    assert isinstance(dialog, DecisionDialog)
    index = dialog.measure.findData("reprimand")
    dialog.measure.setCurrentIndex(index)  # deviates from the proposal (a warning)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    settle(qtbot, window.ctx)  # the decision is refused by the op runner's worker
    boxes = message_boxes("refusalBox")
    assert boxes
    text = boxes[0].text()
    assert "Zie het veld ‘Motivering (verplicht)’" in text, text
    assert not clean(text), text
    assert "protocol-policy" not in text
    close_boxes()
    qtbot.waitUntil(lambda: dialog.motivation.hasFocus() or not dialog.isActiveWindow(),
                    timeout=2000)
    assert dialog.focusWidget() is dialog.motivation
    dialog.close()
    case.close()


def open_new_case(qtbot, window: MainWindow, level: int, text: str) -> CaseWindow:  # type: ignore[no-untyped-def]
    """A new incident about Jan van der Berg (demo), its case window open and loaded."""
    ctx = window.ctx
    jan = next(p for p in people.list_people(ctx.db, ctx.actor, kind="staff", search="Berg"))
    made = incidents.register_incident(
        ctx.db, ctx.actor, school_id=jan.school_id, subjects=[jan.id], rules=["C4"],
        category_code="discrediting", occurred_on=date(2026, 11, 20), description=text,
        axes=Severity(level, level, level))
    case = window.open_case(made.cases[0].id)
    assert isinstance(case, CaseWindow)
    settle(qtbot, ctx)
    return case


def test_rule_ids_shown_are_the_laws() -> None:
    error = RuleViolation("Uw account mag dit niet doen.", "Your account may not do this.",
                          "access")
    assert refusal_text(error) == "Uw account mag dit niet doen."
    law = RuleViolation("Eerst een voornemen.", "Intention first.", "ST3")
    assert refusal_text(law).endswith("[ST3]")
