"""Where the streaming load's rows go: the writer every engine's load goes through,
and PostgreSQL's.

:class:`LoadWriter` writes the rows beside the statements by SQLAlchemy Core on the
load's connection; :class:`OrmLoadWriter` (PostgreSQL's sequences) adds the
statements by the ORM's INSERT ... RETURNING, the server's triggers and indexes
keeping the counts and the search. SQLite's bulk writer is
:mod:`exchange_load_sqlite`. Apart from the load (:mod:`exchange_load`) so that
the load says what is written, and these say how on each engine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, insert, select, update
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.services.exchange_document_load import (
    free_uid,
    load_recommendations,
    set_replies,
)
from rapporteur_app.services.exchange_file import Json
from rapporteur_app.store.bulk_statements import COLUMNS
from rapporteur_app.store.models import SessionRow, SpeakerRow, StatementRow

Convert = Callable[[object], object]


def same(value: object) -> object:
    return value


class LoadWriter:
    """Where the rows go: SQLAlchemy Core on the load's connection, and the statements
    (and on SQLite the recommendations) by the store's bulk path."""

    def __init__(self, db: DbSession) -> None:
        self._db = db
        self._connection = db.connection()

    def begin(self) -> None: ...

    def stored(self) -> tuple[Convert, Convert, Convert]:
        """How a statement's clock time, flag and moment are handed to :meth:`write`."""
        return same, same, same

    def write(self, rows: list[list[object]]) -> list[int]:
        raise NotImplementedError

    def set_replies(self, pairs: list[tuple[int, int]]) -> None: ...

    def end(self) -> None: ...

    def close(self) -> None:
        """After :meth:`end`, or in place of it when the load stops (refused,
        cancelled, failed): what :meth:`begin` changed on the connection, back."""

    def free_uid(self, wanted: str | None) -> str:
        """:func:`exchange_document_load.free_uid`, a row not read into the session."""
        sessions = table_of(SessionRow)
        if wanted and self._connection.execute(
            select(sessions.c.id).where(sessions.c.uid == wanted)
        ).first() is None:  # fmt: skip
            return wanted
        return free_uid(self._db, None)

    def session(self, values: Json) -> int:
        return _new_id(self._connection.execute(insert(table_of(SessionRow)), values))

    def rows(self, row_type: type[Any], rows: list[Json]) -> None:
        if rows:
            self._connection.execute(insert(table_of(row_type)), rows)

    def recommendations(
        self, session_id: int, label: str, source: Json, new_ids: dict[int, int]
    ) -> None:
        load_recommendations(self._db, session_id, label, source, new_ids)

    def speakers_of(self, meeting_id: int) -> dict[str, int]:
        """name key -> id of the meeting's speakers (the first of each key)."""
        people = table_of(SpeakerRow)
        found: dict[str, int] = {}
        for key, person in self._connection.execute(
            select(people.c.name_key, people.c.id)
            .where(people.c.meeting_id == meeting_id)
            .order_by(people.c.id)
        ):
            found.setdefault(key, person)
        return found

    def speaker(self, values: Json) -> int:
        return _new_id(self._connection.execute(insert(table_of(SpeakerRow)), values))

    def not_named(self, people: list[Json]) -> None:
        """Speakers not to be named ({"person": id, "description": text}), in order:
        the first description given stays (as :func:`exchange_document_load.statement_extras`)."""
        if not people:
            return
        table = table_of(SpeakerRow)
        kept = table.c.anonymous_description
        self._connection.execute(
            update(table)
            .where(table.c.id == bindparam("person"))
            .values(
                not_named=True,
                anonymous_description=case((kept == "", bindparam("description")), else_=kept),
            ),
            people,
        )


def table_of(row_type: type[Any]) -> Table:
    return cast(Table, row_type.__table__)


def _new_id(done: Any) -> int:
    return int(done.inserted_primary_key[0])


class OrmLoadWriter(LoadWriter):
    """Elsewhere (PostgreSQL's sequences): the ORM's INSERT ... RETURNING, a batch at a
    time; the server's triggers and indexes keep the counts and the search."""

    def __init__(self, db: DbSession) -> None:
        super().__init__(db)
        self._names = COLUMNS[1:]

    def write(self, rows: list[list[object]]) -> list[int]:
        payload = [dict(zip(self._names, row[1:], strict=True)) for row in rows]
        inserted = self._db.execute(
            insert(StatementRow).returning(StatementRow.id, sort_by_parameter_order=True),
            payload,
        ).scalars()
        return list(inserted)

    def set_replies(self, pairs: list[tuple[int, int]]) -> None:
        set_replies(self._db, pairs)
