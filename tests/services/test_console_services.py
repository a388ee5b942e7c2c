"""The queue, the floor and the directory behind the live console."""

from dataclasses import replace
from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services.app_services import Services


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Meeting")
    return services.sessions.add(meeting.id, "Working Session 1", "Tolerance").id


def test_queue_add_move_remove(services: Services, session_id: int) -> None:
    first = services.queue.add(session_id, "Anna", "Austria", Category.DELEGATION)
    second = services.queue.add(session_id, "", "La Strada", Category.CIVIL_SOCIETY)
    third = services.queue.add(session_id, "Олег", "", Category.MEDIA)
    services.queue.move(third.id, 1)
    assert [e.id for e in services.queue.of_session(session_id)] == [third.id, first.id, second.id]
    services.queue.remove(first.id)
    assert [e.display for e in services.queue.of_session(session_id)] == ["Олег", "La Strada"]
    with pytest.raises(InvalidInput, match="Type who asked"):
        services.queue.add(session_id, " ", "\t", Category.MEDIA)


def test_give_the_floor_then_end_then_take_back(services: Services, session_id: int) -> None:
    services.queue.add(session_id, "Anna", "Austria", Category.DELEGATION)
    services.queue.add(session_id, "Jean", "La Strada", Category.CIVIL_SOCIETY)
    first, _first_entry, ended = services.floor.give_floor(session_id, at=time(10, 0))
    assert (first.speaker, first.start, first.end, ended) == ("Anna", time(10, 0), None, None)
    assert services.floor.on_floor(session_id) == first
    # Giving the floor again ends the statement on it.
    second, second_entry, ended = services.floor.give_floor(session_id, at=time(10, 3))
    assert ended is not None and ended.id == first.id and ended.end == time(10, 3)
    assert services.floor.end_floor(session_id, at=time(10, 5)) is not None
    assert services.floor.on_floor(session_id) is None
    services.floor.reopen(second.id)
    services.floor.take_back(second.id, second_entry, ended.id)
    assert [e.display for e in services.queue.of_session(session_id)] == ["Jean (La Strada)"]
    assert services.floor.on_floor(session_id) == services.statements.get(first.id)
    services.floor.give_floor(session_id)
    with pytest.raises(InvalidInput, match="Nobody is waiting"):
        services.floor.give_floor(session_id)


def test_count_only_and_the_tally(services: Services, session_id: int) -> None:
    services.floor.count_only(session_id, Category.MEDIA)
    services.floor.count_only(session_id, Category.DELEGATION)
    tally = services.tally.for_session(session_id)
    assert (tally.statements, tally.media, tally.delegations) == (2, 1, 1)


def test_count_only_writes_what_the_log_reads_and_the_tally_of_its_own_transaction(
    services: Services, session_id: int
) -> None:
    """The console's lean Ctrl+n path (Core statements, no ORM Session): the statement
    it hands back is the one the log reads back, field by field, and the tally it
    brings from its own unit of work is the one the store keeps."""
    services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION)
    removed = services.statements.add(session_id, "Jean", "La Strada", Category.CIVIL_SOCIETY)
    services.statements.remove(removed.id)  # a gap in the positions: numbers still run on
    counted = []
    for category in (Category.MEDIA, Category.DELEGATION, Category.OSCE_INSTITUTION):
        statement, tally = services.floor.count_only_tallied(session_id, category)
        counted.append(statement)
        assert tally == services.tally.for_session(session_id)
    assert services.statements.of_session(session_id)[1:] == counted
    assert [s.number for s in counted] == [2, 3, 4]
    assert counted[0].start == counted[0].end is not None
    assert services.tally.for_session(session_id).statements == 4


def test_the_floor_and_the_queue_hand_back_the_session_as_their_own_transaction_left_it(
    services: Services, session_id: int
) -> None:
    entry, queue = services.queue.add_listed(session_id, "Anna", "Austria", Category.DELEGATION)
    assert queue == services.queue.of_session(session_id) == [entry]
    second, queue = services.queue.add_listed(
        session_id, "Jean", "La Strada", Category.CIVIL_SOCIETY
    )
    assert queue == services.queue.of_session(session_id) == [entry, second]
    services.floor.count_only(session_id, Category.MEDIA)
    (given, taken, ended), tally, queue = services.floor.give_floor_shown(session_id)
    assert (given.speaker, taken, ended) == ("Anna", entry, None)
    assert tally == services.tally.for_session(session_id)
    assert (tally.delegations, tally.media) == (1, 1)
    assert queue == services.queue.of_session(session_id)
    assert [(e.id, e.position) for e in queue] == [(second.id, 1)]
    (given, _taken, ended), tally, queue = services.floor.give_floor_shown(session_id)
    assert ended is not None and ended.id != given.id and not ended.on_the_floor
    assert tally == services.tally.for_session(session_id) and tally.civil_society == 1
    assert queue == []
    with pytest.raises(InvalidInput):
        services.floor.give_floor_shown(session_id)  # nobody waits: nothing written
    assert services.tally.for_session(session_id).statements == 3


def test_count_only_in_a_session_that_is_gone_changes_nothing(
    services: Services, session_id: int
) -> None:
    with pytest.raises(NotFound, match="no session"):
        services.floor.count_only_tallied(session_id + 1, Category.MEDIA)
    assert services.statements.of_session(session_id) == []


