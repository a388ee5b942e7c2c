"""Statements and rights of reply: logged, read, changed, removed."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from sqlalchemy import ColumnElement, Connection, func, select, tuple_, update
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.first_fill import LogCursor
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import RemovedStatement, Statement
from rapporteur_app.domain.text import clean_line, clean_text
from rapporteur_app.services.cosignatories import (
    set_statement_cosignatories,
    statement_cosignatories,
)
from rapporteur_app.services.lookup import (
    find_or_add_organization,
    find_or_add_speaker,
    next_position,
    session_row,
    statement_row,
)
from rapporteur_app.services.organization_resolver import OrganizationResolver
from rapporteur_app.store.convert import StatementFields, statement_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.first_fill import LOG_SQL, next_cursor, statements_of
from rapporteur_app.store.models import (
    Base,
    OrganizationRow,
    QueueEntryRow,
    RecommendationRow,
    SessionTallyRow,
    SpeakerRow,
    StatementRow,
)


def _check_reply(
    db: DbSession, session_id: int, kind: StatementKind, replying_to: int | None
) -> None:
    if replying_to is None:
        return
    if kind is not StatementKind.RIGHT_OF_REPLY:
        raise InvalidInput.coded("reply-only-answers")
    target = statement_row(db, replying_to)
    if target.session_id != session_id:
        raise InvalidInput.coded("reply-other-session-numbered", statement=replying_to)


def _check_no_loop(db: DbSession, row: StatementRow) -> None:
    """A reply answers a reply, which answers …: never back to itself."""
    target, seen = row.replying_to_id, {row.id}
    while target is not None:
        if target in seen:
            raise InvalidInput.coded("reply-circle", statement=row.id)
        seen.add(target)
        answered = db.get(StatementRow, target)
        target = answered.replying_to_id if answered is not None else None


def _check_times(start: time | None, end: time | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput.coded(
            "statement-ends-early", end=f"{end:%H:%M:%S}", start=f"{start:%H:%M:%S}"
        )


def statement_number(db: DbSession | Connection, row: StatementFields) -> int:
    """The statement's number in its session's running order, without counting the session
    (:func:`number_in_session`); on an ORM session or on a unit of work's connection."""
    return int(db.scalar(select(number_in_session(row.session_id, row.position, row.id))) or 0)


def number_in_session(
    session_id: ColumnElement[int] | int,
    position: ColumnElement[int] | int,
    statement_id: ColumnElement[int] | int,
) -> ColumnElement[int]:
    """The SQL of a statement's number: of the one given by value, or of each row of a
    query over ``statements`` when given its columns (correlated).

    The store keeps how many rows each session has (``session_tallies.logged``,
    by triggers in this very transaction); the number is that minus the rows
    after this one, which for the statement just logged or on the floor is none
    or a few: the same cost in the 10th and the 100,000th statement. One query,
    so both figures come from one snapshot when other writers are at work.
    """
    logged = (
        select(SessionTallyRow.logged)
        .where(SessionTallyRow.session_id == session_id)
        .scalar_subquery()
    )
    later_rows = Base.metadata.tables["statements"].alias("later")
    later = (
        select(func.count())
        .select_from(later_rows)
        .where(
            later_rows.c.session_id == session_id,
            tuple_(later_rows.c.position, later_rows.c.id) > tuple_(position, statement_id),
        )
        .scalar_subquery()
    )
    return func.coalesce(logged, 0) - later


