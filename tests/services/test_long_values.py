"""Both engines take the same values: text longer than the first schema's column
lengths (500, 1000 characters) is kept whole on PostgreSQL as on SQLite (issue 18,
item 16: it was an internal DataError on PostgreSQL)."""

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

LONG = "Ö" * 1500 + " end"


def test_long_titles_names_and_addressees_are_kept_whole(services: Services) -> None:
    meeting = services.meetings.add(LONG, venue=LONG)
    session = services.sessions.add(
        meeting.id, "WS 1" + "x" * 600, LONG, moderator=LONG, rapporteur=LONG
    )
    statement = services.statements.add(
        session.id, "Speaker " + "n" * 600, "Org " + "o" * 480, Category.CIVIL_SOCIETY, notes=LONG
    )
    services.recommendations.add(session.id, "To " + "a" * 700, LONG)

    assert services.meetings.get(meeting.id).title == LONG
    stored = services.sessions.get(session.id)
    assert (stored.title, stored.moderator, stored.rapporteur) == (LONG, LONG, LONG)
    logged = services.statements.of_session(session.id)[0]
    assert logged.id == statement.id
    assert logged.speaker == "Speaker " + "n" * 600
    assert logged.notes == LONG
    (recommendation,) = services.recommendations.of_session(session.id)
    assert (recommendation.addressee, recommendation.text) == ("To " + "a" * 700, LONG)


@given(length=st.integers(min_value=501, max_value=3000))
def test_any_length_of_meeting_title_is_taken(services: Services, length: int) -> None:
    title = "T" * length
    meeting = services.meetings.add(title)
    assert services.meetings.get(meeting.id).title == title