def test_remove_and_restore_keep_the_id_and_place(services: Services, session_id: int) -> None:
    a = services.statements.add(session_id, "A", "Austria", Category.DELEGATION)
    b = services.statements.add(session_id, "B", "Austria")
    reply = services.statements.add(
        session_id, "C", "Austria", kind=StatementKind.RIGHT_OF_REPLY, replying_to=a.id
    )
    removed = services.statements.remove(b.id)
    restored = services.statements.restore(removed)
    assert restored == b
    assert [s.id for s in services.statements.of_session(session_id)] == [a.id, b.id, reply.id]


def test_restore_brings_back_what_pointed_at_the_statement(
    services: Services, session_id: int
) -> None:
    a = services.statements.add(session_id, "A", "Austria", Category.DELEGATION)
    reply = services.statements.add(
        session_id, "C", "Ukraine", Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY, replying_to=a.id,
    )  # fmt: skip
    recommendation = services.recommendations.add(session_id, "osce", "Act.", statement_id=a.id)
    waiting = services.queue.add(
        session_id, "", "Ukraine", Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY, replying_to=a.id,
    )  # fmt: skip
    removed = services.statements.remove(a.id)
    assert (removed.answered_by, removed.recommendations, removed.queued_replies) == (
        (reply.id,), (recommendation.id,), (waiting.id,),
    )  # fmt: skip
    assert services.statements.get(reply.id).replying_to_id is None
    # Meanwhile the rapporteur pointed the queued reply elsewhere: that stays hers.
    other = services.statements.add(session_id, "B", "France", Category.DELEGATION)
    services.queue.remove(waiting.id)
    services.queue.restore(replace(waiting, replying_to_id=other.id))
    services.statements.restore(removed)
    assert services.statements.get(reply.id).replying_to_id == a.id
    assert services.recommendations.of_session(session_id)[0].statement_id == a.id
    assert services.queue.of_session(session_id)[0].replying_to_id == other.id


def test_a_queued_speaker_comes_back_under_the_same_id_and_place(
    services: Services, session_id: int
) -> None:
    first = services.queue.add(session_id, "Anna", "Austria", Category.DELEGATION)
    second = services.queue.add(session_id, "Jean", "La Strada", Category.CIVIL_SOCIETY)
    third = services.queue.add(session_id, "", "UNHCR", Category.INTERNATIONAL_ORGANIZATION)
    services.queue.remove(second.id)
    services.queue.restore(second)
    assert services.queue.of_session(session_id) == [first, second, third]
    with pytest.raises(InvalidInput, match="already in the queue"):
        services.queue.restore(second)


def test_correcting_a_queued_speaker_files_them_under_the_new_names(
    services: Services, session_id: int
) -> None:
    entry = services.queue.add(session_id, "Anna", "Austria", Category.DELEGATION)
    services.queue.update(
        entry.id, speaker="Ms. Anna Berg", on_behalf_of="Nordic Women's Forum",
        category=Category.CIVIL_SOCIETY, anonymous=True,
    )  # fmt: skip
    statement, _entry, _ended = services.floor.give_floor(session_id)
    assert (statement.speaker, statement.on_behalf_of, statement.category) == (
        "Ms. Anna Berg", "Nordic Women's Forum", Category.CIVIL_SOCIETY,
    )  # fmt: skip
    assert statement.anonymous
    names = {o.id: o.name for o in services.organizations.stored()}
    assert names[statement.organization_id or 0] == "Nordic Women's Forum"
    with pytest.raises(InvalidInput, match="needs a name or an organization"):
        services.queue.restore(_entry)
        services.queue.update(_entry.id, speaker="", on_behalf_of="")


def test_directory_matches_inside_words_any_case_any_accent(
    services: Services, session_id: int
) -> None:
    meeting_id = services.sessions.get(session_id).meeting_id
    services.statements.add(
        session_id, "Ірина Шевченко", "La Strada Ukraine", Category.CIVIL_SOCIETY
    )
    directory = services.directory
    directory.forget()
    # What was typed names the organization: it comes first, then the people who spoke for it.
    assert [e.display for e in directory.search(meeting_id, "strada")][:2] == [
        "La Strada Ukraine", "Ірина Шевченко (La Strada Ukraine)",
    ]  # fmt: skip
    assert directory.search(meeting_id, "шевч")[0].speaker == "Ірина Шевченко"
    found = directory.search(meeting_id, "австр")  # Австрия, not Австралия
    found = [f for f in found if f.matched == "Австрия"] or found
    assert found and found[0].organization == "Austria"
    assert found[0].category is Category.DELEGATION
    assert directory.search(meeting_id, "AUTRICHE")[0].organization == "Austria"
    assert directory.category_of(meeting_id, "Австрия") is Category.DELEGATION
    assert directory.canonical_name(meeting_id, "австрия") == "Austria"
    assert directory.category_of(meeting_id, "Unknown NGO") is None


@given(st.text(max_size=30))
def test_directory_search_takes_any_text(services: Services, text: str) -> None:
    meeting = services.meetings.all()[0] if services.meetings.all() else services.meetings.add("M")
    results = services.directory.search(meeting.id, text)
    assert len(results) <= 12
