"""The full-text index over everything a database holds, kept by the database itself.

Every searchable text (a statement's notes, a recommendation, a session's
narrative and background, a bullet of its lists, a meeting's background, a
participant, an organization) is one *document* of the index. The database keeps
the index in step, in the same transaction as the write, whatever wrote it: a
service, an undo, the exchange loader, a cascade, plain SQL. A backup or a
restored file carries its index with it.

- **SQLite**: one contentless FTS5 table, ``search_index``, whose rowid is
  ``row id + source code * 2**40`` (so one integer says which table and row a
  hit is, and each source's documents lie in one range of rowids), filled by
  triggers on each source table. The tokenizer is ``unicode61`` with
  ``remove_diacritics 2`` (case and Latin accents). What it leaves alone
  (ß, ł, ø, æ, ligatures, Greek accents, the Cyrillic ё) is folded by
  :data:`FOLDS` in SQL before the text reaches it, and in the query the same way.
  A contentless table stores no copy of the text: hits are read back from the
  source rows.
- **PostgreSQL**: an expression GIN index per source over
  ``to_tsvector('simple', rapporteur_fold(text))``, where ``rapporteur_fold`` is
  an IMMUTABLE SQL function written here (translate + replace): it folds case
  and accents the same way in any server locale and needs no extension. The
  'simple' configuration has no stemming and no stop words, so every language
  is indexed alike.

Alembic's batch mode on SQLite copies a table and drops its triggers;
:func:`ensure` runs after every upgrade and rebuilds what is missing.

The markup of the rich-text fields (``*``, ``[text](url)``, ``\\``) is
punctuation to both tokenizers, so the words of the markup are the words of
the plain text (a link's address adds its own words, which is no harm).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapporteur_app.domain.search import FOLDS, SearchKind

if TYPE_CHECKING:
    from sqlalchemy import Connection

TABLE = "search_index"
# A document's rowid is its row's id plus its source's code times SPAN: the documents
# of one source lie in one range of rowids, which FTS5 can search alone.
SPAN = 1 << 40
PG_FUNCTION = "rapporteur_fold"
TOKENIZER = "unicode61 remove_diacritics 2"


@dataclass(frozen=True, slots=True)
class Source:
    """One kind of searchable document: which table, which columns, its code."""

    kind: SearchKind
    code: int
    table: str
    columns: tuple[str, ...]

    def body(self, row: str) -> str:
        """The document's text for row alias ``row`` (``NEW``, ``OLD``, a table alias)."""
        parts = [f"coalesce({row}.{column}, '')" for column in self.columns]
        return " || ' ' || ".join(parts)

    @property
    def first_rowid(self) -> int:
        return self.code * SPAN

    @property
    def last_rowid(self) -> int:
        return self.code * SPAN + SPAN - 1

    def trigger(self, event: str) -> str:
        return f"tr_search_{self.kind.value}_{event}"


SOURCES: tuple[Source, ...] = (
    Source(SearchKind.ORGANIZATION, 0, "organizations", ("name", "acronym")),
    Source(SearchKind.STATEMENT, 1, "statements", ("notes",)),
    Source(SearchKind.RECOMMENDATION, 2, "recommendations", ("text", "addressee")),
    Source(SearchKind.NARRATIVE, 3, "sessions", ("narrative",)),
    Source(SearchKind.SESSION, 4, "sessions", ("label", "title", "background")),
    Source(SearchKind.ITEM, 5, "session_items", ("text",)),
    Source(SearchKind.MEETING, 6, "meetings", ("title", "venue", "background")),
    Source(SearchKind.PERSON, 7, "speakers", ("name", "function")),
)
BY_CODE = {source.code: source for source in SOURCES}
BY_KIND = {source.kind: source for source in SOURCES}


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# SQLite's parser takes some thirty nested calls: the replace() calls are chained
# through sub-selects of this many each.
_FOLDS_PER_SELECT = 20


def _replaced(expression: str, folds: list[tuple[str, str]]) -> str:
    for char, plain in folds:
        expression = f"replace({expression}, {_sql_literal(char)}, {_sql_literal(plain)})"
    return expression


