"""Statements and rights of reply: logged, read, changed, removed."""

from datetime import time

from sqlalchemy import func, select, update
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import RemovedStatement, Statement
from rapporteur_app.domain.reference import reference_for
from rapporteur_app.domain.text import clean_line, clean_text, search_key
from rapporteur_app.services.lookup import (
    find_or_add_organization,
    find_or_add_speaker,
    next_position,
    session_row,
    statement_row,
)
from rapporteur_app.store.convert import statement_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    OrganizationRow,
    QueueEntryRow,
    RecommendationRow,
    SpeakerRow,
    StatementRow,
)


def _check_reply(
    db: DbSession, session_id: int, kind: StatementKind, replying_to: int | None
) -> None:
    if replying_to is None:
        return
    if kind is not StatementKind.RIGHT_OF_REPLY:
        raise InvalidInput("Only a right of reply answers another statement.")
    target = statement_row(db, replying_to)
    if target.session_id != session_id:
        raise InvalidInput(
            f"Statement {replying_to} was made in another session; a right of reply "
            "answers a statement of its own session."
        )


def _check_times(start: time | None, end: time | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput(
            f"The statement ends ({end:%H:%M:%S}) before it starts ({start:%H:%M:%S})."
        )


def statement_number(db: DbSession, row: StatementRow) -> int:
    earlier = db.scalar(
        select(func.count())
        .select_from(StatementRow)
        .where(
            StatementRow.session_id == row.session_id,
            (StatementRow.position < row.position)
            | ((StatementRow.position == row.position) & (StatementRow.id < row.id)),
        )
    )
    return int(earlier or 0) + 1


_CATEGORY = {category.value: category for category in Category}
_KIND = {kind.value: kind for kind in StatementKind}
_LOG_SQL = (
    "SELECT id, speaker_name, on_behalf_of, category, kind, replying_to_id, start_time,"
    " end_time, notes, anonymous, anonymous_description, speaker_id, organization_id"
    " FROM statements WHERE session_id = ? ORDER BY position, id"
)


def _clock(value: str | None) -> time | None:
    """A time as SQLite holds it ('10:05:00.000000'), or None."""
    return time.fromisoformat(value) if value else None


class StatementService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        session_id: int,
        speaker: str,
        on_behalf_of: str,
        category: Category | None = None,
        kind: StatementKind = StatementKind.STATEMENT,
        replying_to: int | None = None,
        notes: str = "",
        anonymous: bool = False,
        start: time | None = None,
        end: time | None = None,
        anonymous_description: str = "",
    ) -> Statement:
        """Log a statement at the end of the session's list.

        ``category`` may be left out when ``on_behalf_of`` names an organization
        already known: the statement takes the organization's category.
        """
        speaker = clean_line(speaker)
        on_behalf_of = clean_line(on_behalf_of)
        _check_times(start, end)
        with self._db.writing() as db:
            session = session_row(db, session_id)
            _check_reply(db, session_id, kind, replying_to)
            organization_id: int | None = None
            if on_behalf_of:
                if category is None:
                    category = _known_category(db, on_behalf_of)
                organization_id = find_or_add_organization(db, on_behalf_of, category).id
            if category is None:
                raise InvalidInput("Give the statement's category (or the delegation it was for).")
            speaker_id = None
            if speaker:
                speaker_id = find_or_add_speaker(
                    db, session.meeting_id, speaker, organization_id
                ).id
            row = StatementRow(
                session_id=session_id,
                position=next_position(
                    db, StatementRow.position, StatementRow.session_id == session_id
                ),
                speaker_id=speaker_id,
                speaker_name=speaker,
                organization_id=organization_id,
                on_behalf_of=on_behalf_of,
                category=category.value,
                kind=kind.value,
                replying_to_id=replying_to,
                start_time=start,
                end_time=end,
                notes=clean_text(notes),
                anonymous=anonymous,
                anonymous_description=clean_line(anonymous_description),
            )
            db.add(row)
            db.flush()
            return statement_of(row, statement_number(db, row))

    def of_session(self, session_id: int) -> list[Statement]:
        """The session's statements and rights of reply, in running order.

        Read through the driver as plain tuples, times parsed by the standard
        library: the console reads the whole log after every change, so this is
        its hot path (a tenth of what the ORM took for two thousand rows).
        """
        with self._db.reading() as db:
            session_row(db, session_id)
            if db.get_bind().dialect.name != "sqlite":
                return self._of_session_portable(db, session_id)
            rows = db.connection().exec_driver_sql(_LOG_SQL, (session_id,)).fetchall()
        category, kind, clock = _CATEGORY, _KIND, _clock
        return [
            Statement(
                id=row_id,
                session_id=session_id,
                number=number,
                speaker=speaker,
                on_behalf_of=on_behalf_of,
                category=category[category_value],
                kind=kind[kind_value],
                replying_to_id=replying_to,
                start=clock(start),
                end=clock(end),
                notes=notes,
                anonymous=bool(anonymous),
                anonymous_description=description,
                speaker_id=speaker_id,
                organization_id=organization_id,
            )
            for number, (
                row_id,
                speaker,
                on_behalf_of,
                category_value,
                kind_value,
                replying_to,
                start,
                end,
                notes,
                anonymous,
                description,
                speaker_id,
                organization_id,
            ) in enumerate(rows, start=1)
        ]

    def _of_session_portable(self, db: DbSession, session_id: int) -> list[Statement]:
        rows = db.scalars(
            select(StatementRow)
            .where(StatementRow.session_id == session_id)
            .order_by(StatementRow.position, StatementRow.id)
        )
        return [statement_of(r, n) for n, r in enumerate(rows, start=1)]

    def get(self, statement_id: int) -> Statement:
        with self._db.reading() as db:
            row = statement_row(db, statement_id)
            return statement_of(row, statement_number(db, row))

    def set_notes(self, statement_id: int, notes: str) -> None:
        """Save the notes as typed: one small UPDATE, called on the typing hot path."""
        with self._db.writing() as db:
            result = db.execute(
                update(StatementRow)
                .where(StatementRow.id == statement_id)
                .values(notes=clean_text(notes))
            )
            if result.rowcount == 0:  # type: ignore[attr-defined]
                statement_row(db, statement_id)

    def update(self, statement_id: int, **changes: object) -> Statement:
        """Change any of: speaker, on_behalf_of, category, kind, replying_to, start,
        end, notes, anonymous, anonymous_description."""
        with self._db.writing() as db:
            row = statement_row(db, statement_id)
            for name, value in changes.items():
                _apply(db, row, name, value)
            kind = StatementKind(row.kind)
            if kind is StatementKind.STATEMENT:
                row.replying_to_id = None
            _check_reply(db, row.session_id, kind, row.replying_to_id)
            if row.replying_to_id == row.id:
                raise InvalidInput("A right of reply cannot answer itself.")
            _check_times(row.start_time, row.end_time)
            db.flush()
            return statement_of(row, statement_number(db, row))

    def delete(self, statement_id: int) -> None:
        with self._db.writing() as db:
            db.delete(statement_row(db, statement_id))

    def remove(self, statement_id: int) -> RemovedStatement:
        """Delete a statement; return it, its place and what pointed at it, so that an
        undo can restore it all (the database only sets those links to NULL)."""
        with self._db.writing() as db:
            return remove_statement(db, statement_id)

    def restore(self, removed: RemovedStatement) -> Statement:
        """Put back a statement taken out by :meth:`remove`, under its old id and place,
        with the replies, recommendations and queued replies that pointed at it."""
        with self._db.writing() as db:
            return restore_statement(db, removed)


