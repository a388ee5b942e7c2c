"""Statements and rights of reply: logged, read, changed, removed."""

from datetime import time

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import Statement
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
from rapporteur_app.store.models import OrganizationRow, StatementRow


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


def _number_of(db: DbSession, row: StatementRow) -> int:
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
            return statement_of(row, _number_of(db, row))

    def of_session(self, session_id: int) -> list[Statement]:
        """The session's statements and rights of reply, in running order."""
        with self._db.reading() as db:
            session_row(db, session_id)
            rows = db.scalars(
                select(StatementRow)
                .where(StatementRow.session_id == session_id)
                .order_by(StatementRow.position, StatementRow.id)
            )
            return [statement_of(r, n) for n, r in enumerate(rows, start=1)]

    def get(self, statement_id: int) -> Statement:
        with self._db.reading() as db:
            row = statement_row(db, statement_id)
            return statement_of(row, _number_of(db, row))

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
            return statement_of(row, _number_of(db, row))

    def delete(self, statement_id: int) -> None:
        with self._db.writing() as db:
            db.delete(statement_row(db, statement_id))


def _known_category(db: DbSession, name: str) -> Category:
    found = db.scalar(
        select(OrganizationRow.category).where(OrganizationRow.name_key == search_key(name))
    )
    reference = reference_for(name)
    if found is None and reference is not None:
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
