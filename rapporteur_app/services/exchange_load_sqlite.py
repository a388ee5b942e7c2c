"""The streaming load's writer on SQLite: the store's bulk path.

The statements by one prepared INSERT (store/bulk_statements.py), their search
index and the kept counts set-based, and the rows beside them by Core's values on
the raw cursor (store/raw_insert.py); every value converted by the SQLite dialect's
own converters, so the stored text is what the ORM writes. Apart from
:mod:`exchange_load_writer` because it is SQLite's alone and the most of a load's
time.
"""

from __future__ import annotations

import sqlite3
from datetime import time
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.services.exchange_document_load import free_uid
from rapporteur_app.services.exchange_file import Json
from rapporteur_app.services.exchange_load_writer import Convert, LoadWriter, same, table_of
from rapporteur_app.services.exchange_rows import recommendation_rows
from rapporteur_app.store.bulk_statements import INDEXED_TABLES, BulkStatements
from rapporteur_app.store.models import SessionRow, SpeakerRow, StatementRow
from rapporteur_app.store.raw_insert import RawInsert


class SqliteLoadWriter(LoadWriter):
    """The store's bulk path: one prepared INSERT, the index and counts set-based."""

    def __init__(self, db: DbSession) -> None:
        super().__init__(db)
        connection = self._connection
        dialect = connection.dialect
        table = cast(Table, StatementRow.__table__)
        # The SQLite dialect's own converters: the stored text is what the ORM writes.
        self._clock = _quick_clock(
            _converter(table.c.start_time.type.dialect_impl(dialect), dialect)
        )
        self._moment = _converter(table.c.created_at.type.dialect_impl(dialect), dialect)
        self._flag = _converter(table.c.anonymous.type.dialect_impl(dialect), dialect)
        raw = cast(sqlite3.Connection, connection.connection.dbapi_connection)
        self._cursor = raw.cursor()
        self._bulk = BulkStatements(self._cursor)
        self._inserts: dict[str, RawInsert] = {}

    def _insert(self, row_type: type[Any]) -> RawInsert:
        table = table_of(row_type)
        found = self._inserts.get(table.name)
        if found is None:
            found = self._inserts[table.name] = RawInsert(
                self._cursor, table, self._connection.dialect
            )
        return found

    # The rows beside the statements by Core's values on the raw cursor
    # (store/raw_insert.py): Core's own overhead was a fifth of a meeting's load.

    def free_uid(self, wanted: str | None) -> str:
        if wanted:
            self._cursor.execute("SELECT id FROM sessions WHERE uid = ?", (wanted,))
            if self._cursor.fetchone() is None:
                return wanted
        return free_uid(self._db, None)

    def _indexed(self, row_type: type[Any], values: Json) -> int:
        """One row of a table whose search documents the bulk path makes."""
        row_id, written = self._insert(row_type).one(values)
        self._bulk.index(table_of(row_type).name, row_id, written)
        return row_id

    def session(self, values: Json) -> int:
        return self._indexed(SessionRow, values)

    def rows(self, row_type: type[Any], rows: list[Json]) -> None:
        if table_of(row_type).name in INDEXED_TABLES:
            for values in rows:
                self._indexed(row_type, values)
        else:
            self._insert(row_type).many(rows)

    def speaker(self, values: Json) -> int:
        return self._indexed(SpeakerRow, values)

    def not_named(self, people: list[Json]) -> None:
        if not people:
            return
        dialect = self._connection.dialect
        named = _converter(table_of(SpeakerRow).c.not_named.type.dialect_impl(dialect), dialect)
        self._cursor.executemany(
            "UPDATE speakers SET not_named = ?, anonymous_description = CASE WHEN"
            " anonymous_description = '' THEN ? ELSE anonymous_description END WHERE id = ?",
            [(named(True), person["description"], person["person"]) for person in people],
        )

    def begin(self) -> None:
        self._bulk.begin()

    def stored(self) -> tuple[Convert, Convert, Convert]:
        return self._clock, self._flag, self._moment

    def write(self, rows: list[list[object]]) -> list[int]:
        first = self._bulk.next_id()
        for row_id, row in enumerate(rows, start=first):
            row[0] = row_id
        self._bulk.write(rows)
        return list(range(first, first + len(rows)))

    def set_replies(self, pairs: list[tuple[int, int]]) -> None:
        self._bulk.set_replies(pairs)

    def recommendations(
        self, session_id: int, label: str, source: Json, new_ids: dict[int, int]
    ) -> None:
        rows = recommendation_rows(source, label, new_ids)
        if not rows:
            return
        first = self._bulk.next_id("recommendations")
        flag = self._flag
        values: list[tuple[object, ...]] = []
        sources: list[tuple[int, int]] = []
        for row_id, (row, also) in enumerate(rows, start=first):
            values.append((row_id, session_id, row["position"], row["addressee"], row["text"],
                           row["statement_id"], flag(row["included"])))  # fmt: skip
            sources.extend((row_id, other) for other in also)
        self._bulk.write_recommendations(values, sources)

    def end(self) -> None:
        self._bulk.end()

    def close(self) -> None:
        self._bulk.close()


_CLOCK_SAMPLES = (time(0, 0), time(9, 5, 7), time(23, 59, 59, 999_999), time(12, 0, 0, 5))


def _quick_clock(stored: Convert) -> Convert:
    """``stored`` for a clock time, by ``time.isoformat`` in C when that gives the very
    text ``stored`` gives (SQLite's dialect: HH:MM:SS.ffffff), else ``stored`` itself."""
    if any(stored(sample) != sample.isoformat("microseconds") for sample in _CLOCK_SAMPLES):
        return stored

    def quick(value: object) -> object:
        if type(value) is time and value.tzinfo is None:
            return value.isoformat("microseconds")
        return stored(value)

    return quick


def _converter(kind: Any, dialect: Any) -> Convert:
    process = kind.bind_processor(dialect)
    return cast(Convert, process) if process else same
