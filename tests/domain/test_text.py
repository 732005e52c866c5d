"""Free text loses control characters and terminal escapes, and keeps everything a user typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.text import clean_text, clean_value


@pytest.mark.parametrize(("raw", "clean"), [
    ("Ruzie\x1b[2J online", "Ruzie online"),            # clear screen
    ("a\x1b]0;titel\x07b", "ab"),                       # set the window title
    ("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b", "alinkb"),  # hyperlink
    ("reset\x1bc!", "reset!"),                          # full terminal reset
    ("kleur\x9b31m rood", "kleur rood"),                # 8-bit CSI
    ("nul\x00bel\x07del\x7f", "nulbeldel"),
    ("regel 1\r\nregel 2\rregel 3", "regel 1\nregel 2\nregel 3"),
    ("tab\tblijft", "tab\tblijft"),
    ("\u202egnitset", "gnitset"),                       # bidi override (Trojan Source)
    ("Zoë van 't Hof – 漢字 😀", "Zoë van 't Hof – 漢字 😀"),
    ("<script>alert(1)</script>'; DROP TABLE person;--",
     "<script>alert(1)</script>'; DROP TABLE person;--"),  # stored as typed, harmless as data
])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@given(st.text())
def test_no_control_character_survives(raw: str) -> None:
    cleaned = clean_text(raw)
    assert not any(ord(c) < 32 and c not in "\t\n" or 0x7F <= ord(c) <= 0x9F for c in cleaned)
    assert clean_text(cleaned) == cleaned


def test_clean_value_reaches_nested_json() -> None:
    assert clean_value({"scope\x1b[1m": ["a\x1b[0mb", 3, None]}) == {"scope": ["ab", 3, None]}
