"""Spreadsheets for parents and staff: CSV (';' or ',', UTF-8 or Windows-1252) or .xlsx."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator

from ..domain.errors import InvalidInput
from .reading import MAX_FILE_BYTES, ImportFile, decode_text

Row = tuple[int, dict[str, str]]  # line number in the file (the header is line 1), values


def normalise_header(text: str) -> str:
    """'Leerling sleutel ' and 'leerling_sleutel' are the same column."""
    return "_".join(text.replace("\ufeff", "").strip().casefold().replace("-", " ").split())


def read_table(file: ImportFile) -> tuple[list[str], list[Row]]:
    """Headers (normalised) and the non-empty rows, from CSV or an Excel workbook."""
    if file.data[:4] == b"PK\x03\x04":
        return _read_xlsx(file)
    if file.data.lstrip()[:1] == b"<":
        raise InvalidInput(
            f"'{file.name}' is XML, geen spreadsheet. Een EDEXML-bestand importeert u als "
            "EDEXML; ouders en personeel als CSV of Excel volgens het sjabloon.",
            f"'{file.name}' is XML, not a spreadsheet. Import an EDEXML file as EDEXML; "
            "parents and staff as CSV or Excel following the template.")
    return _read_csv(file)


def _read_csv(file: ImportFile) -> tuple[list[str], list[Row]]:
    text = decode_text(file.data)
    if "\x00" in text:
        raise InvalidInput(f"'{file.name}' is geen tekstbestand (CSV).",
                           f"'{file.name}' is not a text (CSV) file.")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, [])
        headers = [normalise_header(h) for h in header]
        rows: list[Row] = []
        for values in reader:
            if any(v.strip() for v in values):
                rows.append((reader.line_num, _row(headers, values)))
    except csv.Error as error:
        raise InvalidInput(f"'{file.name}' is geen leesbaar CSV-bestand (regel "
                           f"{reader.line_num}: {error}).",
                           f"'{file.name}' is not a readable CSV file (line {reader.line_num}: "
                           f"{error}).") from None
    return headers, rows


def _row(headers: list[str], values: list[str]) -> dict[str, str]:
    return {h: " ".join(v.split()) for h, v in zip(headers, values, strict=False) if h}


def _read_xlsx(file: ImportFile) -> tuple[list[str], list[Row]]:
    """The first sheet of a workbook, read-only. The unpacked size is checked first, so a
    'zip bomb' is refused before openpyxl inflates it."""
    import openpyxl  # only needed for workbooks; keeps the CLI start-up light

    try:
        archive = zipfile.ZipFile(io.BytesIO(file.data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        unpacked = -1
    if unpacked < 0 or unpacked > 4 * MAX_FILE_BYTES:
        raise InvalidInput(f"'{file.name}' is geen leesbaar Excel-bestand (.xlsx).",
                           f"'{file.name}' is not a readable Excel (.xlsx) file.")
    try:
        book = openpyxl.load_workbook(io.BytesIO(file.data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable workbook gets the same sentence
        raise InvalidInput(f"'{file.name}' is geen leesbaar Excel-bestand (.xlsx).",
                           f"'{file.name}' is not a readable Excel (.xlsx) file.") from None
    try:
        sheet = book.worksheets[0]
        lines: Iterator[tuple[object, ...]] = sheet.iter_rows(values_only=True)
        header = next(lines, ())
        headers = [normalise_header(_cell(v)) for v in header]
        rows: list[Row] = []
        for number, values in enumerate(lines, start=2):
            cells = [_cell(v) for v in values]
            if any(cells):
                rows.append((number, _row(headers, cells)))
    finally:
        book.close()
    return headers, rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a key typed as a number: 1234, not 1234.0
    if hasattr(value, "date") and hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value).strip()
