"""Many statements and recommendations written at once in one transaction (a meeting
loaded from a file), SQLite.

Row by row, each new statement fires two triggers: the search index's (the text
folded through some sixty ``replace()`` calls, then FTS5) and the kept counts'
(an UPDATE of its session's row); each recommendation, session, list item and
speaker the search index's. Through a bulk load they were three quarters of the
time of a row. So for the length of the load, inside its transaction, those insert
triggers are dropped; the statements go in a hundred rows an INSERT (one prepared
statement); the rows' search documents are folded in Python (the same fold, tests
hold it) and handed to FTS5 at the end (or 20,000 at a time): FTS5 writes what it
holds to disk at every statement savepoint, so documents given early were written
out a few at a time. At the end one set-based UPDATE adds the statements to their
sessions' counts before the triggers are created again, the same SQL as always.
All of it is one transaction: a failure, a cancel or a crash rolls the triggers
back with the rows, and no other connection ever sees the database without them
(SQLite's schema changes are transactional and the write lock is held
throughout). Only the insert triggers are dropped: a delete or an update during
the load still counts; no row is updated in its indexed columns before its
document is given (an update's trigger takes the old document out first).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from itertools import chain

from rapporteur_app.store import kept_counts, search_index

COLUMNS = ("id", "session_id", "position", "speaker_id", "speaker_name", "organization_id",
           "on_behalf_of", "category", "kind", "replying_to_id", "start_time", "end_time",
           "notes", "anonymous", "anonymous_description", "created_at", "updated_at")  # fmt: skip
NOTES = COLUMNS.index("notes")
_ROW = f"({', '.join('?' for _ in COLUMNS)})"
_INSERT = f"INSERT INTO statements ({', '.join(COLUMNS)}) VALUES "
# Rows a statement: one INSERT of many rows costs SQLite some 40 % less a row than
# as many one-row INSERTs (each row its own statement: its own start, its own update
# of sqlite_sequence); 100 rows of 17 values stay well under SQLite's 32,766 variables.
ROWS_A_STATEMENT = 100
_INSERT_MANY = _INSERT + ", ".join(_ROW for _ in range(ROWS_A_STATEMENT))
_INDEX = f"INSERT INTO {search_index.TABLE} (rowid, body) VALUES (?, ?)"
RECOMMENDATION_COLUMNS = ("id", "session_id", "position", "addressee", "text", "statement_id",
                          "included")  # fmt: skip
_INSERT_RECOMMENDATION = (
    f"INSERT INTO recommendations ({', '.join(RECOMMENDATION_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in RECOMMENDATION_COLUMNS)})"
)
_INSERT_SOURCE = (
    "INSERT INTO recommendation_sources (recommendation_id, statement_id) VALUES (?, ?)"
)


# The other tables whose rows a load writes on this cursor (sessions, their lists,
# speakers): their search documents too are made here, their insert triggers dropped.
INDEXED_TABLES = ("sessions", "session_items", "speakers")
_INDEXED_HERE = tuple(s for t in INDEXED_TABLES for s in search_index.sources_of(t))
_DOCUMENTS_AT_ONCE = 20_000


def _id(row: Sequence[object]) -> int:
    value = row[0]
    assert isinstance(value, int)
    return value


class BulkStatements:
    """Between :meth:`begin` and :meth:`end`, on the transaction's own DB-API cursor."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor
        self._first: int | None = None
        self._last = 0
        self._triggers = (
            search_index.statement_insert_trigger(),
            kept_counts.insert_trigger(),
            search_index.recommendation_insert_trigger(),
            *(search_index.insert_trigger(source) for source in _INDEXED_HERE),
        )
        self._documents: list[tuple[int, str]] = []  # (rowid, folded text) not yet indexed
        self._checks_to_restore = False  # set by begin(), undone by close()

    def begin(self) -> None:
        for name, _ in self._triggers:
            self._cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        # The tables' CHECKs (a category, kind, role or list among the schema's, a
        # time limit above zero) are SQLite's IN lists, rebuilt for every row of a
        # many-row INSERT: a sixth of a statement's insert. The load has tested every
        # such value against the same lists before a row is made (the format's
        # quick tests; tests hold the lists to the CHECKs), so they are not tested
        # again until :meth:`close`, which the load calls whatever happens.
        self._cursor.execute("PRAGMA ignore_check_constraints")
        found = self._cursor.fetchone()
        if not (found and found[0]):
            self._cursor.execute("PRAGMA ignore_check_constraints = ON")
            self._checks_to_restore = True

    def close(self) -> None:
        """The CHECKs tested again, after the load's end, its refusal or its cancel."""
        if self._checks_to_restore:
            self._cursor.execute("PRAGMA ignore_check_constraints = OFF")
            self._checks_to_restore = False

    def next_id(self, table: str = "statements") -> int:
        """The id after the largest ever given in ``table`` (AUTOINCREMENT: a deleted
        row's id is never given again; sqlite_sequence moves on past the rows written
        here)."""
        self._cursor.execute(
            f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'),"
            f" 0), COALESCE((SELECT MAX(id) FROM {table}), 0))"
        )
        found = self._cursor.fetchone()
        return int(found[0] if found is not None else 0) + 1

    def write(self, rows: Sequence[Sequence[object]]) -> None:
        """Rows of :data:`COLUMNS`, their ids given by :meth:`next_id` in order."""
        if not rows:
            return
        cursor = self._cursor
        for start in range(0, len(rows), ROWS_A_STATEMENT):
            chunk = rows[start : start + ROWS_A_STATEMENT]
            many = len(chunk) == ROWS_A_STATEMENT
            cursor.execute(
                _INSERT_MANY if many else _INSERT + ", ".join(_ROW for _ in chunk),
                list(chain.from_iterable(chunk)),  # the rows' values in one list, in C
            )
        offset = search_index.statement_source().first_rowid
        fold = search_index.folded
        self._documents.extend((_id(row) + offset, fold(str(row[NOTES] or ""))) for row in rows)
        self._index_some()
        first, last = _id(rows[0]), _id(rows[-1])
        self._first = first if self._first is None else self._first
        self._last = max(self._last, last)

    def write_recommendations(
        self, rows: Sequence[tuple[object, ...]], sources: Sequence[tuple[int, int]] = ()
    ) -> None:
        """Rows of :data:`RECOMMENDATION_COLUMNS`, their ids given by
        ``next_id("recommendations")`` in order; ``sources``: (recommendation's id,
        statement's id) of those heard in further statements."""
        if not rows:
            return
        self._cursor.executemany(_INSERT_RECOMMENDATION, rows)
        source = search_index.recommendation_source()
        offset = source.first_rowid
        text, addressee = (RECOMMENDATION_COLUMNS.index(c) for c in source.columns)
        fold = search_index.folded
        self._documents.extend(
            (_id(row) + offset, fold(f"{row[text]} {row[addressee]}")) for row in rows
        )
        self._index_some()
        if sources:
            self._cursor.executemany(_INSERT_SOURCE, sources)

    def index(self, table: str, row_id: int, row: Mapping[str, object]) -> None:
        """The search documents of a row of ``table`` (one of :data:`INDEXED_TABLES`)
        written with its values ``row``, as its insert triggers would have made them."""
        for source in _INDEXED_HERE:
            if source.table == table:
                self._documents.append(
                    (row_id + source.first_rowid, search_index.document(source, row))
                )
        self._index_some()

    def _index_some(self, every: bool = False) -> None:
        """The documents to the index, at the end or when they are many. FTS5 writes
        what it holds to disk at each statement savepoint (every INSERT of many rows,
        every INSERT with a trigger): documents given early were written out a few
        at a time, a tenth of a meeting's load; given last, in one go, they are
        written once (or a segment of 20,000 at a time)."""
        if self._documents and (every or len(self._documents) >= _DOCUMENTS_AT_ONCE):
            self._cursor.executemany(_INDEX, self._documents)
            self._documents = []

    def set_replies(self, pairs: Sequence[tuple[int, int]]) -> None:
        """(reply's id, answered id): no trigger watches this column."""
        if pairs:
            self._cursor.executemany(
                "UPDATE statements SET replying_to_id = ? WHERE id = ?",
                [(answered, reply) for reply, answered in pairs],
            )

    def end(self) -> None:
        """The counts of the rows written, then the triggers back."""
        if self._first is not None:
            make_rows, add = kept_counts.count_range_sql()
            self._cursor.execute(make_rows, (self._first, self._last))
            self._cursor.execute(add, (self._first, self._last))
        for _, create in self._triggers:
            self._cursor.execute(create)
        self._index_some(every=True)
