"""Reading a registration list: CSV (any usual encoding and delimiter) or XLSX.

Secretariats export these from Excel, from registration sites and from old
systems: UTF-8 with or without a byte-order mark, Windows-1251 (Cyrillic) or
Windows-1252/Latin-1 (Western), separated by commas, semicolons or tabs.
"""

import csv
import io
import re
from pathlib import Path

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import user_path

# Big enough for any real registration list, small enough to refuse a wrong file fast.
MAX_BYTES = 50 * 1024 * 1024
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")


def _implausible_words(text: str, cyrillic: bool) -> int:
    """Words no language writes: a Latin word with Cyrillic letters in it (Western
    text read as Windows-1251), or a word made only of accented Latin letters
    (Cyrillic text read as Windows-1252)."""
    count = 0
    for word in _WORD.findall(text):
        ascii_letters = sum(ch.isascii() for ch in word)
        if cyrillic:
            count += bool(ascii_letters and _CYRILLIC.search(word))
        else:
            count += bool(len(word) > 1 and not ascii_letters)
    return count


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    as_cyrillic = data.decode("cp1251", errors="replace")
    as_western = data.decode("cp1252", errors="replace")
    if _implausible_words(as_cyrillic, cyrillic=True) < _implausible_words(as_western, False):
        return as_cyrillic
    return as_western


def _csv_rows(text: str) -> list[list[str]]:
    sample = text[:20000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as error:
        raise InvalidInput(f"The file is not a readable CSV table: {error}.") from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only an XLSX import pays for it

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not XLSX
        raise InvalidInput(f"{path.name} is not a readable Excel (.xlsx) file: {error}.") from None
    try:
        sheet = workbook.worksheets[0]
        return [
            ["" if cell is None else str(cell).strip() for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    finally:
        workbook.close()


def read_rows(path: str | Path) -> list[list[str]]:
    """The table's rows, header first, every cell as text."""
    file = user_path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput(f"{file.name} is larger than 50 MB: it is not a registration list.")
        if file.suffix.casefold() in (".xlsx", ".xlsm"):
            return _xlsx_rows(file)
        if file.suffix.casefold() == ".xls":
            raise InvalidInput(
                f"{file.name} is an old Excel file (.xls): save it as .xlsx or .csv and try again."
            )
        return _csv_rows(decode(file.read_bytes()))
    except FileNotFoundError:
        raise InvalidInput(f"{file} does not exist.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{file} is a folder, not a registration list.") from None
    except PermissionError:
        raise InvalidInput(f"{file} cannot be read: permission denied.") from None
