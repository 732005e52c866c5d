"""Free text as users type it, minus what could steer a terminal or hide text from a reader."""

from __future__ import annotations

import re
from typing import Any

# Escape sequences first (CSI `ESC [ ... final`, OSC `ESC ] ... BEL|ST`, DCS/PM/APC/SOS
# strings, two-byte escapes), so their printable tails do not survive as junk; then every
# remaining C0/C1 control except tab and newline; then the bidi overrides that can reorder
# what a reader sees ("Trojan Source").
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"                   # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]"                    # 8-bit CSI
    r"|[\x1b][\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC/DCS/SOS/PM/APC strings
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"                         # other escapes (ESC c resets the terminal)
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """Strip control characters and terminal escape sequences; keep tabs and line breaks
    (Windows and old-Mac line ends become a plain newline)."""
    if not value:
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPES.sub("", value))


def clean_value(value: Any) -> Any:
    """clean_text applied to every string inside a JSON-like value (dicts, lists)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_value(v) for v in value)
    return value
