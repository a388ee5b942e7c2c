"""Queueing a speaker (the console's Enter), written on SQLAlchemy Core: each rule it
keeps, on both engines. The entry and the queue it returns are the ones a fresh
read gives; every refusal writes nothing."""

from collections.abc import Callable

import pytest
from sqlalchemy import Connection

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry
from rapporteur_app.services import queue as queue_module
from rapporteur_app.services.app_services import Services

Snapshot = Callable[[], list[tuple[str, list[tuple[object, ...]]]]]


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Meeting")
    return services.sessions.add(meeting.id, "Working Session 1", "Tolerance").id


def _check_as_read_again(
    services: Services, session_id: int, added: tuple[QueueEntry, list[QueueEntry]]
) -> QueueEntry:
    """The entry and the queue add_listed returned are what a new transaction reads."""
    entry, queue = added
    again = services.queue.of_session(session_id)
    assert queue == again
    assert entry in again
    return entry


def _organizations(services: Services) -> list[tuple[int | None, str]]:
    return sorted((o.id, o.stored_name or o.name) for o in services.organizations.listing() if o.id)


def test_names_are_cleaned_and_the_entry_goes_at_the_end(
    services: Services, session_id: int
) -> None:
    services.queue.add(session_id, "Anna", "Austria", Category.DELEGATION)
    entry = _check_as_read_again(
        services, session_id,
        services.queue.add_listed(
            session_id, "  Jean \t Martin ", " La   Strada ", Category.CIVIL_SOCIETY
        ),
    )  # fmt: skip
    assert (entry.speaker, entry.on_behalf_of, entry.position) == ("Jean Martin", "La Strada", 2)
    assert entry.category is Category.CIVIL_SOCIETY and entry.kind is StatementKind.STATEMENT
    assert entry.speaker_id is not None and not entry.anonymous and entry.cosignatories == ()
    # A bare organization, and a bare name.
    bare = services.queue.add(session_id, "", "Austria", Category.DELEGATION)
    assert (bare.speaker, bare.speaker_id, bare.position) == ("", None, 3)
    named = services.queue.add(session_id, "Олег", "", Category.MEDIA)
    assert (named.on_behalf_of, named.speaker_id is not None) == ("", True)


def test_an_organization_is_added_once_and_found_again_by_another_spelling(
    services: Services, session_id: int
) -> None:
    first = services.queue.add(session_id, "Anna", "Австрия", Category.CIVIL_SOCIETY)
    # A reference organization: stored under its English name, with its own category.
    assert first.on_behalf_of == "Austria"
    stored = _organizations(services)
    again = services.queue.add(session_id, "Jean", "Autriche", Category.DELEGATION)
    third = services.queue.add(session_id, "Olga", "  AUSTRIA ", Category.DELEGATION)
    assert again.on_behalf_of == third.on_behalf_of == "Austria"
    # One unknown to the program: added in the category given, then found whatever
    # its case and spacing.
    ngo = services.queue.add(session_id, "", "Nordic Survivors", Category.CIVIL_SOCIETY)
    with_ngo = _organizations(services)
    assert len(with_ngo) == len(stored) + 1
    same = services.queue.add(session_id, "", "nordic  SURVIVORS", Category.MEDIA)
    assert same.on_behalf_of == ngo.on_behalf_of == "Nordic Survivors"
    assert _organizations(services) == with_ngo
    # The statements made from the queue are filed under the one organization.
    given = [services.floor.give_floor(session_id)[0] for _ in range(5)]
    assert {s.on_behalf_of for s in given} == {"Austria", "Nordic Survivors"}


def test_a_speaker_is_found_again_and_one_not_to_be_named_is_anonymous(
    services: Services, session_id: int
) -> None:
    first = services.queue.add(session_id, "Maria Lind", "Nordic Survivors", Category.CIVIL_SOCIETY)
    assert first.speaker_id is not None and not first.anonymous
    services.participants.set_not_named(first.speaker_id, True, "a survivor of trafficking")
    entry = _check_as_read_again(
        services, session_id,
        services.queue.add_listed(
            session_id, "maria  LIND", "Nordic Survivors", Category.CIVIL_SOCIETY
        ),
    )  # fmt: skip
    assert entry.speaker_id == first.speaker_id and entry.anonymous
    assert entry.speaker == "maria LIND"  # as typed (cleaned); the person is the same
    services.queue.remove(first.id)
    statement, _taken, _ = services.floor.give_floor(session_id)
    assert statement.anonymous and statement.anonymous_description == "a survivor of trafficking"
    # Asked for on the line itself, for someone else.
    other = services.queue.add(session_id, "Eva", "", Category.CIVIL_SOCIETY, anonymous=True)
    assert other.anonymous and other.speaker_id not in (None, first.speaker_id)


