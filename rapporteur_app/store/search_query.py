"""The SQL of a search: the index's hits, narrowed by the filters, best first.

One statement per search. Each kind of document (:data:`search_index.SOURCES`)
gives one SELECT of ``code, row_id, score, meeting_id, session_id`` joined to
its meeting for the filters; the kinds the filters rule out are left out. A
higher score is a better hit on both engines.

- SQLite: FTS5 gives the candidates, newest first, at most CANDIDATES of them
  (a materialized CTE), with their bm25 score. With no filter the best hundred
  are kept at once and the SELECTs only say where those few are; with filters
  each kind's SELECT joins its own candidates (its range of rowids) to their
  meeting and filters them. With a meeting or a year, the statements'
  candidates are read from that meeting's range of statement ids, in a second
  FTS5 cursor beside the one over every other kind (one cursor per kind would
  make bm25 count a common word's matches once per kind).
- PostgreSQL: each SELECT asks its own GIN index.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapporteur_app.domain.search import (
    PREFIX_FROM,
    SearchKind,
    SearchQuery,
    fold_for_query,
)
from rapporteur_app.store.search_index import (
    BY_KIND,
    PG_FUNCTION,
    SOURCES,
    TABLE,
    Source,
    pg_vector,
)


@dataclass(frozen=True, slots=True)
class _Shape:
    """How a kind's row reaches its meeting and session, and what it filters on."""

    joins: str
    meeting: str  # the meeting's alias, or "" when the row has none
    session: str  # SQL of the session id, or "NULL"
    category: str = ""  # SQL of the category, "" when the kind has none
    organization: str = ""
    addressee: str = ""


_IN_SESSION = "JOIN sessions se ON se.id = t.session_id JOIN meetings m ON m.id = se.meeting_id"
_SHAPES: dict[SearchKind, _Shape] = {
    SearchKind.STATEMENT: _Shape(_IN_SESSION, "m", "t.session_id", "t.category",
                                 "t.organization_id"),
    SearchKind.RECOMMENDATION: _Shape(
        _IN_SESSION + " LEFT JOIN statements st ON st.id = t.statement_id", "m",
        "t.session_id", "st.category", "st.organization_id", "t.addressee",
    ),
    SearchKind.NARRATIVE: _Shape("JOIN meetings m ON m.id = t.meeting_id", "m", "t.id"),
    SearchKind.SESSION: _Shape("JOIN meetings m ON m.id = t.meeting_id", "m", "t.id"),
    SearchKind.ITEM: _Shape(_IN_SESSION, "m", "t.session_id"),
    SearchKind.MEETING: _Shape("JOIN meetings m ON m.id = t.id", "m", "NULL"),
    SearchKind.PERSON: _Shape(
        "JOIN meetings m ON m.id = t.meeting_id LEFT JOIN organizations o"
        " ON o.id = t.organization_id", "m", "NULL", "o.category", "t.organization_id",
    ),
    SearchKind.ORGANIZATION: _Shape("", "", "NULL", "t.category", "t.id"),
}  # fmt: skip


def _meeting_filters(query: SearchQuery, shape: _Shape, params: dict[str, Any]) -> list[str]:
    where: list[str] = []
    if query.meeting_id is not None:
        where.append(f"{shape.meeting}.id = :meeting_id")
        params["meeting_id"] = query.meeting_id
    if (span := query.year_range) is not None:
        where.append(f"{shape.meeting}.start_date BETWEEN :year_start AND :year_end")
        params["year_start"], params["year_end"] = span
    return where


def _filters(query: SearchQuery, shape: _Shape, params: dict[str, Any]) -> list[str]:
    where = _meeting_filters(query, shape, params)
    if query.category is not None:
        where.append(f"{shape.category} = :category")
        params["category"] = query.category.value
    if query.organization_id is not None:
        where.append(f"{shape.organization} = :organization_id")
        params["organization_id"] = query.organization_id
    if query.addressee is not None:
        where.append(f"{shape.addressee} = :addressee")
        params["addressee"] = query.addressee
    return where


def fts5_match(terms: tuple[str, ...]) -> str:
    """FTS5's MATCH text: each term a quoted string (a prefix when long enough), all
    of them required. The terms hold letters and digits only (domain/search.py)."""
    parts = []
    for term in terms:
        quoted = '"' + fold_for_query(term).replace('"', '""') + '"'
        parts.append(quoted + ("*" if len(term) >= PREFIX_FROM else ""))
    return " AND ".join(parts)


def pg_tsquery(terms: tuple[str, ...]) -> str:
    """to_tsquery's text, folded in SQL by the same function as the indexed text."""
    parts = []
    for term in terms:
        quoted = "'" + term.replace("'", "''").replace("\\", "") + "'"
        parts.append(quoted + (":*" if len(term) >= PREFIX_FROM else ""))
    return " & ".join(parts)


