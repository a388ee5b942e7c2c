"""F5 (the floor to the first in the queue) and F6 (the statement on the floor ended): the
console's keys, written lean (Core statements on the unit of work's connection, no
ORM Session). What they hand back is what the store then reads, field by field, and
their undo and redo work with it; a final rapport refuses them with nothing written;
and each issues a few SQL statements, not the ORM's score."""

from collections.abc import Callable
from dataclasses import replace
from datetime import time

import pytest
from sqlalchemy import text

from rapporteur_app.domain.errors import InvalidInput, NotFound, RapportFinal
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, Statement
from rapporteur_app.services.app_services import Services
from tests.sql_sent import COMMITTED, sent_with_commits

SURVIVOR = "a survivor of trafficking"
# What each key issued through the ORM (a Session's gets, autoflushes, the final lock's
# look-ups before each flush): F5 22 statements, F6 6. Lean: F5 at most 12 (with a
# statement to end, co-signatories on both sides and a queue to renumber), F6 4, the
# transaction's opening (BEGIN IMMEDIATE, or the server's writers' lock) included.
F5_AT_MOST = 12
F6_AT_MOST = 4

Snapshot = Callable[[], list[tuple[str, list[tuple[object, ...]]]]]


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("Conference against Trafficking")
    return services.sessions.add(meeting.id, "Panel 1", "Survivors' voices").id


def _check_as_stored(services: Services, statement: Statement | None) -> None:
    """The statement a key handed back is the one the store reads back (its number
    and co-signatories with it)."""
    assert statement is not None
    assert statement == services.statements.get(statement.id)


def _check_queue_as_stored(services: Services, session_id: int, queue: list[QueueEntry]) -> None:
    assert queue == services.queue.of_session(session_id)
    assert [entry.position for entry in queue] == list(range(1, len(queue) + 1))


def _joint_reply_and_not_named(
    services: Services, session_id: int, *, gaps: bool = False
) -> tuple[Statement, int]:
    """A statement to answer, then a queue of: a joint statement, a right of reply to
    the first, and a speaker who asked not to be named; with ``gaps``, the queue's
    positions far apart (as SQL outside the program may leave them). Returns the statement and the
    not-named speaker's id."""
    services.queue.add(session_id, "Anna Berg", "Sweden", Category.DELEGATION)
    answered, _entry, _ended = services.floor.give_floor(session_id, at=time(10, 0))
    services.queue.add(
        session_id, "Jean Martin", "France", Category.DELEGATION, cosignatories=["Belgium", "Malta"]
    )
    services.queue.add(
        session_id, "Olga Petrova", "Serbia", Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY, replying_to=answered.id,
    )  # fmt: skip
    services.queue.add(session_id, "Maria Lind", "Nordic Survivors", Category.CIVIL_SOCIETY)
    maria = services.queue.of_session(session_id)[-1]
    assert maria.speaker_id is not None
    services.participants.set_not_named(maria.speaker_id, True, SURVIVOR)
    services.queue.update(maria.id, anonymous=True)
    if not gaps:
        return answered, maria.speaker_id
    with services.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE queue_entries SET position = position * 3 WHERE session_id = :s"),
            {"s": session_id},
        )
    return answered, maria.speaker_id


def test_f5_hands_back_the_statement_the_entry_and_the_ended_one_as_stored(
    services: Services, session_id: int
) -> None:
    answered, maria_id = _joint_reply_and_not_named(services, session_id, gaps=True)
    # Counted while Anna speaks: her number is no longer the session's last.
    services.floor.count_only(session_id, Category.MEDIA)
    waiting = services.queue.of_session(session_id)

    (given, taken, ended), tally, queue = services.floor.give_floor_shown(
        session_id, at=time(10, 4)
    )
    # The joint statement, its co-signatories copied from the queue in their order.
    assert (given.speaker, given.on_behalf_of) == ("Jean Martin", "France")
    assert given.cosignatories == ("Belgium", "Malta") and given.number == 3
    assert (given.start, given.end) == (time(10, 4), None)
    _check_as_stored(services, given)
    assert taken == waiting[0] and taken.cosignatories == ("Belgium", "Malta")
    # Anna's statement ended at the key, under her own number.
    assert ended is not None and ended.id == answered.id
    assert (ended.number, ended.end) == (1, time(10, 4))
    _check_as_stored(services, ended)
    # The rest of the queue renumbered from 1 (the gaps closed), as the store has it.
    assert [entry.id for entry in queue] == [entry.id for entry in waiting[1:]]
    _check_queue_as_stored(services, session_id, queue)
    assert tally == services.tally.for_session(session_id)
    assert (tally.delegations, tally.media) == (2, 1)

    # A right of reply: its kind and the statement it answers.
    (reply, _taken, ended), tally, queue = services.floor.give_floor_shown(session_id)
    assert (reply.kind, reply.replying_to_id) == (StatementKind.RIGHT_OF_REPLY, answered.id)
    assert ended is not None and ended.id == given.id and ended.cosignatories == given.cosignatories
    _check_as_stored(services, reply)
    _check_as_stored(services, ended)
    _check_queue_as_stored(services, session_id, queue)
    assert tally == services.tally.for_session(session_id) and tally.rights_of_reply == 1

    # She asked not to be named: on the floor as she asked to be described.
    (maria, _taken, _ended), tally, queue = services.floor.give_floor_shown(session_id)
    assert (maria.anonymous, maria.anonymous_description) == (True, SURVIVOR)
    assert maria.speaker_id == maria_id
    _check_as_stored(services, maria)
    assert queue == [] and tally == services.tally.for_session(session_id)


