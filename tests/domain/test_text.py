"""Text from people and files: cleaned once, safe for XML and every database."""

import re
import unicodedata
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, SessionKind
from rapporteur_app.domain.text import (
    clean_line,
    clean_text,
    parse_date,
    parse_time,
    search_key,
    split_paragraphs,
)

XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@given(st.text())
def test_cleaned_text_has_nothing_xml_or_sqlite_refuse(raw: str) -> None:
    cleaned = clean_text(raw)
    assert not XML_FORBIDDEN.search(cleaned)
    assert "\r" not in cleaned
    cleaned.encode("utf-8")  # no lone surrogates left
    assert clean_text(cleaned) == cleaned


@given(st.text())
def test_a_line_is_one_trimmed_line(raw: str) -> None:
    line = clean_line(raw)
    assert "\n" not in line and "\t" not in line
    assert line == line.strip()
    assert "  " not in line


def test_word_pastes_become_plain_lines() -> None:
    assert clean_text("one\vtwo\r\nthree\x00\u2028four") == "one\ntwo\nthree\nfour"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Österreich", "osterreich"),
        ("  ÖSTERREICH ", "osterreich"),
        ("Россия", "россия"),
        ("РОССИЯ", "россия"),
        ("Łódź", "łodz"),
        ("Hélène  Lefèvre", "helene lefevre"),
    ],
)
def test_search_key_ignores_case_accents_and_spacing(typed: str, stored: str) -> None:
    assert search_key(typed) == stored


def test_dates_and_times_are_strict() -> None:
    assert parse_date("2022-07-18", "start") == date(2022, 7, 18)
    assert parse_time("09:05", "start") == time(9, 5)
    assert parse_time("09:05:07", "start", seconds=True) == time(9, 5, 7)
    for bad in ("18/07/2022", "2022-7-18", "2022-02-30", "", "tomorrow"):
        with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
            parse_date(bad, "start")
    for bad in ("25:00", "9h", "09:05:07", ""):
        with pytest.raises(InvalidInput, match="HH:MM"):
            parse_time(bad, "start")


def test_paragraphs_are_separated_by_blank_lines() -> None:
    text = "First line\ncontinues.\n\n\nSecond.\r\n\r\nThird\n"
    assert split_paragraphs(text) == ("First line continues.", "Second.", "Third")


def test_vocabularies_parse_the_command_line_words() -> None:
    assert Category.parse("civil-society") is Category.CIVIL_SOCIETY
    assert Category.parse("Civil society") is Category.CIVIL_SOCIETY
    assert SessionKind.parse("side_event") is SessionKind.SIDE_EVENT
    with pytest.raises(InvalidInput, match="Unknown category 'ngo': use one of delegation"):
        Category.parse("ngo")


@given(st.text())
def test_the_quick_cleaning_drops_what_the_rule_refuses(value: str) -> None:
    from rapporteur_app.domain.text import _allowed, clean_text

    expected = value.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n")
    expected = expected.replace("\f", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    expected = unicodedata.normalize("NFC", "".join(ch for ch in expected if _allowed(ch)))
    assert clean_text(value) == expected