def _sqlite_folded_select(doc_id: str, body: str, source: str = "") -> str:
    """SELECT doc, text: ``body`` with every :data:`FOLDS` letter folded."""
    folds = list(FOLDS.items())
    select = f"SELECT {doc_id} AS doc, {body} AS text{' FROM ' + source if source else ''}"
    for start in range(0, len(folds), _FOLDS_PER_SELECT):
        chunk = folds[start : start + _FOLDS_PER_SELECT]
        select = f"SELECT doc, {_replaced('text', chunk)} AS text FROM ({select})"
    return select


# -- SQLite ------------------------------------------------------------------------------------


def _sqlite_doc(source: Source, row: str, table: str = "") -> str:
    return _sqlite_folded_select(f"{row}.id + {source.first_rowid}", source.body(row), table)


def _sqlite_triggers(source: Source) -> list[str]:
    add = f"INSERT INTO {TABLE} (rowid, body) {_sqlite_doc(source, 'NEW')};"
    # A contentless table forgets a document when told the very text it was given.
    remove = (
        f"INSERT INTO {TABLE} ({TABLE}, rowid, body)"
        f" SELECT 'delete', doc, text FROM ({_sqlite_doc(source, 'OLD')});"
    )
    columns = ", ".join(source.columns)
    return [
        f"CREATE TRIGGER {source.trigger('insert')} AFTER INSERT ON {source.table}\n"
        f"BEGIN\n  {add}\nEND",
        f"CREATE TRIGGER {source.trigger('delete')} AFTER DELETE ON {source.table}\n"
        f"BEGIN\n  {remove}\nEND",
        f"CREATE TRIGGER {source.trigger('update')} AFTER UPDATE OF id, {columns}"
        f" ON {source.table}\nBEGIN\n  {remove}\n  {add}\nEND",
    ]


def _sqlite_trigger_names() -> set[str]:
    return {source.trigger(event) for source in SOURCES for event in ("insert", "delete", "update")}


def _sqlite_install(connection: Connection) -> None:
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        f"body, content='', tokenize='{TOKENIZER}')"
    )
    for name in _sqlite_trigger_names():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for source in SOURCES:
        for statement in _sqlite_triggers(source):
            connection.exec_driver_sql(statement)


def _sqlite_fill(connection: Connection) -> None:
    connection.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    for source in SOURCES:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, body) {_sqlite_doc(source, source.table, source.table)}"
        )


def _sqlite_present(connection: Connection) -> bool:
    found = {
        name
        for (name,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table')"
        )
    }
    return TABLE in found and found >= _sqlite_trigger_names()


# -- PostgreSQL --------------------------------------------------------------------------------

# Scripts whose case the fold writes out letter by letter (lower() follows the
# server's locale, which may be "C": then it lowers ASCII alone).
_CASED_RANGES = ((0x0041, 0x0250), (0x0370, 0x0530), (0x0531, 0x0590), (0x10A0, 0x1100),
                 (0x1E00, 0x2000))  # fmt: skip


def _strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _is_latin(point: int) -> bool:
    return point < 0x0250 or 0x1E00 <= point < 0x1F00


def pg_translation() -> tuple[str, str]:
    """translate()'s two strings: each letter to what unicode61 makes of it (lower
    case; Latin letters without their accents), one letter for one letter."""
    source: list[str] = []
    target: list[str] = []
    for start, end in _CASED_RANGES:
        for point in range(start, end):
            char = chr(point)
            if char in FOLDS or not unicodedata.category(char).startswith("L"):
                continue
            plain = (_strip(char) if _is_latin(point) else char).lower()
            plain = _strip(plain) if _is_latin(point) else plain
            if len(plain) == 1 and plain != char:
                source.append(char)
                target.append(plain)
    return "".join(source), "".join(target)


def _pg_function() -> str:
    expression = _replaced("value", [(char, plain.lower()) for char, plain in FOLDS.items()])
    source, target = pg_translation()
    return (
        f"CREATE OR REPLACE FUNCTION {PG_FUNCTION}(value text) RETURNS text"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$"
        f" SELECT lower(translate({expression}, {_sql_literal(source)}, {_sql_literal(target)}))"
        " $$"
    )


