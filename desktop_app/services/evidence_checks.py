"""Evidence files refused when they cannot be what they claim: empty, too large, a folder, a
link, or content whose type does not match its extension (sniffed from the first bytes)."""

from __future__ import annotations

import stat
from pathlib import Path

from ..domain.errors import InvalidInput

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024

# Extension -> the ways its content may begin. An extension not listed is not judged.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG",),
    ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".pdf": (b"%PDF-",),
    ".bmp": (b"BM",),
    ".zip": (b"PK\x03\x04",), ".docx": (b"PK\x03\x04",), ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",), ".odt": (b"PK\x03\x04",),
}
TEXT = {".txt", ".eml", ".csv", ".html", ".htm", ".json", ".md"}
EXECUTABLE = (b"MZ", b"\x7fELF", b"#!")


def _sniff_ok(suffix: str, data: bytes) -> bool:
    if suffix == ".webp":
        return data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    if suffix in (".heic", ".mp4", ".mov", ".m4a"):
        return data[4:8] == b"ftyp"
    if suffix in SIGNATURES:
        return data.startswith(SIGNATURES[suffix])
    if suffix in TEXT:
        return b"\x00" not in data[:4096]
    return not data.startswith(EXECUTABLE)


def _too_large(filename: str, size: int) -> InvalidInput:
    return InvalidInput(
        f"Het bewijsstuk {filename} is groter dan 25 MB ({size / 1024 / 1024:.1f} MB).",
        f"The evidence file {filename} is larger than 25 MB ({size / 1024 / 1024:.1f} MB).")


def check_evidence(filename: str, data: bytes) -> None:
    """Refuse with the reason; the limit is named, nothing is cut."""
    if not data:
        raise InvalidInput(f"Het bewijsstuk {filename} is leeg.",
                           f"The evidence file {filename} is empty.")
    if len(data) > MAX_EVIDENCE_BYTES:
        raise _too_large(filename, len(data))
    suffix = Path(filename).suffix.lower()
    if not _sniff_ok(suffix, data):
        raise InvalidInput(
            f"De inhoud van {filename} past niet bij de extensie '{suffix or '(geen)'}'.",
            f"The content of {filename} does not match its extension "
            f"'{suffix or '(none)'}'.")


def read_evidence_file(path: Path) -> bytes:
    """The bytes of a regular file; a folder, a link or a device is refused."""
    try:
        info = path.lstat()
    except OSError:
        raise InvalidInput(f"Bestand '{path}' bestaat niet.",
                           f"File '{path}' does not exist.") from None
    if stat.S_ISLNK(info.st_mode):
        raise InvalidInput(
            f"'{path}' is een snelkoppeling; kies het bestand zelf.",
            f"'{path}' is a link; choose the file itself.")
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInput(f"'{path}' is een map, geen bestand.",
                           f"'{path}' is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(f"'{path}' is geen gewoon bestand.",
                           f"'{path}' is not a regular file.")
    if info.st_size > MAX_EVIDENCE_BYTES:
        raise _too_large(path.name, info.st_size)  # refused before reading it all
    data = path.read_bytes()
    check_evidence(path.name, data)
    return data