def remove_statement(db: DbSession, statement_id: int) -> RemovedStatement:
    """:meth:`StatementService.remove` inside a unit of work of the caller's (giving
    the floor back is one transaction: see :mod:`.floor`)."""
    row = statement_row(db, statement_id)
    removed = RemovedStatement(
        statement_of(row, statement_number(db, row)),
        row.position,
        answered_by=_ids(db, StatementRow.id, StatementRow.replying_to_id, statement_id),
        recommendations=_ids(
            db, RecommendationRow.id, RecommendationRow.statement_id, statement_id
        ),
        queued_replies=_ids(db, QueueEntryRow.id, QueueEntryRow.replying_to_id, statement_id),
    )
    db.delete(row)
    db.flush()
    return removed


def restore_statement(db: DbSession, removed: RemovedStatement) -> Statement:
    """:meth:`StatementService.restore` inside a unit of work of the caller's."""
    statement = removed.statement
    session_row(db, statement.session_id)
    if db.get(StatementRow, statement.id) is not None:
        raise InvalidInput(f"Statement {statement.id} is already there.")
    replying_to = statement.replying_to_id
    if replying_to is not None and db.get(StatementRow, replying_to) is None:
        replying_to = None
    row = StatementRow(
        id=statement.id,
        session_id=statement.session_id,
        position=removed.position,
        speaker_id=_existing(db, SpeakerRow, statement.speaker_id),
        speaker_name=statement.speaker,
        organization_id=_existing(db, OrganizationRow, statement.organization_id),
        on_behalf_of=statement.on_behalf_of,
        category=statement.category.value,
        kind=statement.kind.value,
        replying_to_id=replying_to,
        start_time=statement.start,
        end_time=statement.end,
        notes=statement.notes,
        anonymous=statement.anonymous,
        anonymous_description=statement.anonymous_description,
    )
    db.add(row)
    db.flush()
    # Re-link only what still exists and still points nowhere: a link the
    # rapporteur set elsewhere since is hers to keep.
    for table, column, ids in (
        (StatementRow, StatementRow.replying_to_id, removed.answered_by),
        (RecommendationRow, RecommendationRow.statement_id, removed.recommendations),
        (QueueEntryRow, QueueEntryRow.replying_to_id, removed.queued_replies),
    ):
        if ids:
            db.execute(
                update(table)
                .where(table.id.in_(ids), column.is_(None))
                .values({column.key: statement.id})
            )
    return statement_of(row, statement_number(db, row))


