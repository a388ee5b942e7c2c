"""The office's annual report (seeds/annual-report.txt) entered through the services,
written as DOCX and PDF and read back element by element: the masthead with the
author in bold, "Report", its addressee, place and date, every paragraph and list
item of the seed in its order with its bold and italic, the footnote as a numbered
note; then the tables drawn from the database (events, statistics with a chart,
follow-up)."""

import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest

from rapporteur_app.domain.documents.annual_report import AnnualReportSettings
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.year import FollowUpState
from rapporteur_app.services.app_services import Services
from tests.export.seed_files import (
    Element,
    assert_docx_follows,
    assert_pdf_follows,
    docx_elements,
    elements_of_markup,
    pdf_reading,
    seed_blocks,
)
from tests.services.year_builder import build_year

NOTE = "Responses were received from 52 participating States and 90 non-governmental organizations from across the OSCE region."  # noqa: E501


def _body_sections() -> tuple[list[str], list[str]]:
    """The seed's running text as the office would type it: paragraphs cut by a page
    break joined again (the next block starts in lower case or with a digit), the
    footnote typed inline where its mark stands; cut in two sections after the
    paragraph that follows the note's mark."""
    blocks = seed_blocks("annual-report.txt")[5:]
    notes = [b for b in blocks if b.startswith("¹ ")]
    assert [n[2:] for n in notes] == [NOTE]
    joined: list[str] = []
    for block in blocks:
        if block in notes:
            continue
        if joined and re.match(r"[a-z0-9]", block):
            joined[-1] = f"{joined[-1]} {block}"
        else:
            joined.append(block)
    marked = [b.replace("traffickers.¹", f"traffickers.^[{NOTE}]") for b in joined]
    cut = next(i for i, b in enumerate(marked) if "^[" in b) + 2
    return marked[:cut], marked[cut:]


def test_the_annual_report_comes_out_as_the_seed(services: Services, tmp_path: Path) -> None:
    year = build_year(services)
    services.follow_up.set_state(year.april_states, FollowUpState.IN_PROGRESS, "THB Unit")
    services.follow_up.add_note(year.april_states, date(2016, 11, 30), "Three States replied")
    masthead = seed_blocks("annual-report.txt")[:5]
    organization, person, title, addressee, place_date = masthead[:5]
    author, *function = person.strip("*").split("\n")
    first, second = _body_sections()
    services.annual_reports.set_settings(
        2016,
        organization=organization,
        author=author.rstrip(","),
        function="\n".join(function),
        title=title,
        addressee=addressee,
        place="Vienna",
        issued=date(2016, 12, 15),
        symbol="SEC.GAL/186/16",
        sections=[
            {"heading": "", "text": "\n\n".join(first)},
            {"heading": "", "text": "\n\n".join(second)},
        ],
        events_table=True,
        statistics_tables=True,
        chart=True,
        follow_up_table=True,
    )
    assert services.annual_reports.settings(2016).sections[0].text.startswith("In line with")
    docx_path = services.annual_reports.export(2016, "docx", tmp_path / "report.docx")
    pdf_path = services.annual_reports.export(2016, "pdf", tmp_path / "report.pdf")

    expected = [Element(organization)]
    expected += [Element(line, bold=(line,)) for line in person.strip("*").split("\n")]
    expected += [Element(title, kind="title"), Element(addressee, kind="title"),
                 Element(place_date, kind="title")]  # fmt: skip
    assert place_date == "Vienna, 15 December 2016"
    for section in (first, second):
        text = "\n\n".join(section).replace(f"^[{NOTE}]", "¹")
        expected += elements_of_markup(text)
        if section is first:
            expected.append(Element(f"¹ {NOTE}"))
    tables = ["Events of 2016", "Statements at the meetings of 2016",
              "Recommendations by addressee", "Follow-up of recommendations"]  # fmt: skip
    expected += [Element(heading, kind="heading") for heading in tables]
    # The follow-up by addressee, under the rapport's own headings.
    expected += [Element(f"Recommendations to {to}", kind="heading")
                 for to in ("the OSCE participating States", "the OSCE", "ODIHR")]  # fmt: skip
    # The seed's emphasis is there to be checked.
    assert any(e.bold == ("Ukraine",) for e in expected)
    assert any("The Critical Role of the Judiciary" in i for e in expected for i in e.italic)
    assert sum(1 for e in expected if e.kind == "bullet") == 7

    got = docx_elements(docx_path)
    # The DOCX sets the addressee, place and date as the title's subtitle.
    got = [Element(g.text, g.bold, g.italic, g.links, "title")
           if g.kind == "body" and g.text in (addressee, place_date) else g
           for g in got]  # fmt: skip
    assert_docx_follows(got, expected)
    assert_pdf_follows(pdf_reading(pdf_path), expected)

    document = docx.Document(str(docx_path))
    events, statistics, addressees, *follow_up = document.tables
    assert [c.text for c in events.rows[0].cells] == ["Event", "Dates", "Kind", "Place"]
    assert [[c.text for c in r.cells] for r in events.rows[1:]] == [
        ["Alliance against Trafficking in Persons Conference", "11-12 April 2016",
         "Conference", "Vienna"],
        ["Country visit to Armenia", "6-9 June 2016", "Country visit", "Yerevan"],
        ["Workshop on government procurement", "20 September 2016", "Workshop", "London"],
        ["Supplementary Human Dimension Meeting", "26-27 September 2016", "Meeting", "Vienna"],
    ]  # fmt: skip
    # The country visit and the workshop have no tally: no row of zeros for them.
    assert [[c.text for c in r.cells][:3] for r in statistics.rows[1:]] == [
        ["Alliance against Trafficking in Persons Conference", "7", "3"],
        ["Supplementary Human Dimension Meeting", "2", "1"],
        ["Total", "9", "4"],
    ]
    assert {r.cells[0].text: r.cells[1].text for r in addressees.rows[1:]} == {
        "Recommendations to the OSCE participating States": "2",
        "Recommendations to the OSCE": "1", "Recommendations to ODIHR": "1",
    }  # fmt: skip
    states = [[c.text for c in r.cells] for r in follow_up[0].rows]
    assert states == [
        ["Recommendation", "State", "Office"],
        ["Apply the non-punishment principle in law and practice (Alliance against Trafficking"
         " in Persons Conference) 30 November 2016: Three States replied", "In progress",
         "THB Unit"],
        ["apply the non punishment principle in practice and in law (Supplementary Human"
         " Dimension Meeting)", "Open", ""],
    ]  # fmt: skip
    assert len(follow_up) == 3
    with zipfile.ZipFile(docx_path) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())  # the chart
    reading = pdf_reading(pdf_path)
    assert "SEC.GAL/186/16" in reading.text
    assert "Country visit to Armenia" in reading.text


def test_settings_round_trip_and_refuse_unknown_names(services: Services) -> None:
    settings = services.annual_reports.set_settings(2016, author="A. Author", place="Vienna")
    assert services.annual_reports.settings(2016) == settings
    assert services.annual_reports.settings(2015) == AnnualReportSettings(2015)
    with pytest.raises(InvalidInput, match="colour"):
        services.annual_reports.set_settings(2016, colour="red")
    assert services.annual_reports.settings(2016) == settings
