"""The seven counts of the rapport: one indexed GROUP BY, never a loop over rows."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.lookup import meeting_row, session_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import SessionRow, StatementRow

_GROUPED = select(StatementRow.kind, StatementRow.category, func.count()).group_by(
    StatementRow.kind, StatementRow.category
)


def _tally(rows: object) -> Tally:
    return Tally.from_counts(
        (StatementKind(kind), Category(category), int(count))
        for kind, category, count in rows  # type: ignore[attr-defined]
    )


class TallyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_session(self, session_id: int) -> Tally:
        with self._db.reading() as db:
            session_row(db, session_id)
            return _tally(db.execute(_GROUPED.where(StatementRow.session_id == session_id)))

    def for_meeting(self, meeting_id: int) -> Tally:
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            query = _GROUPED.where(
                StatementRow.session_id.in_(
                    select(SessionRow.id).where(SessionRow.meeting_id == meeting_id)
                )
            )
            return _tally(db.execute(query))

    def by_session(self, meeting_id: int) -> dict[int, Tally]:
        """Every session's tally in one query, for the consolidated report's table."""
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            return tally_by_session(db, meeting_id)


def tally_by_session(db: DbSession, meeting_id: int) -> dict[int, Tally]:
    """Every session of the meeting with its tally (zero where nothing was said)."""
    query = (
        select(StatementRow.session_id, StatementRow.kind, StatementRow.category, func.count())
        .join(SessionRow, SessionRow.id == StatementRow.session_id)
        .where(SessionRow.meeting_id == meeting_id)
        .group_by(StatementRow.session_id, StatementRow.kind, StatementRow.category)
    )
    counts: dict[int, list[tuple[StatementKind, Category, int]]] = {}
    for session_id, kind, category, count in db.execute(query):
        counts.setdefault(session_id, []).append(
            (StatementKind(kind), Category(category), int(count))
        )
    session_ids = db.scalars(select(SessionRow.id).where(SessionRow.meeting_id == meeting_id))
    return {sid: Tally.from_counts(counts.get(sid, [])) for sid in session_ids}


def tally_of_session(db: DbSession, session_id: int) -> Tally:
    return _tally(db.execute(_GROUPED.where(StatementRow.session_id == session_id)))
