"""Search across every meeting: the database's own full-text index, then where each hit is.

The index (store/search_index.py) finds and ranks; this service reads the few
rows shown (the limit, a hundred by default) to say where each was found and to
cut a snippet of its plain text (rich text without its markup) with the hits
marked. Nothing here scans the rows in Python.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from rapporteur_app.domain import rich_text
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.search import (
    SearchHit,
    SearchKind,
    SearchQuery,
    SearchResults,
    make_snippet,
)
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import (
    MeetingRow,
    OrganizationRow,
    RecommendationRow,
    SessionItemRow,
    SessionRow,
    SpeakerRow,
    StatementRow,
)
from rapporteur_app.store.search_index import BY_CODE
from rapporteur_app.store.search_query import search_sql, statement_ids_sql

_ROWS: dict[SearchKind, Any] = {
    SearchKind.STATEMENT: StatementRow,
    SearchKind.RECOMMENDATION: RecommendationRow,
    SearchKind.NARRATIVE: SessionRow,
    SearchKind.SESSION: SessionRow,
    SearchKind.ITEM: SessionItemRow,
    SearchKind.MEETING: MeetingRow,
    SearchKind.PERSON: SpeakerRow,
    SearchKind.ORGANIZATION: OrganizationRow,
}


def _plain(value: str) -> str:
    return rich_text.to_plain(value or "")


def _text_of(kind: SearchKind, row: Any) -> str:
    """The text a snippet is cut from: the document's own words, markup removed."""
    if kind is SearchKind.STATEMENT:
        return _plain(row.notes)
    if kind is SearchKind.RECOMMENDATION:
        return _plain(row.text)
    if kind is SearchKind.NARRATIVE:
        return _plain(row.narrative)
    if kind is SearchKind.SESSION:
        return " — ".join(p for p in (row.label, row.title, _plain(row.background)) if p)
    if kind is SearchKind.ITEM:
        return _plain(row.text)
    if kind is SearchKind.MEETING:
        return " — ".join(p for p in (row.title, row.venue, _plain(row.background)) if p)
    if kind is SearchKind.PERSON:
        return " — ".join(p for p in (row.name, row.function) if p)
    parts = (row.name, row.acronym)
    return " — ".join(p for p in parts if p)


def _who(db: DbSession, kind: SearchKind, row: Any) -> str:
    if kind is SearchKind.STATEMENT:
        # A speaker who asked not to be named is not named in a result either.
        name = row.anonymous_description if row.anonymous else row.speaker_name
        return ", ".join(p for p in (name, row.on_behalf_of) if p)
    if kind is SearchKind.RECOMMENDATION:
        return str(row.addressee)
    if kind is SearchKind.PERSON:
        organization = db.get(OrganizationRow, row.organization_id) if row.organization_id else None
        return ", ".join(p for p in (row.name, organization.name if organization else "") if p)
    if kind is SearchKind.ORGANIZATION:
        return str(row.name)
    return ""


def _numbers(db: DbSession, statement_ids: set[int]) -> dict[int, int]:
    """Each statement's number in its session's running order, in one query (the
    session's rows before it counted on the session-position index)."""
    if not statement_ids:
        return {}
    before = aliased(StatementRow)
    number = (
        select(func.count())
        .where(before.session_id == StatementRow.session_id)
        .where(before.position <= StatementRow.position)
        .scalar_subquery()
    )
    found = db.execute(
        select(StatementRow.id, number).where(StatementRow.id.in_(statement_ids))
    ).all()
    return {row_id: int(count) for row_id, count in found}


class SearchService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, query: SearchQuery) -> SearchResults:
        """The hits of ``query``, best first; InvalidInput when there is nothing to
        search for (no letter or digit typed, a year that is not one)."""
        query = query.checked()
        dialect = self._db.engine.dialect.name
        with self._db.reading() as db:
            statement_ids: tuple[int, int] | None = None
            ids_sql = statement_ids_sql(query) if dialect == "sqlite" else None
            if ids_sql is not None:
                low, high = db.execute(text(ids_sql[0]), ids_sql[1]).one()
                statement_ids = (1, 0) if low is None else (int(low), int(high))
            sql, params = search_sql(dialect, query, statement_ids)
            if not sql:
                return SearchResults(query)
            try:
                found = db.execute(text(sql), params).all()
            except DBAPIError as error:  # the terms are letters and digits: not expected
                raise InvalidInput.coded("search-failed", detail=error.orig) from None
            more = len(found) > query.limit
            hits = self._hits(db, query, found[: query.limit])
        return SearchResults(query, tuple(hits), more)

    def _hits(self, db: DbSession, query: SearchQuery, found: Iterable[Any]) -> list[SearchHit]:
        found = list(found)
        terms = query.terms()
        wanted: dict[SearchKind, set[int]] = {}
        for code, row_id, *_ in found:
            wanted.setdefault(BY_CODE[code].kind, set()).add(row_id)
        rows = {
            (kind, row.id): row
            for kind, ids in wanted.items()
            for row in db.scalars(select(_ROWS[kind]).where(_ROWS[kind].id.in_(ids)))
        }
        meeting_ids = {m for *_, m, _ in found if m is not None}
        session_ids = {s for *_, s in found if s is not None}
        meetings = {
            m.id: m for m in db.scalars(select(MeetingRow).where(MeetingRow.id.in_(meeting_ids)))
        }
        sessions = {
            s.id: s for s in db.scalars(select(SessionRow).where(SessionRow.id.in_(session_ids)))
        }
        numbers = _numbers(
            db,
            {row.id for (kind, _), row in rows.items() if kind is SearchKind.STATEMENT}
            | {
                row.statement_id
                for (kind, _), row in rows.items()
                if kind is SearchKind.RECOMMENDATION and row.statement_id is not None
            },
        )
        hits: list[SearchHit] = []
        for code, row_id, score, meeting_id, session_id in found:
            kind = BY_CODE[code].kind
            row = rows.get((kind, row_id))
            if row is None:  # deleted between the two reads of another writer
                continue
            meeting = meetings.get(meeting_id) if meeting_id is not None else None
            session = sessions.get(session_id) if session_id is not None else None
            statement_id: int | None = None
            if kind is SearchKind.STATEMENT:
                statement_id = row.id
            elif kind is SearchKind.RECOMMENDATION:
                statement_id = row.statement_id
            hits.append(
                SearchHit(
                    kind=kind,
                    row_id=row_id,
                    score=float(score or 0.0),
                    snippet=make_snippet(_text_of(kind, row), terms),
                    meeting_id=meeting_id,
                    meeting_title=meeting.title if meeting else "",
                    meeting_start=meeting.start_date if meeting else None,
                    session_id=session_id,
                    session_label=" ".join(p for p in (session.label, session.title) if p)
                    if session
                    else "",
                    statement_number=numbers.get(statement_id) if statement_id else None,
                    statement_id=statement_id,
                    who=_who(db, kind, row),
                    list_name=row.list_name if kind is SearchKind.ITEM else "",
                )
            )
        return hits
