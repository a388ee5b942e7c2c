"""The speakers' queue of a session: who asked for the floor, in order.

The queue is kept in the store, like everything else, so a crash or a second
window loses nothing of it.
"""

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from sqlalchemy import Connection, Row, Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry
from rapporteur_app.domain.text import clean_line
from rapporteur_app.services.cosignatories import (
    queue_cosignatories,
    resolve_cosignatories,
    set_queue_cosignatories,
)
from rapporteur_app.services.lookup import (
    find_or_add_organization,
    find_or_add_speaker,
    session_row,
)
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import QueueCosignatoryRow, QueueEntryRow, StatementRow

# add_listed's statements, made once (a key builds no SQL expression).
_ENTRIES = cast(Table, QueueEntryRow.__table__)
_JOINED = cast(Table, QueueCosignatoryRow.__table__)
# The session (its meeting), the queue's last position, and the session of the
# statement answered (NULL when none is, or it is not there).
_SESSION_AND_LAST = text(
    "SELECT meeting_id,"
    " (SELECT max(position) FROM queue_entries WHERE session_id = :session_id),"
    " (SELECT session_id FROM statements WHERE id = :replying_to)"
    " FROM sessions WHERE id = :session_id"
)
_QUEUED = insert(_ENTRIES)  # the columns' defaults apply (created_at)
_JOIN = insert(_JOINED)
_OTHERS = (
    select(_ENTRIES.c.id, _ENTRIES.c.position)
    .where(_ENTRIES.c.session_id == bindparam("session_id"), _ENTRIES.c.id != bindparam("id"))
    .order_by(_ENTRIES.c.position, _ENTRIES.c.id)
)
_MOVED = (
    update(_ENTRIES).where(_ENTRIES.c.id == bindparam("moved")).values(position=bindparam("to"))
)
# The queue in order, each entry with its co-signatories in order: one statement.
_QUEUE = (
    select(
        _ENTRIES.c.id,
        _ENTRIES.c.session_id,
        _ENTRIES.c.position,
        _ENTRIES.c.speaker_name,
        _ENTRIES.c.on_behalf_of,
        _ENTRIES.c.category,
        _ENTRIES.c.kind,
        _ENTRIES.c.replying_to_id,
        _ENTRIES.c.anonymous,
        _ENTRIES.c.speaker_id,
        _JOINED.c.name.label("cosignatory"),
    )
    .select_from(_ENTRIES.outerjoin(_JOINED, _JOINED.c.queue_entry_id == _ENTRIES.c.id))
    .where(_ENTRIES.c.session_id == bindparam("session_id"))
    .order_by(_ENTRIES.c.position, _ENTRIES.c.id, _JOINED.c.position)
)


