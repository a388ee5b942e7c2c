"""The seven counts of the rapport, read from the counts the store keeps per session
(store/kept_counts.py): one row for a session, one small sum over the meeting's
sessions, never a pass over the statements."""

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.lookup import meeting_row, session_row
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import SessionRow, SessionTallyRow

_T = SessionTallyRow
_COUNTS = (_T.delegations, _T.civil_society, _T.osce_institutions,
           _T.international_organizations, _T.media, _T.rights_of_reply)  # fmt: skip


def _tally(values: Iterable[int | None] | None) -> Tally:
    if values is None:
        return Tally()
    return Tally(*(int(value or 0) for value in values))


class TallyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_session(self, session_id: int) -> Tally:
        with self._db.reading() as db:
            session_row(db, session_id)
            return tally_of_session(db, session_id)

    def for_meeting(self, meeting_id: int) -> Tally:
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            query = (
                select(*(func.sum(column) for column in _COUNTS))
                .join(SessionRow, SessionRow.id == _T.session_id)
                .where(SessionRow.meeting_id == meeting_id)
            )
            return _tally(db.execute(query).one())

    def by_session(self, meeting_id: int) -> dict[int, Tally]:
        """Every session's tally in one query, for the consolidated report's table."""
        with self._db.reading() as db:
            meeting_row(db, meeting_id)
            return tally_by_session(db, meeting_id)


def tally_by_session(db: DbSession, meeting_id: int) -> dict[int, Tally]:
    """Every session of the meeting with its tally (zero where nothing was said)."""
    query = (
        select(SessionRow.id, *_COUNTS)
        .outerjoin(_T, _T.session_id == SessionRow.id)
        .where(SessionRow.meeting_id == meeting_id)
    )
    return {row[0]: _tally(row[1:]) for row in db.execute(query)}


def tally_of_session(db: DbSession, session_id: int) -> Tally:
    row = db.execute(select(*_COUNTS).where(_T.session_id == session_id)).first()
    return _tally(row)
