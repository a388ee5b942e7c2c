"""The speakers' queue of a session: who asked for the floor, in order.

The queue is kept in the store, like everything else, so a crash or a second
window loses nothing of it.
"""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry
from rapporteur_app.domain.text import clean_line
from rapporteur_app.services.cosignatories import queue_cosignatories, set_queue_cosignatories
from rapporteur_app.services.lookup import (
    find_or_add_organization,
    find_or_add_speaker,
    next_position,
    session_row,
    statement_row,
)
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import QueueEntryRow, StatementRow


def entry_of(row: QueueEntryRow, cosignatories: tuple[str, ...] = ()) -> QueueEntry:
    return QueueEntry(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        speaker=row.speaker_name,
        on_behalf_of=row.on_behalf_of,
        category=Category(row.category),
        kind=StatementKind(row.kind),
        replying_to_id=row.replying_to_id,
        anonymous=row.anonymous,
        speaker_id=row.speaker_id,
        cosignatories=cosignatories,
    )


def joint_entry(db: DbSession, row: QueueEntryRow) -> QueueEntry:
    return entry_of(row, queue_cosignatories(db, (row.id,)).get(row.id, ()))


def entry_row(db: DbSession, entry_id: int) -> QueueEntryRow:
    row = db.get(QueueEntryRow, entry_id)
    if row is None:
        raise NotFound.coded("no-queued-speaker", id=entry_id)
    return row


def ordered_rows(db: DbSession, session_id: int) -> list[QueueEntryRow]:
    return list(
        db.scalars(
            select(QueueEntryRow)
            .where(QueueEntryRow.session_id == session_id)
            .order_by(QueueEntryRow.position, QueueEntryRow.id)
        )
    )


def queue_of(db: DbSession, session_id: int) -> list[QueueEntry]:
    """The session's queue in order, each entry with its co-signatories."""
    rows = ordered_rows(db, session_id)
    joint = queue_cosignatories(db, (row.id for row in rows))
    return [entry_of(row, joint.get(row.id, ())) for row in rows]


def _renumber(rows: Sequence[QueueEntryRow]) -> None:
    for position, row in enumerate(rows, start=1):
        row.position = position