def entry_of(
    row: QueueEntryRow | Row[*tuple[Any, ...]], cosignatories: tuple[str, ...] = ()
) -> QueueEntry:
    """The queued speaker of a row (the ORM's, or one read on a Core connection)."""
    return QueueEntry(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        speaker=row.speaker_name,
        on_behalf_of=row.on_behalf_of,
        category=Category(row.category),
        kind=StatementKind(row.kind),
        replying_to_id=row.replying_to_id,
        anonymous=bool(row.anonymous),
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
        """:meth:`add`, with the session's queue as it is once the entry is written (the
        console shows it)."""
        speaker, on_behalf_of = clean_line(speaker), clean_line(on_behalf_of)
        if not speaker and not on_behalf_of:
            raise InvalidInput.coded("queue-who-empty")
        if replying_to is not None and kind is not StatementKind.RIGHT_OF_REPLY:
            raise InvalidInput.coded("reply-only-answers")
        # The console's Enter, so it is written lean: statements made once, on the unit
        # of work's own connection, no ORM Session; the organization and the speaker
        # found or added by the same rules as everywhere (the one resolver,
        # find_or_add_speaker), there on the connection. The queue is not the rapport:
        # a final one does not stop a speaker from waiting (services/final_lock.py).
        with self._db.writing_rows() as connection:
            written = _add(
                connection, session_id, speaker, on_behalf_of, category, kind, replying_to,
                anonymous, position, cosignatories,
            )  # fmt: skip
        # The queue is read after the commit, not inside the write: the writers' lock
        # is held for what the key writes whatever the queue's length, and the read
        # (one statement, the length of the list shown) waits for no one.
        with self._db.reading_rows() as connection:
            queue = queue_on(connection, session_id)
        # As written, unless another program has already changed it (then as it is now).
        entry = next((e for e in queue if e.id == written.id), written)
        return entry, queue

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


def _add(
    connection: Connection,
    session_id: int,
    speaker: str,
    on_behalf_of: str,
    category: Category,
    kind: StatementKind,
    replying_to: int | None,
    anonymous: bool,
    position: int | None,
    cosignatories: Sequence[str],
) -> QueueEntry:
    """:meth:`QueueService.add` inside a Core unit of work (names cleaned): the entry
    as written."""
    found = connection.execute(
        _SESSION_AND_LAST, {"session_id": session_id, "replying_to": replying_to}
    ).first()
    if found is None:
        raise NotFound.coded("no-session", id=session_id)
    meeting_id, last, answered_in = found
    if replying_to is not None:
        if answered_in is None:
            raise NotFound.coded("no-statement", id=replying_to)
        if answered_in != session_id:
            raise InvalidInput.coded("reply-other-session")
    # One resolver for the lead and the co-signatories: a name met twice is read once.
    resolver = OrganizationResolver(connection, one_by_one=True)
    organization_id = None
    if on_behalf_of:
        organization = resolver.get_or_add(on_behalf_of, category)
        organization_id, on_behalf_of = organization.id, organization.name
    speaker_id = None
    if speaker:
        person = find_or_add_speaker(connection, meeting_id, speaker, organization_id)
        speaker_id = person.id
        # She asked not to be named for the meeting: not on the projector's queue.
        anonymous = anonymous or person.not_named
    end = int(last or 0) + 1
    values = {
        "session_id": session_id,
        "position": end,
        "speaker_id": speaker_id,
        "speaker_name": speaker,
        "organization_id": organization_id,
        "on_behalf_of": on_behalf_of,
        "category": category.value,
        "kind": kind.value,
        "replying_to_id": replying_to,
        "anonymous": anonymous,
    }
    inserted = connection.execute(_QUEUED, values).inserted_primary_key
    assert inserted is not None
    entry_id = int(inserted[0])
    joined = resolve_cosignatories(connection, on_behalf_of, cosignatories, category, resolver)
    if joined:
        connection.execute(_JOIN, [
            {"queue_entry_id": entry_id, "position": n, "organization_id": oid, "name": name}
            for n, (oid, name) in enumerate(joined, start=1)
        ])  # fmt: skip
    place = end
    if position is not None:
        # Inserted at its place and the queue numbered 1, 2, ... again (as move does);
        # only the rows whose number changes are written.
        wanted = {"session_id": session_id, "id": entry_id}
        ordered = [(int(i), int(was)) for i, was in connection.execute(_OTHERS, wanted)]
        ordered.insert(max(0, min(position - 1, len(ordered))), (entry_id, end))
        moved = [{"moved": i, "to": n} for n, (i, was) in enumerate(ordered, start=1) if was != n]
        if moved:
            connection.execute(_MOVED, moved)
        place = next(n for n, (i, _was) in enumerate(ordered, start=1) if i == entry_id)
    return QueueEntry(
        id=entry_id, session_id=session_id, position=place, speaker=speaker,
        on_behalf_of=on_behalf_of, category=category, kind=kind, replying_to_id=replying_to,
        anonymous=bool(anonymous), speaker_id=speaker_id,
        cosignatories=tuple(name for _oid, name in joined),
    )  # fmt: skip


# The stored values of the queue's enumerations, looked up rather than constructed
# (a list of sixty speakers is read after every key that changes it).
_CATEGORIES = {category.value: category for category in Category}
_KINDS = {kind.value: kind for kind in StatementKind}


def queue_on(connection: Connection, session_id: int) -> list[QueueEntry]:
    """:func:`queue_of` on a Core connection, in one statement."""
    entries: list[QueueEntry] = []
    joint: dict[int, list[str]] = {}
    last = None
    for found in connection.execute(_QUEUE, {"session_id": session_id}):
        (entry_id, session, position, speaker, on_behalf_of, category, kind,
         replying_to, anonymous, speaker_id, cosignatory) = found  # fmt: skip
        if entry_id != last:
            last = entry_id
            entries.append(QueueEntry(
                id=entry_id, session_id=session, position=position, speaker=speaker,
                on_behalf_of=on_behalf_of, category=_CATEGORIES[category], kind=_KINDS[kind],
                replying_to_id=replying_to, anonymous=bool(anonymous), speaker_id=speaker_id,
            ))  # fmt: skip
        if cosignatory is not None:
            joint.setdefault(entry_id, []).append(cosignatory)
    if not joint:
        return entries
    return [replace(e, cosignatories=tuple(joint[e.id])) if e.id in joint else e for e in entries]
