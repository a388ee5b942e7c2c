"""Small rules carried by the domain values."""

from datetime import date, time, timedelta

from rapporteur_app.domain.addressees import addressee_order, normalize_addressee
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import (
    ANONYMOUS_DESCRIPTION,
    Meeting,
    Session,
    Statement,
    name_for_documents,
)


def _statement(**changes: object) -> Statement:
    values: dict[str, object] = {
        "id": 1,
        "session_id": 1,
        "number": 1,
        "speaker": "Ms. Aigerim N.",
        "on_behalf_of": "Survivors' Voices",
        "category": Category.CIVIL_SOCIETY,
    }
    values.update(changes)
    return Statement(**values)  # type: ignore[arg-type]


def test_anonymous_speakers_are_described_never_named() -> None:
    assert name_for_documents(_statement()) == "Ms. Aigerim N."
    assert name_for_documents(_statement(anonymous=True)) == ANONYMOUS_DESCRIPTION
    described = _statement(anonymous=True, anonymous_description="a survivor of trafficking")
    assert name_for_documents(described) == "a survivor of trafficking"


def test_duration_and_floor() -> None:
    on_floor = _statement(start=time(10, 0, 0))
    assert on_floor.on_the_floor and on_floor.duration is None
    ended = _statement(start=time(10, 0, 0), end=time(10, 3, 20))
    assert not ended.on_the_floor
    assert ended.duration == timedelta(minutes=3, seconds=20)


def test_session_heading_and_limits() -> None:
    session = Session(id=1, meeting_id=1, label="Working Session 14", title="Rule of law")
    assert session.heading == "Working Session 14: Rule of law"
    assert session.limit_for(StatementKind.STATEMENT) == 180
    assert session.limit_for(StatementKind.RIGHT_OF_REPLY) == 60


def test_meeting_dates_read_as_in_the_documents() -> None:
    def text(start: date, end: date | None) -> str:
        return Meeting(id=1, title="t", start=start, end=end).dates_text

    assert text(date(2022, 7, 18), date(2022, 7, 19)) == "18-19 July 2022"
    assert text(date(2015, 7, 6), None) == "6 July 2015"
    assert text(date(2022, 6, 30), date(2022, 7, 2)) == "30 June - 2 July 2022"
    assert text(date(2022, 12, 30), date(2023, 1, 2)) == "30 December 2022 - 2 January 2023"


def test_addressees_known_spellings_and_order() -> None:
    assert normalize_addressee("Participating States") == "participating-states"
    assert normalize_addressee("the OSCE") == "osce"
    assert normalize_addressee("  Partners for Co-operation ") == "partners"
    assert normalize_addressee("National   parliaments") == "National parliaments"
    order = addressee_order(["odihr", "National parliaments", "osce", "participating-states"])
    assert order == ["participating-states", "osce", "odihr", "National parliaments"]
