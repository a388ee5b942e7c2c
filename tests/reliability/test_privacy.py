"""Files readable by the user alone; a speaker who asked not to be named never
appears in an export, a log line or an error message; no formula in a sheet."""

import csv
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from rapporteur_app.app import log_path
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export.table_writer import neutralise
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from rapporteur_app.store.location import default_database_path
from tests.export.conftest import pdf_text

SECRET = "Aigerim Nurlanovna"


def test_database_backups_and_log_are_private(cli) -> None:  # type: ignore[no-untyped-def]
    from rapporteur_app.app import main

    assert main(["meeting", "add", "--title", "M"]) == 0  # the default database
    database = default_database_path()
    BackupService(None).take()
    for path in (database, BackupService(None).all()[0].path, log_path()):
        assert path.stat().st_mode & 0o777 == 0o600, path
        assert path.parent.stat().st_mode & 0o777 == 0o700, path.parent


def test_an_anonymous_name_leaks_nowhere(
    cli,
    services: Services,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    secret = services.statements.add(
        session.id, SECRET, "Survivors' Network", Category.CIVIL_SOCIETY, anonymous=True,
        anonymous_description="a survivor", notes=f"{SECRET} spoke of her case.",
    )  # fmt: skip
    services.sessions.set_narrative(session.id, f"{SECRET} told the session her story.")
    services.recommendations.add(session.id, "osce", f"Listen to {SECRET}.")
    outputs: list[str] = []
    for fmt in ("docx", "pdf"):
        for document in ("rapport", "working-group"):
            out = tmp_path / f"{document}.{fmt}"
            result = cli("export", "--session", str(session.id), "--format", fmt,
                         "--out", str(out), "--document", document)  # fmt: skip
            assert result.code == 0, result.err
            if fmt == "pdf":
                outputs.append(pdf_text(out))
            else:
                outputs.append("\n".join(p.text for p in docx.Document(str(out)).paragraphs))
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"log.{fmt}"
        assert cli("statement", "export", "--session", str(session.id), "--format", fmt,
                   "--out", str(out)).code == 0  # fmt: skip
        if fmt == "csv":
            outputs.append(out.read_text(encoding="utf-8-sig"))
        else:
            sheet = load_workbook(out).active
            assert sheet is not None
            outputs.append(str([[c.value for c in row] for row in sheet.iter_rows()]))
    # Errors about that statement, and what the log kept of everything.
    for args in (
        ["statement", "add", "--session", str(session.id), "--speaker", SECRET,
         "--on-behalf-of", "Nowhere", "--anonymous"],
        ["statement", "add", "--session", "999", "--speaker", SECRET, "--on-behalf-of", "X",
         "--category", "media", "--anonymous"],
        ["statement", "add", "--session", str(session.id), "--speaker", SECRET,
         "--on-behalf-of", "X", "--category", "media", "--anonymous", "--replying-to",
         str(secret.id)],
    ):  # fmt: skip
        result = cli(*args)
        assert result.code == 2
        outputs.append(result.err)
    outputs.append(log_path().read_text(encoding="utf-8") if log_path().exists() else "")
    for text in outputs:
        assert SECRET.casefold() not in text.casefold()
        assert "Aigerim" not in text


@settings(max_examples=80)
@given(st.text(max_size=40))
def test_formula_cells_are_neutralised(text: str) -> None:
    cell = neutralise(text)
    assert not cell.lstrip(" \t\r\n").startswith(("=", "+", "-", "@")) or cell.startswith("'")
    assert cell in (clean_text(text), "'" + clean_text(text))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_sheets_hold_no_formula(services: Services, tmp_path: Path, fmt: str) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    dangerous = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "plain"]
    for text in dangerous:
        services.statements.add(session.id, text, "Austria", Category.DELEGATION, notes=text)
    out = tmp_path / f"log.{fmt}"
    services.documents.export_statements(session.id, fmt=fmt, out=out)
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as file:
            cells = [cell for row in csv.reader(file) for cell in row]
    else:
        sheet = load_workbook(out).active
        assert sheet is not None
        cells = [str(c.value or "") for row in sheet.iter_rows() for c in row]
        assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert '\'=HYPERLINK("http://x")' in cells and "plain" in cells


def _cells_as_a_spreadsheet_splits(line: str, separator: str) -> list[str]:
    """How LibreOffice Calc splits a line at a separator: never inside quotes (each
    quote opens or closes a quoted stretch), the quotes themselves dropped."""
    cells, current, quoted = [], [], False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            cells.append("".join(current))
            current = []
        else:
            current.append(char)
    cells.append("".join(current))
    return cells


_SEPARATOR_NOTES = ("note;=1+2", "a\t=1+2", "b,=1+2", "c|=1+2", "d; +1", "e|@SUM(A1)", "f;-2")


def _log_with_separators(services: Services, tmp_path: Path) -> Path:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    for text in _SEPARATOR_NOTES:
        services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION, notes=text)
    out = tmp_path / "log.csv"
    services.documents.export_statements(session.id, fmt="csv", out=out)
    return out


@pytest.mark.parametrize("separator", [";", "\t", ",", "|"])
def test_no_separator_starts_a_formula_cell(
    services: Services, tmp_path: Path, separator: str
) -> None:
    out = _log_with_separators(services, tmp_path)
    for line in out.read_text("utf-8-sig").splitlines():
        for cell in _cells_as_a_spreadsheet_splits(line, separator):
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@")), (separator, cell)


def _has_calc() -> bool:
    """soffice and its spreadsheet module: a machine may have the word processor alone
    (the benchmark's reference), which cannot load a CSV."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    program = Path(os.path.realpath(soffice)).parent
    return any(program.glob("libsclo.*"))


@pytest.mark.timeout(120)
@pytest.mark.skipif(not _has_calc(), reason="LibreOffice's spreadsheet (Calc) is not installed")
def test_libreoffice_with_semicolons_runs_no_formula(services: Services, tmp_path: Path) -> None:
    out = _log_with_separators(services, tmp_path)
    converted = tmp_path / "converted"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "xlsx", "--infilter=CSV:59,34,76,1", "--outdir", str(converted),
         str(out)],
        check=True, capture_output=True, timeout=110,
    )  # fmt: skip
    sheet = load_workbook(converted / "log.xlsx").active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row]
    assert cells and all(c.data_type != "f" for c in cells)
    assert any("note;=1+2" in str(c.value) for c in cells)
