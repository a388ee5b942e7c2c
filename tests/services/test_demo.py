"""The demo meeting: any size a benchmark or a trainer asks for is a valid meeting file."""

from itertools import pairwise
from typing import Any

import pytest

from rapporteur_app.services import exchange
from rapporteur_app.services.demo import demo_document


def _seconds(text: str) -> int:
    hours, minutes, seconds = (int(part) for part in text.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def _floor(document: dict[str, Any], session: int = 0) -> list[dict[str, Any]]:
    statements = document["meeting"]["sessions"][session]["statements"]
    return [s for s in statements if s["kind"] != "presentation"]


@pytest.mark.parametrize("per_session", [14, 100, 200, 1000])
def test_a_demo_session_of_any_size_keeps_its_clock_within_the_day(per_session: int) -> None:
    document = demo_document(sessions=2, statements_per_session=per_session, frame=False)
    exchange.check(document)
    for index in range(2):
        floor = _floor(document, index)
        assert len(floor) >= per_session
        for earlier, later in pairwise(floor):
            assert _seconds(earlier["start"]) <= _seconds(earlier["end"])
            assert _seconds(earlier["end"]) <= _seconds(later["start"])


def test_the_usual_sizes_keep_their_times() -> None:
    """Only sessions that would not fit the day are paced faster: the published samples
    and the benchmark's meeting (100 statements a session) keep their usual pauses."""
    floor = _floor(demo_document(statements_per_session=100, frame=False))[:100]
    assert floor[0]["start"] == "10:40:00"
    pauses = [_seconds(b["start"]) - _seconds(a["end"]) for a, b in pairwise(floor)]
    assert min(pauses) >= 10
    assert max(pauses) <= 40
