"""The floor: giving it to the next speaker in the queue, and ending a statement.

Giving the floor turns the first queue entry into a statement with its start
time, in one unit of work; taking it back (undo) removes the statement and
puts the entry back at the head of the queue.
"""

from dataclasses import replace
from datetime import datetime, time
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, insert, select, text, update

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, RemovedStatement, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.cosignatories import copy_to_statement, queue_cosignatories
from rapporteur_app.services.final_lock import refuse_if_final
from rapporteur_app.services.lookup import statement_row
from rapporteur_app.services.queue import entry_of, queue_on, remove_entry, restore_entry
from rapporteur_app.services.statements import (
    number_in_session,
    remove_statement,
    restore_statement,
    statement_value,
)
from rapporteur_app.store.convert import statement_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    Base,
    SessionRow,
    SpeakerRow,
    StatementRow,
)

# The console's keys (Ctrl+1, F5, F6) run on statements made once (a key builds no
# SQL expression) on the unit of work's own connection, no ORM Session: its identity
# map, autoflushes and flush bookkeeping were most of what a key cost.
_SESSION_AND_LAST = text(
    "SELECT (SELECT max(position) FROM statements WHERE session_id = :session_id),"
    " final_version FROM sessions WHERE id = :session_id"
)
_STATEMENTS = Base.metadata.tables["statements"]
_COUNTED = insert(_STATEMENTS)  # the columns' defaults apply
_KEPT = text(
    "SELECT logged, delegations, civil_society, osce_institutions,"
    " international_organizations, media, rights_of_reply"
    " FROM session_tallies WHERE session_id = :session_id"
)
# The statement on the floor (started, not ended), with its number and whether its
# session's rapport is final: the partial index ix_statements_on_floor finds it.
_ON_FLOOR = (
    select(
        *_STATEMENTS.c,
        number_in_session(_STATEMENTS.c.session_id, _STATEMENTS.c.position, _STATEMENTS.c.id)
        .label("number"),
        SessionRow.final_version,
    )
    .join(SessionRow, SessionRow.id == _STATEMENTS.c.session_id)
    .where(
        _STATEMENTS.c.session_id == bindparam("session_id"),
        _STATEMENTS.c.start_time.is_not(None),
        _STATEMENTS.c.end_time.is_(None),
    )
    .limit(1)
)  # fmt: skip
# Ended: the row as written comes back (its updated_at set by the column's onupdate).
_END = (
    update(_STATEMENTS)
    .where(_STATEMENTS.c.id == bindparam("statement_id"))
    .values(end_time=bindparam("ended_at"))
    .returning(*_STATEMENTS.c)
)
_QUEUE = Base.metadata.tables["queue_entries"]
# The session's queue in order, each entry with how its speaker asked to be described
# (used when she is not named).
_QUEUE_ROWS = (
    select(*_QUEUE.c, SpeakerRow.anonymous_description.label("speaker_description"))
    .outerjoin(SpeakerRow, SpeakerRow.id == _QUEUE.c.speaker_id)
    .where(_QUEUE.c.session_id == bindparam("session_id"))
    .order_by(_QUEUE.c.position, _QUEUE.c.id)
)
_GIVEN = insert(_STATEMENTS).returning(*_STATEMENTS.c)  # the columns' defaults apply
# The first of them: F5 reads only who gets the floor, whatever the queue's length.
_FIRST_WAITING = _QUEUE_ROWS.limit(1)
_LEAVES = delete(_QUEUE).where(_QUEUE.c.id == bindparam("entry_id"))  # co-signatories cascade
# The rest numbered 1, 2, ... again in their order, in one statement that writes only
# the rows whose number changes (UPDATE ... FROM: SQLite 3.33 and later, PostgreSQL).
_RENUMBERED = text(
    "UPDATE queue_entries SET position = numbered.place"
    " FROM (SELECT id, row_number() OVER (ORDER BY position, id) AS place"
    "       FROM queue_entries WHERE session_id = :session_id) AS numbered"
    " WHERE queue_entries.id = numbered.id AND queue_entries.position <> numbered.place"
)
# A row read by one of the statements above.
_Read = Row[*tuple[Any, ...]]


