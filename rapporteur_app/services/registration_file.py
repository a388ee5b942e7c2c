"""Reading a registration list from disk: CSV (any usual encoding and delimiter) or XLSX."""

import re
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.registration_text import csv_rows, decode
from rapporteur_app.domain.text import user_path

# Big enough for any real registration list, small enough to refuse a wrong file fast.
MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
# An XLSX is a zip: what it unpacks to, not its size on disk, is what reading costs
# (a 400 KB file can unpack to gigabytes). Columns past this are not read.
MAX_UNPACKED = 200 * 1024 * 1024
MAX_COLUMNS = 200
_DIMENSION = re.compile(rb'<dimension\s+ref="[A-Z]*[0-9]*(?::[A-Z]*([0-9]+))?"')


def _text_of(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 12, not 12.0
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _check_unpacked_size(path: Path) -> None:
    """Refuse, before anything is unpacked, a file that unpacks to far more than any
    registration list, or whose sheet says it has more rows than we read."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > MAX_UNPACKED:
                raise InvalidInput.coded(
                    "registration-unpacks-large", name=path.name, mb=MAX_UNPACKED // 2**20
                )
            for member in members:
                if not member.filename.startswith("xl/worksheets/"):
                    continue
                with archive.open(member) as sheet:
                    head = sheet.read(4096)
                found = _DIMENSION.search(head)
                if found and found.group(1) and int(found.group(1)) > MAX_ROWS + 1:
                    raise InvalidInput.coded(
                        "registration-sheet-rows", name=path.name, rows=f"{int(found.group(1)):,}"
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        raise InvalidInput.coded("registration-not-zip", name=path.name) from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # only an XLSX import pays for it

    _check_unpacked_size(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not XLSX
        raise InvalidInput.coded(
            "registration-not-xlsx", name=path.name, why=type(error).__name__
        ) from None
    try:
        # The first sheet that holds anything: lists often keep notes on an empty first tab.
        for sheet in workbook.worksheets:
            # Some programs write a wrong size into the file; read what is really there.
            sheet.reset_dimensions()
            rows: list[list[str]] = []
            for values in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
                # Padded to MAX_COLUMNS by openpyxl: keep the row as wide as its cells.
                width = len(values)
                while width and values[width - 1] is None:
                    width -= 1
                rows.append([_text_of(v).strip() for v in values[:width]])
                if len(rows) > MAX_ROWS:
                    raise InvalidInput.coded(
                        "registration-too-many-rows", name=path.name, rows=f"{MAX_ROWS:,}"
                    )
            if any(any(row) for row in rows):
                return rows
        return []
    except InvalidInput:
        raise
    except Exception as error:  # a damaged sheet inside a readable zip
        raise InvalidInput.coded(
            "registration-not-xlsx", name=path.name, why=type(error).__name__
        ) from None
    finally:
        workbook.close()


def read_rows(path: str | Path) -> list[list[str]]:
    """The table's rows, as in the file (blank ones too, so row numbers stay true)."""
    file = user_path(path)
    try:
        if file.stat().st_size > MAX_BYTES:
            raise InvalidInput.coded("registration-too-large", name=file.name)
        suffix = file.suffix.casefold()
        if suffix in (".xlsx", ".xlsm"):
            return _xlsx_rows(file)
        if suffix in (".xls", ".ods", ".numbers"):
            raise InvalidInput.coded("registration-not-table", name=file.name)
        rows = csv_rows(decode(file.read_bytes()))
    except FileNotFoundError:
        raise InvalidInput.coded("file-missing", file=file) from None
    except IsADirectoryError:
        raise InvalidInput.coded("registration-is-folder", file=file) from None
    except PermissionError:
        raise InvalidInput.coded("file-permission", file=file) from None
    except OSError as error:
        raise InvalidInput.coded(
            "file-unreadable", file=file, reason=error.strerror or error
        ) from None
    if len(rows) > MAX_ROWS:
        raise InvalidInput.coded("registration-too-many-rows", name=file.name, rows=f"{MAX_ROWS:,}")
    return rows
