"""The annual report's layout: masthead, notes typed inline, the tables' presence."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.document import Paragraph, Table, Title, inline_text
from rapporteur_app.domain.documents.annual_report import (
    AnnualReport,
    AnnualReportSettings,
    ReportSection,
)
from rapporteur_app.domain.rich_text import parse, to_markup
from rapporteur_app.domain.year import EventKind, YearEvent


def _texts(report: AnnualReport) -> list[str]:
    return report.document().text_lines()


def test_notes_are_numbered_through_the_report_and_set_at_each_section_end() -> None:
    first = "One.^[First *note*.] Two.^[Second note.]\n\n- an item"
    # As the rich text editor saves it: brackets escaped.
    second = to_markup(parse("Three.^[Third note.]"))
    assert "\\[" in second
    report = AnnualReport(
        AnnualReportSettings(2016, sections=(ReportSection("A", first), ReportSection("", second)))
    )
    lines = _texts(report)
    assert lines[-7:] == ["A", "One.¹ Two.²", "an item", "¹ First note.", "² Second note.",
                          "Three.³", "³ Third note."]  # fmt: skip
    note = next(b for b in report.blocks() if isinstance(b, Paragraph)
                and inline_text(b.runs).startswith("¹"))  # fmt: skip
    assert [r.text for r in note.runs if r.italic] == ["note"]


def test_the_masthead_sets_the_author_in_bold_and_the_date_in_the_language() -> None:
    settings = AnnualReportSettings(
        2016, author="Ambassador A. B.", function="Special Representative\nfor X",
        place="Vienne", issued=date(2016, 12, 15), language="fr",
        addressee="pour le Conseil permanent", title="Rapport",
    )  # fmt: skip
    blocks = AnnualReport(settings).blocks()
    bold = [
        inline_text(b.runs) for b in blocks if isinstance(b, Paragraph) and b.role == "masthead"
    ]
    assert bold == ["Ambassador A. B.,", "Special Representative", "for X"]
    title = next(b for b in blocks if isinstance(b, Title))
    assert title.lines == ("Rapport", "pour le Conseil permanent", "Vienne, 15 décembre 2016")


def test_the_events_table_lists_each_kind_and_can_be_left_out() -> None:
    events = (
        YearEvent(1, "Visit", EventKind.COUNTRY_VISIT, date(2016, 6, 6), date(2016, 6, 9),
                  "Yerevan"),
        YearEvent(2, "Conference", EventKind.CONFERENCE, date(2016, 4, 11), None, "Vienna", 3, 40),
    )  # fmt: skip
    report = AnnualReport(AnnualReportSettings(2016), events=events)
    table = next(b for b in report.blocks() if isinstance(b, Table))
    assert table.rows == (("Visit", "6-9 June 2016", "Country visit", "Yerevan"),
                          ("Conference", "11 April 2016", "Conference", "Vienna"))  # fmt: skip
    quiet = AnnualReport(AnnualReportSettings(2016, events_table=False), events=events)
    assert not any(isinstance(b, Table) for b in quiet.blocks())


@given(st.text(max_size=200))
def test_any_section_text_lays_out(text: str) -> None:
    report = AnnualReport(AnnualReportSettings(2016, sections=(ReportSection("H", text),)))
    assert (
        report.document().text_lines()[0] == "Organization for Security and Co-operation in Europe"
    )
    settings = AnnualReportSettings.from_json(2016, report.settings.to_json())
    assert settings == report.settings
