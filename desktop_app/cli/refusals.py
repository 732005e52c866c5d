"""The CLI's wording of a refusal: the rule's sentence plus the flag or command that reaches
the input concerned (the services' messages name neither; the GUI names its own fields)."""

from __future__ import annotations

from ..domain.errors import CaseManagerError

# A refusal's field (the service parameter) -> the flag that gives it on the command line.
FIELD_FLAGS: dict[str, str] = {
    "motivation": "--motivation",
    "subjects": "--subject",
    "rules": "--rule",
    "how": "--how",
    "informed": "--informed",
    "note": "--note",
    "reason": "--reason",
    "no_hearing_reason": "--no-hearing-reason",
    "reasons": "--detail reasons=...",
    "start": "--start",
    "end": "--end",
    "school": "--school",
    "schools": "--school",
    "force": "--force",
    "measure": "--measure",
    "kind": "--kind",
    "registered": "--registered",
    "guardian": "person add --guardian-of PUPIL_ID --authority",
    "setup": "casemanager init",
    "parties": "--party",
}

# Where a letter's missing data is filled in, as a command (see reports.compose.FIELD_SOURCE).
_SCHOOL_FLAGS = {"signatory_name": "--signatory", "signatory_function": "--signatory-function",
                 "place": "--address", "denomination": "--denomination"}


def _letter_hint(error: CaseManagerError, lang: str) -> str:
    from reports.compose import field_source

    missing = list(getattr(error, "missing", ()))
    hints: list[str] = []
    letter = [m for m in missing if field_source(m.name) == "letter"]
    for m in letter:
        text = f"--field {m.name}=..."
        if m.alternative:
            text += (" or " if lang.startswith("en") else " of ") + f"--field {m.alternative}=..."
        hints.append(text)
    school = [_SCHOOL_FLAGS[m.name] for m in missing if field_source(m.name) == "school"]
    if school:
        school_id = error.values.get("school_id", "SCHOOL_ID")
        hints.append(f"casemanager school update {school_id} " + " ".join(
            f"{flag} ..." for flag in dict.fromkeys(school)))
    if any(field_source(m.name) == "board" for m in missing):
        hints.append("casemanager init --address ...")
    if any(field_source(m.name) == "person" for m in missing):
        person = error.values.get("person_id", "")
        hints.append((f"the address of person {person} (in the app: People)"
                      if lang.startswith("en") else
                      f"het adres van persoon {person} (in de app: Personen)").replace("  ", " "))
    if any(field_source(m.name) == "case" for m in missing):
        hints.append(("record it in the case: casemanager case step ... or casemanager case "
                      "hearing ...") if lang.startswith("en") else
                     ("leg het vast in de zaak: casemanager case step ... of casemanager case "
                      "hearing ..."))
    return "; ".join(hints)


# Where a script reads a row's current version again (a stale --expected-version).
_RELOAD = {"case": "casemanager case show {id}", "person": "casemanager --json person list",
           "school": "casemanager --json school list",
           "setting": "casemanager --json settings legal"}


def _stale_hint(error: CaseManagerError, lang: str) -> str:
    """A stale --expected-version: how to read the row again, and its version now."""
    values = error.values
    reload = _RELOAD.get(str(values.get("entity")), "").format(id=values.get("entity_id", ""))
    current = values["current_version"]
    if lang.startswith("en"):
        return (f"read it again with '{reload}'; its version is now {current}: "
                f"--expected-version {current}") if reload else \
            f"its version is now {current}: --expected-version {current}"
    return (f"lees opnieuw met '{reload}'; de versie is nu {current}: "
            f"--expected-version {current}") if reload else \
        f"de versie is nu {current}: --expected-version {current}"


def refusal_text(error: CaseManagerError, lang: str) -> str:
    """The sentence with its rule id, then how to give what is missing on the command line."""
    text = error.message(lang)
    if "current_version" in error.values:  # a stale form (services/versions.py)
        hint = _stale_hint(error, lang)
    elif getattr(error, "missing", ()):
        hint = _letter_hint(error, lang)
    elif error.field == "route":  # a letter with its own procedure command
        hint = f"casemanager {error.values.get('route', '')}".strip()
    elif error.field == "parties" and error.values.get("route"):  # a hearing per party
        choices = error.values.get("possible")
        parties = "|".join(str(c) for c in choices) if isinstance(choices, list) else "..."
        hint = f"casemanager {error.values['route']} CASE --on DATE --party {parties}"
    elif error.values.get("setting"):  # a legal setting: settings legal --set NAME=VALUE
        choices = error.values.get("possible")
        value = "|".join(str(c) for c in choices) if isinstance(choices, list) else "..."
        hint = f"--set {error.values['setting']}={value}"
    else:
        hint = FIELD_FLAGS.get(error.field, "")
        choices = error.values.get("possible")
        if hint and isinstance(choices, list) and choices:
            hint += " " + "|".join(str(c) for c in choices)
    return f"{text} ({hint})" if hint else text
