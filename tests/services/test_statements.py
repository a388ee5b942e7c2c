"""Logging statements and rights of reply through the services, on a real SQLite file."""

from datetime import time

import pytest

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.app_services import Services


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("SHDM", "Vienna")
    return services.sessions.add(meeting.id, "Working Session 1", "Identification").id


def test_statements_are_numbered_in_running_order(services: Services, session_id: int) -> None:
    first = services.statements.add(session_id, "Ms. Gruber", "Austria", Category.DELEGATION)
    second = services.statements.add(session_id, "Ms. Hoff", "La Strada", Category.CIVIL_SOCIETY)
    assert (first.number, second.number) == (1, 2)
    services.statements.delete(first.id)
    listed = services.statements.of_session(session_id)
    assert [(s.id, s.number) for s in listed] == [(second.id, 1)]


def test_a_known_organization_gives_its_category(services: Services, session_id: int) -> None:
    services.statements.add(session_id, "A", "Österreich", Category.DELEGATION)
    again = services.statements.add(session_id, "B", "osterreich")  # accents and case ignored
    assert again.category is Category.DELEGATION
    with pytest.raises(InvalidInput, match="not a known organization"):
        services.statements.add(session_id, "C", "Never Seen Before NGO")


def test_a_right_of_reply_answers_a_statement_of_its_own_session(
    services: Services, session_id: int
) -> None:
    target = services.statements.add(session_id, "A", "Ukraine", Category.DELEGATION)
    reply = services.statements.add(
        session_id,
        "B",
        "Russian Federation",
        Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY,
        replying_to=target.id,
    )
    assert reply.replying_to_id == target.id
    other = services.sessions.add(services.sessions.get(session_id).meeting_id, "WS 2", "Other")
    with pytest.raises(InvalidInput, match="another session"):
        services.statements.add(
            other.id,
            "B",
            "Russian Federation",
            Category.DELEGATION,
            kind=StatementKind.RIGHT_OF_REPLY,
            replying_to=target.id,
        )
    with pytest.raises(InvalidInput, match="Only a right of reply"):
        services.statements.add(session_id, "B", "X", Category.MEDIA, replying_to=target.id)
    with pytest.raises(NotFound, match="no statement with id 999"):
        services.statements.add(
            session_id,
            "B",
            "X",
            Category.MEDIA,
            kind=StatementKind.RIGHT_OF_REPLY,
            replying_to=999,
        )


def test_deleting_the_answered_statement_keeps_the_reply(
    services: Services, session_id: int
) -> None:
    target = services.statements.add(session_id, "A", "Ukraine", Category.DELEGATION)
    reply = services.statements.add(
        session_id,
        "B",
        "Russian Federation",
        Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY,
        replying_to=target.id,
    )
    services.statements.delete(target.id)
    kept = services.statements.get(reply.id)
    assert kept.replying_to_id is None and kept.is_right_of_reply


def test_updates_change_the_tally_at_once(services: Services, session_id: int) -> None:
    logged = services.statements.add(session_id, "", "", Category.CIVIL_SOCIETY)
    assert services.tally.for_session(session_id) == Tally(civil_society=1)
    services.statements.update(logged.id, category="media")
    assert services.tally.for_session(session_id) == Tally(media=1)
    services.statements.update(logged.id, kind="right-of-reply")
    assert services.tally.for_session(session_id) == Tally(rights_of_reply=1)


def test_notes_are_saved_as_typed_and_cleaned(services: Services, session_id: int) -> None:
    logged = services.statements.add(session_id, "A", "Austria", Category.DELEGATION)
    services.statements.set_notes(logged.id, "Called for\x0bco-operation.\r\nТекст.")
    assert services.statements.get(logged.id).notes == "Called for\nco-operation.\nТекст."
    with pytest.raises(NotFound):
        services.statements.set_notes(12345, "lost?")


def test_times_must_run_forward(services: Services, session_id: int) -> None:
    with pytest.raises(InvalidInput, match=r"ends .* before it starts"):
        services.statements.add(
            session_id, "A", "Austria", Category.DELEGATION, start=time(10, 5), end=time(10, 0)
        )
    assert services.statements.of_session(session_id) == []


def test_speakers_are_remembered_per_meeting(services: Services, session_id: int) -> None:
    first = services.statements.add(
        session_id, "Ms. Олена Коваленко", "Ukraine", Category.DELEGATION
    )
    second = services.statements.add(session_id, "ms. олена коваленко", "Ukraine")
    assert first.speaker_id == second.speaker_id is not None
    assert first.organization_id == second.organization_id is not None