def test_a_reply_answers_a_statement_of_its_own_session(
    services: Services, session_id: int, snapshot: Snapshot
) -> None:
    answered = services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION)
    entry = _check_as_read_again(
        services, session_id,
        services.queue.add_listed(
            session_id, "Ivan", "Russian Federation", Category.DELEGATION,
            kind=StatementKind.RIGHT_OF_REPLY, replying_to=answered.id,
        ),
    )  # fmt: skip
    assert (entry.kind, entry.replying_to_id) == (StatementKind.RIGHT_OF_REPLY, answered.id)
    statement, _taken, _ = services.floor.give_floor(session_id)
    assert statement.replying_to_id == answered.id

    meeting_id = services.sessions.get(session_id).meeting_id
    other = services.sessions.add(meeting_id, "Working Session 2", "Media").id
    elsewhere = services.statements.add(other, "Jean", "France", Category.DELEGATION)
    before = snapshot()
    refused: list[tuple[type[Exception], str, Callable[[], object]]] = [
        (InvalidInput, "queue-who-empty", lambda: services.queue.add(
            session_id, " ", "\t", Category.DELEGATION)),
        (InvalidInput, "reply-only-answers", lambda: services.queue.add(
            session_id, "Ivan", "Russian Federation", Category.DELEGATION,
            replying_to=answered.id)),
        (InvalidInput, "reply-other-session", lambda: services.queue.add(
            session_id, "Ivan", "Brand New Delegation", Category.DELEGATION,
            kind=StatementKind.RIGHT_OF_REPLY, replying_to=elsewhere.id)),
        (NotFound, "no-statement", lambda: services.queue.add(
            session_id, "Ivan", "Russian Federation", Category.DELEGATION,
            kind=StatementKind.RIGHT_OF_REPLY, replying_to=999_999)),
        (NotFound, "no-session", lambda: services.queue.add(
            999_999, "Ivan", "Brand New Delegation", Category.DELEGATION)),
    ]  # fmt: skip
    for error, code, add in refused:
        with pytest.raises(error) as caught:
            add()
        assert getattr(caught.value, "code", None) == code, code
        assert snapshot() == before, f"{code} wrote something"


def test_a_joint_statement_keeps_its_cosignatories_once_each(
    services: Services, session_id: int
) -> None:
    entry = _check_as_read_again(
        services, session_id,
        services.queue.add_listed(
            session_id, "Anna", "European Union", Category.INTERNATIONAL_ORGANIZATION,
            cosignatories=("Албания", " ", "european union", "Albania", "Friends of Tolerance"),
        ),
    )  # fmt: skip
    # The lead is never its own co-signatory; a spelling met twice is one; a new one
    # is stored in the lead's category.
    assert entry.cosignatories == ("Albania", "Friends of Tolerance")
    listing = {o.name: o for o in services.organizations.listing() if o.id}
    assert listing["Friends of Tolerance"].category is Category.INTERNATIONAL_ORGANIZATION
    statement, taken, _ = services.floor.give_floor(session_id)
    assert statement.cosignatories == taken.cosignatories == entry.cosignatories
    # Undone: back in the queue with them, under the same id.
    services.floor.take_back(statement.id, taken, None)
    assert services.queue.of_session(session_id) == [entry]


def test_a_position_given_inserts_and_numbers_the_queue_again(
    services: Services, session_id: int
) -> None:
    names = ["Anna", "Jean", "Olga"]
    for name in names:
        services.queue.add(session_id, name, "Austria", Category.DELEGATION)
    for name, position, where in (("Eva", 1, 0), ("Ivan", 3, 2), ("Last", 99, 5), ("Zero", 0, 0)):
        entry = _check_as_read_again(
            services, session_id,
            services.queue.add_listed(
                session_id, name, "Austria", Category.DELEGATION, position=position
            ),
        )  # fmt: skip
        names.insert(where, name)
        queue = services.queue.of_session(session_id)
        assert [e.speaker for e in queue] == names
        assert [e.position for e in queue] == list(range(1, len(names) + 1))
        assert entry.position == where + 1


def test_a_removed_or_given_speaker_comes_back_in_place_by_undo(
    services: Services, session_id: int
) -> None:
    for name in ("Anna", "Jean", "Olga"):
        services.queue.add(session_id, name, "Austria", Category.DELEGATION)
    queued = services.queue.of_session(session_id)
    removed = services.queue.remove(queued[1].id)
    services.queue.restore(removed)
    assert services.queue.of_session(session_id) == queued
    # Redo of a queueing undone (QueueAdd): the same entry, the same id, the same place.
    added = services.queue.add(session_id, "Eva", "Austria", Category.DELEGATION, position=2)
    services.queue.remove(added.id)
    services.queue.restore(added)
    assert services.queue.of_session(session_id)[1] == added


def test_a_speaker_still_waits_in_the_queue_of_a_final_rapport(
    services: Services, session_id: int, snapshot: Snapshot
) -> None:
    services.statements.add(session_id, "Anna", "Austria", Category.DELEGATION)
    services.rapports.finalize(session_id, "Anna Kowalska")
    # The queue is not the rapport (services/final_lock.py): as before Enter was
    # written on Core, a speaker can still wait; the rapport does not change.
    rapport = services.exchange.dump_session(session_id)["meeting"]
    entry = services.queue.add(session_id, "Jean", "Malta", Category.DELEGATION)
    assert services.queue.of_session(session_id) == [entry]
    assert services.exchange.dump_session(session_id)["meeting"] == rapport


def test_the_entry_written_is_handed_back_though_another_program_took_it_out_at_once(
    services: Services, session_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue is read after the write's commit: another window may have changed it
    in between. The key still hands back the entry as it wrote it (for its undo), with
    the queue as it now is."""
    services.queue.add(session_id, "Anna", "Austria", Category.DELEGATION)
    real_read = queue_module.queue_on

    def taken_out_first(connection: Connection, read_session: int) -> list[QueueEntry]:
        newest = max(services.queue.of_session(read_session), key=lambda e: e.id)
        services.queue.remove(newest.id)  # another unit of work, committed
        return real_read(connection, read_session)

    monkeypatch.setattr(queue_module, "queue_on", taken_out_first)
    entry, queue = services.queue.add_listed(
        session_id, "Jean Martin", "France", Category.DELEGATION, cosignatories=["Belgium"]
    )
    monkeypatch.undo()
    assert [e.speaker for e in queue] == ["Anna"]
    assert (entry.speaker, entry.on_behalf_of, entry.position) == ("Jean Martin", "France", 2)
    assert entry.cosignatories == ("Belgium",)
    services.queue.restore(entry)  # the undo history can put it back, as it was
    assert services.queue.of_session(session_id)[1] == entry
