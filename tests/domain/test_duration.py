"""A length of time typed by a person (the duration cell of the console's log)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("2:30", 150), (" 0:05 ", 5), ("90:00", 5400), ("1:02:30", 3750), ("45", 45)],
)
def test_the_usual_ways_to_write_a_duration(text: str, seconds: int) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize(
    "text", ["", "2:60", "1:60:00", "-1", "2.30", "1:2:3:4", "٣:٠٠", "24:00:00"]
)
def test_anything_else_is_refused_in_one_line(text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_duration(text)
    assert "\n" not in str(refused.value)


@given(st.integers(min_value=0, max_value=24 * 3600 - 1))
def test_minutes_and_seconds_read_back(seconds: int) -> None:
    written = f"{seconds // 60}:{seconds % 60:02d}"
    assert parse_duration(written) == seconds


@given(st.text(max_size=12))
def test_any_text_is_a_duration_or_a_message(text: str) -> None:
    try:
        seconds = parse_duration(text)
    except InvalidInput as refused:
        assert str(refused)
    else:
        assert 0 <= seconds < 24 * 3600
