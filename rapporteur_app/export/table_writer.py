"""The statement log as a table for a spreadsheet: CSV or XLSX.

A spreadsheet runs a cell that starts with =, +, - or @ (or with a tab or a
carriage return before one) as a formula: a speaker's name or a note pasted
from anywhere could then reach out of the sheet. Such cells are written with a
leading apostrophe, which spreadsheets show as text and do not run.

A CSV file is opened with whatever separator the spreadsheet's settings say:
`;` in German, Austrian or French settings, a tab, `|`. A note "note;=1+2"
written unquoted with `,` would then start a cell "=1+2". Every CSV field is
therefore quoted: inside quotes no separator starts a cell, whichever is chosen.
"""

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from rapporteur_app.domain.text import clean_text
from rapporteur_app.export.atomic import atomic_target

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    text = clean_text(value)
    if text.startswith(_FORMULA_STARTS) or text.lstrip(" \t\r\n").startswith(_FORMULA_STARTS[:4]):
        return "'" + text
    return text


def write_csv(
    header: Sequence[str], rows: Sequence[Sequence[str]], target: str | os.PathLike[str]
) -> Path:
    with (
        atomic_target(target) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out, quoting=csv.QUOTE_ALL)
        writer.writerow([neutralise(h) for h in header])
        writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return Path(target)


def write_xlsx(
    header: Sequence[str], rows: Sequence[Sequence[str]], target: str | os.PathLike[str]
) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Statements")
    sheet.append([neutralise(h) for h in header])
    for row in rows:
        # Every cell as text: openpyxl would otherwise take "=..." for a formula.
        sheet.append([neutralise(cell) for cell in row])
    with atomic_target(target) as temporary:
        book.save(temporary)
    return Path(target)