def _cosignatories_of(
    db: DbSession, session_id: int, statement_ids: list[int], limit: int | None
) -> dict[int, tuple[str, ...]]:
    """The co-signatories of a page of the log (by its ids), or of the whole session in
    one query when the page is the whole session (no list of ids too long to bind)."""
    if limit is None:
        return statement_cosignatories(db, session_id=session_id)
    return statement_cosignatories(db, statement_ids)


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
        cosignatories: Sequence[str] = (),
    ) -> Statement:
        """Log a statement at the end of the session's list.

        ``category`` may be left out when ``on_behalf_of`` names an organization
        already known: the statement takes the organization's category.
        ``cosignatories``: a joint statement's other organizations; it counts once,
        in the category of the lead (``on_behalf_of``).
        """
        speaker = clean_line(speaker)
        on_behalf_of = clean_line(on_behalf_of)
        _check_times(start, end)
        with self._db.writing() as db:
            session = session_row(db, session_id)
            _check_reply(db, session_id, kind, replying_to)
            organization_id: int | None = None
            if on_behalf_of:
                resolver = OrganizationResolver(db, one_by_one=True)
                organization = resolver.get_or_add(on_behalf_of, category)
                # One organization, one name in every document: "Австрия" is Austria.
                organization_id, on_behalf_of = organization.id, organization.name
                if category is None:
                    category = Category(organization.category)
            if category is None:
                raise InvalidInput.coded("statement-no-category")
            speaker_id = None
            if speaker:
                person = find_or_add_speaker(db, session.meeting_id, speaker, organization_id)
                speaker_id = person.id
                if person.not_named:
                    # She asked it for the meeting: never named, the next time either.
                    anonymous = True
                    anonymous_description = anonymous_description or person.anonymous_description
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
            joined = set_statement_cosignatories(db, row.id, on_behalf_of, cosignatories, category)
            return replace(statement_of(row, statement_number(db, row)), cosignatories=joined)

    def of_session(self, session_id: int) -> list[Statement]:
        """The session's statements and rights of reply, in running order."""
        return self.page_of_session(session_id)[0]

    def page_of_session(
        self,
        session_id: int,
        after: LogCursor | None = None,
        limit: int | None = None,
        first_number: int = 1,
    ) -> tuple[list[Statement], LogCursor | None]:
        """Up to ``limit`` statements of the session in running order, from after
        ``after`` (the cursor a previous page returned), numbered from
        ``first_number``; and the cursor of the next page, None at the end.

        A big session's log is read page by page (the console shows the first
        while the rest comes); each page is one index range, whatever its place.
        Read through the driver as plain tuples, times parsed once each.
        """
        with self._db.reading() as db:
            session_row(db, session_id)
            if db.get_bind().dialect.name != "sqlite":
                return self._page_portable(db, session_id, after, limit, first_number)
            sql, parameters = LOG_SQL, [session_id]
            if after is not None:
                sql += " AND (position, id) > (?, ?)"
                parameters += list(after)
            sql += " ORDER BY position, id"
            if limit is not None:
                sql += " LIMIT ?"
                parameters.append(limit)
            # The driver's own cursor, inside this unit of work: no result wrapping per row.
            driver = db.connection().connection.driver_connection
            assert driver is not None
            rows = driver.execute(sql, parameters).fetchall()
            joint = _cosignatories_of(db, session_id, [row[0] for row in rows], limit)
        statements = statements_of(session_id, rows, first_number, joint)
        return statements, next_cursor(rows, limit)

    def _page_portable(
        self,
        db: DbSession,
        session_id: int,
        after: LogCursor | None,
        limit: int | None,
        first_number: int,
    ) -> tuple[list[Statement], LogCursor | None]:
        query = select(StatementRow).where(StatementRow.session_id == session_id)
        if after is not None:
            query = query.where(tuple_(StatementRow.position, StatementRow.id) > tuple_(*after))
        query = query.order_by(StatementRow.position, StatementRow.id)
        if limit is not None:
            query = query.limit(limit)
        rows = list(db.scalars(query))
        joint = _cosignatories_of(db, session_id, [r.id for r in rows], limit)
        statements = [
            replace(statement_of(r, n), cosignatories=joint.get(r.id, ()))
            for n, r in enumerate(rows, start=first_number)
        ]
        more = limit is not None and len(rows) == limit
        return statements, ((rows[-1].position, rows[-1].id) if more else None)

    def get(self, statement_id: int) -> Statement:
        with self._db.reading() as db:
            return statement_value(db, statement_row(db, statement_id))

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
        end, notes, anonymous, anonymous_description, cosignatories."""
        with self._db.writing() as db:
            row = statement_row(db, statement_id)
            for name, value in changes.items():
                _apply(db, row, name, value)
            kind = StatementKind(row.kind)
            if kind is StatementKind.STATEMENT:
                row.replying_to_id = None
            _check_reply(db, row.session_id, kind, row.replying_to_id)
            if row.replying_to_id == row.id:
                raise InvalidInput.coded("reply-itself")
            _check_no_loop(db, row)
            _check_times(row.start_time, row.end_time)
            db.flush()
            return statement_value(db, row)

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
        statement_value(db, row),
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
        raise InvalidInput.coded("statement-already-there", statement=statement.id)
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
    set_statement_cosignatories(
        db, row.id, row.on_behalf_of, statement.cosignatories, statement.category
    )
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
    return statement_value(db, row)


def statement_value(
    db: DbSession | Connection, row: StatementFields, number: int | None = None
) -> Statement:
    """The statement as the domain sees it, with its number (``number`` when the caller
    has read it already, by :func:`number_in_session`) and co-signatories."""
    joint = statement_cosignatories(db, (row.id,)).get(row.id, ())
    if number is None:
        number = statement_number(db, row)
    return replace(statement_of(row, number), cosignatories=joint)


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


def _apply(db: DbSession, row: StatementRow, name: str, value: object) -> None:
    if name == "speaker":
        row.speaker_name = clean_line(str(value))
        row.speaker_id = None
        if row.speaker_name:
            meeting_id = session_row(db, row.session_id).meeting_id
            person = find_or_add_speaker(db, meeting_id, row.speaker_name, row.organization_id)
            row.speaker_id = person.id
            if person.not_named:
                row.anonymous = True
                row.anonymous_description = (
                    row.anonymous_description or person.anonymous_description
                )
    elif name == "on_behalf_of":
        row.on_behalf_of = clean_line(str(value))
        row.organization_id = None
        if row.on_behalf_of:
            organization = find_or_add_organization(db, row.on_behalf_of, Category(row.category))
            row.organization_id, row.on_behalf_of = organization.id, organization.name
    elif name == "category":
        row.category = Category.parse(str(value)).value
    elif name == "kind":
        row.kind = StatementKind.parse(str(value)).value
    elif name == "replying_to":
        row.replying_to_id = None if value is None else int(str(value))
    elif name in ("start", "end"):
        if value is not None and not isinstance(value, time):
            raise InvalidInput.coded("statement-field-time", name=name)
        setattr(row, f"{name}_time", value)
    elif name == "notes":
        row.notes = clean_text(str(value))
    elif name == "anonymous":
        row.anonymous = bool(value)
    elif name == "anonymous_description":
        row.anonymous_description = clean_line(str(value))
    elif name == "cosignatories":
        if not isinstance(value, (list, tuple)):
            raise InvalidInput.coded("cosignatories-a-list")
        db.flush()
        set_statement_cosignatories(
            db, row.id, row.on_behalf_of, [str(v) for v in value], Category(row.category)
        )
    else:
        raise InvalidInput.coded("statement-no-field", name=repr(name))
