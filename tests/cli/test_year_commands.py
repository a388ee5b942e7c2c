"""The year on the command line: an event of any kind added, the year's events, its
statistics and follow-up printed and written as CSV/XLSX, a follow-up recorded and a
link confirmed, the annual report written; a wrong word refused with one line."""

import csv
import json
from pathlib import Path

import docx
import openpyxl

from rapporteur_app.services.app_services import Services
from tests.services.year_builder import build_year


def test_the_year_on_the_command_line(cli, db_location: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = Services.open(db_location)
    try:
        year = build_year(services)
    finally:
        services.close()
    added = cli("meeting", "add", "--title", "Simulation exercise", "--venue", "Vicenza",
                "--start", "2016-11-14", "--kind", "simulation-exercise")  # fmt: skip
    assert added.code == 0
    events = json.loads(cli("year", "events", "--year", "2016", "--json").out)
    assert [e["kind"] for e in events] == ["conference", "country-visit", "workshop", "meeting",
                                          "simulation-exercise"]  # fmt: skip
    stats = json.loads(cli("year", "stats", "--year", "2016", "--json").out)
    assert stats[-1]["Meeting"] == "Total" and stats[-1]["Statements"] == "9"
    only = json.loads(cli("year", "stats", "--meeting", str(year.meeting), "--json").out)
    assert [r["Meeting"] for r in only] == ["Supplementary Human Dimension Meeting", "Total"]
    out = tmp_path / "speakers.xlsx"
    assert (
        cli("year", "stats", "--year", "2016", "--table", "speakers", "--out", str(out)).code == 0
    )
    assert openpyxl.load_workbook(out).active.cell(2, 1).value == "Austria"
    done = cli("year", "follow", "--recommendation", str(year.april_states), "--state",
               "in progress", "--office", "THB Unit", "--note", "Letter sent", "--day",
               "2016-05-02")  # fmt: skip
    assert done.code == 0 and "in-progress, THB Unit, 1 note(s)" in done.out
    linked = cli("year", "follow", "--recommendation", str(year.september_states), "--link",
                 str(year.april_states))  # fmt: skip
    assert f"heard before as {year.april_states}" in linked.out
    table = tmp_path / "follow-up.csv"
    assert cli("year", "follow-up", "--year", "2016", "--out", str(table)).code == 0
    with table.open(encoding="utf-8-sig", newline="") as handle:
        lines = {row[0]: row for row in csv.reader(handle)}
    assert lines[str(year.april_states)][5:9] == ["In progress", "THB Unit", "2016-05-02",
                                                  "Letter sent"]  # fmt: skip
    report = tmp_path / "report.docx"
    assert (
        cli("year", "report", "--year", "2016", "--format", "docx", "--out", str(report)).code == 0
    )
    texts = [p.text for p in docx.Document(str(report)).paragraphs]
    assert "Events of 2016" in texts
    refused = cli("year", "follow", "--recommendation", str(year.april_osce), "--state", "done")
    assert refused.code == 2 and "Unknown follow-up state" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
