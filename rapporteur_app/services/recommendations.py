"""Recommendations made during a session, each to one addressee, in the rapporteur's order."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.addressees import normalize_addressee
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.model import Recommendation
from rapporteur_app.domain.text import clean_text
from rapporteur_app.services.lookup import get_row, next_position, session_row, statement_row
from rapporteur_app.store.convert import recommendation_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import RecommendationRow


def _require_text(text: str) -> str:
    cleaned = clean_text(text).strip()
    if not cleaned:
        raise InvalidInput.coded("recommendation-empty")
    return cleaned


def _check_source(db: DbSession, session_id: int, statement_id: int | None) -> None:
    if statement_id is not None and statement_row(db, statement_id).session_id != session_id:
        raise InvalidInput.coded("recommendation-other-session", statement=statement_id)


def _row(db: DbSession, recommendation_id: int) -> RecommendationRow:
    return get_row(db, RecommendationRow, recommendation_id, "recommendation")


class RecommendationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        session_id: int,
        addressee: str,
        text: str,
        statement_id: int | None = None,
        included: bool = True,
    ) -> Recommendation:
        row = RecommendationRow(
            session_id=session_id,
            addressee=normalize_addressee(addressee),
            text=_require_text(text),
            statement_id=statement_id,
            included=included,
        )
        with self._db.writing() as db:
            session_row(db, session_id)
            _check_source(db, session_id, statement_id)
            row.position = next_position(
                db, RecommendationRow.position, RecommendationRow.session_id == session_id
            )
            db.add(row)
            db.flush()
            return recommendation_of(row)

    def of_session(self, session_id: int) -> list[Recommendation]:
        with self._db.reading() as db:
            session_row(db, session_id)
            rows = db.scalars(
                select(RecommendationRow)
                .where(RecommendationRow.session_id == session_id)
                .order_by(RecommendationRow.position, RecommendationRow.id)
            )
            return [recommendation_of(r) for r in rows]

    def update(
        self,
        recommendation_id: int,
        *,
        addressee: str | None = None,
        text: str | None = None,
        included: bool | None = None,
    ) -> Recommendation:
        with self._db.writing() as db:
            row = _row(db, recommendation_id)
            if addressee is not None:
                row.addressee = normalize_addressee(addressee)
            if text is not None:
                row.text = _require_text(text)
            if included is not None:
                row.included = included
            return recommendation_of(row)

    def reorder(self, session_id: int, ordered_ids: Sequence[int]) -> None:
        """Put the session's recommendations in this order (every id, once)."""
        with self._db.writing() as db:
            rows = {
                r.id: r
                for r in db.scalars(
                    select(RecommendationRow).where(RecommendationRow.session_id == session_id)
                )
            }
            if sorted(rows) != sorted(ordered_ids):
                raise InvalidInput.coded("recommendation-order")
            for position, rec_id in enumerate(ordered_ids, start=1):
                rows[rec_id].position = position

    def delete(self, recommendation_id: int) -> None:
        with self._db.writing() as db:
            db.delete(_row(db, recommendation_id))

    def merge(self, keep_id: int, other_id: int) -> Recommendation:
        """Join two recommendations of a session into the first: its text, then the other's.

        The other is removed; the first keeps its addressee, its place, and every
        statement either was heard in.
        """
        if keep_id == other_id:
            raise InvalidInput.coded("recommendation-merge-same")
        with self._db.writing() as db:
            keep, other = _row(db, keep_id), _row(db, other_id)
            if keep.session_id != other.session_id:
                raise InvalidInput.coded("recommendation-merge-sessions")
            joined = keep.text.rstrip()
            if joined and joined[-1] not in ".;:!?":
                joined += ";"
            keep.text = f"{joined} {other.text.strip()}"
            keep.included = keep.included or other.included
            # Every statement either was heard in stays with the merged one. (Imported
            # here: the review's module brings the document values, not needed to log.)
            from rapporteur_app.services.recommendation_review import carry_sources

            carry_sources(db, keep, [other])
            return recommendation_of(keep)