def test_f5_ends_the_previous_statement_not_before_it_began(
    services: Services, session_id: int
) -> None:
    services.queue.add(session_id, "Anna Berg", "Sweden", Category.DELEGATION)
    services.queue.add(session_id, "Jean Martin", "France", Category.DELEGATION)
    first, _entry, _ended = services.floor.give_floor(session_id, at=time(10, 5))
    # A clock set back (another laptop's time): the end is never before the start.
    _given, _entry, ended = services.floor.give_floor(session_id, at=time(10, 0))
    assert ended is not None and ended.id == first.id and ended.end == time(10, 5)


def test_f5_refusals_change_nothing(
    services: Services, session_id: int, snapshot: Snapshot
) -> None:
    with pytest.raises(NotFound, match="no session"):
        services.floor.give_floor_shown(session_id + 1)
    before = snapshot()
    with pytest.raises(InvalidInput, match="Nobody is waiting"):
        services.floor.give_floor_shown(session_id)
    assert snapshot() == before


def test_f6_ends_the_statement_on_the_floor_as_stored(services: Services, session_id: int) -> None:
    assert services.floor.end_floor(session_id) is None  # nobody has the floor
    services.queue.add(session_id, "Jean Martin", "France", Category.DELEGATION,
                       cosignatories=["Belgium"])  # fmt: skip
    given, _entry, _ended = services.floor.give_floor(session_id, at=time(10, 5))
    services.floor.count_only(session_id, Category.MEDIA)
    ended = services.floor.end_floor(session_id, at=time(10, 0))  # not before its start
    assert ended is not None and ended.id == given.id
    assert (ended.number, ended.end, ended.cosignatories) == (1, time(10, 5), ("Belgium",))
    _check_as_stored(services, ended)
    assert services.floor.on_floor(session_id) is None
    assert services.floor.end_floor(session_id) is None
    services.floor.reopen(ended.id)  # its undo
    assert services.floor.on_floor(session_id) == replace(ended, end=None)


def test_f5_undone_and_redone_with_what_it_handed_back(services: Services, session_id: int) -> None:
    _joint_reply_and_not_named(services, session_id)
    waiting = services.queue.of_session(session_id)
    on_floor = services.floor.on_floor(session_id)
    log = services.statements.of_session(session_id)
    (given, taken, ended), _tally, _queue = services.floor.give_floor_shown(session_id)
    assert ended is not None

    removed = services.floor.take_back(given.id, taken, ended.id)
    assert removed.statement == given
    # The speaker back at the head of the queue under her own id, with her co-signatories;
    # the rest in their order; the previous speaker back on the floor.
    again = services.queue.of_session(session_id)
    assert [(e.id, e.cosignatories) for e in again] == [(e.id, e.cosignatories) for e in waiting]
    assert again[0] == replace(taken, position=1)
    assert services.floor.on_floor(session_id) == on_floor
    assert services.statements.of_session(session_id) == log

    redone = services.floor.give_back(removed, taken, ended)
    assert redone == given == services.statements.get(given.id)
    assert services.statements.get(ended.id) == ended
    assert [e.id for e in services.queue.of_session(session_id)] == [e.id for e in waiting[1:]]


def test_a_final_rapport_refuses_f5_and_f6_and_nothing_is_written(
    services: Services, session_id: int, snapshot: Snapshot
) -> None:
    services.queue.add(session_id, "Anna Berg", "Sweden", Category.DELEGATION)
    services.queue.add(session_id, "Jean Martin", "France", Category.DELEGATION,
                       cosignatories=["Belgium"])  # fmt: skip
    services.floor.give_floor(session_id)
    services.rapports.finalize(session_id, "Anna Kowalska")
    before = snapshot()
    for key in (services.floor.give_floor_shown, services.floor.give_floor,
                services.floor.end_floor):  # fmt: skip
        with pytest.raises(RapportFinal, match="Anna Kowalska"):
            key(session_id)
        assert snapshot() == before, key
    services.rapports.reopen(session_id)
    assert services.floor.end_floor(session_id) is not None


def test_f5_and_f6_issue_a_few_sql_statements(services: Services, session_id: int) -> None:
    """The structure held, not the time: the most a key can need (a statement ended,
    co-signatories on both sides, the queue renumbered), fewer than the ORM issued,
    written before the commit; the queue shown read after it, in one statement."""
    services.queue.add(session_id, "Anna Berg", "Sweden", Category.DELEGATION,
                       cosignatories=["Norway"])  # fmt: skip
    services.queue.add(session_id, "Jean Martin", "France", Category.DELEGATION,
                       cosignatories=["Belgium"])  # fmt: skip
    services.queue.add(session_id, "Olga Petrova", "Serbia", Category.DELEGATION)
    services.queue.add(session_id, "Piet Jansen", "Netherlands", Category.DELEGATION)
    services.floor.give_floor_shown(session_id)  # Anna speaks
    with sent_with_commits(services.db.engine) as f5:
        (given, _entry, ended), _tally, queue = services.floor.give_floor_shown(session_id)
    assert ended is not None and ended.cosignatories == ("Norway",)
    assert given.cosignatories == ("Belgium",) and [e.position for e in queue] == [1, 2]
    assert f5.count(COMMITTED) == 1, f5
    written, read_after = f5[: f5.index(COMMITTED)], f5[f5.index(COMMITTED) + 1 :]
    assert len(written) <= F5_AT_MOST, f5
    selects = [sql for sql in read_after if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "queue_entries" in selects[0], read_after
    with sent_with_commits(services.db.engine) as f6:
        assert services.floor.end_floor(session_id) is not None
    f6 = [sql for sql in f6 if sql != COMMITTED]
    assert len(f6) <= F6_AT_MOST, f6