def now() -> time:
    return datetime.now().time().replace(microsecond=0)


class FloorService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def on_floor(self, session_id: int) -> Statement | None:
        """The statement being delivered: started and not ended (the latest such)."""
        with self._db.reading() as db:
            row = db.scalar(
                select(StatementRow)
                .where(
                    StatementRow.session_id == session_id,
                    StatementRow.start_time.is_not(None),
                    StatementRow.end_time.is_(None),
                )
                .order_by(StatementRow.position.desc())
                .limit(1)
            )
            return statement_value(db, row) if row is not None else None

    def give_floor(
        self, session_id: int, at: time | None = None
    ) -> tuple[Statement, QueueEntry, Statement | None]:
        """Give the floor to the first in the queue.

        Ends the statement still on the floor first, if any. Returns the new
        statement, the queue entry it came from, and the statement that was
        ended (so that an undo can restore all three).
        """
        return self.give_floor_shown(session_id, at)[0]

    def give_floor_shown(
        self, session_id: int, at: time | None = None
    ) -> tuple[tuple[Statement, QueueEntry, Statement | None], Tally, list[QueueEntry]]:
        """:meth:`give_floor`, with the session's tally as the same unit of work left it
        and the queue as it is once the floor is given: the console shows them.

        F5, a console key, so written lean like :meth:`count_only_tallied`: statements
        made once, on the unit of work's connection, no ORM Session. Inside the write
        it reads only the first in the queue (and her co-signatories) and renumbers the
        rest in one statement, so the writers' lock is held for the same few statements
        whatever the queue's length; the queue shown is read after the commit.
        """
        with self._db.writing_rows() as connection:
            found = connection.execute(_SESSION_AND_LAST, {"session_id": session_id}).first()
            if found is None:
                raise NotFound.coded("no-session", id=session_id)
            first = connection.execute(_FIRST_WAITING, {"session_id": session_id}).first()
            if first is None:
                raise InvalidInput.coded("floor-queue-empty")
            if found[1] is not None:
                self._refuse_final(session_id)
            started = at or now()
            taken = _entry(first, queue_cosignatories(connection, (first.id,)))
            previous = connection.execute(_ON_FLOOR, {"session_id": session_id}).first()
            ended = _end(connection, previous, started) if previous is not None else None
            given = connection.execute(
                _GIVEN, _statement_values(first, int(found[0] or 0) + 1, started)
            ).one()
            if taken.cosignatories:
                copy_to_statement(connection, first.id, given.id)
            connection.execute(_LEAVES, {"entry_id": first.id})
            connection.execute(_RENUMBERED, {"session_id": session_id})
            kept = connection.execute(_KEPT, {"session_id": session_id}).one()
        with self._db.reading_rows() as connection:
            waiting = queue_on(connection, session_id)
        # The new statement is the last of its session: its number is what the session
        # has logged. The kept counts are the tally (the triggers have just updated them).
        statement = replace(statement_of(given, int(kept[0])), cosignatories=taken.cosignatories)
        return (statement, taken, ended), Tally(*(int(value) for value in kept[1:])), waiting

    def take_back(
        self, statement_id: int, entry: QueueEntry, ended_id: int | None
    ) -> RemovedStatement:
        """Undo :meth:`give_floor` in one transaction: remove the statement (returned,
        with what pointed at it, for a redo), put the speaker back at the head of the
        queue under their own id, and the previous speaker back on the floor."""
        with self._db.writing() as db:
            removed = remove_statement(db, statement_id)
            restore_entry(db, entry)
            if ended_id is not None:
                statement_row(db, ended_id).end_time = None
            return removed

    def give_back(
        self, removed: RemovedStatement, entry: QueueEntry, ended: Statement | None
    ) -> Statement:
        """Redo :meth:`give_floor` after :meth:`take_back`, in one transaction: the
        same statement under its own id (its notes with it), the speaker out of the
        queue, and the statement that was ended ended again at the same time."""
        with self._db.writing() as db:
            remove_entry(db, entry.id)
            if ended is not None:
                statement_row(db, ended.id).end_time = ended.end
            return restore_statement(db, removed)

    def end_floor(self, session_id: int, at: time | None = None) -> Statement | None:
        """End the statement on the floor; None when nobody has it.

        F6, a console key: written lean like :meth:`count_only_tallied` (the statement
        on the floor read with its number, its end written, its co-signatories read).
        """
        with self._db.writing_rows() as connection:
            row = connection.execute(_ON_FLOOR, {"session_id": session_id}).first()
            if row is None:
                return None
            if row.final_version is not None:
                self._refuse_final(session_id)
            return _end(connection, row, at or now())

    def reopen(self, statement_id: int) -> None:
        """Undo :meth:`end_floor`."""
        with self._db.writing() as db:
            statement_row(db, statement_id).end_time = None

    def count_only(self, session_id: int, category: Category) -> Statement:
        """Log a statement of ``category`` with no name: for a moderator who only counts."""
        return self.count_only_tallied(session_id, category)[0]

    def count_only_tallied(self, session_id: int, category: Category) -> tuple[Statement, Tally]:
        """:meth:`count_only`, with the session's tally as the same unit of work left it.

        The console's hottest key, so it is written lean: three statements prepared
        once (the session and its last position; the insert, the columns' own
        defaults applied; the kept counts the triggers have just updated) on the unit
        of work's own connection, no ORM Session. The statement is the last of its
        session, so its number is what the session has logged.
        """
        with self._db.writing_rows() as connection:
            found = connection.execute(_SESSION_AND_LAST, {"session_id": session_id}).first()
            if found is None:
                raise NotFound.coded("no-session", id=session_id)
            if found[1] is not None:
                self._refuse_final(session_id)
            start = now()
            values = {
                "session_id": session_id,
                "position": int(found[0] or 0) + 1,
                "category": category.value,
                "kind": StatementKind.STATEMENT.value,
                "start_time": start,
                "end_time": start,
            }
            inserted = connection.execute(_COUNTED, values).inserted_primary_key
            assert inserted is not None
            statement_id = inserted[0]
            kept = connection.execute(_KEPT, {"session_id": session_id}).one()
        statement = Statement(
            id=int(statement_id), session_id=session_id, number=int(kept[0]), speaker="",
            on_behalf_of="", category=category, start=start, end=start,
        )  # fmt: skip
        return statement, Tally(*(int(value) for value in kept[1:]))

    def _refuse_final(self, session_id: int) -> None:
        """A key's write to a session whose rapport is final (services/final_lock.py
        guards ORM flushes; these keys write without one): the same refusal, worded by
        the one rule, and the key's unit of work ends with nothing written."""
        with self._db.reading() as db:
            refuse_if_final(db, [session_id])


