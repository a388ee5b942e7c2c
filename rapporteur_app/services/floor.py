"""The floor: giving it to the next speaker in the queue, and ending a statement.

Giving the floor turns the first queue entry into a statement with its start
time, in one unit of work; taking it back (undo) removes the statement and
puts the entry back at the head of the queue.
"""

from dataclasses import replace
from datetime import datetime, time

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, RemovedStatement, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.cosignatories import copy_to_statement
from rapporteur_app.services.final_lock import refuse_if_final
from rapporteur_app.services.lookup import next_position, session_row, statement_row
from rapporteur_app.services.queue import (
    joint_entry,
    ordered_rows,
    queue_of,
    remove_entry,
    restore_entry,
)
from rapporteur_app.services.statements import (
    remove_statement,
    restore_statement,
    statement_number,
    statement_value,
)
from rapporteur_app.services.tally import tally_of_session
from rapporteur_app.store.convert import statement_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import Base, SpeakerRow, StatementRow

# count_only_tallied's statements, made once (a key builds no SQL expression).
_SESSION_AND_LAST = text(
    "SELECT (SELECT max(position) FROM statements WHERE session_id = :session_id),"
    " final_version FROM sessions WHERE id = :session_id"
)
_COUNTED = insert(Base.metadata.tables["statements"])  # the columns' defaults apply
_KEPT = text(
    "SELECT logged, delegations, civil_society, osce_institutions,"
    " international_organizations, media, rights_of_reply"
    " FROM session_tallies WHERE session_id = :session_id"
)


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
        with self._db.writing() as db:
            return _give(db, session_id, at or now())

    def give_floor_shown(
        self, session_id: int, at: time | None = None
    ) -> tuple[tuple[Statement, QueueEntry, Statement | None], Tally, list[QueueEntry]]:
        """:meth:`give_floor`, with the session's tally and queue as the same unit of
        work left them: the console shows them without a second transaction."""
        with self._db.writing() as db:
            given = _give(db, session_id, at or now())
            return given, tally_of_session(db, session_id), queue_of(db, session_id)

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
        """End the statement on the floor; None when nobody has it."""
        with self._db.writing() as db:
            row = db.scalar(
                select(StatementRow).where(
                    StatementRow.session_id == session_id,
                    StatementRow.start_time.is_not(None),
                    StatementRow.end_time.is_(None),
                )
            )
            if row is None:
                return None
            ended = at or now()
            row.end_time = max(ended, row.start_time or ended)
            return statement_value(db, row)

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
                # A final rapport is locked (services/final_lock.py): the same refusal,
                # worded by the one rule, and this unit of work ends with nothing written.
                with self._db.reading() as db:
                    refuse_if_final(db, [session_id])
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


def _give(
    db: DbSession, session_id: int, started: time
) -> tuple[Statement, QueueEntry, Statement | None]:
    """:meth:`FloorService.give_floor` inside a unit of work of the caller's."""
    session_row(db, session_id)
    queue = ordered_rows(db, session_id)
    if not queue:
        raise InvalidInput.coded("floor-queue-empty")
    entry = queue[0]
    ended = None
    previous = db.scalar(
        select(StatementRow).where(
            StatementRow.session_id == session_id,
            StatementRow.start_time.is_not(None),
            StatementRow.end_time.is_(None),
        )
    )
    if previous is not None:
        previous.end_time = max(started, previous.start_time or started)
        ended = statement_value(db, previous)
    row = StatementRow(
        session_id=session_id,
        position=next_position(db, StatementRow.position, StatementRow.session_id == session_id),
        speaker_id=entry.speaker_id,
        speaker_name=entry.speaker_name,
        organization_id=entry.organization_id,
        on_behalf_of=entry.on_behalf_of,
        category=entry.category,
        kind=entry.kind,
        replying_to_id=entry.replying_to_id,
        start_time=started,
        anonymous=entry.anonymous,
    )
    if entry.anonymous and entry.speaker_id is not None:
        # How she asked to be described, on the floor and the projector.
        person = db.get(SpeakerRow, entry.speaker_id)
        row.anonymous_description = person.anonymous_description if person else ""
    db.add(row)
    taken = joint_entry(db, entry)
    db.flush()
    joined = copy_to_statement(db, entry.id, row.id)
    db.delete(entry)
    db.flush()
    # The rest of the queue as read above (nobody else writes inside this transaction).
    for position, waiting in enumerate(queue[1:], start=1):
        waiting.position = position
    given = replace(statement_of(row, statement_number(db, row)), cosignatories=joined)
    return given, taken, ended