def pg_vector(source: Source, row: str) -> str:
    """The indexed expression (a query must repeat it exactly to use the index)."""
    return f"to_tsvector('simple'::regconfig, {PG_FUNCTION}({source.body(row)}))"


def _pg_index(source: Source) -> str:
    return f"ix_search_{source.kind.value}"


def _pg_install(connection: Connection) -> None:
    connection.exec_driver_sql(_pg_function())
    for source in SOURCES:
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {_pg_index(source)} ON {source.table}"
            f" USING gin (({pg_vector(source, source.table)}))"
        )


def _pg_present(connection: Connection) -> bool:
    found = {name for (name,) in connection.exec_driver_sql("SELECT indexname FROM pg_indexes")}
    return {_pg_index(source) for source in SOURCES} <= found


# -- both ---------------------------------------------------------------------------------------


def is_index_object(name: str | None) -> bool:
    """Whether a table or an index of the database is the search index's own (FTS5's
    shadow tables, the GIN indexes): not a model's, so a schema comparison skips it."""
    return bool(name) and str(name).startswith((TABLE, "ix_search_"))


def install(connection: Connection) -> None:
    """Create the index (and on SQLite its triggers) and fill it from every row."""
    if connection.dialect.name == "sqlite":
        _sqlite_install(connection)
        _sqlite_fill(connection)
    else:
        _pg_install(connection)


def uninstall(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for name in _sqlite_trigger_names():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    else:
        for source in SOURCES:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS {_pg_index(source)}")
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}(text)")


def ensure(connection: Connection) -> bool:
    """Build the index again if a migration dropped part of it; True if it did."""
    present = (
        _sqlite_present(connection)
        if connection.dialect.name == "sqlite"
        else _pg_present(connection)
    )
    if present:
        return False
    install(connection)
    return True


# -- a bulk load of statements and recommendations (SQLite) ------------------------------------

_FOLD_TABLE = str.maketrans(FOLDS)
# Any letter FOLDS replaces. Most texts hold none, and translate looks every character
# up in a dictionary (a tenth of a meeting's load): found absent in one search in C,
# the text is its own fold. Every such letter is outside ASCII, so an ASCII text is
# told so without even the search (a test holds both).
_FOLDED_LETTER = re.compile("[" + "".join(re.escape(letter) for letter in FOLDS) + "]")


def folded(text: str) -> str:
    """``text`` as the triggers' SQL hands it to FTS5 (:data:`FOLDS` replaced one by
    one; no folded letter's replacement holds another, so one translate is the same:
    tests/store/test_bulk_statements.py holds it to the SQL)."""
    if text.isascii() or _FOLDED_LETTER.search(text) is None:
        return text
    return text.translate(_FOLD_TABLE)


def statement_source() -> Source:
    return BY_KIND[SearchKind.STATEMENT]


def statement_insert_trigger() -> tuple[str, str]:
    """(name, CREATE statement) of the trigger that indexes a new statement."""
    source = statement_source()
    return source.trigger("insert"), _sqlite_triggers(source)[0]


def recommendation_source() -> Source:
    return BY_KIND[SearchKind.RECOMMENDATION]


def recommendation_insert_trigger() -> tuple[str, str]:
    """(name, CREATE statement) of the trigger that indexes a new recommendation."""
    source = recommendation_source()
    return source.trigger("insert"), _sqlite_triggers(source)[0]


def insert_trigger(source: Source) -> tuple[str, str]:
    """(name, CREATE statement) of the trigger that indexes a new row of ``source``."""
    return source.trigger("insert"), _sqlite_triggers(source)[0]


def sources_of(table: str) -> tuple[Source, ...]:
    """The kinds of document a row of ``table`` gives the index."""
    return tuple(source for source in SOURCES if source.table == table)


def document(source: Source, row: Mapping[str, object]) -> str:
    """The document of a row of ``source`` (its columns' values, NULL as '') as its
    insert trigger makes it: the columns joined by a space, then folded."""
    return folded(" ".join("" if (value := row.get(column)) is None else str(value)
                           for column in source.columns))  # fmt: skip