# A word found in hundreds of thousands of texts is ranked among its newest CANDIDATES
# matches only: bm25 costs some microseconds a match, and FTS5 stops reading the
# index, newest first, when it has them (the cost stays under a tenth of a second).
CANDIDATES = 20_000
_FTS_HITS = f"SELECT rowid AS doc, -bm25({TABLE}) AS score FROM {TABLE} WHERE {TABLE} MATCH :match"
_NEWEST = "ORDER BY rowid DESC LIMIT :candidates"


def statement_ids_sql(query: SearchQuery) -> tuple[str, dict[str, Any]] | None:
    """With a meeting or a year asked for: the statement giving the lowest and the
    highest id of the statements in those meetings (from the meetings, on indexes).
    The search then reads that range of the index alone, so that the candidates it
    ranks are that meeting's newest, not the database's. None without such a filter."""
    params: dict[str, Any] = {}
    where = _meeting_filters(query, _SHAPES[SearchKind.STATEMENT], params)
    if not where or not query.wanted(SearchKind.STATEMENT):
        return None
    return (
        "SELECT min(t.id), max(t.id) FROM statements t WHERE t.session_id IN (SELECT se.id"
        f" FROM sessions se JOIN meetings m ON m.id = se.meeting_id WHERE {' AND '.join(where)})",
        params,
    )


def _sqlite_hits(query: SearchQuery, ranked: bool, statement_ids: tuple[int, int] | None) -> str:
    """The CTE of the FTS5 candidates: one cursor, or two with a meeting or a year (that
    meeting's statements; every other kind's documents, far fewer)."""
    if ranked:
        return f"SELECT * FROM ({_FTS_HITS} {_NEWEST}) ORDER BY score DESC LIMIT :limit"
    if statement_ids is None:
        return f"{_FTS_HITS} {_NEWEST}"
    statements = BY_KIND[SearchKind.STATEMENT]
    low, high = (statements.first_rowid + n for n in statement_ids)
    rest_low = statements.last_rowid + 1
    rest_high = max(source.last_rowid for source in SOURCES)
    return (
        f"SELECT * FROM ({_FTS_HITS} AND rowid BETWEEN {low} AND {high} {_NEWEST})"
        f" UNION ALL SELECT * FROM ({_FTS_HITS} AND rowid BETWEEN {rest_low} AND {rest_high}"
        f" {_NEWEST})"
    )


def _select(source: Source, sqlite: bool, query: SearchQuery, params: dict[str, Any]) -> str:
    shape = _SHAPES[source.kind]
    meeting = f"{shape.meeting}.id" if shape.meeting else "NULL"
    where = _filters(query, shape, params)
    if sqlite:
        head = (
            f"SELECT {source.code} AS code, t.id AS row_id, h.score AS score,"
            f" {meeting} AS meeting_id, {shape.session} AS session_id"
            f" FROM hits h JOIN {source.table} t ON t.id = h.doc - {source.first_rowid}"
            f" {shape.joins}"
        )
        where.insert(0, f"h.doc BETWEEN {source.first_rowid} AND {source.last_rowid}")
    else:
        vector = pg_vector(source, "t")
        head = (
            f"SELECT {source.code} AS code, t.id AS row_id, ts_rank({vector}, q.query) AS score,"
            f" {meeting} AS meeting_id, {shape.session} AS session_id"
            f" FROM q, {source.table} t {shape.joins}"
        )
        where.insert(0, f"{vector} @@ q.query")
    return head + " WHERE " + " AND ".join(where)


def search_sql(
    dialect: str, query: SearchQuery, statement_ids: tuple[int, int] | None = None
) -> tuple[str, dict[str, Any]]:
    """The statement and its parameters; it returns at most ``limit + 1`` rows.

    ``statement_ids``: on SQLite, what :func:`statement_ids_sql` found ((1, 0) when
    the meetings asked for have no statements)."""
    terms = query.terms()
    sqlite = dialect == "sqlite"
    params: dict[str, Any] = {"limit": query.limit + 1}
    selects = [
        _select(source, sqlite, query, params) for source in SOURCES if query.wanted(source.kind)
    ]
    if not selects:
        return "", params
    if sqlite:
        params["match"] = fts5_match(terms)
        params["candidates"] = CANDIDATES
        # With nothing to filter, the best hits of all are kept before anything is joined.
        ranked = query == SearchQuery(query.text, limit=query.limit)
        head = f"WITH hits AS MATERIALIZED ({_sqlite_hits(query, ranked, statement_ids)}) "
    else:
        params["tsquery"] = pg_tsquery(terms)
        head = (
            f"WITH q AS (SELECT to_tsquery('simple'::regconfig, {PG_FUNCTION}(:tsquery)) AS query) "
        )
    body = " UNION ALL ".join(selects)
    return (
        head + f"SELECT * FROM ({body}) found ORDER BY score DESC, code, row_id LIMIT :limit",
        params,
    )