def _ids(
    db: DbSession, id_column: InstrumentedAttribute[int], link: InstrumentedAttribute[int | None],
    statement_id: int,
) -> tuple[int, ...]:  # fmt: skip
    return tuple(db.scalars(select(id_column).where(link == statement_id).order_by(id_column)))


def _existing(
    db: DbSession, table: type[SpeakerRow | OrganizationRow], row_id: int | None
) -> int | None:
    """The id if that row is still there (a merge of organizations may have removed it)."""
    return row_id if row_id is not None and db.get(table, row_id) is not None else None


def _known_category(db: DbSession, name: str) -> Category:
    found = db.scalar(
        select(OrganizationRow.category).where(OrganizationRow.name_key == search_key(name))
    )
    reference = reference_for(name)
    if found is None and reference is not None:
        # Shipped with the program: "Австрия" is a delegation before anyone stored it.
        return reference.category
    if found is None:
        raise InvalidInput(
            f"{name!r} is not a known organization: give its category "
            "(delegation, civil-society, osce-institution, international-organization, media)."
        )
    return Category(found)


def _apply(db: DbSession, row: StatementRow, name: str, value: object) -> None:
    if name == "speaker":
        row.speaker_name = clean_line(str(value))
        row.speaker_id = None
        if row.speaker_name:
            meeting_id = session_row(db, row.session_id).meeting_id
            row.speaker_id = find_or_add_speaker(
                db, meeting_id, row.speaker_name, row.organization_id
            ).id
    elif name == "on_behalf_of":
        row.on_behalf_of = clean_line(str(value))
        row.organization_id = None
        if row.on_behalf_of:
            row.organization_id = find_or_add_organization(
                db, row.on_behalf_of, Category(row.category)
            ).id
    elif name == "category":
        row.category = Category.parse(str(value)).value
    elif name == "kind":
        row.kind = StatementKind.parse(str(value)).value
    elif name == "replying_to":
        row.replying_to_id = None if value is None else int(str(value))
    elif name in ("start", "end"):
        if value is not None and not isinstance(value, time):
            raise InvalidInput(f"The {name} of a statement is a time of day.")
        setattr(row, f"{name}_time", value)
    elif name == "notes":
        row.notes = clean_text(str(value))
    elif name == "anonymous":
        row.anonymous = bool(value)
    elif name == "anonymous_description":
        row.anonymous_description = clean_line(str(value))
    else:
        raise InvalidInput(f"A statement has no field {name!r}.")
