"""Meetings, sessions, recommendations and the tally of a whole meeting."""

from datetime import date, time

import pytest

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, SessionKind, SessionList, StatementKind
from rapporteur_app.domain.model import Introducer
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.app_services import Services


def test_meeting_fields_are_checked_and_cleaned(services: Services) -> None:
    meeting = services.meetings.add("  Supplementary   HDM ", "Vienna", date(2022, 7, 18))
    assert meeting.title == "Supplementary HDM"
    with pytest.raises(InvalidInput, match="meeting title must not be empty"):
        services.meetings.add("   ")
    with pytest.raises(InvalidInput, match="ends"):
        services.meetings.add("X", start=date(2022, 7, 19), end=date(2022, 7, 18))
    assert [m.title for m in services.meetings.all()] == ["Supplementary HDM"]


def test_sessions_come_in_agenda_order(services: Services) -> None:
    meeting = services.meetings.add("HDM")
    late = services.sessions.add(
        meeting.id, "WS 2", "Afternoon", day=date(2022, 7, 18), start=time(15, 0)
    )
    early = services.sessions.add(
        meeting.id, "WS 1", "Morning", day=date(2022, 7, 18), start=time(10, 0)
    )
    closing = services.sessions.add(
        meeting.id, "Closing", "Closing session", kind=SessionKind.CLOSING, day=date(2022, 7, 19)
    )
    assert [s.id for s in services.sessions.of_meeting(meeting.id)] == [
        early.id,
        late.id,
        closing.id,
    ]
    with pytest.raises(InvalidInput, match="ends"):
        services.sessions.add(meeting.id, "WS 3", "Bad", start=time(12, 0), end=time(11, 0))
    with pytest.raises(NotFound, match="no meeting with id 99"):
        services.sessions.add(99, "WS", "T")


def test_session_lists_introducers_and_narrative(services: Services) -> None:
    meeting = services.meetings.add("HDM")
    session = services.sessions.add(meeting.id, "Panel 2", "Migration", kind=SessionKind.PANEL)
    services.sessions.set_list(
        session.id, SessionList.QUESTIONS_FOR_DISCUSSION, ["What works?", "  ", "Who pays?"]
    )
    services.sessions.set_introducers(
        session.id,
        [
            Introducer("Dr. Sofía Ramírez", "Adviser", "ODIHR"),
            Introducer("Mr. Алексей Морозов", "Professor", "MSU"),
        ],
    )
    services.sessions.set_narrative(session.id, "First.\r\n\r\nSecond.")
    read = services.sessions.get(session.id)
    assert read.questions == ("What works?", "Who pays?")
    assert [i.name for i in read.introducers] == ["Dr. Sofía Ramírez", "Mr. Алексей Морозов"]
    assert read.narrative == "First.\n\nSecond."
    updated = services.sessions.update(session.id, statement_limit_s=240, title="Routes")
    assert (updated.statement_limit_s, updated.title) == (240, "Routes")
    with pytest.raises(InvalidInput, match="no field"):
        services.sessions.update(session.id, colour="red")


def test_recommendations_keep_the_rapporteurs_order(services: Services) -> None:
    meeting = services.meetings.add("HDM")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    first = services.recommendations.add(session.id, "Participating States", "Fund NRMs.")
    second = services.recommendations.add(session.id, "OSCE", "Support field operations.")
    third = services.recommendations.add(session.id, "National parliaments", "Legislate.")
    assert [r.addressee for r in services.recommendations.of_session(session.id)] == [
        "participating-states",
        "osce",
        "National parliaments",
    ]
    services.recommendations.reorder(session.id, [third.id, first.id, second.id])
    assert [r.id for r in services.recommendations.of_session(session.id)] == [
        third.id,
        first.id,
        second.id,
    ]
    services.recommendations.update(first.id, included=False)
    included = {r.id: r.included for r in services.recommendations.of_session(session.id)}
    assert included == {first.id: False, second.id: True, third.id: True}
    with pytest.raises(InvalidInput, match="text must not be empty"):
        services.recommendations.add(session.id, "osce", "  ")
    with pytest.raises(InvalidInput, match="once"):
        services.recommendations.reorder(session.id, [first.id])


def test_meeting_tally_is_the_sum_of_its_sessions(services: Services) -> None:
    meeting = services.meetings.add("HDM")
    one = services.sessions.add(meeting.id, "WS 1", "T")
    two = services.sessions.add(meeting.id, "WS 2", "T")
    empty = services.sessions.add(meeting.id, "WS 3", "T")
    services.statements.add(one.id, "A", "Austria", Category.DELEGATION)
    services.statements.add(one.id, "B", "IOM", Category.INTERNATIONAL_ORGANIZATION)
    target = services.statements.add(two.id, "C", "Ukraine", Category.DELEGATION)
    services.statements.add(
        two.id,
        "D",
        "Russian Federation",
        Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY,
        replying_to=target.id,
    )
    by_session = services.tally.by_session(meeting.id)
    assert by_session[empty.id] == Tally()
    assert services.tally.for_meeting(meeting.id) == by_session[one.id] + by_session[two.id]
    assert services.tally.for_meeting(meeting.id) == Tally(
        delegations=2, international_organizations=1, rights_of_reply=1
    )
