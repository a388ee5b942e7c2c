"""Hostile XLSX registration lists, generated here: each is refused in one line, or
read only as far as the limits allow, before it can use the memory or time of a
machine (the sizes inside the zip and the sheet's dimension are checked first;
rows and columns past the limits are never read)."""

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.services import registration_file
from rapporteur_app.services.registration_file import read_rows

SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook(path: Path, sheet_xml: bytes | None = None, extra: tuple[str, int] | None = None):  # type: ignore[no-untyped-def]
    plain = path.with_suffix(".plain.xlsx")
    book = Workbook()
    assert book.active is not None
    book.active.append(["Name", "Organization"])
    book.save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == SHEET and sheet_xml is not None:
                data = sheet_xml
            out.writestr(item.filename, data)
        if extra is not None:
            name, megabytes = extra
            with out.open(name, "w") as member:
                for _ in range(megabytes):
                    member.write(b"<a/>" * (2**20 // 4))
    plain.unlink()
    return path


def _sheet(rows: str, dimension: str = "A1:B2") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><dimension ref="{dimension}"/>'
        f"<sheetData>{rows}</sheetData></worksheet>"
    ).encode()


def test_a_file_that_unpacks_to_gigabytes_is_refused_unread(tmp_path: Path) -> None:
    bomb = _workbook(tmp_path / "bomb.xlsx", extra=("xl/sharedStrings.xml", 210))
    assert bomb.stat().st_size < 2 * 2**20  # small on the disk
    with pytest.raises(InvalidInput, match="unpacks to more than 200 MB"):
        read_rows(bomb)


def test_a_sheet_that_says_a_million_rows_is_refused_unread(tmp_path: Path) -> None:
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
    bomb = _workbook(tmp_path / "tall.xlsx", _sheet(rows, "A1:XFD1048576"))
    with pytest.raises(InvalidInput, match="1,048,576 rows"):
        read_rows(bomb)


@pytest.mark.timeout(120)
def test_rows_far_down_stop_at_the_row_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registration_file, "MAX_ROWS", 2_000)
    # A wrong (small) dimension, and a cell a million rows down.
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>'
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    )
    bomb = _workbook(tmp_path / "far.xlsx", _sheet(rows, "A1:A1"))
    with pytest.raises(InvalidInput, match="more than 2,000 rows"):
        read_rows(bomb)


@pytest.mark.timeout(120)
def test_cells_far_right_are_not_read(tmp_path: Path) -> None:
    # Each row has a cell in the last column (XFD, 16,384): read whole, 3,000 rows
    # would be 49 million cells.
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>P{r}</t></is></c>'
        f'<c r="XFD{r}" t="inlineStr"><is><t>far</t></is></c></row>'
        for r in range(1, 3_001)
    )
    wide = _workbook(tmp_path / "wide.xlsx", _sheet(rows, "A1:A1"))
    read = read_rows(wide)
    assert len(read) == 3_000
    assert read[0][0] == "P1"
    assert max(len(row) for row in read) <= registration_file.MAX_COLUMNS