def _end(connection: Connection, row: _Read, at: time) -> Statement:
    """End the statement on the floor (read by ``_ON_FLOOR``, with its number) at ``at``,
    or at its start if that is later; the statement as it now is."""
    ended = connection.execute(
        _END, {"statement_id": row.id, "ended_at": max(at, row.start_time or at)}
    ).one()
    return statement_value(connection, ended, number=int(row.number))


def _entry(row: _Read, joint: dict[int, tuple[str, ...]]) -> QueueEntry:
    """The queued speaker of a row read by ``_QUEUE_ROWS``, by the queue's one rule."""
    return entry_of(row, joint.get(row.id, ()))


def _statement_values(entry: _Read, position: int, started: time) -> dict[str, object]:
    """The statement a queue entry (read by ``_QUEUE_ROWS``) becomes when given the floor."""
    values: dict[str, object] = {
        "session_id": entry.session_id,
        "position": position,
        "speaker_id": entry.speaker_id,
        "speaker_name": entry.speaker_name,
        "organization_id": entry.organization_id,
        "on_behalf_of": entry.on_behalf_of,
        "category": entry.category,
        "kind": entry.kind,
        "replying_to_id": entry.replying_to_id,
        "start_time": started,
        "anonymous": entry.anonymous,
    }
    if entry.anonymous and entry.speaker_id is not None:
        # How she asked to be described, on the floor and the projector.
        values["anonymous_description"] = entry.speaker_description or ""
    return values
