"""Rows written as SQLAlchemy Core's INSERT writes them, on the DB-API cursor (SQLite).

A Core ``connection.execute(insert(table), rows)`` costs some half a millisecond of
Python before SQLite sees it (the statement's cache key, its compiled form looked
up, the parameters processed through the engine's layers). A meeting loaded from a
file makes a hundred-odd such calls (each session, its introducers and lists, each
new speaker, the co-signatories of a batch), a fifth of the load of a meeting of
two thousand statements. :class:`RawInsert` does what Core does for a plain INSERT
and nothing else: the columns given, and those left out that have a Python-side
default (a scalar, or a callable called for each row, as Core calls it); each value
through the column type's own bind processor for the dialect; the columns with
neither left to the database (NULL or its server default). So the stored values
are Core's exactly; ``tests/services/test_exchange_stream.py`` compares every row
of every table after both loads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Dialect, Table

_Convert = Callable[[object], object]


def _identity(value: object) -> object:
    return value


class RawInsert:
    """INSERTs into ``table`` on ``cursor``, Core's values (see the module's note)."""

    def __init__(self, cursor: sqlite3.Cursor, table: Table, dialect: Dialect) -> None:
        self._cursor = cursor
        self._table = table.name
        self._convert: dict[str, _Convert] = {}
        # Column name -> (is callable, the default): Core's Python-side defaults.
        self._defaults: dict[str, tuple[bool, Any]] = {}
        for column in table.columns:
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            self._convert[column.name] = process or _identity
            default = column.default
            if default is None:
                continue
            if getattr(default, "is_scalar", False):
                self._defaults[column.name] = (False, getattr(default, "arg", None))
            elif getattr(default, "is_callable", False):
                self._defaults[column.name] = (True, getattr(default, "arg", None))
            else:  # a SQL expression or a sequence: not what this writer does
                raise TypeError(f"{table.name}.{column.name}: a default Core must write")
        self._plans: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}

    def _plan(self, given: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
        plan = self._plans.get(given)
        if plan is None:
            unknown = set(given) - set(self._convert)
            if unknown:
                raise KeyError(f"{self._table}: no column {sorted(unknown)}")
            names = given + tuple(name for name in self._defaults if name not in given)
            sql = (
                f"INSERT INTO {self._table} ({', '.join(names)})"
                f" VALUES ({', '.join('?' for _ in names)})"
            )
            plan = self._plans[given] = (sql, names)
        return plan

    def _complete(self, row: Mapping[str, object], names: tuple[str, ...]) -> dict[str, object]:
        """``row`` with the defaults of the columns it leaves out, in ``names`` order."""
        complete: dict[str, object] = {}
        defaults = self._defaults
        for name in names:
            if name in row:
                complete[name] = row[name]
            else:
                is_callable, default = defaults[name]
                complete[name] = default(None) if is_callable else default
        return complete

    def _stored(self, complete: dict[str, object]) -> tuple[object, ...]:
        convert = self._convert
        return tuple(convert[name](value) for name, value in complete.items())

    def one(self, row: Mapping[str, object]) -> tuple[int, dict[str, object]]:
        """Insert ``row``: its new id, and its values as written (defaults in)."""
        sql, names = self._plan(tuple(row))
        complete = self._complete(row, names)
        self._cursor.execute(sql, self._stored(complete))
        row_id = self._cursor.lastrowid
        assert row_id is not None
        return row_id, complete

    def many(self, rows: Sequence[Mapping[str, object]]) -> None:
        """Insert ``rows``, all of the same keys (as Core's executemany takes them)."""
        if not rows:
            return
        sql, names = self._plan(tuple(rows[0]))
        self._cursor.executemany(sql, [self._stored(self._complete(row, names)) for row in rows])