class QueueService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of_session(self, session_id: int) -> list[QueueEntry]:
        with self._db.reading() as db:
            session_row(db, session_id)
            return queue_of(db, session_id)

    def add(
        self,
        session_id: int,
        speaker: str,
        on_behalf_of: str,
        category: Category,
        *,
        kind: StatementKind = StatementKind.STATEMENT,
        replying_to: int | None = None,
        anonymous: bool = False,
        position: int | None = None,
        cosignatories: Sequence[str] = (),
    ) -> QueueEntry:
        """Queue a speaker at the end (or at ``position``, counted from 1); a joint
        statement with its ``cosignatories``."""
        return self.add_listed(
            session_id, speaker, on_behalf_of, category, kind=kind, replying_to=replying_to,
            anonymous=anonymous, position=position, cosignatories=cosignatories,
        )[0]  # fmt: skip

    def add_listed(
        self,
        session_id: int,
        speaker: str,
        on_behalf_of: str,
        category: Category,
        *,
        kind: StatementKind = StatementKind.STATEMENT,
        replying_to: int | None = None,
        anonymous: bool = False,
        position: int | None = None,
        cosignatories: Sequence[str] = (),
    ) -> tuple[QueueEntry, list[QueueEntry]]:
        """:meth:`add`, with the session's queue as the same unit of work left it (the
        console shows it without a second transaction)."""
        speaker, on_behalf_of = clean_line(speaker), clean_line(on_behalf_of)
        if not speaker and not on_behalf_of:
            raise InvalidInput.coded("queue-who-empty")
        if replying_to is not None and kind is not StatementKind.RIGHT_OF_REPLY:
            raise InvalidInput.coded("reply-only-answers")
        with self._db.writing() as db:
            session = session_row(db, session_id)
            if replying_to is not None and statement_row(db, replying_to).session_id != session_id:
                raise InvalidInput.coded("reply-other-session")
            organization_id = None
            if on_behalf_of:
                organization = find_or_add_organization(db, on_behalf_of, category)
                organization_id, on_behalf_of = organization.id, organization.name
            speaker_id = None
            if speaker:
                person = find_or_add_speaker(db, session.meeting_id, speaker, organization_id)
                speaker_id = person.id
                # She asked not to be named for the meeting: not on the projector's queue.
                anonymous = anonymous or person.not_named
            row = QueueEntryRow(
                session_id=session_id,
                position=next_position(
                    db, QueueEntryRow.position, QueueEntryRow.session_id == session_id
                ),
                speaker_id=speaker_id,
                speaker_name=speaker,
                organization_id=organization_id,
                on_behalf_of=on_behalf_of,
                category=category.value,
                kind=kind.value,
                replying_to_id=replying_to,
                anonymous=anonymous,
            )
            db.add(row)
            db.flush()
            joined = set_queue_cosignatories(db, row.id, on_behalf_of, cosignatories, category)
            if position is not None:
                rows = [r for r in ordered_rows(db, session_id) if r.id != row.id]
                rows.insert(max(0, min(position - 1, len(rows))), row)
                _renumber(rows)
            return entry_of(row, joined), queue_of(db, session_id)

    def update(
        self,
        entry_id: int,
        *,
        speaker: str | None = None,
        on_behalf_of: str | None = None,
        category: Category | None = None,
        anonymous: bool | None = None,
        cosignatories: Sequence[str] | None = None,
    ) -> QueueEntry:
        """Correct a queued speaker: name, organization, category, not to be named,
        co-signatories.

        The links to the meeting's speakers and organizations follow the names, so
        the statement made when the floor is given is filed under the right ones.
        """
        with self._db.writing() as db:
            row = entry_row(db, entry_id)
            if category is not None:
                row.category = category.value
            if on_behalf_of is not None:
                row.on_behalf_of = clean_line(on_behalf_of)
                row.organization_id = None
                if row.on_behalf_of:
                    organization = find_or_add_organization(
                        db, row.on_behalf_of, Category(row.category)
                    )
                    row.organization_id, row.on_behalf_of = organization.id, organization.name
            if speaker is not None:
                row.speaker_name = clean_line(speaker)
            if speaker is not None or on_behalf_of is not None:
                meeting_id = session_row(db, row.session_id).meeting_id
                row.speaker_id = None
                if row.speaker_name:
                    person = find_or_add_speaker(
                        db, meeting_id, row.speaker_name, row.organization_id
                    )
                    row.speaker_id = person.id
                    row.anonymous = row.anonymous or person.not_named
            if anonymous is not None:
                row.anonymous = anonymous
            if not row.speaker_name and not row.on_behalf_of:
                raise InvalidInput.coded("queue-entry-empty")
            if cosignatories is not None:
                set_queue_cosignatories(
                    db, row.id, row.on_behalf_of, cosignatories, Category(row.category)
                )
            db.flush()
            return joint_entry(db, row)

    def restore(self, entry: QueueEntry) -> QueueEntry:
        """Put back a queued speaker taken out (by a removal or by giving the floor),
        under the same id and at the same place, so that an undo history naming it
        still finds it."""
        with self._db.writing() as db:
            return restore_entry(db, entry)

    def move(self, entry_id: int, position: int) -> None:
        """Put the entry at ``position`` (from 1) in its session's queue."""
        with self._db.writing() as db:
            row = entry_row(db, entry_id)
            rows = [r for r in ordered_rows(db, row.session_id) if r.id != entry_id]
            rows.insert(max(0, min(position - 1, len(rows))), row)
            _renumber(rows)

    def remove(self, entry_id: int) -> QueueEntry:
        with self._db.writing() as db:
            return remove_entry(db, entry_id)


def remove_entry(db: DbSession, entry_id: int) -> QueueEntry:
    """:meth:`QueueService.remove` inside a unit of work of the caller's."""
    row = entry_row(db, entry_id)
    removed = joint_entry(db, row)
    db.delete(row)
    db.flush()
    _renumber(ordered_rows(db, removed.session_id))
    return removed


def restore_entry(db: DbSession, entry: QueueEntry) -> QueueEntry:
    """:meth:`QueueService.restore` inside a unit of work of the caller's."""
    session = session_row(db, entry.session_id)
    if db.get(QueueEntryRow, entry.id) is not None:
        raise InvalidInput.coded("queue-already", speaker=entry.display)
    replying_to = entry.replying_to_id
    if replying_to is not None and db.get(StatementRow, replying_to) is None:
        replying_to = None
    organization_id = (
        find_or_add_organization(db, entry.on_behalf_of, entry.category).id
        if entry.on_behalf_of
        else None
    )
    row = QueueEntryRow(
        id=entry.id,
        session_id=entry.session_id,
        position=0,
        speaker_id=(
            find_or_add_speaker(db, session.meeting_id, entry.speaker, organization_id).id
            if entry.speaker
            else None
        ),
        speaker_name=entry.speaker,
        organization_id=organization_id,
        on_behalf_of=entry.on_behalf_of,
        category=entry.category.value,
        kind=entry.kind.value,
        replying_to_id=replying_to,
        anonymous=entry.anonymous,
    )
    db.add(row)
    db.flush()
    joined = set_queue_cosignatories(
        db, row.id, row.on_behalf_of, entry.cosignatories, entry.category
    )
    rows = [r for r in ordered_rows(db, entry.session_id) if r.id != row.id]
    rows.insert(max(0, min(entry.position - 1, len(rows))), row)
    _renumber(rows)
    return entry_of(row, joined)
