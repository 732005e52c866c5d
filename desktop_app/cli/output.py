"""Printing results: readable text by default, JSON with --json."""

from __future__ import annotations

import json
import sys
from typing import Any

from ..services.dto import to_json


class Output:
    def __init__(self, as_json: bool, lang: str) -> None:
        self.as_json = as_json
        self.lang = lang

    def emit(self, data: Any, text: str | None = None) -> None:
        if self.as_json:
            json.dump(to_json(data), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write((text if text is not None else _plain(to_json(data))) + "\n")

    def t(self, nl: str, en: str) -> str:
        return en if self.lang.startswith("en") else nl


def _plain(value: Any, indent: int = 0) -> str:
    pad = "  " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{pad}{key}:")
                lines.append(_plain(item, indent + 1))
            else:
                lines.append(f"{pad}{key}: {'' if item is None else item}")
        return "\n".join(lines)
    if isinstance(value, list):
        return "\n".join(
            (f"{pad}-\n" + _plain(v, indent + 1)) if isinstance(v, dict) else f"{pad}- {v}"
            for v in value)
    return f"{pad}{value}"
