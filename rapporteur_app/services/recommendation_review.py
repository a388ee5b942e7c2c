"""Tidying a session's recommendations: addressees proposed from their words, near
duplicates found across statements, and the two accepting actions.

Reading (:meth:`review`) changes nothing. Accepting an addressee sets the one the
text proposes; merging duplicates keeps the chosen wording and every statement
that any of them was heard in, so "who made it" survives the merge.
"""

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession

from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.draft.addressee_proposal import propose_addressee
from rapporteur_app.domain.draft.duplicates import duplicate_groups
from rapporteur_app.domain.draft.review import (
    RecommendationReview,
    ReviewedRecommendation,
    Source,
)
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.model import Recommendation
from rapporteur_app.services.document_builder import redactor_for_meeting
from rapporteur_app.services.lookup import get_row, session_row
from rapporteur_app.store.convert import recommendation_of
from rapporteur_app.store.database import Database
from rapporteur_app.store.models import RecommendationRow, RecommendationSourceRow, StatementRow


def _who(row: StatementRow, redact: Redactor) -> str:
    if row.anonymous:
        return row.anonymous_description or "a speaker who asked not to be named"
    return redact(row.on_behalf_of or row.speaker_name or f"statement {row.id}")


def _source_ids(db: DbSession, row: RecommendationRow) -> list[int]:
    ids = [row.statement_id] if row.statement_id is not None else []
    ids += [
        sid
        for sid in db.scalars(
            select(RecommendationSourceRow.statement_id)
            .where(RecommendationSourceRow.recommendation_id == row.id)
            .order_by(RecommendationSourceRow.statement_id)
        )
        if sid not in ids
    ]
    return ids


class RecommendationReviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def review(self, session_id: int) -> RecommendationReview:
        with self._db.reading() as db:
            session = session_row(db, session_id)
            redact = redactor_for_meeting(db, session.meeting_id)
            rows = list(
                db.scalars(
                    select(RecommendationRow)
                    .where(RecommendationRow.session_id == session_id)
                    .order_by(RecommendationRow.position, RecommendationRow.id)
                )
            )
            statements = {
                s.id: s for s in db.scalars(
                    select(StatementRow).where(StatementRow.session_id == session_id)
                )
            }  # fmt: skip
            items = []
            for row in rows:
                proposal = propose_addressee(row.text)
                if proposal is not None and proposal.addressee == row.addressee:
                    proposal = None
                sources = tuple(
                    Source(sid, _who(statements[sid], redact))
                    for sid in _source_ids(db, row)
                    if sid in statements
                )
                items.append(ReviewedRecommendation(recommendation_of(row), sources, proposal))
        groups = duplicate_groups([(i.recommendation.id, i.recommendation.text) for i in items])
        return RecommendationReview(tuple(items), groups)

    def accept_addressee(self, recommendation_id: int) -> Recommendation:
        """Give the recommendation the addressee its own words propose."""
        with self._db.writing() as db:
            row = get_row(db, RecommendationRow, recommendation_id, "recommendation")
            proposal = propose_addressee(row.text)
            if proposal is None:
                raise InvalidInput.coded("recommendation-no-addressee", id=recommendation_id)
            row.addressee = proposal.addressee
            return recommendation_of(row)

    def merge_duplicates(self, keep_id: int, other_ids: Sequence[int]) -> Recommendation:
        """Keep ``keep_id``'s wording and place; the others go, their sources stay with it."""
        others = list(dict.fromkeys(other_ids))
        if not others or keep_id in others:
            raise InvalidInput.coded("recommendation-merge-none")
        with self._db.writing() as db:
            keep = get_row(db, RecommendationRow, keep_id, "recommendation")
            rows = [get_row(db, RecommendationRow, oid, "recommendation") for oid in others]
            if any(row.session_id != keep.session_id for row in rows):
                raise InvalidInput.coded("recommendation-merge-sessions")
            keep.included = keep.included or any(row.included for row in rows)
            carry_sources(db, keep, rows)
            return recommendation_of(keep)


def carry_sources(
    db: DbSession, keep: RecommendationRow, others: Sequence[RecommendationRow]
) -> None:
    """Delete ``others``, giving ``keep`` every statement they were heard in."""
    have = set(_source_ids(db, keep))
    gained: list[int] = []
    for row in others:
        for sid in _source_ids(db, row):
            if sid not in have:
                have.add(sid)
                gained.append(sid)
    db.execute(
        delete(RecommendationSourceRow).where(
            RecommendationSourceRow.recommendation_id.in_([row.id for row in others])
        )
    )
    for row in others:
        db.delete(row)
    db.flush()
    if keep.statement_id is None and gained:
        keep.statement_id = gained.pop(0)
    db.add_all(
        RecommendationSourceRow(recommendation_id=keep.id, statement_id=sid) for sid in gained
    )
