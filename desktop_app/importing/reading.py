"""Opening an import file safely: a size limit, its SHA-256, and the text encoding."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import InvalidInput

# A school's full EDEXML export of 2,000 pupils is under 2 MB; a board-sized file of 20,000
# people about 8 MB. Anything far beyond is not an administration export.
MAX_FILE_BYTES = 25 * 1024 * 1024


@dataclass(frozen=True)
class ImportFile:
    name: str
    data: bytes
    sha256: str


def read_import_file(path: Path) -> ImportFile:
    """The file's bytes, refused with a sentence when missing, empty or too large."""
    try:
        size = path.stat().st_size
    except OSError:
        raise InvalidInput(f"Bestand '{path.name}' bestaat niet of kan niet worden gelezen.",
                           f"File '{path.name}' does not exist or cannot be read.") from None
    if size > MAX_FILE_BYTES:
        raise InvalidInput(
            f"Bestand '{path.name}' is {size / 1_000_000:.0f} MB; een importbestand mag "
            f"hoogstens {MAX_FILE_BYTES // (1024 * 1024)} MB zijn. Is dit wel een export uit "
            "de leerlingadministratie?",
            f"File '{path.name}' is {size / 1_000_000:.0f} MB; an import file may be at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB. Is this an export from the pupil "
            "administration?")
    data = path.read_bytes()
    if not data.strip():
        raise InvalidInput(f"Bestand '{path.name}' is leeg.", f"File '{path.name}' is empty.")
    return ImportFile(path.name, data, hashlib.sha256(data).hexdigest())


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without Excel's byte-order mark), else Windows-1252, Excel's default for
    'CSV (gescheiden door lijstscheidingsteken)' on a Dutch Windows PC."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InvalidInput(
            "Het bestand is geen tekst in UTF-8 of Windows-1252; sla het in Excel op als "
            "'CSV UTF-8'.",
            "The file is not text in UTF-8 or Windows-1252; save it from Excel as 'CSV UTF-8'.",
        ) from None
